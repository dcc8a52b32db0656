import type { RunRecord } from '../record/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { failureMessage } from './failure.js';
import { openLineageRunId } from './openlineage.js';
import { runInputs, runOutputs, type RunFile } from './run-files.js';
import { recordInstant, runInterval } from '../record/time.js';

const RO_CRATE_CONTEXT = 'https://w3id.org/ro/crate/1.1/context';
const RO_CRATE_SPEC = 'https://w3id.org/ro/crate/1.1';
const PROCESS_RUN_CRATE = 'https://w3id.org/ro/wfrun/process/0.5';

type Entity = Record<string, unknown>;
const ref = (id: string) => ({ '@id': id });

/** RFC 3986 path for a data entity: each segment percent-encoded, `/` kept. */
function fileId(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * RO-Crate 1.1 metadata conforming to Process Run Crate 0.5: the run is one CreateAction whose
 * instrument is the bundle (or the command, for an AGILAB manifest), object its inputs and
 * result its outputs, each output a File with its sha256 and size.
 */
export function buildRoCrate(record: RunRecord): Record<string, unknown> {
  const m = record.manifest;
  const { start, end } = runInterval(record);
  const inputs = runInputs(record);
  const outputs = runOutputs(record);
  const actionId = `#run-${openLineageRunId(m.run_id)}`;
  const instrument = instrumentEntity(record);
  const files = [...inputs, ...outputs].map(fileEntity);
  const action: Entity = {
    '@id': actionId,
    '@type': 'CreateAction',
    name: `Run ${m.label || m.run_id}`,
    identifier: m.run_id,
    instrument: ref(instrument['@id'] as string),
    object: inputs.map((f) => ref(fileId(f.path))),
    result: outputs.map((f) => ref(fileId(f.path))),
    startTime: start.iso,
    endTime: end.iso,
    actionStatus: ref(m.status === 'pass' ? 'http://schema.org/CompletedActionStatus' : 'http://schema.org/FailedActionStatus'),
    ...(m.status === 'pass' ? {} : { error: m.status === 'fail' ? failureMessage(m) : 'run status is unknown' }),
    agent: ref('#proof-capsule'),
  };
  return {
    '@context': RO_CRATE_CONTEXT,
    '@graph': [
      { '@id': 'ro-crate-metadata.json', '@type': 'CreativeWork', conformsTo: ref(RO_CRATE_SPEC), about: ref('./') },
      {
        '@id': './',
        '@type': 'Dataset',
        name: `Proof pack of run ${m.run_id}`,
        description: `Evidence, outputs and exports of run ${m.run_id} (${m.label || m.path_id}), status ${m.status}.`,
        datePublished: recordInstant(record).iso,
        conformsTo: ref(PROCESS_RUN_CRATE),
        hasPart: files.map((f) => ref(f['@id'] as string)),
        mentions: ref(actionId),
      },
      { '@id': PROCESS_RUN_CRATE, '@type': 'CreativeWork', name: 'Process Run Crate', version: '0.5' },
      action,
      instrument,
      { '@id': '#proof-capsule', '@type': 'SoftwareApplication', name: TOOL_NAME, version: m.proof_capsule?.tool.version ?? TOOL_VERSION },
      ...files,
    ],
  };
}

function instrumentEntity(record: RunRecord): Entity {
  const m = record.manifest;
  const bundle = m.proof_capsule?.bundle;
  if (bundle) return { '@id': '#bundle', '@type': 'SoftwareApplication', name: bundle.name, version: bundle.version, identifier: `sha256:${bundle.sha256}` };
  return { '@id': '#command', '@type': 'SoftwareApplication', name: m.command.label || m.command.argv.join(' ') || m.label };
}

function fileEntity(f: RunFile): Entity {
  return {
    '@id': fileId(f.path),
    '@type': 'File',
    name: f.path,
    ...(f.sha256 === null ? {} : { sha256: f.sha256 }),
    ...(f.size_bytes === null ? {} : { contentSize: String(f.size_bytes) }),
  };
}
