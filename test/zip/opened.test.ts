import { createHash, randomBytes } from 'node:crypto';
import { openSync, closeSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/zip/limits.js';
import { openCapsule } from '../../src/zip/opened.js';
import { tempDir } from '../prove/build-capsule.js';
import { buildRawZip, type RawEntry } from './zip-bytes.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// A small document, deflated and stored, and one past the size the pass digests whole (1 MiB).
const doc = Buffer.from(JSON.stringify({ hello: 'world', n: [1, 2, 3] }).repeat(50));
const list: RawEntry[] = [
  { name: 'a.json', data: doc, method: 8 },
  { name: 'b.txt', data: Buffer.from('stored text\n') },
  { name: 'c.bin', data: randomBytes(1024 ** 2 + 5) },
];

/** Writes junk over each entry's data once the capsule is open and its pass is done. */
function overwriteData(path: string, offsets: { dataOffset: number; compressedSize: number }[]): void {
  const fd = openSync(path, 'r+');
  try {
    for (const e of offsets) writeSync(fd, Buffer.alloc(e.compressedSize, 0x5a), 0, e.compressedSize, e.dataOffset);
  } finally {
    closeSync(fd);
  }
}

describe.each([['read whole at open', Buffer.alloc(0)], ['read in chunks', randomBytes(5 * 1024 ** 2)]])(
  'reading an entry after the pass (%s)',
  (_how, padding) => {
    it('gives the bytes the pass hashed; one it did not keep is read again and held to its digest', async () => {
      const path = join(tempDir('capsule-opened-'), 'x.zip');
      const entries = padding.length ? [...list, { name: 'd.pad', data: padding }] : list;
      writeFileSync(path, buildRawZip(entries));
      const capsule = await openCapsule(path, DEFAULT_LIMITS);
      try {
        overwriteData(path, capsule.layout.entries);
        const [a, b, c] = capsule.entries;
        expect(sha256(await capsule.readEntry(a!, 1 << 20))).toBe(sha256(doc));
        expect((await capsule.readEntry(b!, 1 << 20)).toString()).toBe('stored text\n');
        // Changing what readEntry returned changes nothing a later read gives.
        (await capsule.readEntry(b!, 1 << 20)).fill(0);
        expect((await capsule.readEntry(b!, 1 << 20)).toString()).toBe('stored text\n');
        if (!capsule.file.bytes) {
          // Not kept (above 1 MiB): read again, it is no longer what the pass hashed.
          await expect(capsule.readEntry(c!, 2 << 20)).rejects.toMatchObject({ code: 'capsule_changed' });
        }
      } finally {
        capsule.close();
      }
    });
  },
);
