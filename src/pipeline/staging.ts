import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, readlinkSync,
  realpathSync, symlinkSync, writeSync,
} from 'node:fs';
import { dirname, join, posix } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CapsuleError } from '../errors.js';
import type { ValidatedBundle } from '../bundle/types.js';
import { createRedactor } from '../execute/redact.js';
import { isRunFolder } from './run-claim.js';

/** Bundle-relative paths that are never staged, whatever `.capsuleignore` says. */
const NEVER_STAGED = ['.git', 'node_modules'];
export const CAPSULE_IGNORE_FILE = '.capsuleignore';

export interface StagedFile {
  path: string;
  size_bytes: number;
  /** Null when the file holds a secret value: its digest would fingerprint the secret. */
  sha256: string | null;
  holds_secret?: true;
}

/**
 * What was staged into the workspace and what was left out (each path relative to the bundle
 * folder, secret values redacted).
 */
export interface StagedInventory {
  schema: 'proofcapsule.staged_inventory.v1';
  /** The bundle file, relative to the bundle folder. */
  bundle_file: string;
  files: StagedFile[];
  symlinks: string[];
  /** Files the capsule's `bundle/` holds: the bundle file and the files it names. */
  packed: string[];
  excluded: { path: string; reason: ExclusionReason }[];
}

type ExclusionReason =
  'run folder' | 'never staged' | 'secret file' | typeof CAPSULE_IGNORE_FILE | 'not a file or folder';

interface Copied {
  size: number;
  sha256: string;
  holdsSecret: boolean;
}

interface Walked {
  files: string[];
  symlinks: string[];
  excluded: StagedInventory['excluded'];
}

