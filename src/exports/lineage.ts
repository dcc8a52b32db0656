import { basename } from 'node:path';
import type { RunRecord } from '../record/types.js';
import { openLineageRunId } from './openlineage.js';
import { runInputs, runOutputs } from './run-files.js';
import { recordInstant, runInterval } from '../record/time.js';

const LINEAGE_SCHEMA = 'proofcapsule.lineage.v1';

/** `promotion/lineage.json`: inputs → run → outputs, each file with its hash (schemas/lineage.schema.json). */
export function buildLineage(record: RunRecord): Record<string, unknown> {
  const m = record.manifest;
  const { start, end } = runInterval(record);
  return {
    schema: LINEAGE_SCHEMA,
    created_at: recordInstant(record).iso,
    run: {
      run_id: m.run_id,
      openlineage_run_id: openLineageRunId(m.run_id),
      path_id: m.path_id,
      label: m.label,
      status: m.status,
      started_at: start.iso,
      finished_at: end.iso,
      // Named by its file name, never by this machine's path: the pack and a command run on
      // the manifest give the same document on any machine.
      manifest: { path: basename(record.manifestPath), sha256: record.manifestSha256 },
    },
    inputs: runInputs(record),
    outputs: runOutputs(record),
  };
}
