import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { workerFilePass } from '../../src/hash/shared-sha256.js';
import { tempDir } from '../prove/build-capsule.js';

const CHUNK = 4 * 1024 ** 2;
const slots = () => Array.from({ length: 4 }, () => new SharedArrayBuffer(CHUNK));

/** Reads a file through a worker pass, slowly at first so the worker fills every slot and looks for work. */
async function readSlowly(bytes: Buffer, offer: (chunk: number) => boolean) {
  const path = join(tempDir('shared-sha256-'), 'f.bin');
  writeFileSync(path, bytes);
  const fd = openSync(path, 'r');
  try {
    const pass = workerFilePass({ path, fd, size: bytes.length }, slots(), CHUNK, offer);
    const shared: { chunk: number; crc: number; expected: number }[] = [];
    for (let i = 0; ; i++) {
      const chunk = await pass.next();
      if (chunk === null) break;
      await delay(i === 0 ? 300 : 5);
      const crc = pass.sharedCrc();
      if (crc) shared.push({ chunk: i, crc: await crc, expected: crc32(chunk) >>> 0 });
      pass.release();
    }
    return { sha256: await pass.digest(), shared };
  } finally {
    closeSync(fd);
  }
}

describe('the worker pass shares CRC-32 work', () => {
  const bytes = randomBytes(10 * CHUNK + 12345);

  it('takes the CRC-32 of offered chunks the caller has not reached, and it is the chunk\'s', async () => {
    const { sha256, shared } = await readSlowly(bytes, (i) => i > 0 && i < 10);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(shared.length).toBeGreaterThan(0);
    for (const s of shared) expect(s.crc).toBe(s.expected);
    // Never a chunk it was not offered.
    expect(shared.every((s) => s.chunk > 0 && s.chunk < 10)).toBe(true);
  });

  it('leaves every CRC-32 to the caller when nothing is offered', async () => {
    const { sha256, shared } = await readSlowly(bytes, () => false);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(shared).toEqual([]);
  });
});

describe('the worker pass read by whichever thread gets to a chunk first', () => {
  it('gives the file\'s SHA-256 to a caller taking chunks as fast as they come, the worker starting', async () => {
    const bytes = randomBytes(9 * CHUNK + 7);
    const path = join(tempDir('shared-sha256-'), 'f.bin');
    writeFileSync(path, bytes);
    const fd = openSync(path, 'r');
    try {
      const pass = workerFilePass({ path, fd, size: bytes.length }, slots(), CHUNK, () => false);
      const seen = createHash('sha256');
      for (let chunk = await pass.next(); chunk !== null; chunk = await pass.next()) {
        seen.update(chunk);
        pass.release();
      }
      expect(await pass.digest()).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(seen.digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    } finally {
      closeSync(fd);
    }
  });

  it('reports a file shorter than it was when opened, whichever thread reads the end', async () => {
    const path = join(tempDir('shared-sha256-'), 'f.bin');
    writeFileSync(path, randomBytes(CHUNK + 10));
    const fd = openSync(path, 'r');
    try {
      const pass = workerFilePass({ path, fd, size: 6 * CHUNK }, slots(), CHUNK, () => false);
      const drain = async () => {
        for (let chunk = await pass.next(); chunk !== null; chunk = await pass.next()) pass.release();
        return pass.digest();
      };
      const shorter = `${path}: the file ended at ${CHUNK + 10}, `
        + `shorter than the ${6 * CHUNK} bytes it had when opened`;
      await expect(drain()).rejects.toThrow(shorter);
      pass.abort();
    } finally {
      closeSync(fd);
    }
  });
});
