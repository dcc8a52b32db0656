import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../../src/chain/events.js';
import { ChainRecorder } from '../../src/chain/recorder.js';
import { verifyChainFile, verifyChainLines } from '../../src/chain/verify.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { isIJson } from '../json/spellings.js';
import { steppingClock } from './sample-chain.js';

const key = generateSigningKey().key;
const trust = { trustedPublicKeySha256: [key.publicKeySha256] };
const APPENDABLE = EVENT_TYPES.filter((t) => !['SESSION_START', 'SESSION_END', 'CHAIN_SEAL', 'LOG_DROP', 'REDACTION', 'CHAIN_BROKEN'].includes(t)) as EventType[];

/** Integers a strict (I-JSON) reader refuses are refused by the recorder too: leave them out. */
const ijsonValue = fc.jsonValue({ maxDepth: 2 }).filter(isIJson);
const eventArb = fc.record({
  type: fc.constantFrom(...APPENDABLE),
  payload: fc.dictionary(fc.string({ maxLength: 8 }), ijsonValue, { maxKeys: 4 }),
});
const streamArb = fc.array(eventArb, { minLength: 0, maxLength: 12 });

const dir = mkdtempSync(join(tmpdir(), 'chain-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** Records a stream with the real recorder and returns the file's bytes. */
function record(stream: { type: EventType; payload: Record<string, unknown> }[]): Buffer {
  const path = join(dir, `events-${++files}.jsonl`);
  const r = ChainRecorder.create(path, { clock: steppingClock() });
  for (const e of stream) r.append(e.type, e.payload);
  r.end({ status: 'success' });
  r.seal(key, { authority: 'test', serverVersion: '1' });
  const bytes = readFileSync(path);
  rmSync(path);
  return bytes;
}

/** Through the streaming file verifier, so invalid UTF-8 and a missing final newline are seen as bytes. */
async function verifyBytes(bytes: Buffer) {
  const path = join(dir, 'mutated.jsonl');
  writeFileSync(path, bytes);
  return verifyChainFile(path, trust);
}

function lineList(bytes: Buffer): string[] {
  return bytes.toString('utf8').slice(0, -1).split('\n');
}

describe('property: recorder output verifies, any single mutation does not', () => {
  it('every recorded stream verifies as AUTHORITATIVE_EVIDENCE', async () => {
    await fc.assert(fc.asyncProperty(streamArb, async (stream) => {
      const report = await verifyBytes(record(stream));
      expect(report.errors).toEqual([]);
      expect(report.classification).toBe('AUTHORITATIVE_EVIDENCE');
      expect(report.event_count).toBe(stream.length + 3);
    }), { numRuns: 60 });
  });

  it('flipping any bits of any one byte FAILs, or leaves the very same events (only their spelling changed)', async () => {
    await fc.assert(fc.asyncProperty(streamArb, fc.nat(), fc.integer({ min: 1, max: 255 }), async (stream, at, mask) => {
      const original = record(stream);
      const bytes = Buffer.from(original);
      bytes[at % bytes.length] ^= mask;
      const report = await verifyBytes(bytes);
      if (report.status === 'PASS') {
        expect(report.final_hash).toBe((await verifyBytes(original)).final_hash);
        expect(report.notes.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });

  it('deleting any line fails, except the final seal, which leaves a PASS that is never AUTHORITATIVE', () => {
    fc.assert(fc.property(streamArb, fc.nat(), (stream, at) => {
      const lines = lineList(record(stream));
      const i = at % lines.length;
      lines.splice(i, 1);
      const report = verifyChainLines(lines, trust);
      if (i === lines.length) expect(report).toMatchObject({ status: 'PASS', sealed: false, classification: 'NON_AUTHORITATIVE_EVIDENCE' });
      else expect(report.status).toBe('FAIL');
    }), { numRuns: 100 });
  });

  it('duplicating any line fails', () => {
    fc.assert(fc.property(streamArb, fc.nat(), (stream, at) => {
      const lines = lineList(record(stream));
      const i = at % lines.length;
      lines.splice(i, 0, lines[i]!);
      expect(verifyChainLines(lines, trust).status).toBe('FAIL');
    }), { numRuns: 100 });
  });

  it('swapping any two lines fails', () => {
    fc.assert(fc.property(streamArb, fc.nat(), fc.nat(), (stream, a, b) => {
      const lines = lineList(record(stream));
      const i = a % lines.length;
      const j = (i + 1 + (b % (lines.length - 1))) % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      expect(verifyChainLines(lines, trust).status).toBe('FAIL');
    }), { numRuns: 100 });
  });
});
