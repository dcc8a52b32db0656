import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CAPSULE_MANIFEST_NAME, PROOF_PACK_INDEX_NAME, SNAPSHOT_NAME, capsuleManifestOf } from '../../src/prove/capsule-manifest.js';
import { comparePaths } from '../../src/zip/canonical.js';
import { ZipWriter } from '../../src/zip/write.js';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { indexFiles, type ProofPackIndex } from '../../src/prove/pack-index.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { stableJson } from '../../src/json/write.js';
import { signCapsule } from '../../src/sign/sign.js';
import { generateSigningKey, type SigningKey } from '../../src/keys/ed25519.js';
import { ChainRecorder } from '../../src/chain/recorder.js';
import type { RunManifest } from '../../src/manifest/types.js';

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

const TINY_RUN = resolve('test/fixtures/capsule/tiny-run');

/**
 * A capsule of three small files (snapshot, one artifact, root index) packed by the real
 * writer, small enough to flip every byte of: the builders' documents are left out.
 */
export async function buildTinyCapsule(dir: string): Promise<string> {
  const pack = join(dir, 'pack');
  mkdirSync(join(pack, 'artifacts'), { recursive: true });
  copyFileSync(join(TINY_RUN, 'run_manifest.json'), join(pack, SNAPSHOT_NAME));
  copyFileSync(join(TINY_RUN, 'artifacts', 'out.txt'), join(pack, 'artifacts', 'out.txt'));
  const capsule = join(dir, 'tiny.agipack');
  const zip = new ZipWriter(capsule, '2026-01-01T00:00:00Z');
  const files = [];
  for (const path of [SNAPSHOT_NAME, 'artifacts/out.txt'].sort(comparePaths)) {
    const d = await zip.addFile(path, join(pack, path));
    files.push({ path, sha256: d.sha256, size_bytes: d.size });
  }
  const snapshot = files.find((f) => f.path === SNAPSHOT_NAME)!;
  const index: ProofPackIndex = {
    schema: 'agilab.proof_pack.v1', run_id: 'tiny-1', path_id: 'tiny', status: 'pass', created_at: '2026-01-01T00:00:00Z',
    source_manifest: { path: 'run_manifest.json', sha256: snapshot.sha256 }, output_dir: '.', files: indexFiles(files),
    standards: {}, cards: {}, limitations: [],
  };
  const text = stableJson(index);
  writeFileSync(join(pack, PROOF_PACK_INDEX_NAME), text);
  files.push({ path: PROOF_PACK_INDEX_NAME, sha256: sha256Hex(text), size_bytes: Buffer.byteLength(text) });
  await zip.addBytes(PROOF_PACK_INDEX_NAME, text);
  files.sort((a, b) => comparePaths(a.path, b.path));
  await zip.addBytes(CAPSULE_MANIFEST_NAME, stableJson(capsuleManifestOf(index, files)));
  await zip.close();
  return capsule;
}

/** A run folder as `capsule run` leaves it: AGILAB manifest + proof_capsule block, sealed chain, logs, bundle, outputs. */
export function writeCapsuleRun(dir: string, key: SigningKey): string {
  const file = (rel: string, content: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
    return { sha256: sha256Hex(content), size: Buffer.byteLength(content) };
  };
  const out = file('artifacts/result.json', '{"score": 0.93}\n');
  const stdout = file('logs/stdout.log', 'training done\n');
  const stderr = file('logs/stderr.log', '');
  const bundle = file('bundle/bundle.json', '{"apiVersion": "proofcapsule.dev/v1"}\n');
  const clock = () => new Date('2026-03-14T09:27:00.000Z');
  const chain = ChainRecorder.create(join(dir, 'evidence', 'events.jsonl'), { clock, start: { bundle: 'demo' } });
  chain.append('TOOL_CALL', { tool_name: 'run', args_hash: sha256Hex('argv') });
  chain.append('TOOL_RESULT', { tool_name: 'run', result_hash: out.sha256, status: 'pass' });
  chain.end({ status: 'pass' });
  const seal = chain.seal(key, { authority: 'proof-capsule', serverVersion: '0.1.0' });
  chain.close();
  const base = JSON.parse(readFileSync(FIXTURE_MANIFEST, 'utf8')) as RunManifest;
  const log = (path: string, d: { sha256: string; size: number }) => ({ path, sha256: d.sha256, bytes: d.size, storedBytes: d.size, truncated: false });
  const manifest: RunManifest = {
    ...base,
    artifacts: [{ name: 'result', path: 'artifacts/result.json', kind: 'metrics', exists: true, size_bytes: out.size }],
    proof_capsule: {
      schema: 'proofcapsule.run_extension.v1',
      tool: { name: 'proof-capsule', version: '0.1.0', node_version: process.version },
      bundle: { name: 'demo', version: '1.0.0', path: 'bundle/bundle.json', sha256: bundle.sha256, format: 'proofcapsule.v1', lane: 'dev', human_gate_required: false, max_run_seconds: 60, fail_on_timeout: true },
      placement: { site: 'local', executor: 'process', accel: null, rejected: [], warnings: [] },
      execution: { executor: 'process', exit_code: 0, signal: null, timed_out: false, diagnostics: [], details: {}, logs: { stdout: log('logs/stdout.log', stdout), stderr: log('logs/stderr.log', stderr) } },
      outputs: [{ path: 'artifacts/result.json', kind: 'metrics', sha256: out.sha256, size_bytes: out.size }],
      evidence: { events: 'evidence/events.jsonl', session_id: chain.sessionId, event_count: seal.seq, final_hash: seal.event_hash, classification: 'AUTHORITATIVE_EVIDENCE', seal_public_key_sha256: key.publicKeySha256 },
      secrets: { names: [] },
      signing: { public_key_sha256: key.publicKeySha256, dev_key: true },
    },
  };
  writeFileSync(join(dir, 'run_manifest.json'), stableJson(manifest));
  return join(dir, 'run_manifest.json');
}

export interface BuiltRunCapsule {
  dir: string;
  key: SigningKey;
  manifestPath: string;
  /** Proved with `key` (DSSE provenance), signed beside it as `<capsule>.sig.json`. */
  capsule: string;
}

/** A `capsule run` folder (sealed chain, provenance, outputs) proved and signed with one fresh key. */
export async function buildRunCapsule(): Promise<BuiltRunCapsule> {
  const dir = tempDir('capsule-run-');
  const { key } = generateSigningKey();
  const manifestPath = writeCapsuleRun(join(dir, 'run'), key);
  const capsule = join(dir, 'run.agipack');
  await proveManifest(manifestPath, { exportPath: capsule, key });
  await signCapsule(capsule, key, { createdAt: '2026-03-14T09:30:00Z' });
  return { dir, key, manifestPath, capsule };
}
