import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/json/canonical.js';
import { JsonTextCanonicalizer } from '../../src/json/canonicalize-text.js';
import { isIJson, respell, spellingArb } from './spellings.js';
import { reference, titled } from '../reference.js';

const REF = reference('jcs');
const JCS = REF.path;
const haveVectors = REF.present;
const vectors = haveVectors ? readdirSync(resolve(JCS, 'input')).filter((f) => f.endsWith('.json')).sort() : [];

const text = new JsonTextCanonicalizer({ maxDepth: 128 });
function canonicalText(input: string | Buffer): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  text.canonicalize(bytes, 0, bytes.length);
  return text.out.toString('utf8', 0, text.length);
}

describe.skipIf(!haveVectors)(titled('RFC 8785 vectors (../shared/reference/jcs)', REF), () => {
  it.each(vectors)('%s: both serializers give the expected bytes', (file) => {
    const input = readFileSync(resolve(JCS, 'input', file));
    const expected = readFileSync(resolve(JCS, 'output', file), 'utf8');
    const hex = readFileSync(resolve(JCS, 'outhex', file.replace(/\.json$/, '.txt')), 'utf8').replace(/\s+/g, '').toLowerCase();
    expect(canonicalJson(JSON.parse(input.toString('utf8')))).toBe(expected);
    expect(Buffer.from(canonicalText(input), 'utf8').toString('hex')).toBe(hex);
  });
});

describe('property: both serializers agree with the pinned canonicalize 4.0.0', () => {
  const values = fc.jsonValue({ maxDepth: 4 });
  const unicodeValues = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('value'), { maxKeys: 5 })),
  })).value;

  it('canonicalJson(v) === canonicalize(v) for JSON values, any Unicode, any double', () => {
    fc.assert(fc.property(fc.oneof(values, unicodeValues), (v) => {
      expect(canonicalJson(v)).toBe(canonicalize(v));
    }), { numRuns: 2000 });
  });

  it('the text canonicalizer maps any spelling of a value to canonicalize(JSON.parse(text))', () => {
    fc.assert(fc.property(fc.oneof(values, unicodeValues).filter(isIJson), spellingArb, (v, spelling) => {
      const spelled = respell(v, spelling);
      expect(canonicalText(spelled)).toBe(canonicalize(JSON.parse(spelled)));
    }), { numRuns: 2000 });
  });

  it('a mutated text is read only when JSON.parse reads it too, and then to the same value', () => {
    fc.assert(fc.property(values.filter(isIJson), spellingArb, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean(), (v, spelling, at, byte, insert) => {
      const bytes = Buffer.from(respell(v, spelling), 'utf8');
      const i = at % (bytes.length + 1);
      const mutated = Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(insert ? i : i + 1)]);
      let ours: string | null = null;
      try {
        ours = canonicalText(mutated);
      } catch {
        // refused: fine whatever JSON.parse says (duplicate keys, I-JSON, UTF-8 are ours alone)
      }
      if (ours !== null) expect(ours).toBe(canonicalize(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(mutated))));
      let parsed = true;
      try {
        JSON.parse(mutated.toString('utf8'));
      } catch {
        parsed = false;
      }
      if (!parsed) expect(ours).toBeNull();
    }), { numRuns: 3000 });
  });

  it('strings are read four plain bytes at a time up to whatever ends a run, and never past the end of the text', () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 13 }) },
      fc.constantFrom('\\"', '\\\\', '\\n', '\\u00e9', '\\ud83d\\ude02', '\\/', 'é', '😂', '€', '\u007f', '\u0001', '\\ud800', '\\q'),
    );
    const bytesArb = fc.oneof(
      { weight: 8, arbitrary: fc.array(piece, { maxLength: 8 }).map((ps) => Buffer.from(ps.join(''), 'utf8')) },
      fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b)),
    );
    fc.assert(fc.property(bytesArb, fc.boolean(), fc.nat(7), (body, closed, pad) => {
      const doc = Buffer.concat([Buffer.from('{"k": "'), body, Buffer.from(closed ? '"}' : '')]);
      // Inside a bigger buffer: plain bytes before it and, after it, what would close the string.
      const buf = Buffer.concat([Buffer.from('x'.repeat(pad)), doc, Buffer.from('aaaaaaa"}')]);
      let ours: string | null = null;
      try {
        text.canonicalize(buf, pad, pad + doc.length);
        ours = text.out.toString('utf8', 0, text.length);
      } catch {
        // refused: fine when JSON.parse refuses too, or for what only I-JSON refuses
      }
      let theirs: string | null = null;
      try {
        theirs = canonicalize(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(doc))) ?? null;
      } catch {
        theirs = null;
      }
      if (ours !== null) expect(ours).toBe(theirs);
      if (theirs === null) expect(ours).toBeNull();
    }), { numRuns: 3000 });
  });

  it('canonical text comes out byte-identical', () => {
    fc.assert(fc.property(fc.oneof(values, unicodeValues).filter(isIJson), (v) => {
      const canonical = canonicalize(v)!;
      expect(canonicalText(canonical)).toBe(canonical);
    }), { numRuns: 1000 });
  });
});

