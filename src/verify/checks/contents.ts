import { parseJsonStrict, type JsonDocument } from '../../json/parse.js';
import type { RunManifest } from '../../manifest/types.js';
import { assertValid } from '../../schemas/registry.js';
import { CAPSULE_MANIFEST_NAME, PROOF_PACK_INDEX_NAME, SNAPSHOT_NAME } from '../../prove/capsule-manifest.js';
import type { ProofPackIndex } from '../../prove/pack-index.js';
import { readEntryText } from './inventory.js';
import { fail, pass, type CheckContext, type Outcome } from './context.js';

/** Reads a JSON entry (as the hashing pass read it) with the strict parser and a schema; a CapsuleError names `capsule!/entry`. */
export async function readJsonEntry(ctx: CheckContext, name: string, schema: string): Promise<JsonDocument> {
  const file = `${ctx.path}!/${name}`;
  const doc = parseJsonStrict(await readEntryText(ctx, name), file, { ijson: true });
  assertValid(schema, doc.value, file, doc);
  return doc;
}

/** The byte copy of the run manifest: valid, and the one the capsule manifest names by hash. */
export async function checkRunManifestSnapshot(ctx: CheckContext): Promise<Outcome> {
  const snapshot = (await readJsonEntry(ctx, SNAPSHOT_NAME, 'run-manifest')).value as RunManifest;
  const m = ctx.get('manifest');
  const recorded = m.entries.find((e) => e.path === SNAPSHOT_NAME)!;
  const problems: string[] = [];
  if (recorded.sha256 !== m.source_manifest.sha256) problems.push(`snapshot sha256 ${recorded.sha256} != source_manifest.sha256 ${m.source_manifest.sha256}`);
  for (const field of ['run_id', 'path_id', 'status'] as const) {
    if (snapshot[field] !== m[field]) problems.push(`${field} ${JSON.stringify(snapshot[field])} in the snapshot, ${JSON.stringify(m[field])} in ${CAPSULE_MANIFEST_NAME}`);
  }
  problems.push(...await packedBundleProblems(ctx, snapshot));
  if (problems.length > 0) return fail(problems[0]!, { problems });
  ctx.set('snapshot', snapshot);
  return pass(`run ${snapshot.run_id} (${snapshot.status}) snapshot is a valid agilab.run_manifest`, { run_id: snapshot.run_id, status: snapshot.status });
}

/** What of a staged inventory this check reads (the pipeline's StagedInventory, which verify may not import). */
interface StagedRecord {
  bundle_file: string;
  files: { path: string; sha256: string | null }[];
  packed: string[];
}

/**
 * The bundle the capsule holds is the one the run staged: each file packed into `bundle/` has the
 * digest its staged inventory took before the job started (the bundle file: the manifest's
 * bundle.sha256), but those whose secret values were redacted, of those the capsule holds. The job runs as the user and may
 * rewrite the run folder's `bundle/` while it runs: without this a capsule could hold a script that
 * is not the one that ran, and verify.
 */
async function packedBundleProblems(ctx: CheckContext, snapshot: RunManifest): Promise<string[]> {
  const bundle = snapshot.proof_capsule?.bundle;
  const listed = bundle?.staged?.inventory;
  // Only a capsule that holds both the inventory and a bundle file is held to it: AGILAB's writer,
  // packing the same manifest, keeps neither.
  if (!bundle || !listed || !ctx.get('entries').has(listed)) return [];
  const inventory = (await readJsonEntry(ctx, listed, 'staged-inventory')).value as StagedRecord;
  const root = bundle.path.endsWith(`/${inventory.bundle_file}`) ? bundle.path.slice(0, -inventory.bundle_file.length) : 'bundle/';
  const held = new Map(ctx.get('manifest').entries.map((e) => [e.path, e.sha256]));
  const staged = new Map(inventory.files.map((f) => [f.path, f.sha256]));
  const redacted = new Set(bundle.redacted_files ?? []);
  const problems: string[] = [];
  for (const path of inventory.packed) {
    const recorded = staged.get(path) ?? (path === inventory.bundle_file ? bundle.sha256 : null);
    if (redacted.has(path) || recorded === null) continue;
    const sha256 = held.get(`${root}${path}`);
    if (sha256 !== undefined && sha256 !== recorded) {
      problems.push(`${root}${path} is ${sha256} in the capsule, but the run staged ${recorded} before the job started (${listed}): the bundle packed is not the one that ran`);
    }
  }
  return problems;
}

/** The root index lists every file of the pack but itself, with the digests the archive holds. */
export async function checkProofPackManifest(ctx: CheckContext): Promise<Outcome> {
  const index = (await readJsonEntry(ctx, PROOF_PACK_INDEX_NAME, 'proof-pack')).value as ProofPackIndex;
  const m = ctx.get('manifest');
  const inArchive = new Map(m.entries.filter((e) => e.path !== PROOF_PACK_INDEX_NAME).map((e) => [e.path, e]));
  const problems: string[] = [];
  for (const f of index.files) {
    const e = inArchive.get(f.path);
    if (!e) problems.push(`files lists ${JSON.stringify(f.path)}, which the capsule does not hold`);
    else if (e.sha256 !== f.sha256 || e.size_bytes !== f.size_bytes) problems.push(`${JSON.stringify(f.path)}: index records ${f.sha256} (${f.size_bytes} bytes), the capsule holds ${e.sha256} (${e.size_bytes} bytes)`);
    inArchive.delete(f.path);
  }
  for (const path of inArchive.keys()) problems.push(`${JSON.stringify(path)} is in the capsule but not in ${PROOF_PACK_INDEX_NAME}`);
  if (index.source_manifest.sha256 !== m.source_manifest.sha256) problems.push('source_manifest.sha256 differs from the capsule manifest');
  if (index.run_id !== m.run_id) problems.push(`run_id ${JSON.stringify(index.run_id)} differs from the capsule manifest`);
  if (problems.length > 0) return fail(problems[0]!, { problems });
  ctx.set('packIndex', index);
  return pass(`${PROOF_PACK_INDEX_NAME} indexes ${index.files.length} files, all matching`);
}
