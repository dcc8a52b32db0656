import { cpSync, mkdirSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import type { Ignore } from 'ignore';
import { createRedactor } from '../execute/redact.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeJsonFile } from '../json/write.js';
import { claimRunFolder } from './run-claim.js';
import { stageBundleFolder, type StagedInventory } from './staging.js';
import type { ValidatedBundle } from '../bundle/types.js';

/** The run folder's layout (docs/capsule.md): what the proof pack later copies. */
export interface RunLayout {
  root: string;
  manifest: string;
  events: string;
  /** What of the bundle folder was staged (packed; the files themselves mostly are not). */
  stagedInventory: string;
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

export function runLayout(root: string): RunLayout {
  const r = resolve(root);
  return {
    root: r,
    manifest: join(r, 'run_manifest.json'),
    events: join(r, 'evidence', 'events.jsonl'),
    stagedInventory: join(r, 'evidence', 'staged_inventory.json'),
    evidenceDir: join(r, 'evidence'),
    logsDir: join(r, 'logs'),
    artifactsDir: join(r, 'artifacts'),
    bundleDir: join(r, 'bundle'),
    agentplaneDir: join(r, 'agentplane'),
    workspace: join(r, 'workspace'),
    keysDir: join(r, 'keys'),
  };
}

/** Claims the run folder (new or empty, atomically: see run-claim.ts) and names its parts. */
export function createRunFolder(root: string, numbered = false): RunLayout {
  return runLayout(claimRunFolder(root, numbered));
}

/**
 * Stages the bundle folder into the workspace the job runs in, packs the bundle file and the
 * files it names into `bundle/` (secret values redacted there), and writes the inventory of
 * everything staged to `evidence/staged_inventory.json`. The run folder is never staged, even
 * when it lies inside the bundle folder.
 */
export function stageBundle(vb: ValidatedBundle, layout: RunLayout, command: { argv: string[]; cwd: string }, rules: Ignore, secretValues: string[]): { redactedBundleFiles: string[]; inventory: StagedInventory } {
  const inventory = stageBundleFolder(vb, { workspace: layout.workspace, snapshotDir: layout.bundleDir, runFolder: layout.root }, command, rules, secretValues);
  writeJsonFile(layout.stagedInventory, inventory);
  return { redactedBundleFiles: redactTree(layout.bundleDir, secretValues), inventory };
}

/**
 * Copies what a bundle is into `target` (replay: the capsule's `bundle/` into a fresh
 * workspace): its whole folder, or, for a bundle rooted at a repository above its folder
 * (agentplane), the staged paths at their repository-relative places.
 */
export function copyBundle(vb: ValidatedBundle, target: string): void {
  const source = realpathSync(vb.dir);
  const skip = [join(source, '.git'), join(source, 'node_modules')];
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
export function redactTree(dir: string, secretValues: string[]): string[] {
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

/** A path inside the run folder, as written into documents (always "/"-separated). */
export function relativeToRun(layout: RunLayout, path: string): string {
  return relative(layout.root, path).split(sep).join('/');
}
