import { posix } from 'node:path';
import { treeDigest } from '../../hash/tree.js';
import type { RunManifest } from '../../manifest/types.js';
import type { ArtifactRecord } from '../../prove/artifacts.js';
import { PROOF_PACK_INDEX_NAME } from '../../prove/capsule-manifest.js';
import type { PackedFile } from '../../record/types.js';
import { fail, pass, type CheckContext, type Outcome } from './context.js';

/** A recorded artifact the capsule does not hold, and what the pack says of it. */
export interface NotPacked {
  name: string;
  path: string;
  reason: string;
}

type Artifact = RunManifest['artifacts'][number];
type Verdict = { problem: string } | { notPacked: string } | { checked: true };

/** AGILAB's packer records no artifact digests and packs no artifacts: what is absent is listed, not failed. */
export const NO_HASH_RECORDED = 'not packed, no hash recorded';
const AGILAB_PACKED = "not packed (AGILAB's packer packs no run files)";

/** A root index without our `artifacts` record: written by AGILAB's packer, which packs no run files. */
export function packedByAgilab(ctx: CheckContext): boolean {
  const index = ctx.maybe('packIndex');
  return index !== undefined && index.artifacts === undefined;
}

/**
 * What the capsule holds is what the run recorded. Our outputs (each with its sha256) must be
 * in the capsule with that digest, unless referenced by hash. An artifact our packer recorded
 * in the index (a file's sha256, a directory's tree digest) must be there with that digest.
 * An artifact no digest was recorded for (AGILAB's packer never packs or hashes them) is
 * checked against its recorded size when the capsule holds it, else listed as not packed;
 * so are our outputs in a capsule AGILAB's packer wrote (it packs no run files).
 */
export function checkOutputsMatch(ctx: CheckContext): Outcome {
  const snapshot = ctx.get('snapshot');
  const held = new Map(ctx.get('manifest').entries.map((e) => [e.path, e]));
  const referenced = ctx.get('manifest').limitations.join('\n');
  const problems: string[] = [];
  const notPacked: NotPacked[] = [];
  let checked = 0;
  const byAgilab = packedByAgilab(ctx);
  for (const out of snapshot.proof_capsule?.outputs ?? []) {
    const e = held.get(out.path);
    if (!e && byAgilab) {
      const reason = `${AGILAB_PACKED} (the run recorded sha256 ${out.sha256})`;
      notPacked.push({ name: out.path, path: out.path, reason });
      continue;
    }
    checked++;
    if (!e) {
      if (!referenced.includes(JSON.stringify(out.path))) problems.push(`output ${out.path} is not in the capsule`);
    } else if (e.sha256 !== out.sha256 || e.size_bytes !== out.size_bytes) {
      problems.push(`output ${out.path}: capsule holds ${digest(e)}, the run recorded ${digest(out)}`);
    }
  }
  const records = ctx.get('packIndex').artifacts;
  if (records && records.length !== snapshot.artifacts.length) {
    const counts = `${records.length} artifacts, the run manifest snapshot ${snapshot.artifacts.length}`;
    problems.push(`${PROOF_PACK_INDEX_NAME} records ${counts}`);
  } else {
    snapshot.artifacts.forEach((a, i) => {
      if (!a.exists) return;
      const v = records ? againstRecord(a, records[i]!, held) : unrecorded(a, held, referenced);
      if ('problem' in v) problems.push(v.problem);
      else if ('notPacked' in v) notPacked.push({ name: a.name, path: a.path, reason: v.notPacked });
      else checked++;
    });
  }
  const details = { checked, not_packed: notPacked };
  if (problems.length > 0) return fail(problems[0]!, { ...details, problems });
  const each = notPacked.map((n) => `${n.name}: ${n.reason}`).join('; ');
  const listed = notPacked.length ? `; ${notPacked.length} not packed (${each})` : '';
  return pass(`${checked} recorded outputs/artifacts match${listed}`, details);
}

/** Our packer's record of one artifact, checked against the entries it names. */
function againstRecord(a: Artifact, r: ArtifactRecord, held: Map<string, PackedFile>): Verdict {
  const what = `artifact ${a.name} (${a.path})`;
  if (r.name !== a.name) {
    const names = `${JSON.stringify(r.name)} where the snapshot has ${JSON.stringify(a.name)}`;
    return { problem: `${PROOF_PACK_INDEX_NAME} records artifact ${names}` };
  }
  if (r.packed === 'referenced') return { notPacked: `referenced by hash (${digest(r)}): ${r.note ?? 'not copied'}` };
  if (r.packed === 'not packed') return { notPacked: r.note ?? 'not packed' };
  if (posix.normalize(a.path) !== r.pack_path) {
    return { problem: `${what}: the snapshot points at ${a.path}, the pack holds it at ${r.pack_path}` };
  }
  if (r.packed === 'file') {
    const e = held.get(r.pack_path);
    if (!e) return { problem: `${what} is recorded as packed at ${r.pack_path}, which the capsule does not hold` };
    if (e.sha256 !== r.sha256 || e.size_bytes !== r.size_bytes) {
      return { problem: `${what}: capsule holds ${digest(e)}, the pack recorded ${digest(r)}` };
    }
    return { checked: true };
  }
  const tree = treeUnder(r.pack_path!, held);
  if (tree.length !== r.file_count || treeDigest(tree) !== r.sha256) {
    const found = `the ${tree.length} files under ${r.pack_path}/ have tree digest ${treeDigest(tree)}`;
    return { problem: `${what}: ${found}, the pack recorded ${r.sha256} over ${r.file_count} files` };
  }
  return { checked: true };
}

/** An artifact with no recorded digest: its recorded size where the capsule holds it, else listed. */
function unrecorded(a: Artifact, held: Map<string, PackedFile>, referenced: string): Verdict {
  const path = posix.normalize(a.path);
  const e = held.get(path);
  if (e) {
    if (a.size_bytes !== null && e.size_bytes !== a.size_bytes) {
      const sizes = `${e.size_bytes} bytes in the capsule, ${a.size_bytes} recorded`;
      return { problem: `artifact ${a.name} (${a.path}): ${sizes}` };
    }
    return { checked: true };
  }
  if (treeUnder(path, held).length > 0) return { checked: true };
  if (referenced.includes(JSON.stringify(path))) return { notPacked: 'referenced by hash (above the copy cap)' };
  return { notPacked: NO_HASH_RECORDED };
}

/** The entries below `dir/`, by their path under it (what a directory artifact's tree digest covers). */
function treeUnder(dir: string, held: Map<string, PackedFile>): PackedFile[] {
  const prefix = `${dir}/`;
  return [...held.values()].filter((e) => e.path.startsWith(prefix))
    .map((e) => ({ ...e, path: e.path.slice(prefix.length) }));
}

const digest = (d: { sha256: string | null; size_bytes: number | null }) => `${d.sha256} (${d.size_bytes} bytes)`;
