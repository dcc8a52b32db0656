import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openCapsuleFile } from '../../src/zip/file.js';
import { readZipLayout } from '../../src/zip/read.js';
import { scanCapsule } from '../../src/zip/scan.js';
import { prestartHashWorker } from '../../src/hash/shared-sha256.js';
import { tempDir } from '../prove/build-capsule.js';
import { buildRawZip, type RawEntry } from './zip-bytes.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Entries that cross the read chunks at odd offsets, stored and deflated, empty and not. */
function entries(big: number): RawEntry[] {
  return [
    { name: 'a-empty.txt', data: Buffer.alloc(0) },
    { name: 'b-small.txt', data: Buffer.from('small\n') },
    { name: 'c-big.bin', data: randomBytes(big) },
    { name: 'd-deflated.txt', data: Buffer.from('deflate me '.repeat(500_000)), method: 8 },
    { name: 'e-tail.bin', data: randomBytes(4 * 1024 ** 2 + 3) },
  ];
}

async function scan(bytes: Buffer) {
  const path = join(tempDir('capsule-scan-'), 'x.zip');
  writeFileSync(path, bytes);
  const file = openCapsuleFile(path);
  try {
    const layout = readZipLayout(file);
    expect(layout.problems).toEqual([]);
    return await scanCapsule(file, layout, true);
  } finally {
    file.close();
  }
}

// Below 32 MiB the file is read and hashed on the calling thread, above on a worker.
const SIZES: [string, number][] = [['inline', 5 * 1024 ** 2 + 1], ['worker', 40 * 1024 ** 2 + 7]];
describe.each(SIZES)('the one pass (%s hashing)', (_how, big) => {
  it('gives the file SHA-256 and each entry\'s SHA-256, size and CRC-32 of its data', async () => {
    const list = entries(big);
    const bytes = buildRawZip(list);
    const result = await scan(bytes);
    expect(result.sha256).toBe(sha256(bytes));
    const expected = list.map((e) => ({ sha256: sha256(e.data), size: e.data.length, crc32: crc32(e.data) >>> 0 }));
    expect(result.entries).toEqual(expected);
  });

  it('a stored entry whose recorded CRC-32 lies still gets the CRC-32 of its bytes', async () => {
    const list = entries(big).map((e) => (e.name === 'c-big.bin' ? { ...e, crc32: 0x12345678 } : e));
    const result = await scan(buildRawZip(list));
    expect(result.entries![2]).toMatchObject({ crc32: crc32(list[2]!.data) >>> 0 });
  });

  it('the same with the hash worker started ahead, as verify starts it for a large capsule', async () => {
    const list = entries(big);
    const bytes = buildRawZip(list);
    prestartHashWorker(bytes.length);
    const result = await scan(bytes);
    expect(result.sha256).toBe(sha256(bytes));
    const expected = list.map((e) => ({ sha256: sha256(e.data), size: e.data.length, crc32: crc32(e.data) >>> 0 }));
    expect(result.entries).toEqual(expected);
  });
});

describe('a small capsule, read whole when opened', () => {
  it('gives the same digests from the bytes read at open, with no second read', async () => {
    const list: RawEntry[] = [
      { name: 'a-empty.txt', data: Buffer.alloc(0) },
      { name: 'b-small.txt', data: Buffer.from('small\n') },
      { name: 'c-deflated.txt', data: Buffer.from('deflate me '.repeat(5000)), method: 8 },
      { name: 'd-random.bin', data: randomBytes(300_000) },
    ];
    const bytes = buildRawZip(list);
    const path = join(tempDir('capsule-scan-'), 'x.zip');
    writeFileSync(path, bytes);
    const file = openCapsuleFile(path);
    try {
      expect(file.bytes?.equals(bytes)).toBe(true);
      const result = await scanCapsule(file, readZipLayout(file), true);
      expect(result.sha256).toBe(sha256(bytes));
      const expected = list.map((e) => ({ sha256: sha256(e.data), size: e.data.length, crc32: crc32(e.data) >>> 0 }));
      expect(result.entries).toEqual(expected);
    } finally {
      file.close();
    }
  });
});

describe('entries laid out in another order than the listing', () => {
  // Our writer lists entries sorted but writes the run's files before the documents that hash them.
  const list = entries(5 * 1024 ** 2 + 1);
  const order = [4, 2, 0, 3, 1];

  it('tile the file, so the layout passes and each entry keeps its own digest', async () => {
    const bytes = buildRawZip(list, { centralOrder: order });
    const result = await scan(bytes);
    expect(result.sha256).toBe(sha256(bytes));
    const digest = (data: Buffer) => ({ sha256: sha256(data), size: data.length, crc32: crc32(data) >>> 0 });
    expect(result.entries).toEqual(order.map((i) => digest(list[i]!.data)));
  });

  it('still may not leave bytes between them or share bytes', () => {
    const path = join(tempDir('capsule-scan-'), 'x.zip');
    const gap = buildRawZip(list, { centralOrder: order, prefix: Buffer.from('junk') });
    writeFileSync(path, gap);
    const file = openCapsuleFile(path);
    try {
      expect(readZipLayout(file).problems.join('\n')).toMatch(/bytes before or between entries/);
    } finally {
      file.close();
    }
    // Two listings of one local entry: in file order the second overlaps the first.
    const twice = buildRawZip(list.slice(0, 2), { centralOrder: [1, 0, 1] });
    writeFileSync(path, twice);
    const again = openCapsuleFile(path);
    try {
      expect(readZipLayout(again).problems.join('\n')).toMatch(/overlapping entries/);
    } finally {
      again.close();
    }
  });
});
