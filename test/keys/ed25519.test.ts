import { describe, expect, it } from 'vitest';
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKey, publicKeyFromPem, verifyEd25519Strict, writeGeneratedKey, loadSigningKey } from '../../src/keys/ed25519.js';
import { tempDir } from '../prove/build-capsule.js';

const L = 2n ** 252n + 27742317777372353535851937790883648493n;

function littleEndian(n: bigint): Buffer {
  const out = Buffer.alloc(32);
  for (let i = 0; i < 32; i++) out[i] = Number((n >> BigInt(8 * i)) & 0xffn);
  return out;
}

describe('verifyEd25519Strict', () => {
  const { key } = generateSigningKey();
  const pub = publicKeyFromPem(key.publicKeyPem);
  const msg = Buffer.from('agilab.proof_capsule_signature.v1\nsha256:00\n');
  const sig = key.sign(msg);

  it('accepts a valid signature and rejects another message', () => {
    expect(verifyEd25519Strict(pub, msg, sig)).toBe(true);
    expect(verifyEd25519Strict(pub, Buffer.from('other'), sig)).toBe(false);
  });

  it('rejects a non-canonical S (S + L verifies in lax implementations)', () => {
    const s = BigInt(`0x${Buffer.from(sig.subarray(32)).reverse().toString('hex')}`);
    const malleated = Buffer.concat([sig.subarray(0, 32), littleEndian(s + L)]);
    expect(verifyEd25519Strict(pub, msg, malleated)).toBe(false);
  });

  it('rejects the identity key with R = identity, S = 0 for any message', () => {
    const identity = Buffer.alloc(32);
    identity[0] = 1;
    expect(verifyEd25519Strict(identity, Buffer.from('anything'), Buffer.concat([identity, Buffer.alloc(32)]))).toBe(false);
  });

  it('rejects wrong lengths', () => {
    expect(verifyEd25519Strict(pub.subarray(0, 31), msg, sig)).toBe(false);
    expect(verifyEd25519Strict(pub, msg, sig.subarray(0, 63))).toBe(false);
  });
});

describe('key files', () => {
  it('writes the private key 0600 and a loadable public key beside it', () => {
    const path = join(tempDir('capsule-keys-'), 'k.pem');
    const key = writeGeneratedKey(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${path}.pub`, 'utf8')).toBe(key.publicKeyPem);
    expect(loadSigningKey(path).publicKeySha256).toBe(key.publicKeySha256);
  });

  it('names a PEM that is not an Ed25519 SPKI', () => {
    expect(() => publicKeyFromPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n')).toThrowError(/not an Ed25519/);
    expect(() => publicKeyFromPem('not a pem')).toThrowError(/not a PEM/);
  });
});
