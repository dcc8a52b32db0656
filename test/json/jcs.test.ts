import { describe, expect, it } from 'vitest';
import { parseJsonStrict } from '../../src/json/parse.js';
import { parseCapsuleManifest } from '../../src/prove/capsule-manifest.js';

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
