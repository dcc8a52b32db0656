import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash, type ChainEvent } from '../../src/chain/events.js';
import { MAX_CHAIN_LINE_BYTES } from '../../src/chain/lines.js';
import { inlineBatchRunner, threadedBatchRunner, type BatchRunner } from '../../src/chain/parallel.js';
import { Counter, startChainWorkers } from '../../src/chain/workers.js';
import { ChainRecorder } from '../../src/chain/recorder.js';
import { verifyChainFile, type ChainFileReading } from '../../src/chain/verify.js';
import { canonicalJson } from '../../src/json/canonical.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { steppingClock } from './sample-chain.js';

/**
 * The batched read of a chain file (slots of whole lines read into records elsewhere, checked
 * here in file order) reaches the very report the one-thread read does, for any log with any
 * faults, wherever the slot boundaries fall: on a fault, just before or after one, or inside a
 * line longer than a slot (the rest is then read on one thread).
 */
const key = generateSigningKey().key;
const dir = mkdtempSync(join(tmpdir(), 'chain-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SERIAL: ChainFileReading = { runner: () => null, slotBytes: 0 };
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const WORKER = resolve(CLI, '..', 'cli', 'chain-worker.js');

/** Python's json.dumps of an event, as AgentOps writes it: its own key order, ", " and ": ", non-ASCII escaped. */
function pyDumps(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, escape);
  }
  if (Array.isArray(value)) return `[${value.map(pyDumps).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${pyDumps(k)}: ${pyDumps(v)}`).join(', ')}}`;
}

function agentopsSpelling(line: Buffer): Buffer {
  const e = JSON.parse(line.toString('utf8')) as ChainEvent;
  const { seq, event_type, session_id, timestamp, payload, prev_hash, event_hash } = e;
  return utf8(pyDumps({ seq, event_type, session_id, timestamp, payload, prev_hash, event_hash }));
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** Re-hashes an edited event so only the links around it are wrong. */
function rehash(line: Buffer, edit: (e: ChainEvent) => void): Buffer {
  const e = JSON.parse(line.toString('utf8')) as ChainEvent;
  edit(e);
  const { event_hash: _, ...rest } = e;
  return utf8(canonicalJson({ ...rest, event_hash: eventHash(rest) }));
}

interface Base {
  lines: Buffer[];
}

/** Recorded chains: short and long lines (some longer than the smallest slots), drops, a seal or not. */
function recordBase(n: number, blob: (i: number) => number, seal: boolean): Base {
  const path = join(dir, `base-${n}-${seal}.jsonl`);
  const r = ChainRecorder.create(path, { clock: steppingClock(), start: { agent_id: 'prop', tags: ['é', '😀'] } });
  for (let i = 0; i < n; i++) {
    if (i % 17 === 16) r.drop(2, 'buffer_overflow');
    else r.append(i % 2 ? 'TOOL_RESULT' : 'TOOL_CALL', { tool_name: `t${i}`, blob: 'x'.repeat(blob(i)), ratio: i / 4 });
  }
  r.end({ status: 'success' });
  if (seal) r.seal(key, { authority: 'prop', serverVersion: '1' });
  else r.close();
  const bytes = readFileSync(path);
  rmSync(path);
  const lines: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const nl = bytes.indexOf(10, at);
    lines.push(bytes.subarray(at, nl));
    at = nl + 1;
  }
  return { lines };
}

let bases: Base[];
beforeAll(() => {
  bases = [
    recordBase(40, () => 0, true),
    recordBase(60, (i) => (i * 37) % 900, true),
    recordBase(25, (i) => (i % 5 === 0 ? 2500 : 10), false),
  ];
});

const KINDS = [
  'drop', 'duplicate', 'swap', 'blank', 'garbage', 'garbage_run', 'relink', 'session', 'respell', 'flip',
] as const;
/** `at` picks the line, `arg` the variant; a flip writes `byte` somewhere in the line. */
interface Fault {
  kind: (typeof KINDS)[number];
  at: number;
  arg: number;
  byte: number;
}

const faultArb: fc.Arbitrary<Fault> = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(),
  arg: fc.nat(),
  byte: fc.constantFrom(0x0a, 0x0d, 0x20, 0x22, 0x30, 0x61, 0x7b, 0x7d, 0xff, 0xc3),
});

const OTHER_SESSION = '0b6c2a52-8d0e-4b7a-9c3d-2e5f4a6b7c8d';
const GARBAGE = [
  'x', '\xff', '{"a":"\ud800"}', '{}', '[1]', '{"seq":1}', '"', '{"seq": 2, "seq": 2}', '{"event_hash":1}',
];

function applyFault(lines: Buffer[], f: Fault): void {
  const i = f.at % lines.length;
  switch (f.kind) {
    case 'drop':
      if (lines.length > 1) lines.splice(i, 1);
      return;
    case 'duplicate':
      lines.splice(i, 0, lines[i]!);
      return;
    case 'swap':
      if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      return;
    case 'blank':
      lines.splice(i, 0, utf8(['', ' ', ' \r', '\t'][f.arg % 4]!));
      return;
    case 'garbage':
      lines.splice(i, 0, garbage(f.arg));
      return;
    // More invalid lines than a batch lists the reasons of.
    case 'garbage_run':
      lines.splice(i, 0, ...Array.from({ length: 90 + (f.arg % 40) }, (_, k) => garbage(f.arg + k)));
      return;
    case 'relink':
      if (isEvent(lines[i]!)) lines[i] = rehash(lines[i]!, (e) => (e.payload = { ...e.payload, tampered: f.arg }));
      return;
    // One to four events in a row of another session.
    case 'session':
      for (let k = i; k < Math.min(lines.length, i + 1 + (f.arg % 4)); k++) {
        if (isEvent(lines[k]!)) lines[k] = rehash(lines[k]!, (e) => (e.session_id = OTHER_SESSION));
      }
      return;
    case 'respell':
      if (!isEvent(lines[i]!)) return;
      lines[i] = f.arg % 2 ? agentopsSpelling(lines[i]!) : Buffer.concat([lines[i]!, utf8('\r')]);
      return;
    case 'flip': {
      const line = Buffer.from(lines[i]!);
      if (line.length === 0) return;
      line[f.arg % line.length] = f.byte;
      lines[i] = line;
    }
  }
}

/** GARBAGE[k], '\xff' as that one byte (not UTF-8). */
function garbage(k: number): Buffer {
  const g = GARBAGE[k % GARBAGE.length]!;
  return Buffer.from(g, g === '\xff' ? 'latin1' : 'utf8');
}

function isEvent(line: Buffer): boolean {
  try {
    return typeof (JSON.parse(line.toString('utf8')) as ChainEvent).event_hash === 'string';
  } catch {
    return false;
  }
}

interface Case {
  bytes: Buffer;
  /** Where each line starts, to put slot boundaries on them. */
  starts: number[];
  faulted: number[];
}

const caseArb = fc.record({
  base: fc.nat(),
  respellAll: fc.boolean(),
  faults: fc.array(faultArb, { maxLength: 5 }),
  ending: fc.constantFrom('newline', 'none', 'cut'),
  cut: fc.nat(),
});

/** The log a case describes (built inside the property, so a counterexample prints as its recipe). */
type Recipe = { base: number; respellAll: boolean; faults: Fault[]; ending: string; cut: number };

function build({ base, respellAll, faults, ending, cut }: Recipe): Case {
  const lines = [...bases[base % bases.length]!.lines];
  if (respellAll) for (let i = 0; i < lines.length; i++) lines[i] = agentopsSpelling(lines[i]!);
  const faulted: number[] = [];
  for (const f of faults) {
    faulted.push(f.at % lines.length);
    applyFault(lines, f);
  }
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  let bytes = Buffer.concat(lines.flatMap((line) => [line, utf8('\n')]));
  if (ending === 'none') bytes = bytes.subarray(0, -1);
  if (ending === 'cut') bytes = bytes.subarray(0, bytes.length - 1 - (cut % Math.min(200, bytes.length - 1)));
  return { bytes, starts, faulted };
}

/** A slot size: any, or one that ends the first slot at (or a byte or two off) a faulted line's start or end. */
const slotArb = fc.record({
  size: fc.integer({ min: 64, max: 6000 }),
  onFault: fc.boolean(),
  after: fc.boolean(),
  nudge: fc.integer({ min: -2, max: 2 }),
});

function slotFor(c: Case, s: { size: number; onFault: boolean; after: boolean; nudge: number }): number {
  if (!s.onFault || c.faulted.length === 0) return s.size;
  const line = (c.faulted[s.size % c.faulted.length]! % c.starts.length) + (s.after ? 1 : 0);
  return Math.max(16, (c.starts[line] ?? c.bytes.length) + s.nudge);
}

const optionsArb = fc.record({ canonicalLines: fc.boolean(), trusted: fc.boolean() });

let files = 0;
type Options = { canonicalLines: boolean; trusted: boolean };

async function bothWays(
  c: Case, slotBytes: number, o: Options, runner: () => BatchRunner | null, warmingBytes?: number,
) {
  const path = join(dir, `case-${++files}.jsonl`);
  writeFileSync(path, c.bytes);
  const trust = o.trusted ? { trustedPublicKeySha256: [key.publicKeySha256] } : {};
  const options = { canonicalLines: o.canonicalLines, ...trust };
  const serial = await verifyChainFile(path, options, SERIAL);
  const batched = await verifyChainFile(path, options, { runner, slotBytes, warmingBytes });
  rmSync(path);
  return { serial, batched };
}

describe('property: read in batches, a chain gets the report it gets read on one thread', () => {
  it('batches read on this thread, finishing out of order', async () => {
    const delaysArb = fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 8 });
    await fc.assert(fc.asyncProperty(caseArb, slotArb, optionsArb, delaysArb, async (recipe, s, o, delays) => {
      const c = build(recipe);
      let k = 0;
      const runner = () => inlineBatchRunner(MAX_CHAIN_LINE_BYTES, () => delays[k++ % delays.length]!);
      const { serial, batched } = await bothWays(c, slotFor(c, s), o, runner);
      expect(batched).toEqual(serial);
    }), { numRuns: 150 });
  });

  // While the runner is warming, slots are filled only to warmingBytes (and on to the end of a
  // line): batches of other sizes, their ends wherever that puts them, longer lines than that included.
  const warmingArb = fc.record({ bytes: fc.integer({ min: 1, max: 3000 }), calls: fc.nat({ max: 8 }) });

  it('smaller batches while the runner is warming, then whole slots', async () => {
    await fc.assert(fc.asyncProperty(caseArb, slotArb, optionsArb, warmingArb, async (recipe, s, o, warm) => {
      const c = build(recipe);
      let asked = 0;
      const runner = () => inlineBatchRunner(MAX_CHAIN_LINE_BYTES, () => asked % 3, () => asked++ < warm.calls);
      const { serial, batched } = await bothWays(c, slotFor(c, s), o, runner, warm.bytes);
      expect(batched).toEqual(serial);
    }), { numRuns: 150 });
  });

  it('control: the property catches a batch that loses its last line while the runner is warming', async () => {
    // A planted bug: a batch read while warming drops the last line it holds.
    const lossy = (warming: () => boolean): BatchRunner => {
      const inner = inlineBatchRunner(MAX_CHAIN_LINE_BYTES);
      return {
        ...inner,
        warming,
        run: (job) => {
          if (!warming()) return inner.run(job);
          const bytes = Buffer.from(job.bytes, 0, job.length);
          const cut = bytes.lastIndexOf(0x0a, job.length - 2) + 1;
          return inner.run({ ...job, length: cut, unterminatedLast: false });
        },
      };
    };
    const failed = await fc.check(fc.asyncProperty(caseArb, optionsArb, async (recipe, o) => {
      const c = build(recipe);
      let asked = 0;
      const { serial, batched } = await bothWays(c, 4000, o, () => lossy(() => asked++ < 4), 300);
      expect(batched).toEqual(serial);
    }), { numRuns: 30 });
    expect(failed.failed).toBe(true);
  });

  it.skipIf(!existsSync(WORKER))('batches read by the built worker (dist/cli/) and this thread', async () => {
    const script = pathToFileURL(WORKER);
    let byWorker = 0;
    await fc.assert(fc.asyncProperty(caseArb, slotArb, optionsArb, async (recipe, s, o) => {
      const c = build(recipe);
      const workers = startChainWorkers(script);
      // A batch goes to a worker only once it has started: wait for it, so that it reads some.
      const counters = workers?.threads[0]?.counters;
      while (counters && Atomics.load(counters, Counter.Ready) === 0) await new Promise((r) => setTimeout(r, 2));
      const runner = () => workers && threadedBatchRunner(MAX_CHAIN_LINE_BYTES, workers);
      try {
        const { serial, batched } = await bothWays(c, slotFor(c, s), o, runner);
        expect(batched).toEqual(serial);
      } finally {
        workers?.close();
      }
      byWorker += counters ? Atomics.load(counters, Counter.Finished) : 0;
    }), { numRuns: 40 });
    // Not vacuous: the worker read batches (on a machine with one core there is none to ask).
    if (availableParallelism() > 1) expect(byWorker).toBeGreaterThan(0);
  });
});

describe('the batched read', () => {
  it('finds the faults the one-thread read finds, at slot boundaries too', async () => {
    const lines = [...bases[1]!.lines];
    lines[10] = rehash(lines[10]!, (e) => (e.payload = { tampered: true }));
    lines.splice(30, 1);
    const bytes = Buffer.concat(lines.flatMap((l) => [l, utf8('\n')]));
    const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0));
    const c = { bytes, starts, faulted: [10, 30] };
    // The first slot ends where line 12 starts: its link to line 11 is checked across slots.
    const runner = () => inlineBatchRunner(MAX_CHAIN_LINE_BYTES);
    const { serial, batched } = await bothWays(c, starts[11]!, { canonicalLines: false, trusted: true }, runner);
    const found = serial.errors.map((e) => [e.line, e.rule]);
    expect(found).toEqual([[12, 'prev_hash_mismatch'], [31, 'seq_gap'], [31, 'prev_hash_mismatch']]);
    expect(batched).toEqual(serial);
  });
});

/** An AgentOps-written log of `n` events (json.dumps lines), unsealed, ending in SESSION_END. */
function agentopsLog(n: number): Buffer[] {
  const session = 'c7059d76-04b4-4f05-b831-7d0ee4e26465';
  const lines: Buffer[] = [];
  let prev = '0'.repeat(64);
  for (let seq = 1; seq <= n; seq++) {
    const type = seq === 1 ? 'SESSION_START' : seq === n ? 'SESSION_END' : seq % 2 ? 'TOOL_RESULT' : 'TOOL_CALL';
    const timestamp = new Date(Date.UTC(2026, 0, 1) + seq).toISOString().replace('Z', '000Z');
    const payload = { tool: 't', args_hash: 'a'.repeat(64) };
    const rest = { seq, event_type: type, session_id: session, timestamp, payload, prev_hash: prev };
    prev = eventHash(rest as Omit<ChainEvent, 'event_hash'>);
    lines.push(utf8(pyDumps({ ...rest, event_hash: prev })));
  }
  return lines;
}

describe.skipIf(!existsSync(CLI))('the CLI on a log big enough for its worker threads', () => {
  it('reports what the one-thread read reports, faults next to its 512 KiB slot boundaries included', async () => {
    const lines = agentopsLog(30_000);
    let at = 0;
    const crossing: number[] = [];
    lines.forEach((l, i) => {
      if (Math.floor(at / (1 << 19)) !== Math.floor((at + l.length) / (1 << 19))) crossing.push(i);
      at += l.length + 1;
    });
    lines[crossing[1]!] = rehash(lines[crossing[1]!]!, (e) => (e.payload = {}));
    lines.splice(crossing[3]! + 1, 1);
    lines.splice(crossing[5]!, 0, utf8('x'));
    const path = join(dir, 'big.jsonl');
    writeFileSync(path, Buffer.concat(lines.flatMap((l) => [l, utf8('\n')])));
    expect(readFileSync(path).length).toBeGreaterThan(8 << 20);
    const r = spawnSync(process.execPath, [CLI, 'chain', 'verify', path, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const serial = await verifyChainFile(path, {}, SERIAL);
    expect(serial.errors.length).toBeGreaterThanOrEqual(4);
    expect(JSON.parse(r.stdout)).toEqual(serial);
  });
});
