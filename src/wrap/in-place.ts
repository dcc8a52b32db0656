import type { ExecutorChoice } from '../execute/placement.js';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CapsuleError } from '../errors.js';
import type { ValidatedBundle } from '../bundle/types.js';
import { validateBundleBytes } from '../bundle/validate.js';
import { isInside } from '../bundle/paths.js';
import { collectOutputs, globMatcher, type CollectedOutput, type CollectOptions } from '../collect/outputs.js';
import { isRunFolder } from '../pipeline/run-claim.js';
import { isoSeconds } from '../text/time.js';
import type { RunExtension } from '../manifest/types.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { readGitFacts, type GitFacts } from './git.js';
import { wrapBundle, wrapBundleBytes } from './bundle.js';
import { checkWrapRequest, type WrapRequest, type WrapSpelling } from './request.js';

/** A file the command read, by hash (a material, in in-toto's words): listed, not packed. */
export type Material = InPlaceRecord['materials'][number];

/** What the run manifest records of a command run in place; no machine path (the folder by its own name only). */
export type InPlaceRecord = NonNullable<RunExtension['in_place']>;

/** A wrapped command after the validate stage: its synthesized bundle, checked, and its materials hashed. */
export interface PreparedCommand {
  vb: ValidatedBundle;
  bytes: Buffer;
  /** The real path of the folder the command runs in. */
  folder: string;
  git: GitFacts;
  materials: Material[];
  /** Folders of `folder` never searched for outputs or materials: `.git`, run folders. */
  skip: CollectOptions;
}

export interface PrepareContext {
  /** Where the run folder's `bundle/bundle.json` will be written: the bundle's name in messages. */
  bundleFile: string;
  runFolder: string;
  executor: ExecutorChoice;
  spelling: WrapSpelling;
  hostEnv: NodeJS.ProcessEnv;
  now?: Date;
}

/**
 * The validate stage of `capsule run -- CMD`: the request checked in the user's words, the git
 * facts read, the bundle synthesized and checked against the bundle schema as a bundle file
 * is, and every material hashed (a glob that matches nothing is an error: nothing runs).
 */
export async function prepareCommand(req: WrapRequest, ctx: PrepareContext): Promise<PreparedCommand> {
  checkWrapRequest(req, ctx.spelling, ctx.hostEnv);
  const folder = realpathSync(req.cwd);
  const git = readGitFacts(folder);
  const createdAt = isoSeconds(ctx.now ?? new Date());
  const bundle = wrapBundle(req, { createdAt, git: git.git, hostEnv: ctx.hostEnv, executor: ctx.executor });
  const bytes = wrapBundleBytes(bundle);
  const vb = validateBundleBytes(bytes, ctx.bundleFile, folder);
  const skip = skippedFolders(folder, ctx.runFolder);
  const materials = await hashMaterials(folder, req.inputs, skip, ctx.spelling.inputs);
  return { vb, bytes, folder, git, materials, skip };
}

/**
 * Where outputs and materials are never looked for: `.git`, this run's folder (when it lies inside
 * the command's folder, by path: it may not be claimed yet) and every earlier run folder in it
 * (by its claim file), whose capsules, logs and dev keys are no product of the command.
 */
export function skippedFolders(folder: string, runFolder: string): CollectOptions {
  const skip = ['.git'];
  const run = realpathOrSelf(runFolder);
  if (isInside(folder, run) && run !== folder) skip.push(relative(folder, run).split(sep).join('/'));
  return { skip, skipFolder: isRunFolder };
}

async function hashMaterials(folder: string, globs: string[], skip: CollectOptions, flag: string): Promise<Material[]> {
  if (globs.length === 0) return [];
  const found = await collectOutputs(folder, globs.map((path) => ({ path, kind: 'file' })), skip);
  const refused = found.refused.map((r) => `${r.path} is ${r.reason}`);
  const unmatched = globs.filter((g) => {
    const match = globMatcher(g.replace(/^(\.\/)+/, ''));
    return ![...found.outputs, ...found.refused].some((f) => match(f.path));
  });
  const problems = [...unmatched.map((g) => `${JSON.stringify(g)} matches no file in ${folder}`), ...refused];
  if (problems.length > 0) {
    throw new CapsuleError('wrap_input_invalid', `${flag}: ${problems.join('; ')}`, { file: folder }, { problems });
  }
  return found.outputs.map(({ path, sha256, size_bytes }) => ({ path, sha256, size_bytes }));
}

/**
 * After the run folder is claimed: the synthesized bundle written as `bundle/bundle.json`
 * (exactly the bytes validated, so its SHA-256 is the recorded one), and the outputs as they
 * are before the command runs, to tell later which of them it left untouched.
 */
export async function stageCommand(
  p: PreparedCommand, bundleDir: string, skip: CollectOptions,
): Promise<Map<string, string>> {
  writeFileAtomic(join(bundleDir, 'bundle.json'), p.bytes);
  const before = await collectOutputs(p.folder, p.vb.bundle.spec.outputs, skip);
  return new Map(before.outputs.map((o) => [o.path, o.sha256]));
}

export function inPlaceRecord(
  p: PreparedCommand, req: Pick<WrapRequest, 'inputs'>, outputs: CollectedOutput[], before: Map<string, string>,
): InPlaceRecord {
  return {
    // The file system's root has no name of its own.
    folder: basename(p.folder) || '/',
    git: p.git.git,
    inputs: [...req.inputs],
    materials: p.materials,
    unchanged_outputs: outputs.filter((o) => before.get(o.path) === o.sha256).map((o) => o.path),
  };
}

/** The real path of `path`, which may not exist yet: its nearest existing folder resolved, the rest appended. */
function realpathOrSelf(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  const parent = dirname(full);
  return parent === full ? full : join(realpathOrSelf(parent), basename(full));
}
