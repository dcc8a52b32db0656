import { describe, expect, it } from 'vitest';
import { buildStandardExports } from '../../src/exports/standard.js';
import { buildProvenance, provenanceSubjects } from '../../src/exports/provenance.js';
import { signingKeyFromPem, generateSigningKey } from '../../src/keys/ed25519.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { fixtureRecord, jsonOf } from './fixture-record.js';

const SCHEMA_OF: Record<string, string> = {
  'ro-crate-metadata.json': 'ro-crate-metadata',
  'otel-trace.json': 'otel-trace',
  'promotion/lineage.json': 'lineage',
  'promotion/mlflow_export.json': 'mlflow-export',
};

describe('buildStandardExports', () => {
  it('writes the five documents, each valid against its schema, as stableJson', () => {
    for (const name of ['capsule', 'agilab'] as const) {
      const files = buildStandardExports(fixtureRecord(name));
      expect(files.map((f) => f.path)).toEqual(['openlineage.json', 'ro-crate-metadata.json', 'otel-trace.json', 'promotion/lineage.json', 'promotion/mlflow_export.json']);
      for (const file of files) {
        expect(String(file.content).endsWith('}\n')).toBe(true);
        const schema = SCHEMA_OF[file.path];
        if (schema) expect(validateAgainst(schema, jsonOf(file.content)), file.path).toEqual([]);
      }
    }
  });

  it('is deterministic: the same record gives identical bytes, signed provenance included', () => {
    const { privateKeyPem } = generateSigningKey();
    const build = () => {
      const record = fixtureRecord('capsule');
      const key = signingKeyFromPem(privateKeyPem, 'test key');
      return [...buildStandardExports(record, { readFile: () => Buffer.from('{"accuracy":0.94}') }), ...buildProvenance(record, provenanceSubjects(record), key)];
    };
    const a = build();
    const b = build();
    expect(b.map((f) => [f.path, String(f.content)])).toEqual(a.map((f) => [f.path, String(f.content)]));
  });

  it('depends on the record, not the clock: another finish time changes the times written', () => {
    const a = buildStandardExports(fixtureRecord('capsule'));
    const b = buildStandardExports(fixtureRecord('capsule', (m) => { m.timing.finished_at = '2026-03-14T09:27:00Z'; }));
    expect(String(b[0]!.content)).not.toBe(String(a[0]!.content));
    expect(String(b[0]!.content)).toContain('2026-03-14T09:27:00Z');
  });
});
