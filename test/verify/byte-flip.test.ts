import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signCapsule } from '../../src/sign/sign.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { buildTinyCapsule, tempDir } from '../prove/build-capsule.js';

let dir: string;
let capsule: string;
let original: Buffer;

beforeAll(async () => {
  dir = tempDir('capsule-flip-');
  capsule = await buildTinyCapsule(dir);
  original = readFileSync(capsule);
});

/** Verifies a copy with byte `i` flipped (XOR 0xff); returns the failed check ids. */
async function flipAndVerify(i: number, signaturePath?: string, publicKeyPath?: string): Promise<string[]> {
  const copy = Buffer.from(original);
  if (i >= 0) copy[i]! ^= 0xff;
  const path = join(dir, 'flipped.agipack');
  writeFileSync(path, copy);
  const report = await verifyCapsule(path, { strict: true, signaturePath, publicKeyPaths: publicKeyPath ? [publicKeyPath] : [], requireSignature: signaturePath !== undefined });
  return report.status === 'pass' ? [] : report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
}

describe('single-byte flips', () => {
  it('the untouched tiny capsule passes strict verification, signed and unsigned', async () => {
    expect((await verifyCapsule(capsule, { strict: true })).status).toBe('pass');
    expect(original.length).toBeLessThan(4096);
  });

  it('every flipped byte fails verify --strict with the signature', async () => {
    const { key } = generateSigningKey();
    const { path } = await signCapsule(capsule, key, { signaturePath: join(dir, 'tiny.sig.json'), createdAt: '2026-01-01T00:00:00Z' });
    const publicKey = join(dir, 'tiny.pub.pem');
    writeFileSync(publicKey, key.publicKeyPem);
    expect(await flipAndVerify(-1, path, publicKey)).toEqual([]);
    for (let i = 0; i < original.length; i++) {
      const failed = await flipAndVerify(i, path, publicKey);
      expect(failed.length, `byte ${i}`).toBeGreaterThan(0);
      expect(failed, `byte ${i}`).toContain('capsule_signature_subject_matches');
    }
  });

  it('every flipped byte fails verify --strict without a signature (structure, canonical form, CRC and hashes)', async () => {
    const caughtBy = new Map<string, number>();
    for (let i = 0; i < original.length; i++) {
      const failed = await flipAndVerify(i);
      expect(failed.length, `unsigned flip of byte ${i} passed`).toBeGreaterThan(0);
      caughtBy.set(failed[0]!, (caughtBy.get(failed[0]!) ?? 0) + 1);
    }
    // The structural checks carry most of it; the data bytes are caught by CRC/sha256.
    expect(caughtBy.get('archive_structure_strict')).toBeGreaterThan(0);
    expect(caughtBy.get('capsule_entry_hashes_match')).toBeGreaterThan(0);
  });
});
