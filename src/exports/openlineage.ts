import type { RunRecord } from '../record/types.js';
import type { RunManifest } from '../manifest/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { failureMessage, validationFailed } from './failure.js';
import { derivedUuid, PRODUCER_URI } from './identity.js';
import { runInputs, runOutputs, type RunFile } from './run-files.js';
import { runInterval } from '../record/time.js';

/** The OpenLineage spec version our events validate against (`../shared/reference/openlineage`). */
const OPENLINEAGE_SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';

/** Standard facets used, with the versions of the reference facet schemas. */
const FACETS = {
  ProcessingEngineRunFacet: 'https://openlineage.io/spec/facets/1-1-1/ProcessingEngineRunFacet.json',
  NominalTimeRunFacet: 'https://openlineage.io/spec/facets/1-0-1/NominalTimeRunFacet.json',
  ErrorMessageRunFacet: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json',
  TestRunFacet: 'https://openlineage.io/spec/facets/1-0-1/TestRunFacet.json',
  TagsRunFacet: 'https://openlineage.io/spec/facets/1-0-0/TagsRunFacet.json',
  JobTypeJobFacet: 'https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json',
  DatasetTypeDatasetFacet: 'https://openlineage.io/spec/facets/1-0-1/DatasetTypeDatasetFacet.json',
  DatasetVersionDatasetFacet: 'https://openlineage.io/spec/facets/1-0-1/DatasetVersionDatasetFacet.json',
  OutputStatisticsOutputDatasetFacet: 'https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json',
} as const;

type FacetName = keyof typeof FACETS;
type Facet = Record<string, unknown>;

function facet(name: FacetName, fields: Facet): Facet {
  return { _producer: PRODUCER_URI, _schemaURL: `${FACETS[name]}#/$defs/${name}`, ...fields };
}

/** The OpenLineage run id for a run: a UUID derived from `run_id`, shared by every export that links to it. */
export function openLineageRunId(runId: string): string {
  return derivedUuid('openlineage-run', runId);
}

/** One RunEvent for the finished run: COMPLETE on pass, FAIL on fail, OTHER when the status is unknown. */
export function buildOpenLineageEvent(record: RunRecord): Record<string, unknown> {
  const m = record.manifest;
  const { end } = runInterval(record);
  return {
    eventType: m.status === 'pass' ? 'COMPLETE' : m.status === 'fail' ? 'FAIL' : 'OTHER',
    eventTime: end.iso,
    producer: PRODUCER_URI,
    schemaURL: OPENLINEAGE_SCHEMA_URL,
    run: { runId: openLineageRunId(m.run_id), facets: runFacets(record) },
    job: {
      namespace: m.path_id || TOOL_NAME,
      name: m.label || m.run_id,
      facets: { jobType: facet('JobTypeJobFacet', { processingType: 'BATCH', integration: 'PROOF_CAPSULE', jobType: 'COMMAND' }) },
    },
    inputs: runInputs(record).map((f) => ({ namespace: 'file', name: f.path, facets: datasetFacets(f) })),
    outputs: runOutputs(record).map((f) => ({
      namespace: 'file',
      name: f.path,
      facets: datasetFacets(f),
      outputFacets: { outputStatistics: facet('OutputStatisticsOutputDatasetFacet', { fileCount: 1, ...(f.size_bytes === null ? {} : { size: f.size_bytes }) }) },
    })),
  };
}

function runFacets(record: RunRecord): Facet {
  const m = record.manifest;
  const { start, end } = runInterval(record);
  const facets: Facet = {
    processing_engine: facet('ProcessingEngineRunFacet', { name: TOOL_NAME, version: m.proof_capsule?.tool.version ?? TOOL_VERSION, openlineageAdapterVersion: TOOL_VERSION }),
    nominalTime: facet('NominalTimeRunFacet', { nominalStartTime: start.iso, nominalEndTime: end.iso }),
  };
  if (m.validations.length > 0) {
    facets.test = facet('TestRunFacet', { tests: m.validations.map((v) => ({ name: v.label, status: testStatus(v.status), description: v.summary })) });
  }
  const tags = runTags(m);
  if (tags.length > 0) facets.tags = facet('TagsRunFacet', { tags });
  if (m.status === 'fail') facets.errorMessage = facet('ErrorMessageRunFacet', { message: failureMessage(m), programmingLanguage: 'unknown' });
  return facets;
}

/** OpenLineage's TestExecution statuses are pass | fail | skip. */
function testStatus(status: string): string {
  if (validationFailed(status)) return 'fail';
  return ['pass', 'passed', 'ok'].includes(status.toLowerCase()) ? 'pass' : 'skip';
}

function runTags(m: RunManifest): { key: string; value: string; source: string }[] {
  const ext = m.proof_capsule;
  if (!ext) return [];
  const tag = (key: string, value: string) => ({ key, value, source: 'PROOF_CAPSULE' });
  return [
    tag('bundle', `${ext.bundle.name}@${ext.bundle.version}`),
    tag('executor', ext.execution.executor),
    tag('lane', ext.bundle.lane),
    tag('evidence_class', ext.evidence.classification),
  ];
}

function datasetFacets(f: RunFile): Facet {
  return {
    datasetType: facet('DatasetTypeDatasetFacet', { datasetType: f.kind === 'model' ? 'MODEL' : 'FILE', subType: f.kind.toUpperCase() }),
    ...(f.sha256 === null ? {} : { version: facet('DatasetVersionDatasetFacet', { datasetVersion: `sha256:${f.sha256}` }) }),
  };
}
