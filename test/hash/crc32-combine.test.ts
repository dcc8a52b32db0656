import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { crc32Combine } from '../../src/hash/crc32-combine.js';

describe('crc32Combine', () => {
  it('gives zlib\'s CRC-32 of two pieces joined, for any pieces', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])) >>> 0);
    }), { numRuns: 500 });
  });

  it('folds many pieces in order, as an entry\'s chunks are', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 12 }), (pieces) => {
      const folded = pieces.reduce((crc, p) => crc32Combine(crc, crc32(p), p.length), 0);
      expect(folded).toBe(crc32(Buffer.concat(pieces)) >>> 0);
    }));
  });

  it('shifts past lengths of chunk size and past 4 GiB (ZIP64 entries)', () => {
    const head = Buffer.from('head');
    const chunk = Buffer.alloc(4 * 1024 ** 2 + 3, 7);
    expect(crc32Combine(crc32(head), crc32(chunk), chunk.length)).toBe(crc32(Buffer.concat([head, chunk])) >>> 0);
    // With a CRC of 0 for the second piece, combining is shifting alone: past 2^32 + 5 bytes at once or in two.
    const big = 2 ** 32 + 5;
    const shifted = crc32Combine(crc32(head), 0, big);
    expect(shifted).toBe(crc32Combine(crc32Combine(crc32(head), 0, 2 ** 31), 0, big - 2 ** 31));
    expect(crc32Combine(crc32(head), 0, 0)).toBe(crc32(head) >>> 0);
  });
});
