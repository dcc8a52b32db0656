import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson } from '../../src/json/canonical.js';
import { parseJsonStrict } from '../../src/json/parse.js';
import { parseCapsuleManifest } from '../../src/prove/capsule-manifest.js';

const JCS = resolve('..', 'shared', 'reference', 'jcs');
const vectors = readdirSync(resolve(JCS, 'input')).filter((f) => f.endsWith('.json')).sort();

describe('RFC 8785 vectors', () => {
  it('has the reference vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(6);
  });

  it.each(vectors)('%s canonicalizes to the expected bytes and hex', (file) => {
    const input = JSON.parse(readFileSync(resolve(JCS, 'input', file), 'utf8'));
    const expected = readFileSync(resolve(JCS, 'output', file));
    const hex = readFileSync(resolve(JCS, 'outhex', file.replace(/\.json$/, '.txt')), 'utf8').replace(/\s+/g, '');
    expect(canonicalBytes(input).equals(expected)).toBe(true);
    expect(canonicalBytes(input).toString('hex')).toBe(hex.toLowerCase());
    expect(canonicalJson(input)).toBe(expected.toString('utf8'));
  });
});

describe('strict parse of signed documents', () => {
  it('rejects a duplicate key with its line and column', () => {
    expect(() => parseJsonStrict('{\n  "a": 1,\n  "a": 2\n}', 'x.json')).toThrowError(/x\.json:3:3: duplicate key "a"/);
  });

  it('rejects integers beyond I-JSON precision and accepts them without ijson', () => {
    expect(() => parseJsonStrict('{"n": 9007199254740993}', 'x.json', { ijson: true })).toThrowError(/I-JSON/);
    expect(() => parseJsonStrict('{"n": 1e400}', 'x.json', { ijson: true })).toThrowError(/I-JSON/);
    expect(parseJsonStrict('{"n": 9007199254740993}', 'x.json').value).toEqual({ n: 9007199254740992 });
  });

  it('the capsule manifest parser applies both rules', () => {
    const base = '{"schema":"agilab.proof_capsule.v1","schema":"x"}';
    expect(() => parseCapsuleManifest(base, 'agipack-manifest.json')).toThrowError(/duplicate key "schema"/);
    expect(() => parseCapsuleManifest('{"entry_count": 18446744073709551616}', 'agipack-manifest.json')).toThrowError(/I-JSON/);
  });
});