/** `.capsuleignore` at the bundle folder's root (gitignore syntax), read before anything runs. */
export function readCapsuleIgnore(bundleDir: string): Ignore {
  const file = join(bundleDir, CAPSULE_IGNORE_FILE);
  const rules = ignore();
  if (!existsSync(file)) return rules;
  try {
    return rules.add(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new CapsuleError('capsuleignore_unreadable', `${file}: cannot be read (${why})`, { file });
  }
}

/**
 * Every file and symlink of the bundle folder (or, for a bundle rooted at a repository, of
 * its `stage` paths) that is staged. Never: a run folder (this one
 * when it lies inside, or an earlier one, known by its claim file), `.git`, `node_modules`,
 * `.env*` files and folders (at any depth), and whatever `.capsuleignore` matches.
 * Symlinks are staged as links, never followed.
 */
function walkStaged(root: string, rules: Ignore, runFolder: string, only?: string[]): Walked {
  const out: Walked = { files: [], symlinks: [], excluded: [] };
  // A bundle rooted at a repository (agentplane) is its folder plus the files it names, not the whole repository.
  const wanted = (path: string) =>
    !only || only.some((s) => s === '.' || path === s || path.startsWith(`${s}/`) || s.startsWith(`${path}/`));
  const visit = (rel: string) => {
    for (const name of readdirSync(rel ? join(root, rel) : root).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (!wanted(path)) continue;
      const full = join(root, path);
      const st = lstatSync(full);
      const dir = st.isDirectory();
      const reason = dir && (full === runFolder || isRunFolder(full)) ? 'run folder'
        : NEVER_STAGED.includes(name) ? 'never staged'
          : name.startsWith('.env') ? 'secret file'
            : rules.ignores(dir ? `${path}/` : path) ? CAPSULE_IGNORE_FILE
              : !dir && !st.isFile() && !st.isSymbolicLink() ? 'not a file or folder' : null;
      if (reason) out.excluded.push({ path, reason });
      else if (dir) visit(path);
      else (st.isSymbolicLink() ? out.symlinks : out.files).push(path);
    }
  };
  visit('');
  return out;
}

/** Copies `from` to `to` in one pass that also hashes it and looks for secret values (overlap kept across chunks). */
function copyHashing(from: string, to: string, secrets: Buffer[]): Copied {
  const hash = createHash('sha256');
  const overlap = Math.max(0, ...secrets.map((s) => s.length - 1));
  const buf = Buffer.alloc(1 << 20);
  const src = openSync(from, 'r');
  const dst = openSync(to, 'wx', lstatSync(from).mode & 0o777);
  let size = 0;
  let tail = Buffer.alloc(0);
  let holdsSecret = false;
  try {
    for (let n = readSync(src, buf); n > 0; n = readSync(src, buf)) {
      const chunk = buf.subarray(0, n);
      hash.update(chunk);
      writeSync(dst, chunk);
      size += n;
      if (!holdsSecret && secrets.length > 0) {
        const window = Buffer.concat([tail, chunk]);
        holdsSecret = secrets.some((s) => window.includes(s));
        tail = window.subarray(Math.max(0, window.length - overlap));
      }
    }
  } finally {
    closeSync(src);
    closeSync(dst);
  }
  return { size, sha256: hash.digest('hex'), holdsSecret };
}

/**
 * The staged files the bundle names: the bundle file, its script and every argv word that is
 * a staged file (resolved from the run's cwd), its declared inputs (a folder: every staged
 * file below it) and a VM kernel or initrd kept in the bundle folder. These go into the
 * capsule's `bundle/`, enough for replay; everything else is only listed in the inventory.
 */
function namedFiles(
  vb: ValidatedBundle, bundleFile: string, argv: string[], cwd: string, staged: Set<string>,
): string[] {
  const spec = vb.bundle.spec;
  const norm = (p: string) => posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
  const named = new Set<string>([bundleFile]);
  const add = (p: string | undefined) => {
    if (!p) return;
    const rel = norm(p);
    if (staged.has(rel)) named.add(rel);
    else for (const f of staged) if (f.startsWith(`${rel}/`)) named.add(f);
  };
  for (const word of argv) if (!posix.isAbsolute(word)) add(posix.join(cwd, word));
  add(spec.run.script);
  for (const input of spec.inputs ?? []) add(input.path);
  add(spec.executor.vm?.kernel);
  add(spec.executor.vm?.initrd);
  return [...named].filter((f) => f === bundleFile || staged.has(f)).sort();
}

function redactPath(path: string, secretValues: string[]): string {
  const r = createRedactor(secretValues);
  return Buffer.concat([r.push(Buffer.from(path)), r.end()]).toString('utf8');
}

/**
 * Stages the bundle folder into the workspace the job runs in (one pass: copy, hash, look for
 * secrets), copies the files the bundle names into `snapshotDir` (the capsule's `bundle/`),
 * and returns the inventory of everything staged and left out.
 */
export function stageBundleFolder(
  vb: ValidatedBundle,
  target: { workspace: string; snapshotDir: string; runFolder: string },
  command: { argv: string[]; cwd: string },
  rules: Ignore,
  secretValues: string[],
): StagedInventory {
  const root = realpathSync(vb.dir);
  const walked = walkStaged(root, rules, realpathOrSelf(target.runFolder), vb.stage);
  const secrets = secretValues.filter((s) => s.length > 0).map((s) => Buffer.from(s));
  mkdirSync(target.workspace, { recursive: true });
  const files: StagedFile[] = [];
  for (const rel of walked.files) {
    mkdirSync(dirname(join(target.workspace, rel)), { recursive: true });
    const copied = copyHashing(join(root, rel), join(target.workspace, rel), secrets);
    files.push(copied.holdsSecret
      ? { path: rel, size_bytes: copied.size, sha256: null, holds_secret: true }
      : { path: rel, size_bytes: copied.size, sha256: copied.sha256 });
  }
  for (const rel of walked.symlinks) {
    mkdirSync(dirname(join(target.workspace, rel)), { recursive: true });
    symlinkSync(readlinkSync(join(root, rel)), join(target.workspace, rel));
  }
  const bundleFile = posix.relative(root.split('\\').join('/'), realpathSync(vb.path).split('\\').join('/'));
  const packed = namedFiles(vb, bundleFile, command.argv, command.cwd, new Set(walked.files));
  for (const rel of packed) {
    mkdirSync(dirname(join(target.snapshotDir, rel)), { recursive: true });
    copyHashing(join(root, rel), join(target.snapshotDir, rel), []);
  }
  const redact = (p: string) => redactPath(p, secretValues);
  return {
    schema: 'proofcapsule.staged_inventory.v1',
    bundle_file: redact(bundleFile),
    files: files.map((f) => ({ ...f, path: redact(f.path) })),
    symlinks: walked.symlinks.map(redact),
    packed: packed.map(redact),
    excluded: walked.excluded.map((e) => ({ ...e, path: redact(e.path) })),
  };
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
