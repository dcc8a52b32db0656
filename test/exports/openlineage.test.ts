import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildOpenLineageEvent } from '../../src/exports/openlineage.js';
import { fixtureRecord } from './fixture-record.js';
import { reference, titled } from '../reference.js';

const REF = reference('openlineage');
const REFERENCE = REF.path;
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/**
 * The reference spec plus every facet schema. Facets `$ref` the spec by its absolute `$id`
 * (https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet), so registering all of
 * them under their own `$id`s resolves every reference without the network. The reference
 * schemas use the non-standard `example` keyword, hence strict: false.
 */
function referenceAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema(JSON.parse(readFileSync(path.join(REFERENCE, 'OpenLineage.json'), 'utf8')));
  for (const file of readdirSync(path.join(REFERENCE, 'facets'))) ajv.addSchema(JSON.parse(readFileSync(path.join(REFERENCE, 'facets', file), 'utf8')));
  return ajv;
}

const ajv = REF.present ? referenceAjv() : new Ajv2020();

function validateEvent(event: unknown): unknown[] {
  const validate = ajv.getSchema('https://openlineage.io/spec/2-0-2/OpenLineage.json')!;
  return validate(event) ? [] : (validate.errors ?? []);
}

/** Every facet object in the event with where it sits. */
function facetsOf(event: Record<string, any>): [string, Record<string, unknown>][] {
  const groups: [string, Record<string, any> | undefined][] = [
    ['run', event.run.facets],
    ['job', event.job.facets],
    ...event.inputs.map((d: any, i: number) => [`inputs/${i}`, d.facets] as [string, any]),
    ...event.outputs.flatMap((d: any, i: number) => [[`outputs/${i}`, d.facets], [`outputs/${i}/outputFacets`, d.outputFacets]] as [string, any][]),
  ];
  return groups.flatMap(([where, facets]) => Object.entries(facets ?? {}).map(([name, f]) => [`${where}/${name}`, f as Record<string, unknown>] as [string, Record<string, unknown>]));
}

describe.skipIf(!REF.present)(titled('OpenLineage RunEvent against the reference 2-0-2 schemas', REF), () => {
  for (const name of ['capsule', 'agilab'] as const) {
    it(`${name} manifest: validates against the reference 2-0-2 schema`, () => {
      expect(validateEvent(buildOpenLineageEvent(fixtureRecord(name)))).toEqual([]);
    });

    it(`${name} manifest: every facet names a reference facet schema in _schemaURL and validates against it`, () => {
      const event = buildOpenLineageEvent(fixtureRecord(name));
      const facets = facetsOf(event as Record<string, any>);
      expect(facets.length).toBeGreaterThan(3);
      for (const [where, facet] of facets) {
        expect(facet._producer, where).toMatch(/^https:\/\//);
        const url = String(facet._schemaURL);
        const validate = ajv.getSchema(url);
        expect(validate, `${where}: ${url} is not a reference facet schema`).toBeDefined();
        expect(validate!(facet), `${where}: ${JSON.stringify(validate!.errors)}`).toBe(true);
      }
    });
  }

  it('the reference schema rejects a broken event (the check can fail)', () => {
    const event = buildOpenLineageEvent(fixtureRecord('capsule')) as Record<string, any>;
    event.run.runId = 'run-2026-03-14';
    expect(validateEvent(event)).not.toEqual([]);
    const facet = { ...(event.run.facets.processing_engine as object), version: 7 };
    expect(ajv.getSchema(event.run.facets.processing_engine._schemaURL)!(facet)).toBe(false);
  });
});

describe('OpenLineage RunEvent', () => {

  it('passing run: COMPLETE, job from path_id/label, datasets in namespace file with sha256 versions', () => {
    const event = buildOpenLineageEvent(fixtureRecord('capsule')) as Record<string, any>;
    expect(event.eventType).toBe('COMPLETE');
    expect(event.eventTime).toBe('2026-03-14T09:26:58.456789Z');
    expect(event.run.runId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event.job).toMatchObject({ namespace: 'examples/tiny-trainer', name: 'tiny-trainer' });
    expect(event.inputs.map((d: any) => d.name)).toEqual(['bundle/bundle.json']);
    expect(event.outputs.map((d: any) => [d.namespace, d.name, d.facets.version.datasetVersion])).toEqual([
      ['file', 'artifacts/metrics.json', 'sha256:b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c'],
      ['file', 'artifacts/model.bin', 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'],
    ]);
    expect(event.outputs[1].facets.datasetType.datasetType).toBe('MODEL');
    expect(event.run.facets.errorMessage).toBeUndefined();
    expect(event.run.facets.test.tests.map((t: any) => t.status)).toEqual(['pass', 'pass']);
  });

  it('failing AGILAB run: FAIL with an errorMessage naming the failed validation; only existing artifacts are outputs', () => {
    const event = buildOpenLineageEvent(fixtureRecord('agilab')) as Record<string, any>;
    expect(event.eventType).toBe('FAIL');
    expect(event.run.facets.errorMessage.message).toContain('validation non_empty_output failed');
    expect(event.inputs).toEqual([]);
    expect(event.outputs.map((d: any) => d.name)).toEqual(['reports/summary.csv']);
    expect(event.outputs[0].facets.version.datasetVersion).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(event.eventTime).toBe('2025-11-02T16:04:12.65Z');
  });

  it('the run id is derived from run_id: stable, and different for another run', () => {
    const a = buildOpenLineageEvent(fixtureRecord('capsule')) as Record<string, any>;
    const b = buildOpenLineageEvent(fixtureRecord('capsule')) as Record<string, any>;
    const c = buildOpenLineageEvent(fixtureRecord('capsule', (m) => { m.run_id = 'another'; })) as Record<string, any>;
    expect(a.run.runId).toBe(b.run.runId);
    expect(c.run.runId).not.toBe(a.run.runId);
  });
});
