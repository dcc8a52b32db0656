import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../prove/build-capsule.js';
import { buildRawZip } from '../zip/zip-bytes.js';

/**
 * zip_readable lists a small capsule (read whole at open) from those bytes with yauzl.fromBuffer, and
 * a large one from its descriptor with yauzl.fromFd (src/verify/checks/archive.ts): the two readers
 * must reach the same verdict, count or error, on the same bytes, hostile ones included.
 */
type Listing = { count: number } | { error: string };

type Opener = (options: yauzl.Options, cb: (err: Error | null, zip?: yauzl.ZipFile) => void) => void;

function list(open: Opener): Promise<Listing> {
  return new Promise((resolve) => {
    open({ lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return resolve({ error: String(err?.message) });
      let count = 0;
      zip.on('entry', () => {
        count++;
        zip.readEntry();
      });
      zip.on('end', () => resolve({ count }));
      zip.on('error', (e: Error) => resolve({ error: e.message }));
      zip.readEntry();
    });
  });
}

const dir = tempDir('capsule-zip-readable-');
let n = 0;

async function bothWays(bytes: Buffer): Promise<[Listing, Listing]> {
  const path = join(dir, `${n++}.zip`);
  writeFileSync(path, bytes);
  const fd = openSync(path, 'r');
  try {
    const fromFd = await list((o, cb) => yauzl.fromFd(fd, { ...o, autoClose: false }, cb));
    const fromBuffer = await list((o, cb) => yauzl.fromBuffer(bytes, o, cb));
    return [fromFd, fromBuffer];
  } finally {
    closeSync(fd);
  }
}

const archive = buildRawZip([
  { name: 'a.txt', data: Buffer.from('alpha\n') },
  { name: 'b/c.json', data: Buffer.from('{"x": 1}\n'.repeat(40)), method: 8 },
  { name: 'd.bin', data: Buffer.alloc(300, 7) },
]);

describe('yauzl lists the same from a buffer as from a descriptor', () => {
  it('an intact archive, an empty file and plain text', async () => {
    for (const bytes of [archive, Buffer.alloc(0), Buffer.from('just text, not an archive')]) {
      const [fromFd, fromBuffer] = await bothWays(bytes);
      expect(fromBuffer).toEqual(fromFd);
    }
    expect((await bothWays(archive))[1]).toEqual({ count: 3 });
  });

  it('an archive with bytes flipped, cut short or extended anywhere', async () => {
    const edits = fc.oneof(
      fc.record({ flip: fc.nat(archive.length - 1), mask: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ cut: fc.nat(archive.length - 1) }),
      fc.record({ extra: fc.uint8Array({ minLength: 1, maxLength: 40 }) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(edits, { minLength: 1, maxLength: 3 }), async (list) => {
      let bytes = Buffer.from(archive);
      for (const e of list) {
        if ('flip' in e) bytes[e.flip % bytes.length]! ^= e.mask;
        else if ('cut' in e) bytes = bytes.subarray(0, e.cut % (bytes.length + 1));
        else bytes = Buffer.concat([bytes, Buffer.from(e.extra)]);
        if (bytes.length === 0) break;
      }
      const [fromFd, fromBuffer] = await bothWays(bytes);
      expect(fromBuffer).toEqual(fromFd);
    }), { numRuns: 300 });
  });
});
