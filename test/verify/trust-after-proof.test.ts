import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CapsuleSignature } from '../../src/sign/signature.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { buildRunCapsule, type BuiltRunCapsule } from '../prove/build-capsule.js';

/**
 * A key counts (chain seal, DSSE provenance, evidence class) only after its signature verified
 * and an anchor admitted it; nothing anchored is nothing authoritative, in every command.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
/** AUTHORITATIVE or PARTIAL_AUTHORITATIVE, but not NON_AUTHORITATIVE. */
const AUTHORITATIVE = /(?<!NON_)AUTHORITATIVE/;

let built: BuiltRunCapsule;
let policy: string;
let publicKey: string;
let events: string;

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  built = await buildRunCapsule();
  policy = join(built.dir, 'trust.json');
  writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [built.key.publicKeySha256] }));
  publicKey = join(built.dir, 'signer.pub.pem');
  writeFileSync(publicKey, built.key.publicKeyPem);
  execFileSync('unzip', ['-q', built.capsule, 'evidence/events.jsonl', '-d', join(built.dir, 'unzipped')]);
  events = join(built.dir, 'unzipped', 'evidence', 'events.jsonl');
});

describe('trust only after proof', () => {
  it('one bit flipped in the signature value: fail, and AUTHORITATIVE nowhere in the report, even with the seal key anchored', async () => {
    const doc = JSON.parse(readFileSync(`${built.capsule}.sig.json`, 'utf8')) as CapsuleSignature;
    const sig = Buffer.from(doc.signature.value, 'base64');
    sig[10]! ^= 0x01;
    const flipped = join(built.dir, 'flipped.sig.json');
    writeFileSync(flipped, JSON.stringify({ ...doc, signature: { ...doc.signature, value: sig.toString('base64') } }));
    const report = await verifyCapsule(built.capsule, { signaturePath: flipped, trustPolicyPath: policy, strict: true });
    expect(report.status).toBe('fail');
    expect(report.checks.find((c) => c.id === 'capsule_signature_cryptographic_valid')?.status).toBe('fail');
    expect(report.checks.find((c) => c.id === 'event_chain_valid')?.status).toBe('pass');
    expect(report.origin.verified).toBe(false);
    expect(JSON.stringify(report)).not.toMatch(AUTHORITATIVE);
  });

  it('verify and chain verify give the same class, with and without a trust policy', () => {
    const verifyClass = (...anchor: string[]) => JSON.parse(capsule('verify', built.capsule, '--strict', '--json', ...anchor).stdout).evidence_class;
    const chainClass = (...anchor: string[]) => JSON.parse(capsule('chain', 'verify', events, '--json', ...anchor).stdout).classification;
    expect(verifyClass()).toBe('NON_AUTHORITATIVE_EVIDENCE');
    expect(chainClass()).toBe('NON_AUTHORITATIVE_EVIDENCE');
    expect(verifyClass('--trust-policy', policy)).toBe('AUTHORITATIVE_EVIDENCE');
    expect(chainClass('--trust-policy', policy)).toBe('AUTHORITATIVE_EVIDENCE');
    expect(verifyClass('--public-key', publicKey)).toBe('AUTHORITATIVE_EVIDENCE');
    expect(chainClass('--public-key', publicKey)).toBe('AUTHORITATIVE_EVIDENCE');
  });

  it('without any anchor, verify --strict passes an intact signed capsule but says NON_AUTHORITATIVE and "origin not verified", in text and JSON', () => {
    const text = capsule('verify', built.capsule, '--strict');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^PASS .*run\.agipack \(NON_AUTHORITATIVE_EVIDENCE\): origin not verified: no trust anchor was given/m);
    expect(text.stderr).toMatch(/warning: origin not verified/);
    const json = JSON.parse(capsule('verify', built.capsule, '--strict', '--json').stdout);
    expect(json.origin).toEqual({ verified: false, public_key_sha256: null, summary: 'origin not verified: no trust anchor was given (--trust-policy or --public-key); this verifies integrity only' });
    expect(JSON.stringify(json)).not.toMatch(AUTHORITATIVE);
  });

  it('--public-key is an anchor without a policy file; a key it does not name fails by name', () => {
    const ok = JSON.parse(capsule('verify', built.capsule, '--strict', '--json', '--public-key', publicKey).stdout);
    expect(ok.status).toBe('pass');
    expect(ok.origin).toMatchObject({ verified: true, public_key_sha256: built.key.publicKeySha256 });
    const other = join(built.dir, 'other.pub.pem');
    writeFileSync(other, execFileSync('openssl', ['pkey', '-pubout'], { input: execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519']) }));
    const wrong = capsule('verify', built.capsule, '--strict', '--json', '--public-key', other);
    expect(wrong.code).toBe(1);
    const report = JSON.parse(wrong.stdout);
    expect(report.checks.filter((c: { status: string }) => c.status === 'fail').map((c: { id: string }) => c.id)).toEqual(['capsule_public_key_allows', 'capsule_origin_verified']);
    expect(JSON.stringify(report)).not.toMatch(AUTHORITATIVE);
  });

  it('--require-signature makes origin mandatory: it fails without an anchor and passes with one', () => {
    const alone = capsule('verify', built.capsule, '--require-signature', '--json');
    expect(alone.code).toBe(1);
    expect(JSON.parse(alone.stdout).checks.find((c: { id: string }) => c.id === 'capsule_origin_verified')).toMatchObject({ status: 'fail', summary: expect.stringMatching(/no trust anchor was given/) });
    expect(capsule('verify', built.capsule, '--require-signature', '--public-key', publicKey).code).toBe(0);
  });

  it('a named signature that cannot be read fails verify and view: never "unsigned"', () => {
    const missing = join(built.dir, 'missing.sig.json');
    const v = capsule('verify', built.capsule, '--signature', missing);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/FAIL +capsule_signature_present: .*missing\.sig\.json: cannot read: does not exist; check the path/);
    const view = capsule('view', built.capsule, '--signature', missing, '--json');
    expect(view.code).toBe(1);
    expect(JSON.parse(view.stdout).verification.failed).toContain('capsule_signature_present');
  });

  it('view shows no AUTHORITATIVE class without an anchor, and the anchored class with one', () => {
    expect(JSON.stringify(JSON.parse(capsule('view', built.capsule, '--json').stdout).verification)).not.toMatch(AUTHORITATIVE);
    expect(JSON.parse(capsule('view', built.capsule, '--json', '--public-key', publicKey).stdout).verification.evidence_class).toBe('AUTHORITATIVE_EVIDENCE');
  });
});
