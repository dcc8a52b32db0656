import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { RunRecord } from '../record/types.js';
import { parseJsonStrict } from '../json/parse.js';
import { TOOL_VERSION } from '../version.js';
import { runOutputs } from './run-files.js';
import { runInterval } from '../record/time.js';
import { byText } from './order.js';

const MLFLOW_EXPORT_SCHEMA = 'proofcapsule.mlflow_export.v1';

/** Reads a file of the run by its manifest-relative path; undefined when it is not available. */
export type ReadRunFile = (path: string) => Buffer | undefined;

/** A ReadRunFile over the run folder: only files inside it, up to 64 MiB. */
export function readerInside(folder: string): ReadRunFile {
  const root = resolve(folder);
  return (rel) => {
    const path = resolve(root, rel);
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile() || statSync(path).size > 64 * 1024 ** 2) return undefined;
    return readFileSync(path);
  };
}

type KeyValue = { key: string; value: string };
type Metric = { key: string; value: number; timestamp: number; step: number };

/**
 * `promotion/mlflow_export.json`: the run in MLflow's REST `Run` shape (info, data{params,
 * metrics, tags}). Metrics come from the run's `metrics` outputs that are JSON objects of
 * numbers, read through `readFile`; without it (or for an unreadable file) metrics are left out
 * and the skipped paths are named in the `proof_capsule.metrics_skipped` tag.
 */
export function buildMlflowExport(record: RunRecord, readFile?: ReadRunFile): Record<string, unknown> {
  const m = record.manifest;
  const ext = m.proof_capsule;
  const { start, end } = runInterval(record);
  const { metrics, skipped } = readMetrics(record, end.unixMillis, readFile);
  const params: KeyValue[] = [
    { key: 'command', value: m.command.argv.join(' ') },
    { key: 'path_id', value: m.path_id },
    ...(ext
      ? [
          { key: 'bundle.name', value: ext.bundle.name },
          { key: 'bundle.version', value: ext.bundle.version },
          { key: 'bundle.sha256', value: ext.bundle.sha256 },
          { key: 'executor', value: ext.execution.executor },
          { key: 'lane', value: ext.bundle.lane },
          { key: 'max_run_seconds', value: String(ext.bundle.max_run_seconds) },
        ]
      : []),
  ];
  const tags: KeyValue[] = [
    { key: 'mlflow.runName', value: m.label || m.run_id },
    { key: 'mlflow.source.name', value: m.command.label || m.path_id },
    { key: 'proof_capsule.run_id', value: m.run_id },
    { key: 'proof_capsule.status', value: m.status },
    { key: 'proof_capsule.tool_version', value: ext?.tool.version ?? TOOL_VERSION },
    ...(skipped.length > 0 ? [{ key: 'proof_capsule.metrics_skipped', value: skipped.join(',') }] : []),
  ];
  return {
    schema: MLFLOW_EXPORT_SCHEMA,
    info: {
      run_id: m.run_id,
      run_name: m.label || m.run_id,
      experiment_id: m.path_id || 'default',
      status: m.status === 'pass' ? 'FINISHED' : 'FAILED',
      start_time: start.unixMillis,
      end_time: end.unixMillis,
      lifecycle_stage: 'active',
      artifact_uri: 'artifacts',
    },
    data: { params, metrics, tags: tags.sort(byText((t) => t.key)) },
  };
}

function readMetrics(record: RunRecord, timestamp: number, readFile?: ReadRunFile): { metrics: Metric[]; skipped: string[] } {
  const metrics: Metric[] = [];
  const skipped: string[] = [];
  for (const output of runOutputs(record).filter((o) => o.kind === 'metrics')) {
    const values = readFile ? numericLeaves(output.path, readFile(output.path)) : undefined;
    if (!values) {
      skipped.push(output.path);
      continue;
    }
    for (const [key, value] of values) metrics.push({ key, value, timestamp, step: 0 });
  }
  metrics.sort(byText((m) => m.key));
  return { metrics, skipped };
}

/** Every finite number in a JSON object, keyed by its dotted path; undefined if the file is not such an object. */
function numericLeaves(path: string, bytes: Buffer | undefined): [string, number][] | undefined {
  if (!bytes) return undefined;
  let value: unknown;
  try {
    value = parseJsonStrict(bytes.toString('utf8'), path).value;
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: [string, number][] = [];
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'number' && Number.isFinite(node)) out.push([prefix, node]);
    else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
    }
  };
  walk(value, '');
  return out;
}
