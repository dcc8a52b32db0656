import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { MAX_JSON_DEPTH, parseJsonStrict } from '../../src/json/parse.js';

/** What the strict parser must agree with: JSON.parse, for every document without duplicate keys. */
function strictOutcome(text: string): { ok: true; value: unknown } | { ok: false; code: string } {
  try {
    return { ok: true, value: parseJsonStrict(text, 'x.json').value };
  } catch (err) {
    if (!(err instanceof CapsuleError)) throw err;
    return { ok: false, code: err.code };
  }
}

const json = fc.jsonValue({ maxDepth: 6 });

describe('parseJsonStrict', () => {
  it('gives what JSON.parse gives for any JSON value, however it is spaced', () => {
    fc.assert(fc.property(json, fc.constantFrom(undefined, 1, 2, '\t'), (value, space) => {
      const text = JSON.stringify(value, null, space);
      expect(parseJsonStrict(text, 'x.json').value).toStrictEqual(JSON.parse(text));
    }), { numRuns: 400, seed: 9 });
  });

  it('refuses exactly what JSON.parse refuses, on mutated documents', () => {
    const mutated = fc.tuple(json, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', ':', '0', '-', '\u0001', ' ', 'e', '.', 'tru'))
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(fc.property(mutated, (text) => {
      let expected: unknown;
      let parses = true;
      try {
        expected = JSON.parse(text);
      } catch {
        parses = false;
      }
      const got = strictOutcome(text);
      if (!parses) expect(got.ok).toBe(false);
      else if (got.ok) expect(got.value).toStrictEqual(expected);
      else expect(got.code).toBe('json_duplicate_key');
    }), { numRuns: 2000, seed: 9 });
  });

  it('names the character where a string or a run of spaces goes wrong (the scanner skips runs natively)', () => {
    const failure = (text: string) => {
      try {
        parseJsonStrict(text, 'x.json');
        return 'parsed';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(failure('"abc')).toBe('x.json:1:1: invalid JSON: unterminated string');
    expect(failure('{"a"  :  "b\\n')).toBe('x.json:1:10: invalid JSON: unterminated string');
    expect(failure(`"${'z'.repeat(50)}\u001f"`)).toBe('x.json:1:52: invalid JSON: control character in a string (escape it)');
    expect(failure('["x\\q"]')).toBe('x.json:1:4: invalid JSON: invalid escape in a string');
    expect(failure('[1,\n\n  ')).toBe('x.json:3:3: invalid JSON: unexpected end of the document');
    expect(failure('   ')).toBe('x.json:1:4: invalid JSON: empty document: the file holds no JSON value');
    expect(parseJsonStrict('{ \n\t"k": [ 1 ,\r\n 2 ] }  ', 'x.json').value).toEqual({ k: [1, 2] });
  });

  it('keeps __proto__ an ordinary key', () => {
    const value = parseJsonStrict('{"__proto__": {"polluted": true}}', 'x.json').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('locates values by pointer, and the nearest parent of a missing one', () => {
    const doc = parseJsonStrict('{\n  "a": [1,\n    {"b~/c": "x", "d": 2}],\n  "e": "\\"}"\n}', 'x.json');
    expect(doc.locate('/a/1/d')).toEqual({ line: 3, column: 24 });
    expect(doc.locate('/a/1/b~0~1c')).toEqual({ line: 3, column: 14 });
    expect(doc.locate('/e')).toEqual({ line: 4, column: 8 });
    expect(doc.locate('/a/1/missing')).toEqual({ line: 3, column: 5 });
    expect(doc.locate('')).toEqual({ line: 1, column: 1 });
  });

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more by name`, () => {
    const nest = (d: number) => '['.repeat(d) + ']'.repeat(d);
    expect(() => parseJsonStrict(nest(MAX_JSON_DEPTH), 'x.json')).not.toThrow();
    expect(() => parseJsonStrict(`{"a":${nest(MAX_JSON_DEPTH)}}`, 'x.json')).toThrowError(/x\.json:1:\d+: invalid JSON: nested deeper than 128 levels/);
  });

  it('refuses 100,000 levels of arrays and of objects as json_too_deep, not a stack overflow', () => {
    for (const text of ['['.repeat(100_000) + ']'.repeat(100_000), '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), '['.repeat(100_000)]) {
      const got = strictOutcome(text);
      expect(got).toEqual({ ok: false, code: 'json_too_deep' });
    }
  });

  it('names the line and column of a syntax error', () => {
    expect(() => parseJsonStrict('{\n  "a": 1,\n}', 'x.json')).toThrowError(/^x\.json:3:1: invalid JSON: expected a property name/);
    expect(() => parseJsonStrict('  ', 'x.json')).toThrowError(/empty document/);
    expect(() => parseJsonStrict('{"a": "\u0007"}', 'x.json')).toThrowError(/control character/);
  });

  it('says a YAML file is YAML, and never takes a JSON document for one', () => {
    for (const yaml of ['apiVersion: v1\nkind: Bundle\n', '---\na: 1\n', '- one\n- two\n', '"quoted": key\n', 'name:\n  x: 1\n']) {
      expect(() => parseJsonStrict(yaml, 'b.yaml'), yaml).toThrowError(/^b\.yaml:1:1: invalid JSON: this is YAML .*write it as JSON/);
    }
    for (const json of ['"a"', 'true', '-1', '{"a": 1}', '[1]', 'null']) expect(() => parseJsonStrict(json, 'x.json')).not.toThrow();
    expect(() => parseJsonStrict('hello there', 'x.txt')).toThrowError(/x\.txt:1:1: invalid JSON: expected a value/);
  });
});
