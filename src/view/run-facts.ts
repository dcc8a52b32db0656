import { describeRunFailure } from '../manifest/run-failure.js';
import type { GateRow, RunFacts, ViewModel } from './types.js';
import { asArray, asBoolean, asNumber, asRecord, asString, asStrings, type JsonRecord } from '../json/untrusted.js';

/** Run facts from a run manifest (AGILAB fields plus our `proof_capsule` block when present). */
export function runFacts(manifest: JsonRecord): RunFacts {
  const ext = asRecord(manifest.proof_capsule);
  const bundle = asRecord(ext.bundle);
  const placement = asRecord(ext.placement);
  const execution = asRecord(ext.execution);
  const command = asRecord(manifest.command);
  const timing = asRecord(manifest.timing);
  const signing = asRecord(ext.signing);
  return {
    run_id: asString(manifest.run_id),
    label: asString(manifest.label),
    path_id: asString(manifest.path_id),
    status: asString(manifest.status),
    created_at: asString(manifest.created_at),
    bundle: ext.bundle === undefined ? null : {
      name: asString(bundle.name), version: asString(bundle.version), sha256: asString(bundle.sha256), format: asString(bundle.format), lane: asString(bundle.lane),
    },
    executor: asString(execution.executor) ?? asString(placement.executor),
    site: asString(placement.site),
    accel: asString(placement.accel),
    placement_warnings: asStrings(placement.warnings),
    rejected: asArray(placement.rejected).map(asRecord).map((r) => ({ candidate: asString(r.candidate) ?? '', reason: asString(r.reason) ?? '' })),
    argv: asStrings(command.argv),
    cwd: asString(command.cwd),
    exit_code: asNumber(execution.exit_code),
    signal: asString(execution.signal),
    timed_out: asBoolean(execution.timed_out),
    diagnostics: asStrings(execution.diagnostics),
    timing: {
      started_at: asString(timing.started_at), finished_at: asString(timing.finished_at),
      duration_seconds: asNumber(timing.duration_seconds), target_seconds: asNumber(timing.target_seconds),
    },
    tool_version: asString(asRecord(ext.tool).version),
    signing: ext.signing === undefined ? null : { public_key_sha256: asString(signing.public_key_sha256), dev_key: asBoolean(signing.dev_key) },
  };
}

/** The bundle's gates: AGILAB `validations` entries, whose label doubles as id. */
export function gateRows(manifest: JsonRecord): GateRow[] {
  return asArray(manifest.validations).map(asRecord).map((v) => {
    const label = asString(v.label) ?? '';
    return { id: label, label, status: asString(v.status) ?? 'unknown', summary: asString(v.summary) ?? '' };
  });
}

/** policy-report.json's rules. */
export function policyRows(report: JsonRecord): NonNullable<ViewModel['policy']> {
  return {
    policy_id: asString(report.policy_id),
    status: asString(report.status),
    rules: asArray(report.rules).map(asRecord).map((r) => ({
      id: asString(r.id) ?? '', label: asString(r.label) ?? '', status: asString(r.status) ?? 'unknown', summary: asString(r.summary) ?? '',
    })),
  };
}

/**
 * Our recorded outputs with their sha256; a plain AGILAB manifest has only `artifacts`,
 * whose digests come from the proof-pack index when there is one.
 */
export function outputRows(manifest: JsonRecord, index: JsonRecord): ViewModel['outputs'] {
  const ext = asRecord(manifest.proof_capsule);
  if (ext.outputs !== undefined) {
    return asArray(ext.outputs).map(asRecord).map((o) => ({
      path: asString(o.path) ?? '', kind: asString(o.kind) ?? '', size_bytes: asNumber(o.size_bytes), sha256: asString(o.sha256),
    }));
  }
  const digests = new Map(asArray(index.files).map(asRecord).map((f) => [asString(f.path) ?? '', asString(f.sha256)]));
  return asArray(manifest.artifacts).map(asRecord).map((a) => {
    const path = asString(a.path) ?? '';
    return { path, kind: asString(a.kind) ?? '', size_bytes: asNumber(a.size_bytes), sha256: digests.get(path) ?? null };
  });
}

export function decisionFacts(doc: JsonRecord): NonNullable<ViewModel['decision']> {
  return {
    decision: asString(doc.decision) ?? 'unknown',
    reason: asString(doc.reason) ?? '',
    blockers: asStrings(doc.blockers),
    next_action: asString(doc.next_action) ?? '',
    policy_status: asString(doc.policy_status),
    verification_status: asString(doc.verification_status),
  };
}

/** Why the job itself failed, in words, or null when it did not. */
export function runFailure(run: RunFacts | null): string | null {
  if (!run) return null;
  return describeRunFailure({ status: run.status, exitCode: run.exit_code, signal: run.signal, timedOut: run.timed_out, limitSeconds: run.timing.target_seconds });
}
