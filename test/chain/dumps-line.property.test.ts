import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeDumpsEvent } from '../../src/chain/dumps-line.js';
import { agentopsFloatSpelling } from '../../src/chain/number-spelling.js';
import { CapsuleError } from '../../src/errors.js';
import { JsonTextCanonicalizer } from '../../src/json/canonicalize-text.js';
import { MAX_JSON_DEPTH } from '../../src/json/parse.js';
import { respell } from '../json/spellings.js';

// The json.dumps fast path must give exactly what the general reader gives, or step aside.
// Lines are built in json.dumps' layout from hostile pieces, then sometimes bent out of it.

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
const uuid = fc.uuid({ version: 4 });
/** Raw JSON text of a string: often plain, sometimes escaped, non-ASCII, broken or not a string at all. */
const stringText = (plain: fc.Arbitrary<string>) => fc.oneof(
  { weight: 50, arbitrary: plain.map((s) => JSON.stringify(s)) },
  plain.map((s) => `"${s.slice(0, 3)}\\u0061${s.slice(3)}"`),
  plain.map((s) => `"${s}\\/"`),
  plain.map((s) => `"${s.slice(0, -1)}é"`),
  plain.map((s) => `"\\ud800${s}"`),
  plain.map((s) => `"${s}\\x"`),
  plain.map((s) => `"${s}\t"`),
  plain.map((s) => `"${s}`),
  fc.string({ unit: 'binary', maxLength: 70 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('null', '1', '[]', '{}', '"\\u0000"', '""'),
);
const seqText = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 1e6 }).map(String) },
  fc.constantFrom('-0', '-1', '01', '00', '1.0', '1e3', '2E0', '999999999999999', '9999999999999999',
    '9007199254740993', '1e400', '"1"', 'true', ''),
);
/** A payload: python-ish json.dumps text of a JSON value, another spelling of it, or something hostile. */
const payloadText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)?.replace(/,"/g, ', "').replace(/":/g, '": ') ?? 'null'),
  },
  { weight: 2, arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat()).map(([v, seed]) => respell(v, seed)) },
  fc.constantFrom(
    '{"a": 1, "a": 2}', '{"b": 1, "a": 2, "b": 3}', '{"x": -0}', '{"x": -0.0}', '{"x": 1e21}', '{"x": 1E400}',
    '{"x": 2.0}', '{"x": 1e-05}', '{"x": 9007199254740993}', '{"x": -9007199254740991}', '{"x": "\\ud83d\\ude00"}',
    '{"x": "\\udc00"}', '{"x": "\\q"}', '{"x": 01}', '{"x": [1, 2, ]}', '{"x": }', '{"x": "a\u0001"}', '{}', '[]',
    '"text"', 'null', '{"é": 1, "e": 2}', '{"\\u00e9": 1}',
    `${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}`,
    `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`,
    `{"x": ${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`,
  ),
);
const member = (key: string, value: fc.Arbitrary<string>) => value.map((v) => [key, v] as const);
const membersArb = fc.tuple(
  member('seq', seqText),
  member('event_type', stringText(fc.constantFrom('TOOL_CALL', 'SESSION_START', 'CHAIN_SEAL', 'NOT_A_TYPE'))),
  member('session_id', stringText(uuid)),
  member('timestamp', stringText(fc.constant('2026-01-01T00:00:00.000000Z'))),
  member('payload', payloadText),
  member('prev_hash', stringText(hex64)),
  member('event_hash', stringText(hex64)),
);
/**
 * What json.dumps writes, or a near miss: other separators, an order change, a member lost or
 * doubled, a byte flipped, other ends.
 */
const lineArb = fc.record({
  members: membersArb,
  bend: fc.oneof(
    { weight: 14, arbitrary: fc.constant('none') },
    fc.constantFrom('compact', 'swap', 'drop', 'double', 'extra', 'space-before', 'lead-space'),
  ),
  tail: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', ' ', '\r', ' \t') }, fc.constantFrom('x', '}', ',')),
  flip: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 }))),
}).map(({ members, bend, tail, flip }) => {
  const m: (readonly [string, string])[] = [...members];
  if (bend === 'swap') [m[1], m[2]] = [m[2]!, m[1]!];
  if (bend === 'drop') m.splice(3, 1);
  if (bend === 'double') m.push(m[0]!);
  if (bend === 'extra') m.splice(4, 0, ['extra', '1']);
  const sep = bend === 'compact' ? [',', ':'] : bend === 'space-before' ? [' , ', ': '] : [', ', ': '];
  const text = `${bend === 'lead-space' ? ' ' : ''}{${m.map(([k, v]) => `"${k}"${sep[1]}${v}`).join(sep[0])}}${tail}`;
  const bytes = Buffer.from(text, 'utf8');
  if (flip) bytes[flip[0] % bytes.length]! ^= flip[1];
  return bytes;
});

