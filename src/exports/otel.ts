import type { RunRecord } from '../record/types.js';
import type { RunExtension } from '../manifest/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { derivedHexId } from './identity.js';
import { parseInstant, type Instant } from '../text/time.js';
import { runInterval } from '../record/time.js';

/**
 * Per-stage timings the pipeline records in the extension block. Read optionally: manifests
 * written before stages were recorded (and AGILAB's) give a single run span.
 */
export interface StageTiming {
  stage: string;
  status: string;
  started_at: string;
  finished_at: string;
}

/** OTLP enums are integers in OTLP/JSON. */
const SPAN_KIND_INTERNAL = 1;
const STATUS_UNSET = 0;
const STATUS_OK = 1;
const STATUS_ERROR = 2;

type Attribute = { key: string; value: { stringValue: string } | { intValue: string } | { boolValue: boolean } };
const str = (key: string, value: string): Attribute => ({ key, value: { stringValue: value } });
/** int64 values are decimal strings in OTLP/JSON. */
const int = (key: string, value: number): Attribute => ({ key, value: { intValue: String(value) } });

function statusOf(status: string, message?: string): { code: number; message?: string } {
  const s = status.toLowerCase();
  if (['pass', 'passed', 'ok', 'success', 'completed'].includes(s)) return { code: STATUS_OK };
  if (['fail', 'failed', 'error', 'timeout', 'timed_out'].includes(s)) return { code: STATUS_ERROR, message: message ?? `status ${status}` };
  return { code: STATUS_UNSET };
}

/** OTLP/JSON trace: one root span for the run, one child span per recorded pipeline stage. */
export function buildOtelTrace(record: RunRecord): Record<string, unknown> {
  const m = record.manifest;
  const runId = m.run_id;
  const traceId = derivedHexId('otel-trace', runId, 32);
  const rootSpanId = derivedHexId('otel-span:run', runId, 16);
  const { start, end } = runInterval(record);
  const ext = m.proof_capsule;
  const root = {
    traceId,
    spanId: rootSpanId,
    name: `capsule run ${m.label || runId}`,
    kind: SPAN_KIND_INTERNAL,
    startTimeUnixNano: start.unixNanos.toString(),
    endTimeUnixNano: end.unixNanos.toString(),
    attributes: [
      str('proof_capsule.run_id', runId),
      str('proof_capsule.path_id', m.path_id),
      str('proof_capsule.status', m.status),
      ...(ext ? [str('proof_capsule.bundle', `${ext.bundle.name}@${ext.bundle.version}`), str('proof_capsule.executor', ext.execution.executor)] : []),
      ...(ext?.execution.exit_code != null ? [int('process.exit.code', ext.execution.exit_code)] : []),
    ],
    status: statusOf(m.status),
  };
  const stages = stagesOf(ext).map((s, i) => {
    const stageStart = parseInstant(s.started_at) ?? start;
    const stageEnd = parseInstant(s.finished_at) ?? stageStart;
    return {
      traceId,
      spanId: derivedHexId(`otel-span:stage:${i}:${s.stage}`, runId, 16),
      parentSpanId: rootSpanId,
      name: s.stage,
      kind: SPAN_KIND_INTERNAL,
      startTimeUnixNano: stageStart.unixNanos.toString(),
      endTimeUnixNano: later(stageStart, stageEnd).unixNanos.toString(),
      attributes: [str('proof_capsule.stage', s.stage), str('proof_capsule.stage.status', s.status)],
      status: statusOf(s.status, `stage ${s.stage}: ${s.status}`),
    };
  });
  return {
    resourceSpans: [
      {
        resource: { attributes: [str('service.name', TOOL_NAME), str('service.version', ext?.tool.version ?? TOOL_VERSION)] },
        scopeSpans: [{ scope: { name: TOOL_NAME, version: TOOL_VERSION }, spans: [root, ...stages] }],
      },
    ],
  };
}

function stagesOf(ext: RunExtension | undefined): StageTiming[] {
  return (ext as (RunExtension & { stages?: StageTiming[] }) | undefined)?.stages ?? [];
}

function later(a: Instant, b: Instant): Instant {
  return b.unixNanos >= a.unixNanos ? b : a;
}
