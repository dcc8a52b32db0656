import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../src/schemas/catalog.js';
import { unknownTopLevelKeys, validateAgainst } from '../../src/schemas/registry.js';
import { topLevelProperties } from '../../src/schemas/top-level-properties.js';

const addFormats = (addFormatsModule as unknown as { default: (a: Ajv2020) => void }).default;

describe('schema registry', () => {
  it('embeds every file of schemas/ (the catalog is not stale)', () => {
    expect(Object.keys(schemaFiles).sort()).toEqual(readdirSync('schemas').filter((f) => f.endsWith('.schema.json')).sort());
  });

  it('lists every schema\'s top-level property names (the table is not stale)', () => {
    const expected = Object.fromEntries(Object.entries(schemaFiles).map(([file, schema]) => [file,
      Object.fromEntries(Object.keys((schema as { properties?: object }).properties ?? {}).map((k) => [k, true]))]));
    expect(topLevelProperties).toEqual(expected);
    expect(unknownTopLevelKeys('run-manifest', { run_id: 'r', zz: 1, aa: 2 })).toEqual(['aa', 'zz']);
  });

  it('counts names Object.prototype has as unknown keys, not as names the schema lists', () => {
    const doc = JSON.parse('{"run_id": "r", "constructor": 1, "toString": 2, "__proto__": 3, "hasOwnProperty": 4}');
    expect(unknownTopLevelKeys('run-manifest', doc)).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
  });

  it('every schema is valid draft 2020-12 and compiles in strict mode (the registry skips this at start-up)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateSchema: true });
    addFormats(ajv);
    for (const schema of Object.values(schemaFiles)) ajv.addSchema(schema);
    for (const [file, schema] of Object.entries(schemaFiles)) {
      const id = (schema as { $id: string }).$id;
      expect(id, file).toBe(`https://proofcapsule.dev/schemas/${file}`);
      expect(ajv.validateSchema(schema), `${file}: ${ajv.errorsText()}`).toBe(true);
      expect(() => ajv.getSchema(id), file).not.toThrow();
    }
  });

  it('has a precompiled validator for every schema, agreeing with a fresh compile', async () => {
    const validators = (await import('../../src/schemas/validators.generated.cjs')).default as Record<string, (d: unknown) => boolean>;
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    for (const schema of Object.values(schemaFiles)) ajv.addSchema(schema);
    const samples = [{}, [], 'x', 1, null, JSON.parse(readFileSync('test/fixtures/capsule/agilab-run/run_manifest.json', 'utf8'))];
    for (const schema of Object.values(schemaFiles)) {
      const id = (schema as { $id: string }).$id;
      expect(typeof validators[id], id).toBe('function');
      for (const sample of samples) expect(validators[id]!(sample), `${id} on ${JSON.stringify(sample).slice(0, 40)}`).toBe(ajv.validate(id, sample));
    }
  });

  it('reports a located issue for a bad document', () => {
    const issues = validateAgainst('capsule-manifest', JSON.parse(readFileSync('test/fixtures/capsule/agilab-run/run_manifest.json', 'utf8')));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message).toMatch(/unknown property|missing required|must/);
  });
});
