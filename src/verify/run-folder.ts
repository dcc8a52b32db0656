import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import { OPEN_TO_READ } from '../fsio/read.js';
import { DIGEST_READ_BYTES, sha256Chunks, type FileDigest } from '../hash/sha256.js';
import { readJsonFile } from '../json/parse.js';
import { placeArtifacts } from '../manifest/artifacts.js';
import { readRunManifest, type LoadedRunManifest } from '../manifest/read.js';
import { assertValid } from '../schemas/registry.js';
import { PROOF_PACK_INDEX_NAME, SNAPSHOT_NAME } from '../prove/capsule-manifest.js';
import type { ProofPackIndex } from '../prove/pack-index.js';
import type { ChainReport } from '../chain/report.js';
import type { VerificationReport } from './report.js';
import { fail, pass, runSteps, type FactAccess, type Outcome, type Step } from './steps.js';

interface RunFolderFacts {
  loaded: LoadedRunManifest;
  chain: ChainReport;
}

type RunFolderCheckId = 'run_manifest_valid' | 'run_artifacts_present' | 'outputs_match_recorded_hashes' | 'event_chain_valid' | 'proof_pack_manifest_valid';

interface RunFolderContext extends FactAccess<RunFolderFacts> {
  manifestPath: string;
  folder: string;
  warnings: string[];
  trusted: string[];
  skipArtifacts: boolean;
}

