import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { CapsuleError } from '../errors.js';
import { sha256File } from '../hash/sha256.js';
import { parseJsonStrict } from '../json/parse.js';
import type { RunManifest } from '../manifest/types.js';
import { CAPSULE_MANIFEST_NAME, parseCapsuleManifest, SNAPSHOT_NAME } from '../prove/capsule-manifest.js';
import { publicKeyFileSha256 } from '../keys/ed25519.js';
import { defaultSignaturePath } from '../sign/signature.js';
import { trustedKeysIn } from '../trust/policy.js';
import { openVerifiedCapsule } from '../verify/capsule.js';
import type { VerificationReport } from '../verify/report.js';
import { resolveRunManifestPath, verifyRunFolder } from '../verify/run-folder.js';
import { isCapsuleTarget } from '../verify/target.js';
import { capsuleSource, folderSource, type ViewSource } from '../view/source.js';
import { runSide, type RunFiles } from './side.js';
import type { RunSide } from '../manifest/run-diff.js';

export interface LoadRunOptions {
  /** How messages name the run: "A", "B", "baseline". */
  role: string;
  trustPolicyPath?: string;
  /** Ed25519 public key files trusted as a policy's keys would be (signatures then required). */
  publicKeyPaths?: string[];
  signaturePath?: string;
  /** Refuse a run folder (a baseline must be a capsule: only a signature can be anchored by a policy). */
  capsuleOnly?: boolean;
}

export interface VerifiedRun {
  side: RunSide;
  report: VerificationReport;
}

const MAX_MANIFEST_BYTES = 16 * 1024 ** 2;

/**
 * Verifies a capsule (strictly, under the trust policy when one is given) or a run folder,
 * then reads what a comparison needs from exactly the bytes that verified. Anything that
 * does not verify is refused with a CapsuleError naming the run and its failed checks.
 */
export async function loadVerifiedRun(target: string, options: LoadRunOptions): Promise<VerifiedRun> {
  if (!existsSync(target)) throw new CapsuleError('target_missing', `${options.role} ${target}: no such capsule, run folder or manifest`, { file: target });
  if (!isCapsuleTarget(target)) {
    if (options.capsuleOnly) {
      throw new CapsuleError('baseline_not_capsule', `${options.role} ${target}: is a folder or a manifest, not a .agipack; a baseline must be a signed .agipack capsule, so its origin can be checked under a trust policy`, { file: target });
    }
    return loadRunFolder(target, options);
  }
  return loadCapsule(target, options);
}

/**
 * The capsule is opened once and read once by verification, and every entry compared is read
 * through that descriptor and checked against that pass: a file swapped on disk after
 * verification cannot be what is compared.
 */
async function loadCapsule(target: string, options: LoadRunOptions): Promise<VerifiedRun> {
  const signaturePath = options.signaturePath ?? defaultSignaturePath(target);
  const { trustPolicyPath, publicKeyPaths } = options;
  const requireSignature = trustPolicyPath !== undefined || (publicKeyPaths?.length ?? 0) > 0;
  const verified = await openVerifiedCapsule(target, { signaturePath, trustPolicyPath, publicKeyPaths, requireSignature, strict: true });
  try {
    const report = verified.report;
    refuseUnverified(report, target, options);
    const source = capsuleSource(verified.capsule);
    const entries = new Map(parseCapsuleManifest((await readAll(source, CAPSULE_MANIFEST_NAME, target)).toString('utf8'), `${target}!/${CAPSULE_MANIFEST_NAME}`).entries.map((e) => [e.path, e]));
    const manifest = parseManifest(await readAll(source, SNAPSHOT_NAME, target), `${target}!/${SNAPSHOT_NAME}`);
    const files: RunFiles = {
      read: async (path, maxBytes) => (await source.read(path, maxBytes))?.bytes ?? null,
      digest: async (path) => {
        const e = entries.get(path);
        return e ? { sha256: e.sha256, size: e.size_bytes } : null;
      },
    };
    const side = await runSide(manifest, files, { name: basename(target), kind: 'capsule', sha256: report.capsule.sha256, verification_status: 'pass', evidence_class: report.evidence_class });
    return { side, report };
  } finally {
    verified.close();
  }
}

async function loadRunFolder(target: string, options: LoadRunOptions): Promise<VerifiedRun> {
  const manifestPath = resolveRunManifestPath(target);
  const trusted = [...trustedKeysIn(options.trustPolicyPath), ...(options.publicKeyPaths ?? []).map(publicKeyFileSha256)];
  const report = await verifyRunFolder(manifestPath, { trustedPublicKeySha256: trusted });
  refuseUnverified(report, target, options);
  const folder = dirname(resolve(manifestPath));
  const manifest = parseManifest(await readAll(folderSource(folder), basename(manifestPath), manifestPath), manifestPath);
  const side = await runSide(manifest, folderFiles(folder), { name: target, kind: 'run-folder', sha256: report.capsule.sha256, verification_status: 'pass', evidence_class: report.evidence_class });
  return { side, report };
}

/** Files of a run folder; a path that leaves it (`..`, a symlink pointing out) reads as absent. */
export function folderFiles(folder: string): RunFiles {
  const source = folderSource(folder);
  const root = realpathSync(folder);
  return {
    read: async (path, maxBytes) => (await source.read(path, maxBytes))?.bytes ?? null,
    digest: async (path) => {
      const full = resolve(root, path);
      if (!existsSync(full) || !realpathSync(full).startsWith(root + sep)) return null;
      const d = await sha256File(full);
      return { sha256: d.sha256, size: d.size };
    },
  };
}

function refuseUnverified(report: VerificationReport, target: string, options: LoadRunOptions): void {
  if (report.status === 'pass') return;
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.summary}`);
  const anchors = [...(options.trustPolicyPath ? [options.trustPolicyPath] : []), ...(options.publicKeyPaths ?? [])];
  const under = anchors.length > 0 ? ` under ${anchors.join(', ')}` : '';
  const so = options.role === 'baseline' ? 'so it cannot be a baseline' : 'so it is not compared';
  throw new CapsuleError('run_not_verified', `${options.role} ${target}: does not verify${under}, ${so}:\n  ${failed.join('\n  ')}`, { file: target }, { report });
}

async function readAll(source: ViewSource, path: string, where: string): Promise<Buffer> {
  const read = await source.read(path, MAX_MANIFEST_BYTES);
  if (!read || read.truncated) throw new CapsuleError('run_manifest_missing', `${where}: ${path} is missing or larger than ${MAX_MANIFEST_BYTES} bytes`, { file: where });
  return read.bytes;
}

/** Verification already validated the manifest against its schema; this reads the same bytes. */
function parseManifest(bytes: Buffer, file: string): RunManifest {
  return parseJsonStrict(bytes.toString('utf8'), file, { ijson: true }).value as RunManifest;
}
