import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signatureMessage, type CapsuleSignature } from '../../src/sign/signature.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { stableJson } from '../../src/json/write.js';
import { buildSignedCapsule, type BuiltCapsule } from '../prove/build-capsule.js';

let built: BuiltCapsule;
let doc: CapsuleSignature;

beforeAll(async () => {
  built = await buildSignedCapsule();
  doc = JSON.parse(readFileSync(built.signature, 'utf8')) as CapsuleSignature;
});

function failedIds(report: Awaited<ReturnType<typeof verifyCapsule>>): string[] {
  return report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
}

/** Writes a variant of the signature document and verifies the capsule with it. */
async function verifyWith(change: (d: CapsuleSignature) => void | string) {
  const copy = structuredClone(doc);
  const text = change(copy) ?? stableJson(copy);
  const path = join(built.dir, `variant-${Math.random().toString(16).slice(2)}.sig.json`);
  writeFileSync(path, text);
  return verifyCapsule(built.capsule, { signaturePath: path, strict: true });
}

describe('detached signatures', () => {
  it('verifies our own signature with every signature check listed', async () => {
    const publicKey = join(built.dir, 'signer.pub.pem');
    writeFileSync(publicKey, built.key.publicKeyPem);
    const report = await verifyCapsule(built.capsule, { strict: true, publicKeyPaths: [publicKey], requireSignature: true });
    expect(report.status).toBe('pass');
    expect(report.checks.map((c) => c.id)).toEqual(expect.arrayContaining([
      'capsule_signature_present', 'capsule_signature_schema_supported', 'capsule_signature_subject_matches',
      'capsule_signature_key_supported', 'capsule_signature_cryptographic_valid',
    ]));
  });

  it('is accepted by openssl pkeyutl -verify -rawin over the exact message', () => {
    const message = signatureMessage(sha256Hex(readFileSync(built.capsule)));
    expect(doc.signature.message).toBe(message);
    writeFileSync(join(built.dir, 'pub.pem'), doc.key.public_key_pem);
    writeFileSync(join(built.dir, 'message.txt'), message);
    writeFileSync(join(built.dir, 'sig.bin'), Buffer.from(doc.signature.value, 'base64'));
    const out = execFileSync('openssl', ['pkeyutl', '-verify', '-rawin', '-pubin', '-inkey', join(built.dir, 'pub.pem'), '-sigfile', join(built.dir, 'sig.bin'), '-in', join(built.dir, 'message.txt')], { encoding: 'utf8' });
    expect(out).toContain('Signature Verified Successfully');
    writeFileSync(join(built.dir, 'message.txt'), message.replace('sha256:', 'sha256:0'));
    expect(() => execFileSync('openssl', ['pkeyutl', '-verify', '-rawin', '-pubin', '-inkey', join(built.dir, 'pub.pem'), '-sigfile', join(built.dir, 'sig.bin'), '-in', join(built.dir, 'message.txt')], { stdio: 'pipe' })).toThrow();
  });

  it('accepts a signature made by openssl pkeyutl -sign -rawin in our layout', async () => {
    const key = join(built.dir, 'openssl-key.pem');
    execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', key]);
    const pem = execFileSync('openssl', ['pkey', '-in', key, '-pubout'], { encoding: 'utf8' });
    const message = signatureMessage(sha256Hex(readFileSync(built.capsule)));
    writeFileSync(join(built.dir, 'm.txt'), message);
    const sig = execFileSync('openssl', ['pkeyutl', '-sign', '-rawin', '-inkey', key, '-in', join(built.dir, 'm.txt')]);
    const report = await verifyWith((d) => {
      d.key.public_key_pem = pem;
      d.key.public_key_sha256 = sha256Hex(pem);
      d.signature.value = sig.toString('base64');
    });
    expect(failedIds(report)).toEqual([]);
  });

  it('rejects the OpenSSL-lax identity key with R = identity, S = 0', async () => {
    const identity = Buffer.alloc(32);
    identity[0] = 1;
    const pem = `-----BEGIN PUBLIC KEY-----\n${Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), identity]).toString('base64')}\n-----END PUBLIC KEY-----\n`;
    const sig = Buffer.concat([identity, Buffer.alloc(32)]);
    // OpenSSL itself accepts this forgery for any message; ours must not.
    writeFileSync(join(built.dir, 'id.pem'), pem);
    writeFileSync(join(built.dir, 'id.sig'), sig);
    writeFileSync(join(built.dir, 'any.txt'), 'any message at all');
    const openssl = execFileSync('openssl', ['pkeyutl', '-verify', '-rawin', '-pubin', '-inkey', join(built.dir, 'id.pem'), '-sigfile', join(built.dir, 'id.sig'), '-in', join(built.dir, 'any.txt')], { encoding: 'utf8' });
    expect(openssl).toContain('Signature Verified Successfully');
    const report = await verifyWith((d) => {
      d.key.public_key_pem = pem;
      d.key.public_key_sha256 = sha256Hex(pem);
      d.signature.value = sig.toString('base64');
    });
    expect(failedIds(report)).toEqual(['capsule_signature_cryptographic_valid']);
  });

  it.each([
    ['malformed base64', (d: CapsuleSignature) => { d.signature.value = `${d.signature.value.slice(0, -4)}!!==`; }, 'capsule_signature_cryptographic_valid'],
    ['base64 with whitespace', (d: CapsuleSignature) => { d.signature.value = `${d.signature.value.slice(0, 8)} ${d.signature.value.slice(8)}`; }, 'capsule_signature_cryptographic_valid'],
    ['a 63-byte signature', (d: CapsuleSignature) => { d.signature.value = Buffer.from(d.signature.value, 'base64').subarray(0, 63).toString('base64'); }, 'capsule_signature_cryptographic_valid'],
    ['a wrong key length', (d: CapsuleSignature) => {
      const pem = `-----BEGIN PUBLIC KEY-----\n${Buffer.concat([Buffer.from('302b300506032b6570032200', 'hex'), Buffer.alloc(33, 7)]).toString('base64')}\n-----END PUBLIC KEY-----\n`;
      d.key.public_key_pem = pem;
      d.key.public_key_sha256 = sha256Hex(pem);
    }, 'capsule_signature_key_supported'],
    ['a PEM that is not Ed25519', (d: CapsuleSignature) => {
      const pem = execFileSync('openssl', ['pkey', '-pubout'], { input: execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']), encoding: 'utf8' });
      d.key.public_key_pem = pem;
      d.key.public_key_sha256 = sha256Hex(pem);
    }, 'capsule_signature_key_supported'],
    ['a key hash that is not of the PEM', (d: CapsuleSignature) => { d.key.public_key_sha256 = '0'.repeat(64); }, 'capsule_signature_key_supported'],
    ['a signature for another file', (d: CapsuleSignature) => { d.subject.sha256 = sha256Hex('another file'); d.signature.message = signatureMessage(d.subject.sha256); }, 'capsule_signature_subject_matches'],
    ['an unknown field', (d: CapsuleSignature) => { (d as unknown as Record<string, unknown>).note = 'x'; }, 'capsule_signature_schema_supported'],
  ])('fails its named check for %s', async (_name, change, check) => {
    const report = await verifyWith(change);
    expect(failedIds(report)).toContain(check);
    expect(report.status).toBe('fail');
  });

  it('rejects duplicate keys and non-I-JSON numbers in the signature document', async () => {
    const text = stableJson(doc);
    const dup = await verifyWith(() => text.replace('"signer": ', '"signer": "mallory",\n  "signer": '));
    expect(failedIds(dup)).toEqual(['capsule_signature_schema_supported']);
    expect(dup.checks.find((c) => c.id === 'capsule_signature_schema_supported')!.summary).toMatch(/duplicate key "signer"/);
    const big = await verifyWith(() => text.replace(/"size_bytes": \d+/, '"size_bytes": 9007199254740993'));
    expect(failedIds(big)).toEqual(['capsule_signature_schema_supported']);
  });

  it('a named signature that cannot be read fails, required or not: never "unsigned"', async () => {
    for (const requireSignature of [true, false]) {
      const missing = await verifyCapsule(built.capsule, { signaturePath: join(built.dir, 'absent.sig.json'), requireSignature });
      expect(failedIds(missing)).toEqual(['capsule_signature_present']);
      expect(missing.checks.find((c) => c.id === 'capsule_signature_present')!.summary).toMatch(/absent\.sig\.json: cannot read: does not exist; check the path/);
      expect(missing.status).toBe('fail');
    }
  });

  it('without --signature, X.sig.json beside the capsule is found; with none there an unanchored verify passes as unsigned', async () => {
    expect((await verifyCapsule(built.capsule)).checks.find((c) => c.id === 'capsule_signature_present')?.status).toBe('pass');
    const alone = join(built.dir, 'alone.agipack');
    writeFileSync(alone, readFileSync(built.capsule));
    const unsigned = await verifyCapsule(alone, { strict: true });
    expect(unsigned.status).toBe('pass');
    expect(unsigned.warnings.join('\n')).toMatch(/unsigned/);
    expect(unsigned.origin).toEqual({ verified: false, public_key_sha256: null, summary: 'origin not verified: the capsule is not signed; this verifies integrity only' });
    expect(failedIds(await verifyCapsule(alone, { requireSignature: true }))).toEqual(['capsule_signature_present']);
  });
});
