import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestWhole, digesterFor } from '../../src/zip/scan.js';

const STORED = 0;
const DEFLATE = 8;

/**
 * The streaming digester's verdict on `data` fed in pieces cut at `cuts`. With no cuts it is what
 * the pass did before for an entry whose data lies in one chunk (one update), the case the whole
 * path now takes; with cuts, an entry that spans chunks.
 */
async function streamed(method: number, declared: number, data: Buffer, cuts: number[]) {
  const digester = digesterFor({ method, uncompressedSize: declared });
  let from = 0;
  for (const cut of [...cuts.map((c) => c % (data.length + 1))].sort((a, b) => a - b).concat(data.length)) {
    if (cut > from) await digester.update(data.subarray(from, cut));
    from = Math.max(from, cut);
  }
  return digester.finish();
}

/** What a hostile or damaged capsule can hold as an entry's data: whole, truncated, flipped, padded, mislabelled. */
const tamper = fc.record({
  truncateTo: fc.option(fc.nat(), { nil: undefined }),
  flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
  trailing: fc.uint8Array({ maxLength: 16 }),
  declaredDelta: fc.integer({ min: -3, max: 3 }),
});

function damaged(raw: Buffer, t: { truncateTo?: number; flips: [number, number][]; trailing: Uint8Array }): Buffer {
  let bytes = Buffer.from(raw);
  if (t.truncateTo !== undefined) bytes = bytes.subarray(0, t.truncateTo % (bytes.length + 1));
  for (const [at, mask] of t.flips) if (bytes.length > 0) bytes[at % bytes.length]! ^= mask;
  return Buffer.concat([bytes, t.trailing]);
}

// Content that deflates to every block type: repeats (fixed/dynamic Huffman), random (stored blocks), empty.
const content = fc.oneof(
  fc.string({ maxLength: 3000 }).map((s) => Buffer.from(s.repeat(1 + (s.length % 7)))),
  fc.integer({ min: 0, max: 70_000 }).map((n) => randomBytes(n)),
  fc.constant(Buffer.alloc(0)),
);

describe('an entry digested whole (one chunk holds its data) against the streaming digester', () => {
  it('same digest or same error as the stream fed the data at once, for deflated data intact or tampered', async () => {
    await fc.assert(
      fc.asyncProperty(content, tamper, async (plain, t) => {
        const data = damaged(deflateRawSync(plain), t);
        const declared = Math.max(0, plain.length + t.declaredDelta);
        const whole = await digestWhole({ method: DEFLATE, uncompressedSize: declared }, data);
        expect(whole).toEqual(await streamed(DEFLATE, declared, data, []));
      }),
      { numRuns: 500 },
    );
  });

  it('the same verdict as the stream fed in any pieces: the same digest, or an error for both', async () => {
    await fc.assert(
      fc.asyncProperty(content, tamper, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), async (plain, t, cuts) => {
        const data = damaged(deflateRawSync(plain), t);
        const declared = Math.max(0, plain.length + t.declaredDelta);
        const whole = await digestWhole({ method: DEFLATE, uncompressedSize: declared }, data);
        const pieces = await streamed(DEFLATE, declared, data, cuts);
        // Where a stream fails may depend on how its input was cut (zlib reports the output it made
        // before an error only if that output was flushed): an error either way, the message may differ.
        if ('error' in whole || 'error' in pieces) {
          expect(['error' in whole, 'error' in pieces]).toEqual([true, true]);
        }
        else expect(whole).toEqual(pieces);
      }),
      { numRuns: 500 },
    );
  });

  it('same digest or same error for stored data of any declared size', async () => {
    const cuts = fc.array(fc.nat(), { maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(content, fc.integer({ min: -3, max: 3 }), cuts, async (plain, delta, at) => {
        const declared = Math.max(0, plain.length + delta);
        const whole = await digestWhole({ method: STORED, uncompressedSize: declared }, plain);
        expect(whole).toEqual(await streamed(STORED, declared, plain, at));
      }),
      { numRuns: 200 },
    );
  });

  it('a deflate bomb stops one byte past its declared size, as the stream does', async () => {
    const bomb = deflateRawSync(Buffer.alloc(8 * 1024 ** 2));
    const whole = await digestWhole({ method: DEFLATE, uncompressedSize: 1000 }, bomb);
    expect(whole).toEqual({ error: 'inflates past its declared 1000 bytes' });
    expect(await streamed(DEFLATE, 1000, bomb, [])).toEqual(whole);
  });
});
