import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { loadTrustPolicy } from '../../src/trust/policy.js';
import type { CapsuleSignature } from '../../src/sign/signature.js';
import { buildSignedCapsule, type BuiltCapsule } from '../prove/build-capsule.js';
import { rewrappedPems } from '../keys/rewrap.js';

let built: BuiltCapsule;
let capsuleSha: string;

beforeAll(async () => {
  built = await buildSignedCapsule();
  capsuleSha = sha256Hex(readFileSync(built.capsule));
});

function policyFile(name: string, text: string): string {
  const path = join(built.dir, name);
  writeFileSync(path, text);
  return path;
}

async function verifyUnder(policy: Record<string, unknown> | string, strict = true, ext = 'json') {
  const path = policyFile(`policy-${Math.random().toString(16).slice(2)}.${ext}`, typeof policy === 'string' ? policy : JSON.stringify(policy));
  return verifyCapsule(built.capsule, { trustPolicyPath: path, strict });
}

function failed(report: Awaited<ReturnType<typeof verifyCapsule>>): string[] {
  return report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
}

const TRUST_CHECKS = [
  'capsule_trust_policy_loaded', 'capsule_trust_policy_has_anchor', 'capsule_trust_policy_has_key_anchor',
  'capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer', 'capsule_trust_policy_allows_subject',
];

function full() {
  return {
    schema: 'agilab.proof_capsule_trust_policy.v1',
    allowed_public_key_sha256: [built.key.publicKeySha256],
    allowed_signers: ['ci@example.org'],
    allowed_issuers: ['https://ci.example.org'],
    expected_subject_sha256: [capsuleSha],
  };
}