describe('the text canonicalizer reads strict I-JSON only', () => {
  const code = (input: string | Buffer) => {
    try {
      canonicalText(input);
      return 'ok';
    } catch (err) {
      return (err as { code: string }).code;
    }
  };

  it('refuses duplicate keys, however spelled, at any depth', () => {
    expect(code('{"a":1,"a":2}')).toBe('json_duplicate_key');
    expect(code('{"a":1,"\\u0061":2}')).toBe('json_duplicate_key');
    expect(code('{"b":1,"a":{"x":1,"y":2,"x":3}}')).toBe('json_duplicate_key');
    expect(code('{"z":1,"a":2,"z":3}')).toBe('json_duplicate_key');
    expect(code('{"a":{"k":1},"b":{"k":1}}')).toBe('ok');
  });

  it('refuses lone surrogates, escaped or encoded', () => {
    expect(code('["\\ud800"]')).toBe('json_string_not_ijson');
    expect(code('["\\udc00\\ud800"]')).toBe('json_string_not_ijson');
    expect(code('["\\ud800x"]')).toBe('json_string_not_ijson');
    expect(code(Buffer.from([0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d]))).toBe('json_invalid');
    expect(canonicalText('["\\ud83d\\ude02"]')).toBe('["😂"]');
  });

  it('refuses numbers outside I-JSON and keeps the ones inside', () => {
    expect(code('[9007199254740992]')).toBe('json_number_not_ijson');
    expect(code('[-9007199254740992]')).toBe('json_number_not_ijson');
    expect(code('[1e400]')).toBe('json_number_not_ijson');
    expect(code(`[${'9'.repeat(100_000)}]`)).toBe('json_number_not_ijson');
    expect(canonicalText('[9007199254740991,-0,-0.0,1E2,1e-7,0.1e1]')).toBe('[9007199254740991,0,0,100,1e-7,1]');
  });

  it('refuses what JSON.parse refuses', () => {
    for (const bad of ['', ' ', '{', '{"a"}', '{"a":}', '[1,]', '{"a":1,}', '01', '1.', '.5', '+1', '"\\x"', '"a\nb"', 'NaN', 'tru', '[1] 2', '"\\u12"', "{'a':1}"]) {
      expect(() => JSON.parse(bad)).toThrow();
      expect(code(bad)).toBe('json_invalid');
    }
    expect(code(Buffer.from([0x22, 0xc0, 0xaf, 0x22]))).toBe('json_invalid');
    expect(code(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('json_invalid');
  });

  it('bounds nesting: 100,000 levels is json_too_deep, not a stack overflow', () => {
    expect(code(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe('json_too_deep');
    expect(code(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toBe('json_too_deep');
    expect(code(`${'['.repeat(128)}${']'.repeat(128)}`)).toBe('ok');
    expect(code(`${'['.repeat(129)}${']'.repeat(129)}`)).toBe('json_too_deep');
  });

  it('names the byte offset of what is wrong', () => {
    try {
      canonicalText('{"a": 1, "a": 2}');
      expect.unreachable();
    } catch (err) {
      expect((err as { details: { offset: number } }).details.offset).toBe(9);
    }
  });
});

describe('the text canonicalizer reads nothing past the end it is given', () => {
  it('a truncated text in a buffer whose next bytes would complete it is still invalid', () => {
    const buf = Buffer.from('{"a":[1,"x"]}');
    for (let end = 1; end < buf.length; end++) {
      expect(() => text.canonicalize(buf, 0, end), `first ${end} bytes`).toThrow(expect.objectContaining({ code: 'json_invalid' }));
    }
    expect(text.canonicalize(buf, 0, buf.length)).toBe(0);
  });
});
