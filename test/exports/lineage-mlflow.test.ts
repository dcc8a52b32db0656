import { describe, expect, it } from 'vitest';
import { buildLineage } from '../../src/exports/lineage.js';
import { buildMlflowExport } from '../../src/exports/mlflow.js';
import { buildOpenLineageEvent } from '../../src/exports/openlineage.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { fixtureRecord } from './fixture-record.js';

const METRICS = Buffer.from('{"accuracy": 0.94, "loss": {"train": 0.12, "val": 0.2}, "note": "ok"}');

describe('promotion/lineage.json', () => {
  it('inputs → run → outputs with hashes, linked to the OpenLineage run id', () => {
    const record = fixtureRecord('capsule');
    const lineage = buildLineage(record) as any;
    expect(validateAgainst('lineage', lineage)).toEqual([]);
    expect(lineage.inputs).toEqual([{ path: 'bundle/bundle.json', kind: 'bundle', sha256: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b', size_bytes: null }]);
    expect(lineage.outputs.map((o: any) => [o.path, o.sha256])).toEqual([
      ['artifacts/metrics.json', 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c'],
      ['artifacts/model.bin', '5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'],
    ]);
    expect(lineage.run.openlineage_run_id).toBe((buildOpenLineageEvent(record) as any).run.runId);
    expect(lineage.run.manifest).toEqual({ path: 'run_manifest.snapshot.json', sha256: record.manifestSha256 });
  });

  it('AGILAB manifest: outputs are the existing artifacts, unhashed when the pack does not hold them', () => {
    const lineage = buildLineage(fixtureRecord('agilab', (m) => { m.artifacts[0]!.path = './reports/other.csv'; })) as any;
    expect(validateAgainst('lineage', lineage)).toEqual([]);
    expect(lineage.outputs).toEqual([{ path: 'reports/other.csv', kind: 'report', sha256: null, size_bytes: 311 }]);
  });
});

describe('promotion/mlflow_export.json', () => {
  it('MLflow run shape: FINISHED, millisecond times, params, tags, metrics read from the metrics output', () => {
    const reads: string[] = [];
    const doc = buildMlflowExport(fixtureRecord('capsule'), (p) => { reads.push(p); return p === 'artifacts/metrics.json' ? METRICS : undefined; }) as any;
    expect(validateAgainst('mlflow-export', doc)).toEqual([]);
    expect(reads).toEqual(['artifacts/metrics.json']);
    expect(doc.info).toMatchObject({ run_id: 'run-2026-03-14-tiny-trainer-7f3a', status: 'FINISHED', start_time: 1773480400333, end_time: 1773480418456 });
    expect(doc.data.metrics).toEqual([
      { key: 'accuracy', value: 0.94, timestamp: 1773480418456, step: 0 },
      { key: 'loss.train', value: 0.12, timestamp: 1773480418456, step: 0 },
      { key: 'loss.val', value: 0.2, timestamp: 1773480418456, step: 0 },
    ]);
    expect(doc.data.params).toContainEqual({ key: 'bundle.sha256', value: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b' });
    expect(doc.data.tags).toContainEqual({ key: 'mlflow.runName', value: 'tiny-trainer' });
    expect(JSON.stringify(doc)).not.toContain('API_TOKEN');
  });

  it('without a reader, or with a metrics file that is not a JSON object, metrics are skipped and the tag says which', () => {
    for (const reader of [undefined, () => Buffer.from('accuracy=0.94\n')]) {
      const doc = buildMlflowExport(fixtureRecord('capsule'), reader) as any;
      expect(doc.data.metrics).toEqual([]);
      expect(doc.data.tags).toContainEqual({ key: 'proof_capsule.metrics_skipped', value: 'artifacts/metrics.json' });
    }
  });

  it('a failed run is FAILED', () => {
    const doc = buildMlflowExport(fixtureRecord('agilab')) as any;
    expect(validateAgainst('mlflow-export', doc)).toEqual([]);
    expect(doc.info.status).toBe('FAILED');
  });
});
