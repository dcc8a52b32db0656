import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROOF_PACK_INDEX_NAME, SNAPSHOT_NAME } from '../../src/prove/capsule-manifest.js';
import { comparePaths } from '../../src/zip/canonical.js';
import { exportCapsule } from '../../src/prove/export-capsule.js';
import { proveManifest } from '../../src/prove/proof-pack.js';
import { indexFiles, type ProofPackIndex } from '../../src/prove/pack-index.js';
import { sha256File, sha256Hex } from '../../src/hash/sha256.js';
import { stableJson } from '../../src/json/write.js';
import { signCapsule } from '../../src/sign/sign.js';
import { generateSigningKey, type SigningKey } from '../../src/keys/ed25519.js';

export const FIXTURE_MANIFEST = resolve('test/fixtures/capsule/agilab-run/run_manifest.json');

export function tempDir(prefix = 'capsule-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface BuiltCapsule {
  dir: string;
  capsule: string;
  signature: string;
  key: SigningKey;
  privateKeyPem: string;
}

/** Proves the AGILAB fixture into a fresh temp dir and signs it with a new key. */
export async function buildSignedCapsule(): Promise<BuiltCapsule> {
  const dir = tempDir();
  const capsule = join(dir, 'run.agipack');
  await proveManifest(FIXTURE_MANIFEST, { exportPath: capsule });
  const { key, privateKeyPem } = generateSigningKey('test key');
  const { path } = await signCapsule(capsule, key, { signer: 'ci@example.org', issuer: 'https://ci.example.org', createdAt: '2026-03-14T09:30:00Z' });
  return { dir, capsule, signature: path, key, privateKeyPem };
}

export const TINY_RUN = resolve('test/fixtures/capsule/tiny-run');

/**
 * A capsule of three small files (snapshot, one artifact, root index) packed by the real
 * writer, small enough to flip every byte of: the builders' documents are left out.
 */
export async function buildTinyCapsule(dir: string): Promise<string> {
  const pack = join(dir, 'pack');
  mkdirSync(join(pack, 'artifacts'), { recursive: true });
  copyFileSync(join(TINY_RUN, 'run_manifest.json'), join(pack, SNAPSHOT_NAME));
  copyFileSync(join(TINY_RUN, 'artifacts', 'out.txt'), join(pack, 'artifacts', 'out.txt'));
  const files = await Promise.all([SNAPSHOT_NAME, 'artifacts/out.txt'].map(async (path) => {
    const d = await sha256File(join(pack, path));
    return { path, sha256: d.sha256, size_bytes: d.size };
  }));
  files.sort((a, b) => comparePaths(a.path, b.path));
  const snapshot = files.find((f) => f.path === SNAPSHOT_NAME)!;
  const index: ProofPackIndex = {
    schema: 'agilab.proof_pack.v1', run_id: 'tiny-1', path_id: 'tiny', status: 'pass', created_at: '2026-01-01T00:00:00Z',
    source_manifest: { path: 'run_manifest.json', sha256: snapshot.sha256 }, output_dir: '.', files: indexFiles(files),
    standards: {}, cards: {}, limitations: [],
  };
  const text = stableJson(index);
  writeFileSync(join(pack, PROOF_PACK_INDEX_NAME), text);
  files.push({ path: PROOF_PACK_INDEX_NAME, sha256: sha256Hex(text), size_bytes: Buffer.byteLength(text) });
  files.sort((a, b) => comparePaths(a.path, b.path));
  const capsule = join(dir, 'tiny.agipack');
  await exportCapsule(pack, files, index, capsule);
  return capsule;
}
