import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signCapsule } from '../../src/sign/sign.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { buildSignedCapsule, tempDir } from '../prove/build-capsule.js';

/**
 * AGILAB writes capsules with Python's zipfile: ours must accept them. The
 * entries of one of our capsules are re-packed by the real python3 zipfile, both ways it
 * writes (writestr from bytes, write from files on disk), then verified strictly.
 */
const REPACK = `
import os, sys, zipfile
src, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
names = sorted((os.path.relpath(os.path.join(r, f), src).replace(os.sep, '/') for r, _, fs in os.walk(src) for f in fs), key=lambda n: n.encode())
with zipfile.ZipFile(out, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    for n in names:
        path = os.path.join(src, n)
        if mode == 'writestr':
            info = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, open(path, 'rb').read())
        else:
            z.write(path, n)
`;

let dir: string;
let unpacked: string;

beforeAll(async () => {
  dir = tempDir('capsule-python-');
  const built = await buildSignedCapsule();
  unpacked = join(dir, 'unpacked');
  execFileSync('unzip', ['-q', built.capsule, '-d', unpacked]);
  for (const line of execFileSync('find', [unpacked, '-type', 'f'], { encoding: 'utf8' }).trim().split('\n')) chmodSync(line, 0o644);
  writeFileSync(join(dir, 'repack.py'), REPACK);
});

describe('capsules written by Python zipfile (AGILAB)', () => {
  for (const mode of ['writestr', 'write']) {
    it(`${mode}: verifies strictly, signed, and is recognised as python-zipfile`, async () => {
      const capsule = join(dir, `${mode}.agipack`);
      execFileSync('python3', [join(dir, 'repack.py'), unpacked, capsule, mode]);
      const { key } = generateSigningKey();
      const { path: signaturePath } = await signCapsule(capsule, key, { signaturePath: `${capsule}.sig.json` });
      const publicKey = join(dir, `${mode}.pub.pem`);
      writeFileSync(publicKey, key.publicKeyPem);
      const report = await verifyCapsule(capsule, { strict: true, signaturePath, publicKeyPaths: [publicKey], requireSignature: true });
      expect(report.checks.filter((c) => c.status === 'fail'), JSON.stringify(report.checks.filter((c) => c.status === 'fail'))).toEqual([]);
      expect(report.status).toBe('pass');
      expect(report.checks.find((c) => c.id === 'archive_canonical_form')?.details.writer).toBe('python-zipfile');
    });
  }

  it('a Python-written capsule with one entry in our form and the rest in Python form fails: one writer per archive', async () => {
    const capsule = join(dir, 'writestr.agipack');
    const bytes = readFileSync(capsule);
    // The first central directory record's external attributes (offset 38) set to ours: 0644 regular file + archive bit.
    const cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(((0o100644 << 16) | 0x20) >>> 0, cd + 38);
    const mixed = join(dir, 'mixed.agipack');
    writeFileSync(mixed, bytes);
    const report = await verifyCapsule(mixed, { strict: true });
    expect(report.checks.find((c) => c.id === 'archive_canonical_form')?.status).toBe('fail');
  });
});
