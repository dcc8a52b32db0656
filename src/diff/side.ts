import { CapsuleError } from '../errors.js';
import { sha256Hex } from '../hash/sha256.js';
import { parseJsonStrict } from '../json/parse.js';
import { asRecord, asString } from '../json/untrusted.js';
import type { RunManifest } from '../manifest/types.js';
import { metricsOf } from './metrics.js';
import type { RunOutput, RunSide } from '../manifest/run-diff.js';

/** Read access to the files of one run, by manifest-relative path. */
export interface RunFiles {
  /** At most `maxBytes` of the file, or null when it is not there. */
  read(path: string, maxBytes: number): Promise<Buffer | null>;
  /** The file's digest, or null when it is not there. */
  digest(path: string): Promise<{ sha256: string; size: number } | null>;
}

/** Who the run is, as the caller established it (verification ran before any of this). */
export interface SideIdentity {
  name: string;
  kind: RunSide['kind'];
  sha256: string | null;
  verification_status: RunSide['verification_status'];
  evidence_class: string | null;
}

/** Largest metrics output or decision document read into memory. */
const MAX_DOCUMENT_BYTES = 16 * 1024 ** 2;
export const DECISION_PATH = 'promotion/promotion_decision.json';

/**
 * The comparable facts of one run: the manifest's record, the outputs with their digests,
 * the numbers of every metrics output, and the recorded decision when the run has one. A
 * metrics file whose bytes do not hash to what the record says is not read.
 */
export async function runSide(manifest: RunManifest, files: RunFiles, who: SideIdentity): Promise<RunSide> {
  const notes: string[] = [];
  const pc = manifest.proof_capsule;
  const outputs = pc ? pc.outputs.map((o) => ({ ...o })) : await agilabOutputs(manifest, files);
  const metrics = [];
  for (const o of outputs.filter((x) => x.kind === 'metrics')) {
    const bytes = await files.read(o.path, MAX_DOCUMENT_BYTES);
    if (bytes === null) notes.push(`${o.path}: metrics output not found in the run`);
    else if (sha256Hex(bytes) !== o.sha256) notes.push(`${o.path}: does not hash to the recorded ${o.sha256} (or is larger than ${MAX_DOCUMENT_BYTES} bytes); its metrics are not compared`);
    else metrics.push(...metricsOf(o.path, bytes, notes));
  }
  return {
    ...who,
    run_id: manifest.run_id,
    status: manifest.status,
    bundle: pc ? { name: pc.bundle.name, version: pc.bundle.version, sha256: pc.bundle.sha256, lane: pc.bundle.lane } : null,
    command: { argv: manifest.command.argv, cwd: manifest.command.cwd },
    env: new Map(Object.entries(manifest.command.env_overrides).map(([name, value]) => [name, sha256Hex(value)])),
    secret_names: pc?.secrets.names ?? [],
    placement: pc ? { site: pc.placement.site, executor: pc.execution.executor, accel: pc.placement.accel } : null,
    duration_seconds: manifest.timing.duration_seconds,
    decision: await recordedDecision(files, notes),
    outputs: outputs.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)),
    metrics,
    notes,
  };
}

/** A plain AGILAB manifest lists artifacts without digests: take them from the run's files. */
async function agilabOutputs(manifest: RunManifest, files: RunFiles): Promise<RunOutput[]> {
  const outputs: RunOutput[] = [];
  for (const a of manifest.artifacts.filter((x) => x.exists)) {
    const d = await files.digest(a.path);
    if (d) outputs.push({ path: a.path, kind: a.kind, sha256: d.sha256, size_bytes: d.size });
  }
  return outputs;
}

async function recordedDecision(files: RunFiles, notes: string[]): Promise<string | null> {
  const bytes = await files.read(DECISION_PATH, MAX_DOCUMENT_BYTES);
  if (bytes === null) return null;
  try {
    return asString(asRecord(parseJsonStrict(bytes.toString('utf8'), DECISION_PATH).value).decision);
  } catch (err) {
    if (!(err instanceof CapsuleError)) throw err;
    notes.push(err.message.split('\n')[0]!);
    return null;
  }
}
