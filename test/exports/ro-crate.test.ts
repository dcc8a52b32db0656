import { describe, expect, it } from 'vitest';
import { buildRoCrate } from '../../src/exports/ro-crate.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { fixtureRecord } from './fixture-record.js';

type Entity = Record<string, any>;
const graphOf = (crate: Record<string, unknown>) => crate['@graph'] as Entity[];
const entity = (graph: Entity[], id: string) => graph.find((e) => e['@id'] === id);

describe('RO-Crate metadata (Process Run Crate 0.5)', () => {
  it('has the metadata descriptor, a root Dataset conforming to the profile and a complete CreateAction', () => {
    const crate = buildRoCrate(fixtureRecord('capsule'));
    expect(validateAgainst('ro-crate-metadata', crate)).toEqual([]);
    expect(crate['@context']).toBe('https://w3id.org/ro/crate/1.1/context');
    const graph = graphOf(crate);
    expect(entity(graph, 'ro-crate-metadata.json')).toMatchObject({ '@type': 'CreativeWork', conformsTo: { '@id': 'https://w3id.org/ro/crate/1.1' }, about: { '@id': './' } });
    const root = entity(graph, './')!;
    expect(root.conformsTo).toEqual({ '@id': 'https://w3id.org/ro/wfrun/process/0.5' });
    expect(entity(graph, 'https://w3id.org/ro/wfrun/process/0.5')?.['@type']).toBe('CreativeWork');
    const action = entity(graph, root.mentions['@id'])!;
    expect(action).toMatchObject({
      '@type': 'CreateAction',
      startTime: '2026-03-14T09:26:40.333333Z',
      endTime: '2026-03-14T09:26:58.456789Z',
      actionStatus: { '@id': 'http://schema.org/CompletedActionStatus' },
      object: [{ '@id': 'bundle/bundle.json' }],
      result: [{ '@id': 'artifacts/metrics.json' }, { '@id': 'artifacts/model.bin' }],
    });
    expect(entity(graph, action.instrument['@id'])).toMatchObject({ '@type': 'SoftwareApplication', name: 'tiny-trainer', version: '1.2.0' });
    expect(entity(graph, 'artifacts/model.bin')).toMatchObject({ '@type': 'File', sha256: '5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef', contentSize: '2048' });
  });

  it('every referenced @id is an entity of the graph and ids are unique', () => {
    for (const name of ['capsule', 'agilab'] as const) {
      const graph = graphOf(buildRoCrate(fixtureRecord(name)));
      const ids = graph.map((e) => e['@id']);
      expect(new Set(ids).size).toBe(ids.length);
      const refs = JSON.stringify(graph).match(/\{"@id":"[^"]+"\}/g)!.map((r) => JSON.parse(r)['@id'] as string);
      const external = refs.filter((id) => !ids.includes(id) && !id.startsWith('http'));
      expect(external).toEqual([]);
    }
  });

  it('failed run: FailedActionStatus with the error, instrument is the command', () => {
    const crate = buildRoCrate(fixtureRecord('agilab'));
    expect(validateAgainst('ro-crate-metadata', crate)).toEqual([]);
    const graph = graphOf(crate);
    const action = graph.find((e) => e['@type'] === 'CreateAction')!;
    expect(action.actionStatus).toEqual({ '@id': 'http://schema.org/FailedActionStatus' });
    expect(action.error).toContain('non_empty_output');
    expect(entity(graph, action.instrument['@id'])?.name).toBe('flight telemetry');
  });

  it('file ids are percent-encoded URI paths', () => {
    const record = fixtureRecord('capsule', (m) => { m.proof_capsule!.outputs[0]!.path = 'artifacts/my model#1.bin'; });
    const graph = graphOf(buildRoCrate(record));
    expect(entity(graph, 'artifacts/my%20model%231.bin')?.name).toBe('artifacts/my model#1.bin');
  });

  it('the structural schema rejects a crate without its CreateAction', () => {
    const crate = buildRoCrate(fixtureRecord('capsule'));
    const graph = graphOf(crate).filter((e) => e['@type'] !== 'CreateAction');
    expect(validateAgainst('ro-crate-metadata', { ...crate, '@graph': graph })).not.toEqual([]);
  });
});
