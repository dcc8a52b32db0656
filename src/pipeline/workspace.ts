import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { createRedactor } from '../execute/redact.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CapsuleError } from '../errors.js';
import type { ValidatedBundle } from '../bundle/types.js';

/** The run folder's layout (docs/capsule.md): what the proof pack later copies. */
export interface RunLayout {
  root: string;
  manifest: string;
  events: string;
  evidenceDir: string;
  logsDir: string;
  artifactsDir: string;
  bundleDir: string;
  agentplaneDir: string;
  /** Where the job runs; not packed. */
  workspace: string;
  /** Dev key and local trust policy; never packed. */
  keysDir: string;
}

function runLayout(root: string): RunLayout {
  const r = resolve(root);
  return {
    root: r,
    manifest: join(r, 'run_manifest.json'),
    events: join(r, 'evidence', 'events.jsonl'),
    evidenceDir: join(r, 'evidence'),
    logsDir: join(r, 'logs'),
    artifactsDir: join(r, 'artifacts'),
    bundleDir: join(r, 'bundle'),
    agentplaneDir: join(r, 'agentplane'),
    workspace: join(r, 'workspace'),
    keysDir: join(r, 'keys'),
  };
}

/** A run never overwrites an earlier one: the folder must be new or empty. */
export function createRunFolder(root: string): RunLayout {
  const layout = runLayout(root);
  if (existsSync(layout.root) && readdirSync(layout.root).length > 0) {
    throw new CapsuleError('out_dir_not_empty', `${layout.root}: already holds files (an earlier run?); choose another --out or remove it — runs never overwrite evidence`, { file: layout.root });
  }
  mkdirSync(layout.root, { recursive: true });
  return layout;
}

/**
 * Copies the bundle twice: into `bundle/` (the snapshot packed into the capsule, for replay)
 * and into the workspace the job runs in. The run folder itself is skipped when it sits inside
 * the bundle folder, and symlinks are copied as links, never followed out.
 */
export async function stageBundle(vb: ValidatedBundle, layout: RunLayout, secretValues: string[]): Promise<string[]> {
  for (const target of [layout.bundleDir, layout.workspace]) copyBundle(vb, target, [realpathOrSelf(layout.root)]);
  return redactTree(layout.bundleDir, secretValues);
}

/**
 * Copies what a bundle is into `target`: its whole folder, or, for a bundle rooted at a
 * repository above its folder (agentplane), the staged paths at their repository-relative
 * places. `.git`, `node_modules` and the `skip` paths are left out.
 */
export function copyBundle(vb: ValidatedBundle, target: string, skipPaths: string[] = []): void {
  const source = realpathSync(vb.dir);
  const skip = [...skipPaths, join(source, '.git'), join(source, 'node_modules')];
  const filter = (src: string) => {
    const real = resolve(src);
    return !skip.some((s) => real === s || real.startsWith(s + sep));
  };
  for (const rel of vb.stage ?? ['.']) {
    const to = join(target, ...rel.split('/'));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(source, ...rel.split('/')), to, { recursive: true, filter, verbatimSymlinks: true, preserveTimestamps: false });
  }
}

/**
 * Replaces secret values in every regular file under `dir` (the capsule's copy of the bundle
 * only; the job runs on the original). Returns the files changed, relative to `dir`.
 */
async function redactTree(dir: string, secretValues: string[]): Promise<string[]> {
  if (secretValues.length === 0) return [];
  const changed: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const redactor = createRedactor(secretValues);
    const original = readFileSync(path);
    const redacted = Buffer.concat([redactor.push(original), redactor.end()]);
    if (!redacted.equals(original)) {
      writeFileAtomic(path, redacted);
      changed.push(relative(dir, path).split(sep).join('/'));
    }
  }
  return changed.sort();
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A path inside the run folder, as written into documents (always "/"-separated). */
export function relativeToRun(layout: RunLayout, path: string): string {
  return relative(layout.root, path).split(sep).join('/');
}
