import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { proveManifest } from '../../src/prove/proof-pack.js';
import { verifyRunFolder } from '../../src/verify/run-folder.js';
import { signCapsule } from '../../src/sign/sign.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { readZipLayout } from '../../src/zip/read.js';
import { ChainRecorder } from '../../src/chain/recorder.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { stableJson } from '../../src/json/write.js';
import { generateSigningKey, type SigningKey } from '../../src/keys/ed25519.js';
import type { RunManifest } from '../../src/manifest/types.js';
import { FIXTURE_MANIFEST, tempDir } from './build-capsule.js';

/** A run folder as `capsule run` leaves it: AGILAB manifest + proof_capsule block, sealed chain, logs, bundle, outputs. */
function writeCapsuleRun(dir: string, key: SigningKey): string {
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

let dir: string;
let key: SigningKey;
let capsule: string;
let manifestPath: string;

beforeAll(async () => {
  dir = tempDir('capsule-run-');
  key = generateSigningKey().key;
  manifestPath = writeCapsuleRun(join(dir, 'run'), key);
  capsule = join(dir, 'run.agipack');
  await proveManifest(manifestPath, { exportPath: capsule, key });
  await signCapsule(capsule, key, { createdAt: '2026-03-14T09:30:00Z' });
});

describe('a capsule of a `capsule run` folder', () => {
  it('copies the run folder trees into the capsule', () => {
    const listing = readZipLayout(capsule).entries.map((e) => e.name);
    for (const path of ['evidence/events.jsonl', 'logs/stdout.log', 'logs/stderr.log', 'bundle/bundle.json', 'artifacts/result.json', 'provenance/provenance.intoto.dsse.json', 'provenance/signing-key.pub.pem']) {
      expect(listing).toContain(path);
    }
  });

  it('verifies the sealed chain as AUTHORITATIVE under a policy anchoring the key, and the signed provenance', async () => {
    const policy = join(dir, 'trust.json');
    writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [key.publicKeySha256], required_evidence_class: 'AUTHORITATIVE_EVIDENCE' }));
    const report = await verifyCapsule(capsule, { strict: true, trustPolicyPath: policy });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.evidence_class).toBe('AUTHORITATIVE_EVIDENCE');
    const ids = report.checks.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['event_chain_valid', 'provenance_valid', 'outputs_match_recorded_hashes', 'capsule_trust_policy_allows_evidence_class']));
  });

  it('without a trusted seal key the chain is not authoritative, and a policy requiring it fails', async () => {
    const other = generateSigningKey().key;
    const policy = join(dir, 'other.json');
    writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [other.publicKeySha256], required_evidence_class: 'AUTHORITATIVE_EVIDENCE' }));
    const report = await verifyCapsule(capsule, { strict: true, trustPolicyPath: policy });
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failed).toEqual(expect.arrayContaining(['capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_evidence_class']));
  });

  it('the run folder itself verifies, and a changed output is caught there', async () => {
    expect((await verifyRunFolder(manifestPath)).status).toBe('pass');
    writeFileSync(join(dir, 'run', 'artifacts', 'result.json'), '{"score": 0.99}\n');
    const report = await verifyRunFolder(manifestPath);
    expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toContain('outputs_match_recorded_hashes');
  });
});
