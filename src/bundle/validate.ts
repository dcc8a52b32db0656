import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { CapsuleError } from '../errors.js';
import { sha256Hex } from '../hash/sha256.js';
import { readFileCapped } from '../fsio/read.js';
import { parseJsonStrict, type JsonDocument } from '../json/parse.js';
import { validateAgainst } from '../schemas/registry.js';
import type { Bundle, ValidatedBundle } from './types.js';
import type { BundleIssue } from './issues.js';
import { checkBundle, type CheckIssue } from './checks.js';
import { AGENTPLANE_POINTERS, agentplaneRepoRoot, mapAgentplaneBundle, tidy } from './agentplane-map.js';
import { withBundleDefaults } from './defaults.js';
import { locateBundleFile } from './locate.js';
import { isInside } from './paths.js';

const AGENTPLANE_API_VERSION = 'agentplane.socioprophet.org/v0.1';

export interface ValidateOptions {
  /** agentplane bundles: the repository root their paths resolve from (default: the nearest folder above holding `bundles/`). */
  repoRoot?: string;
}

/**
 * Reads (a folder means its bundle.json), schema-checks, maps (agentplane v0.1 → native) and semantically checks a bundle.
 * Every problem is reported at once in ONE CapsuleError('bundle_invalid') whose details
 * hold `issues: BundleIssue[]`, each with file, JSON pointer and line:column.
 */
export function validateBundle(path: string, options: ValidateOptions = {}): ValidatedBundle {
  const file = locateBundleFile(path);
  // One read: the digest recorded is of the bytes that were validated.
  const bytes = readFileCapped(file);
  const doc = parseJsonStrict(bytes.toString('utf8'), file);
  const bundleDir = dirname(file);
  const agentplane = (doc.value as { apiVersion?: unknown } | null)?.apiVersion === AGENTPLANE_API_VERSION;
  if (!agentplane) return checkedBundle(bytes, doc, bundleDir);
  const dir = agentplaneRepoRoot(bundleDir, options.repoRoot);
  const schemaIssues: BundleIssue[] = validateAgainst('agentplane-bundle', doc.value, doc).map((i) => ({ ...i, file, check: 'schema' }));
  const bundle = mapAgentplaneBundle(doc.value);
  const outsideRoot: CheckIssue[] = isInside(dir, file) ? [] : [{ check: 'paths-inside-bundle', pointer: '', message: `the bundle is not inside the repository root ${dir} (--repo-root)` }];
  const semantic = [...outsideRoot, ...checkBundle(bundle, dir, { base: 'the repository root', bundleDir })].map((i) => locateIssue(i, doc, agentplanePointer));
  throwIfIssues(file, schemaIssues, semantic);
  return {
    bundle,
    path: file,
    dir,
    ...(dir !== bundleDir ? { stage: stagePaths(bundle, dir, bundleDir) } : {}),
    sha256: sha256Hex(bytes),
    format: 'agentplane.v0.1',
    original: doc.value,
  };
}

/**
 * A native bundle held in memory (the one `capsule run -- CMD` writes): the same schema and
 * semantic checks as a bundle file, its paths resolved in `dir` (the folder the command runs
 * in). `file` is where the caller writes exactly `bytes`, and names the bundle in messages.
 */
export function validateBundleBytes(bytes: Buffer, file: string, dir: string): ValidatedBundle {
  return checkedBundle(bytes, parseJsonStrict(bytes.toString('utf8'), file), dir);
}

/** Schema, defaults and semantic checks of a native bundle whose paths resolve in `dir`. */
function checkedBundle(bytes: Buffer, doc: JsonDocument, dir: string): ValidatedBundle {
  const schemaIssues: BundleIssue[] = validateAgainst('bundle', doc.value, doc).map((i) => ({ ...i, file: doc.file, check: 'schema' }));
  const bundle = withBundleDefaults(doc.value, doc.file);
  throwIfIssues(doc.file, schemaIssues, checkBundle(bundle, dir).map((i) => locateIssue(i, doc, (p) => p)));
  return { bundle, path: doc.file, dir, sha256: sha256Hex(bytes), format: 'proofcapsule.v1', original: doc.value };
}

/** Every problem at once; a semantic check that speaks about the same value says it better than the schema (e.g. AGPL). */
function throwIfIssues(file: string, schemaIssues: BundleIssue[], semantic: BundleIssue[]): void {
  const issues = [...schemaIssues.filter((i) => !semantic.some((s) => s.pointer === i.pointer)), ...semantic];
  if (issues.length > 0) throw bundleInvalid(file, issues);
}

/**
 * What of a repository a bundle rooted above its folder needs, by root-relative path: its own
 * folder and the files it names (smoke script, VM module), laid out as in the repository so
 * every path resolves the same way in the workspace and in the capsule's bundle/ copy.
 */
function stagePaths(bundle: Bundle, root: string, bundleDir: string): string[] {
  const folder = relative(root, bundleDir).split(sep).join('/');
  const named = [bundle.spec.run.script, (bundle['x-agentplane']?.vm as { modulePath?: string } | undefined)?.modulePath]
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map(tidy)
    .filter((p) => p !== folder && !p.startsWith(`${folder}/`) && existsSync(resolve(root, p)));
  return [...new Set([folder, ...named])].sort();
}

function agentplanePointer(pointer: string): string {
  const hit = AGENTPLANE_POINTERS.find(([native]) => pointer === native || pointer.startsWith(`${native}/`));
  return hit ? hit[1] : pointer;
}

function locateIssue(issue: CheckIssue, doc: JsonDocument, toOriginal: (p: string) => string): BundleIssue {
  const pointer = issue.at ? issue.pointer : toOriginal(issue.pointer);
  const at = issue.at ?? { file: doc.file, ...doc.locate(pointer) };
  return { check: issue.check, pointer, message: issue.message, file: at.file, line: at.line, column: at.column };
}

/** `file:line:col pointer: message`, the line format of `capsule validate`. */
export function formatIssue(i: BundleIssue): string {
  return `${i.file}:${i.line ?? 1}:${i.column ?? 1} ${i.pointer || '/'}: ${i.message}`;
}

function bundleInvalid(file: string, issues: BundleIssue[]): CapsuleError {
  const first = issues[0]!;
  return new CapsuleError(
    'bundle_invalid',
    `${file}: invalid bundle (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    { file: first.file, pointer: first.pointer, line: first.line, column: first.column },
    { file, issues },
  );
}
