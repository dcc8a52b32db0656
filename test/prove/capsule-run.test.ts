import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyRunFolder } from '../../src/verify/run-folder.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { openCapsule } from '../../src/zip/opened.js';
import { DEFAULT_LIMITS } from '../../src/zip/limits.js';
import { generateSigningKey, type SigningKey } from '../../src/keys/ed25519.js';
import { buildRunCapsule } from './build-capsule.js';

let dir: string;
let key: SigningKey;
let capsule: string;
let manifestPath: string;

beforeAll(async () => {
  ({ dir, key, manifestPath, capsule } = await buildRunCapsule());
});

describe('a capsule of a `capsule run` folder', () => {
  it('copies the run folder trees into the capsule', async () => {
    const opened = await openCapsule(capsule, DEFAULT_LIMITS);
    const listing = opened.entries.map((e) => e.record.name);
    opened.close();
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