type Outcome = { error: string } | { kind: number; out: string; top: unknown[]; respelled: number };

function outcome(c: JsonTextCanonicalizer, read: () => number): Outcome {
  try {
    const kind = read();
    const top = c.top.slice(0, c.topCount).map((t) => ({ ...t }));
    return { kind, out: c.out.toString('hex', 0, c.length), top, respelled: c.respelled };
  } catch (err) {
    if (!(err instanceof CapsuleError)) throw err;
    return { error: `${err.code}: ${err.message}` };
  }
}

/** The line inside a bigger buffer, garbage on both sides, as a batch of lines holds it. */
function embedded(line: Buffer, after: number): { buf: Buffer; start: number; end: number } {
  const before = Buffer.from('{"seq": 1, ');
  const trailer = Buffer.from([after, 0x22, 0x7d, 0x20, 0x31]);
  return { buf: Buffer.concat([before, line, trailer]), start: before.length, end: before.length + line.length };
}

const options = { maxDepth: MAX_JSON_DEPTH, spellFloat: agentopsFloatSpelling };

describe('property: the json.dumps fast path reads a line exactly as the general reader does', () => {
  it('same bytes, members and respelled count whenever it takes a line; the rest is the general reader\'s', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(fc.property(lineArb, fc.constantFrom(0x0a, 0x0d, 0x22, 0x2c, 0x7d, 0x61), (line, after) => {
      runs++;
      const { buf, start, end } = embedded(line, after);
      const general = new JsonTextCanonicalizer(options);
      const expected = outcome(general, () => general.canonicalize(buf, start, end));
      const fast = new JsonTextCanonicalizer(options);
      // A reused reader: what an earlier, longer line left in its buffers must not leak in.
      const earlier = Buffer.from(`{"z": "${'x'.repeat(400)}"}`);
      fast.canonicalize(earlier, 0, earlier.length);
      let took = false;
      const got = outcome(fast, () => {
        took = canonicalizeDumpsEvent(fast, buf, start, end);
        return took ? 0 : fast.canonicalize(buf, start, end);
      });
      if (took) taken++;
      expect(got).toEqual(expected);
      if (took && 'out' in expected && expected.respelled === 0) {
        // And it is RFC 8785 as the pinned canonicalize writes it.
        const parsed = JSON.parse(line.toString('utf8')) as unknown;
        expect(Buffer.from(expected.out, 'hex').toString('utf8')).toBe(canonicalize(parsed));
      }
    }), { numRuns: 3000 });
    // The fast path is not vacuous: the unbent lines of plain fields take it.
    expect(taken).toBeGreaterThan(runs / 10);
    expect(taken).toBeLessThan(runs * 0.9);
  });

  it('takes what json.dumps writes for AgentOps events, and the bytes are its canonical form', () => {
    const session = '042294dc-81c5-44a6-89da-33f6334d879b';
    const line = Buffer.from(`{"seq": 12, "event_type": "TOOL_CALL", "session_id": "${session}", ` +
      '"timestamp": "2026-12-01T17:36:26.702779Z", ' +
      '"payload": {"tool_name": "run", "args_hash": "d4", "n": [1, 2.0, {"b": 1, "a": null}]}, ' +
      `"prev_hash": "${'0'.repeat(64)}", "event_hash": "${'a'.repeat(64)}"}`);
    const c = new JsonTextCanonicalizer(options);
    expect(canonicalizeDumpsEvent(c, line, 0, line.length)).toBe(true);
    expect(c.out.toString('utf8', 0, c.length)).toBe(`{"event_hash":"${'a'.repeat(64)}","event_type":"TOOL_CALL",` +
      '"payload":{"args_hash":"d4","n":[1,2.0,{"a":null,"b":1}],"tool_name":"run"},' +
      `"prev_hash":"${'0'.repeat(64)}","seq":12,"session_id":"${session}","timestamp":"2026-12-01T17:36:26.702779Z"}`);
    expect(c.respelled).toBe(1);
  });
});
