import type { GeneratedFile, RunRecord } from '../record/types.js';
import { stableJson } from '../json/write.js';
import { buildLineage } from './lineage.js';
import { buildMlflowExport, type ReadRunFile } from './mlflow.js';
import { buildOpenLineageEvent } from './openlineage.js';
import { buildOtelTrace } from './otel.js';
import { buildRoCrate } from './ro-crate.js';

export interface StandardExportOptions {
  /** Reads a run file (manifest-relative path) so `mlflow_export.json` can carry metrics; without it, metrics are skipped. */
  readFile?: ReadRunFile;
}

/** The standards documents of a proof pack, every time derived from the record (byte-deterministic). */
export function buildStandardExports(record: RunRecord, options: StandardExportOptions = {}): GeneratedFile[] {
  return [
    { path: 'openlineage.json', content: stableJson(buildOpenLineageEvent(record)) },
    { path: 'ro-crate-metadata.json', content: stableJson(buildRoCrate(record)) },
    { path: 'otel-trace.json', content: stableJson(buildOtelTrace(record)) },
    { path: 'promotion/lineage.json', content: stableJson(buildLineage(record)) },
    { path: 'promotion/mlflow_export.json', content: stableJson(buildMlflowExport(record, options.readFile)) },
  ];
}