const RUN_FOLDER_STEPS: Step<RunFolderCheckId, RunFolderContext>[] = [
  { id: 'run_manifest_valid', needs: [], run: checkManifestValid },
  { id: 'run_artifacts_present', needs: ['run_manifest_valid'], run: checkArtifactsPresent },
  { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_valid'], run: checkOutputHashes },
  { id: 'event_chain_valid', needs: ['run_manifest_valid'], run: checkFolderChain },
  { id: 'proof_pack_manifest_valid', needs: ['run_manifest_valid'], run: checkPackIndex },
];

export interface RunFolderOptions {
  /** The path written into the report (a pack's own report names the manifest by basename, for determinism). */
  displayPath?: string;
  trustedPublicKeySha256?: string[];
  /** AGILAB's `--no-artifacts`: skip the artifact existence checks. */
  skipArtifacts?: boolean;
}

/** A manifest path, or a folder holding `run_manifest.json` or (unpacked capsule / pack dir) the snapshot. */
export function resolveRunManifestPath(target: string): string {
  if (!existsSync(target) || !statSync(target).isDirectory()) return target;
  for (const name of ['run_manifest.json', SNAPSHOT_NAME]) if (existsSync(join(target, name))) return join(target, name);
  throw new CapsuleError('run_manifest_missing', `${target}: holds neither run_manifest.json nor ${SNAPSHOT_NAME}`, { file: target });
}

/**
 * `capsule verify run_manifest.json` (AGILAB's verify takes a manifest): the manifest is valid,
 * its artifacts are where it says with the sizes it records, our outputs match their hashes,
 * the event chain verifies, and in a pack dir the root index matches every file.
 */
export async function verifyRunFolder(target: string, options: RunFolderOptions = {}): Promise<VerificationReport> {
  const manifestPath = resolveRunManifestPath(target);
  const folder = dirname(resolve(manifestPath));
  const result = await runSteps<RunFolderCheckId, RunFolderFacts, RunFolderContext>(RUN_FOLDER_STEPS, { loaded: 'run_manifest_valid', chain: 'event_chain_valid' },
    (facts, warnings) => ({
      ...facts, manifestPath, folder, warnings, trusted: options.trustedPublicKeySha256 ?? [], skipArtifacts: options.skipArtifacts ?? false,
    }));
  const path = options.displayPath ?? manifestPath;
  return folderReport(result.checks, result.warnings, path, result.fact('loaded'), result.fact('chain'));
}

/**
 * The report `verifyRunFolder` gives for a run folder the pipeline has just made, from what the
 * pipeline knows instead of reading the folder back: it built and validated the manifest (`loaded`,
 * from the bytes it wrote), wrote and hashed every artifact and output it records, and verified
 * the sealed chain (`chain`, under the keys trusted here).
 */
export function freshRunFolderReport(loaded: LoadedRunManifest, chain: ChainReport, displayPath: string): VerificationReport {
  const evidence = loaded.manifest.proof_capsule?.evidence;
  const outcomes: [RunFolderCheckId, Outcome][] = [
    ['run_manifest_valid', manifestValid(loaded)],
    ['run_artifacts_present', artifactsPresent(loaded)],
    ['outputs_match_recorded_hashes', outputsMatch(loaded)],
    ['event_chain_valid', evidence ? chainCheck(chain, evidence) : null],
  ];
  const checks = outcomes.flatMap(([id, outcome]) => (outcome ? [{ id, ...outcome }] : []));
  return folderReport(checks, [], displayPath, loaded, evidence ? chain : undefined);
}

function folderReport(
  checks: VerificationReport['checks'],
  warnings: string[],
  path: string,
  loaded: LoadedRunManifest | undefined,
  chain: ChainReport | undefined,
): VerificationReport {
  return {
    schema: 'agilab.proof_capsule_verification.v1',
    status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
    capsule: { path, sha256: loaded?.sha256 ?? null, size_bytes: loaded?.size ?? null },
    strict: false,
    checks,
    warnings,
    evidence_class: chain?.classification ?? null,
    // A folder carries no signature: whoever wrote its files is not proven here.
    origin: {
      verified: false,
      public_key_sha256: null,
      summary: 'origin not verified: a run folder carries no signature; this verifies integrity only',
    },
  };
}

const manifestValid = (loaded: LoadedRunManifest): Outcome =>
  pass(`run ${loaded.manifest.run_id} (${loaded.manifest.status}): valid agilab.run_manifest`);
const artifactsPresent = (loaded: LoadedRunManifest): Outcome =>
  pass(`${loaded.manifest.artifacts.filter((a) => a.exists).length} artifacts present with their recorded sizes`);
const outputsMatch = (loaded: LoadedRunManifest): Outcome =>
  pass(`${(loaded.manifest.proof_capsule?.outputs ?? []).length} outputs match their recorded sha256`);

async function checkManifestValid(ctx: RunFolderContext): Promise<Outcome> {
  const loaded = await readRunManifest(ctx.manifestPath);
  ctx.set('loaded', loaded);
  return manifestValid(loaded);
}

/** As AGILAB checks them: each artifact recorded as existing is there (a file or a folder, absolute or manifest-relative). */
function checkArtifactsPresent(ctx: RunFolderContext): Outcome {
  if (ctx.skipArtifacts) return pass('artifact existence checks skipped (--no-artifacts)', { skipped: true });
  const problems: string[] = [];
  const places = placeArtifacts(ctx.get('loaded').manifest, ctx.manifestPath).filter((p) => p.artifact.exists);
  for (const { artifact: a, found, location } of places) {
    if (found === 'missing' || (found === 'symlink' && !existsSync(location))) problems.push(`artifact ${a.name}: ${a.path} is missing`);
    else if (found === 'file' && a.size_bytes !== null && statSync(location).size !== a.size_bytes) {
      problems.push(`artifact ${a.name}: ${a.path} is ${statSync(location).size} bytes, ${a.size_bytes} recorded`);
    }
  }
  if (problems.length > 0) return fail(problems[0]!, { problems });
  return artifactsPresent(ctx.get('loaded'));
}

async function checkOutputHashes(ctx: RunFolderContext): Promise<Outcome> {
  const outputs = ctx.get('loaded').manifest.proof_capsule?.outputs ?? [];
  const problems: string[] = [];
  for (const out of outputs) {
    const path = resolve(ctx.folder, out.path);
    if (!existsSync(path)) {
      problems.push(`output ${out.path} is missing`);
      continue;
    }
    const digest = await regularFileDigest(path);
    if (typeof digest === 'string') problems.push(`output ${out.path} ${digest}`);
    else if (digest.sha256 !== out.sha256 || digest.size !== out.size_bytes) problems.push(`output ${out.path}: sha256 ${digest.sha256} (${digest.size} bytes), recorded ${out.sha256} (${out.size_bytes} bytes)`);
  }
  if (problems.length > 0) return fail(problems[0]!, { problems });
  return outputsMatch(ctx.get('loaded'));
}

async function checkFolderChain(ctx: RunFolderContext): Promise<Outcome> {
  const evidence = ctx.get('loaded').manifest.proof_capsule?.evidence;
  if (!evidence) return null;
  // Loaded only for a run that has a chain: a plain AGILAB manifest has none.
  const { verifyChainFile } = await import('../chain/verify.js');
  const report = await verifyChainFile(resolve(ctx.folder, evidence.events), { trustedPublicKeySha256: ctx.trusted });
  ctx.set('chain', report);
  return chainCheck(report, evidence);
}

function chainCheck(report: ChainReport, evidence: { events: string; final_hash: string | null }): Outcome {
  const { events } = evidence;
  const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash };
  if (report.status !== 'PASS') {
    return fail(`${events}: chain FAIL: ${report.errors[0]?.rule ?? ''}: ${report.errors[0]?.message ?? ''}`, details);
  }
  if (report.final_hash !== evidence.final_hash) {
    return fail(`${events}: final hash ${report.final_hash} differs from the manifest's ${evidence.final_hash}`, details);
  }
  return pass(`${events}: ${report.event_count} events verify; ${report.classification}`, details);
}

