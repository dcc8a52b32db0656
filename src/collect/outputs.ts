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

/** Every non-folder entry under `root` as a posix relative path; symlinked folders are not entered. */
function walk(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    const child = rel ? `${rel}/${name}` : name;
    if (lstatSync(join(root, child)).isDirectory()) out.push(...walk(root, child));
    else out.push(child);
  }
  return out;
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

/**
 * The declared outputs found in the workspace, by glob, hashed while streaming, sorted by
 * path; and every matched path that is not a regular file with one link inside the
 * workspace, with why. Globs with `..` or absolute paths are refused outright.
 */
export async function collectOutputs(workspace: string, outputs: { path: string; kind: OutputKind }[]): Promise<Collection> {
  for (const o of outputs) {
    const problem = relativePathProblem(o.path);
    if (problem) throw new CapsuleError('output_path_invalid', `output glob ${JSON.stringify(o.path)} ${problem}`);
  }
  const realRoot = realpathSync(workspace);
  const matchers = outputs.map((o) => ({ kind: o.kind, match: picomatch(o.path.replace(/^\.\//, ''), { dot: true }) }));
  const collected: CollectedOutput[] = [];
  const refused: RefusedOutput[] = [];
  for (const rel of walk(realRoot)) {
    const m = matchers.find((x) => x.match(rel));
    if (!m) continue;
    const reason = refusal(realRoot, join(realRoot, rel));
    if (reason) {
      refused.push({ path: rel, reason });
      continue;
    }
    const { sha256, size } = await sha256File(join(realRoot, rel));
    collected.push({ path: rel, kind: m.kind, sha256, size_bytes: size });
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { outputs: collected.sort(byPath), refused: refused.sort(byPath) };
}
