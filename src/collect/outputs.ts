import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { CapsuleError } from '../errors.js';
import { sha256File } from '../hash/sha256.js';
import type { OutputKind } from '../bundle/types.js';
import { isInside, relativePathProblem } from '../bundle/paths.js';

export interface CollectedOutput {
  path: string;
  kind: OutputKind;
  sha256: string;
  size_bytes: number;
}

/** A path a glob matched that is not collected, and why (it fails the run). */
export interface RefusedOutput {
  path: string;
  reason: string;
}

export interface Collection {
  outputs: CollectedOutput[];
  refused: RefusedOutput[];
}

/** Folders never entered: by workspace-relative path, or by what they hold. */
interface Skipped {
  paths: Set<string>;
  folder?: (path: string) => boolean;
}

/**
 * Every non-folder entry under `root/rel` as a posix path relative to `root`; symlinked folders
 * are not entered, nor are the skipped folders.
 */
function walk(root: string, rel: string, skip: Skipped): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    const child = rel ? `${rel}/${name}` : name;
    if (skip.paths.has(child)) continue;
    if (lstatSync(join(root, child)).isDirectory()) {
      if (!skip.folder?.(join(root, child))) out.push(...walk(root, child, skip));
    } else out.push(child);
  }
  return out;
}

/**
 * The entries a set of globs can match, found by walking only below each glob's fixed leading
 * folders (`build/*.txt` looks in `build/` alone), so a workspace that is a whole repository
 * (a command run in place) is not read end to end. A leading folder reached through a symlink
 * is not walked.
 */
function candidates(root: string, globs: string[], skip: Skipped): string[] {
  const bases = [...new Set(globs.map((g) => picomatch.scan(g).base.replace(/\/+$/, '')))].sort();
  const roots = bases.filter((b) => !bases.some((o) => o !== b && (o === '' || b.startsWith(`${o}/`))));
  const found = new Set<string>();
  for (const base of roots) {
    const kind = realFolderOrEntry(root, base);
    const skipped = base !== '' && (skip.paths.has(base) || skip.folder?.(join(root, base)));
    if (kind === 'folder' && !skipped) for (const rel of walk(root, base, skip)) found.add(rel);
    else if (kind === 'entry') found.add(base);
  }
  return [...found].sort();
}

/** What `rel` is, with no symlink on the way to it: a folder to walk, another entry, or nothing usable. */
function realFolderOrEntry(root: string, rel: string): 'folder' | 'entry' | null {
  if (rel === '') return 'folder';
  const parts = rel.split('/');
  for (let i = 1; i <= parts.length; i++) {
    let st: Stats;
    try {
      st = lstatSync(join(root, ...parts.slice(0, i)));
    } catch {
      return null;
    }
    if (i === parts.length) return st.isDirectory() ? 'folder' : 'entry';
    if (!st.isDirectory()) return null;
  }
  return null;
}

function notRegular(st: Stats): string | null {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a folder';
  return st.isFile() ? null : 'not a regular file';
}

/**
 * Why the entry at `file` cannot be an output, or null: an output is a regular file with one
 * link, inside the workspace. A second link can be a hard link to a file outside it (the job
 * may hard-link /etc/passwd); a FIFO or device would hang or leak the read; a symlink counts
 * only when it leads to such a file inside the workspace.
 */
function refusal(realRoot: string, file: string): string | null {
  const st = lstatSync(file);
  let target = st;
  if (st.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return 'a symlink that leads nowhere';
    }
    if (!isInside(realRoot, real)) return 'a symlink that leads outside the workspace';
    target = statSync(real);
  }
  const kind = notRegular(target);
  if (kind) return `${st.isSymbolicLink() ? 'a symlink to ' : ''}${kind}, not a regular file`;
  if (target.nlink !== 1) return `a file with ${target.nlink} hard links (outputs have one link: another may be a file outside the workspace)`;
  return null;
}

export interface CollectOptions {
  /** Workspace-relative folders never looked into (an in-place run's own run folder, `.git`). */
  skip?: string[];
  /** Folders never looked into for what they are (earlier run folders), given their full path. */
  skipFolder?: (path: string) => boolean;
  /** Sees every output found (path, size) before any is read, and may refuse them all by throwing. */
  beforeHashing?: (found: { path: string; size: number }[]) => void;
}

/**
 * The declared outputs found in the workspace, by glob, hashed while streaming, sorted by
 * path; and every matched path that is not a regular file with one link inside the
 * workspace, with why. A glob without wildcards that names a folder takes every file under
 * it. Globs with `..` or absolute paths are refused outright.
 */
export async function collectOutputs(workspace: string, outputs: { path: string; kind: OutputKind }[], options: CollectOptions = {}): Promise<Collection> {
  for (const o of outputs) {
    const problem = relativePathProblem(o.path);
    if (problem) throw new CapsuleError('output_path_invalid', `output glob ${JSON.stringify(o.path)} ${problem}`);
  }
  const realRoot = realpathSync(workspace);
  const globs = outputs.map((o) => o.path.replace(/^(\.\/)+/, ''));
  const matchers = outputs.map((o, i) => ({ kind: o.kind, match: globMatcher(globs[i]!) }));
  const found: { path: string; kind: OutputKind; size: number }[] = [];
  const refused: RefusedOutput[] = [];
  const skip = { paths: new Set(options.skip ?? []), folder: options.skipFolder };
  for (const rel of candidates(realRoot, globs, skip)) {
    const m = matchers.find((x) => x.match(rel));
    if (!m) continue;
    const reason = refusal(realRoot, join(realRoot, rel));
    if (reason) refused.push({ path: rel, reason });
    else found.push({ path: rel, kind: m.kind, size: statSync(join(realRoot, rel)).size });
  }
  options.beforeHashing?.(found);
  const collected: CollectedOutput[] = [];
  for (const { path, kind } of found) {
    const { sha256, size } = await sha256File(join(realRoot, path));
    collected.push({ path, kind, sha256, size_bytes: size });
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { outputs: collected.sort(byPath), refused: refused.sort(byPath) };
}

/** A glob's matcher; a plain path (no wildcards) also matches everything below it: `dist` means its files. */
export function globMatcher(glob: string): (rel: string) => boolean {
  const match = picomatch(glob, { dot: true });
  if (picomatch.scan(glob).isGlob) return match;
  const folder = glob.replace(/\/+$/, '');
  return (rel) => match(rel) || rel.startsWith(`${folder}/`);
}
