import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/hash/sha256.js';
import { canonicalPublicKeyPem, generateSigningKey, isCanonicalPublicKeyPem, publicKeyFromPem, publicKeyIdentity, publicKeySha256 } from '../../src/keys/ed25519.js';
import { tempDir } from '../prove/build-capsule.js';
import { rewrappedPems } from './rewrap.js';

describe('key identity', () => {
  const { key } = generateSigningKey();
  const raw = publicKeyFromPem(key.publicKeyPem);

  it('the canonical PEM is what OpenSSL writes, so AGILAB-style public_key_sha256 values are unchanged', () => {
    const dir = tempDir('capsule-identity-');
    const pub = join(dir, 'k.pub');
    writeFileSync(pub, key.publicKeyPem);
    const openssl = execFileSync('openssl', ['pkey', '-pubin', '-in', pub, '-pubout'], { encoding: 'utf8' });
    expect(canonicalPublicKeyPem(raw)).toBe(openssl);
    expect(key.publicKeyPem).toBe(openssl);
    expect(publicKeyIdentity(raw)).toBe(sha256Hex(Buffer.from(openssl, 'ascii')));
    expect(key.publicKeySha256).toBe(sha256Hex(Buffer.from(openssl, 'ascii')));
  });

  // An Ed25519 SPKI is 60 base64 characters, so a 76-column wrap is the canonical text itself.
  it.each(Object.entries(rewrappedPems(key.publicKeyPem)))('a %s re-wrap is the same key, canonical only if it is the same text', (_name, pem) => {
    expect(publicKeySha256(pem)).toBe(key.publicKeySha256);
    expect(isCanonicalPublicKeyPem(pem)).toBe(pem === key.publicKeyPem);
  });

  it('the canonical PEM is canonical; a PEM of something else is not', () => {
    expect(isCanonicalPublicKeyPem(key.publicKeyPem)).toBe(true);
    expect(isCanonicalPublicKeyPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n')).toBe(false);
  });
});
