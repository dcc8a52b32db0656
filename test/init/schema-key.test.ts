import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/bundle/validate.js';
import { readInventory } from '../../src/place/inventory.js';
import { loadPromotionPolicy } from '../../src/promotion/policy.js';
import { loadTrustPolicy } from '../../src/trust/policy.js';
import { CapsuleError } from '../../src/errors.js';

// Editors find a document's schema through its `$schema` key: every input document takes one.
const dir = mkdtempSync(join(tmpdir(), 'schema-key-'));
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('$schema in every input document', () => {
  it('bundle: accepted, with $comment, and dropped from what the engine reads', () => {
    cpSync('examples/hello', join(dir, 'hello'), { recursive: true });
    const file = join(dir, 'hello', 'bundle.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ $schema: '../schemas/bundle.schema.json', $comment: ['why'], ...doc }));
    const vb = validateBundle(file);
    expect(Object.keys(vb.bundle)).not.toContain('$schema');
    expect((vb.original as Record<string, unknown>).$schema).toBe('../schemas/bundle.schema.json');
  });

  it('bundle: a $schema that is not a string is still an error, located', () => {
    const file = write('bad-schema-key.json', JSON.stringify({ $schema: 5, apiVersion: 'proofcapsule.dev/v1', kind: 'Bundle', metadata: { name: 'x', version: '1' }, spec: { run: { argv: ['true'] } } }));
    try {
      validateBundle(file);
      expect.unreachable();
    } catch (err) {
      expect((err as CapsuleError).message).toMatch(/\/\$schema: .*string/);
    }
  });

  it('promotion policy (JSON and TOML), trust policy and inventory: accepted', () => {
    expect(loadPromotionPolicy(write('policy.json', '{ "$schema": "x", "id": "team.gate" }')).id).toBe('team.gate');
    expect(loadPromotionPolicy(write('policy.toml', '"$schema" = "x"\nid = "team.gate"\n')).id).toBe('team.gate');
    expect(() => loadTrustPolicy(write('trust.json', JSON.stringify({ $schema: 'x', allowed_public_key_sha256: ['a'.repeat(64)] })))).not.toThrow();
    const inventory = JSON.parse(readFileSync('test/fixtures/place/process-only.json', 'utf8')) as Record<string, unknown>;
    expect(() => readInventory(write('inventory.json', JSON.stringify({ $schema: 'x', ...inventory })))).not.toThrow();
  });
});

describe('bundle defaults', () => {
  it('fills createdAt from the file, licensePolicy, executor, outputs and a dev policy; a partial policy keeps what it sets', () => {
    const file = write('minimal.json', JSON.stringify({ apiVersion: 'proofcapsule.dev/v1', kind: 'Bundle', metadata: { name: 'minimal', version: '1' }, spec: { run: { argv: ['true'] }, policy: { lane: 'staging' } } }));
    const b = validateBundle(file).bundle;
    expect(b.metadata.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(b.metadata.licensePolicy).toEqual({ allowAGPL: false });
    expect(b.spec.executor).toEqual({ backendIntent: 'auto' });
    expect(b.spec.outputs).toEqual([]);
    expect(b.spec.policy).toEqual({ maxRunSeconds: 60, lane: 'staging', failOnTimeout: true, humanGateRequired: false });
  });

  it('still refuses an AGPL bundle', () => {
    const file = write('agpl.json', JSON.stringify({ apiVersion: 'proofcapsule.dev/v1', kind: 'Bundle', metadata: { name: 'agpl', version: '1', licensePolicy: { allowAGPL: true } }, spec: { run: { argv: ['true'] } } }));
    expect(() => validateBundle(file)).toThrow(/AGPL bundles are refused/);
  });
});