/** Only in a pack dir or unpacked capsule (the root index sits beside the manifest). */
async function checkPackIndex(ctx: RunFolderContext): Promise<Outcome> {
  const indexPath = join(ctx.folder, PROOF_PACK_INDEX_NAME);
  if (!existsSync(indexPath)) return null;
  const doc = readJsonFile(indexPath, { ijson: true });
  assertValid('proof-pack', doc.value, indexPath, doc);
  const index = doc.value as ProofPackIndex;
  const loaded = ctx.get('loaded');
  const problems: string[] = [];
  for (const f of index.files) {
    const path = resolve(ctx.folder, f.path);
    if (!path.startsWith(ctx.folder + '/') || !existsSync(path)) {
      problems.push(`${f.path} is missing`);
      continue;
    }
    const digest = await regularFileDigest(path);
    if (typeof digest === 'string') problems.push(`${f.path} ${digest}`);
    else if (digest.sha256 !== f.sha256 || digest.size !== f.size_bytes) problems.push(`${f.path}: sha256 ${digest.sha256} (${digest.size} bytes), index records ${f.sha256} (${f.size_bytes} bytes)`);
  }
  if (index.source_manifest.sha256 !== loaded.sha256 && ctx.manifestPath.endsWith(SNAPSHOT_NAME)) problems.push(`${SNAPSHOT_NAME} sha256 ${loaded.sha256} differs from the index's source_manifest`);
  if (problems.length > 0) return fail(problems[0]!, { problems });
  return pass(`${PROOF_PACK_INDEX_NAME}: ${index.files.length} files match`);
}

/**
 * A recorded file's sha256 and size, read through one descriptor opened without blocking; what
 * is wrong with it when it is not a regular file. A FIFO, device or socket planted (or linked)
 * where the run recorded a file is named as such, never read: the read would wait for a writer
 * for ever, or never end (/dev/zero).
 */
async function regularFileDigest(path: string): Promise<FileDigest | string> {
  const handle = await open(path, OPEN_TO_READ);
  try {
    if (!(await handle.stat()).isFile()) return 'is not a regular file, so it is not read';
    return await sha256Chunks(handle.createReadStream({ autoClose: false, highWaterMark: DIGEST_READ_BYTES }));
  } finally {
    await handle.close();
  }
}