describe('trust policies', () => {
  it('a matching policy passes strict with every trust check listed', async () => {
    const report = await verifyUnder(full());
    expect(failed(report)).toEqual([]);
    expect(report.checks.map((c) => c.id)).toEqual(expect.arrayContaining(TRUST_CHECKS));
  });

  it('the same policy in TOML with the trusted_* / subject_sha256 spellings passes', async () => {
    const toml = [
      'schema = "agilab.proof_capsule_trust_policy.v1"',
      `trusted_public_key_sha256 = ["${built.key.publicKeySha256}"]`,
      'trusted_signers = ["ci@example.org"]',
      'trusted_issuers = ["https://ci.example.org"]',
      `subject_sha256 = ["${capsuleSha}"]`,
      'not_after = 2999-01-01T00:00:00Z',
    ].join('\n');
    const report = await verifyUnder(toml, true, 'toml');
    expect(failed(report)).toEqual([]);
  });

  it.each([
    ['allowed_public_keys_sha256', 'json', (k: string) => JSON.stringify({ allowed_public_keys_sha256: [k] })],
    ['trusted_public_keys_sha256', 'toml', (k: string) => `trusted_public_keys_sha256 = ["${k}"]\n`],
    ['trusted_public_key_sha256 as a string, .tml', 'tml', (k: string) => `trusted_public_key_sha256 = "${k}"\n`],
  ])('AGILAB spelling %s (%s) anchors the key', async (_what, ext, text) => {
    const report = await verifyUnder(text(built.key.publicKeySha256), true, ext);
    expect(failed(report)).toEqual([]);
    expect(report.checks.find((c) => c.id === 'capsule_trust_policy_allows_public_key')?.status).toBe('pass');
    expect(failed(await verifyUnder(text('c'.repeat(64)), true, ext))).toEqual(['capsule_trust_policy_allows_public_key', 'capsule_origin_verified']);
  });

  it('an unknown key is a warning, and a failure of capsule_trust_policy_loaded under --strict', async () => {
    const policy = { allowed_public_key_sha256: [built.key.publicKeySha256], allow_everyone: true };
    const lenient = await verifyUnder(policy, false);
    expect(lenient.status).toBe('pass');
    expect(lenient.warnings.join('\n')).toMatch(/unknown key "allow_everyone".*trusts nothing/);
    const strict = await verifyUnder(policy, true);
    expect(failed(strict)).toEqual(['capsule_trust_policy_loaded']);
    expect(strict.checks.find((c) => c.id === 'capsule_trust_policy_loaded')?.summary).toMatch(/allow_everyone.*--strict refuses/);
  });

  it.each([
    ['public key', { allowed_public_key_sha256: ['a'.repeat(64)] }, 'capsule_trust_policy_allows_public_key'],
    ['signer', { allowed_signers: ['mallory'] }, 'capsule_trust_policy_allows_signer'],
    ['issuer', { allowed_issuers: ['https://evil.example'] }, 'capsule_trust_policy_allows_issuer'],
    ['subject', { expected_subject_sha256: ['b'.repeat(64)] }, 'capsule_trust_policy_allows_subject'],
  ])('a mismatching %s anchor fails its own check, and so origin is not verified', async (_what, change, check) => {
    const report = await verifyUnder({ ...full(), ...change });
    expect(failed(report)).toEqual([check, 'capsule_origin_verified']);
    expect(report.origin.verified).toBe(false);
  });

  it('both spellings must match (AND across lists): a second, disagreeing list narrows trust', async () => {
    expect(failed(await verifyUnder({ ...full(), trusted_signers: ['someone-else'] }))).toEqual(['capsule_trust_policy_allows_signer', 'capsule_origin_verified']);
  });

  it('a revoked key fails even when it is also allowed', async () => {
    expect(failed(await verifyUnder({ ...full(), revoked_public_key_sha256: [built.key.publicKeySha256] }))).toEqual(['capsule_trust_policy_allows_public_key', 'capsule_origin_verified']);
  });

  // The attacker re-spells the revoked key's PEM and records either hash: its text's, or the key's.
  it('a re-wrapped PEM of a revoked key (CRLF, 76 and 16 columns, no final newline) never verifies', async () => {
    // No key allow-list (the subject anchors): only the revocation stands between the key and a pass.
    const policy = policyFile('revoking.json', JSON.stringify({ expected_subject_sha256: [capsuleSha], revoked_public_key_sha256: [built.key.publicKeySha256] }));
    const original = JSON.parse(readFileSync(built.signature, 'utf8')) as CapsuleSignature;
    for (const [name, pem] of Object.entries(rewrappedPems(built.key.publicKeyPem))) {
      for (const recorded of [sha256Hex(pem), built.key.publicKeySha256]) {
        const doc = { ...original, key: { ...original.key, public_key_pem: pem, public_key_sha256: recorded } };
        const sig = policyFile(`rewrapped-${Math.random().toString(16).slice(2)}.sig.json`, JSON.stringify(doc));
        const report = await verifyCapsule(built.capsule, { signaturePath: sig, trustPolicyPath: policy, strict: true });
        expect(report.status, `${name}, recorded ${recorded === built.key.publicKeySha256 ? 'key identity' : 'text hash'}`).toBe('fail');
        expect(report.origin.verified).toBe(false);
        expect(failed(report).some((id) => ['capsule_signature_key_supported', 'capsule_signature_key_canonical', 'capsule_trust_policy_allows_public_key'].includes(id))).toBe(true);
        expect(JSON.stringify(report)).not.toMatch(/"AUTHORITATIVE_EVIDENCE"/);
      }
    }
  });

  it('an expired policy fails to load', async () => {
    expect(failed(await verifyUnder({ ...full(), not_after: '2000-01-01T00:00:00Z' }))).toContain('capsule_trust_policy_loaded');
  });

  it('a policy anchoring only signer/issuer fails has_key_anchor under --strict and warns without', async () => {
    const names = { allowed_signers: ['ci@example.org'], allowed_issuers: ['https://ci.example.org'] };
    expect(failed(await verifyUnder(names, true))).toEqual(['capsule_trust_policy_has_key_anchor']);
    const lenient = await verifyUnder(names, false);
    expect(lenient.status).toBe('pass');
    expect(lenient.warnings.join('\n')).toMatch(/self-declared/);
  });

  it('a policy with no anchor fails has_anchor', async () => {
    expect(failed(await verifyUnder({ schema: 'agilab.proof_capsule_trust_policy.v1' }))).toContain('capsule_trust_policy_has_anchor');
  });

  it('a policy requires a signature', async () => {
    const report = await verifyCapsule(built.capsule, { trustPolicyPath: policyFile('p.json', JSON.stringify(full())), signaturePath: join(built.dir, 'none.sig.json') });
    expect(failed(report)).toEqual(['capsule_signature_present']);
  });

  it('required_evidence_class fails a capsule without an event chain', async () => {
    expect(failed(await verifyUnder({ ...full(), required_evidence_class: 'AUTHORITATIVE_EVIDENCE' }))).toEqual(['capsule_trust_policy_allows_evidence_class']);
  });
});

describe('loadTrustPolicy', () => {
  it('names the file, pointer and line of a schema error', () => {
    const path = policyFile('bad.json', '{\n  "allowed_signers": [1]\n}\n');
    expect(() => loadTrustPolicy(path)).toThrowError(/bad\.json:2:\d+ \/allowed_signers\/0/);
  });

  it('rejects duplicate keys; lists unknown keys (AGILAB ignores them) for the verifier to report', () => {
    expect(() => loadTrustPolicy(policyFile('dup.json', '{"allowed_signers": ["a"], "allowed_signers": ["b"]}'))).toThrowError(/duplicate key/);
    expect(loadTrustPolicy(policyFile('extra.json', '{"allowed_signers": ["a"], "allow_everyone": true, "note": "x"}')).unknownKeys).toEqual(['allow_everyone', 'note']);
    expect(loadTrustPolicy(policyFile('plain.json', '{"allowed_signers": ["a"]}')).unknownKeys).toEqual([]);
  });

  it('reports TOML syntax errors with line and column', () => {
    expect(() => loadTrustPolicy(policyFile('bad.toml', 'allowed_signers = ["a"\n'))).toThrowError(/bad\.toml:\d+:\d+: invalid TOML/);
  });
});
