/** `proofcapsule.view.v1`: everything the review page shows, as read from one capsule or run folder. */
export interface ViewModel {
  schema: 'proofcapsule.view.v1';
  source: { kind: 'capsule' | 'run-folder'; name: string; sha256: string | null; size_bytes: number | null };
  verification: {
    status: 'pass' | 'fail';
    evidence_class: string | null;
    checks: { id: string; status: 'pass' | 'fail'; summary: string }[];
    failed: string[];
    warnings: string[];
  };
  decision: { decision: string; reason: string; blockers: string[]; next_action: string; policy_status: string | null; verification_status: string | null } | null;
  run: RunFacts | null;
  /** The bundle's gates as the manifest records them (AGILAB `validations`). */
  gates: GateRow[];
  /** The promotion policy's rules from policy-report.json. */
  policy: { policy_id: string | null; status: string | null; rules: GateRow[] } | null;
  outputs: { path: string; kind: string; size_bytes: number | null; sha256: string | null }[];
  stages: StageBar[];
  events: { rows: EventRow[]; total_lines: number; note: string | null };
  logs: { stdout: LogView | null; stderr: LogView | null };
  /** Set when the job itself failed (non-zero exit, signal, timeout, status fail): what the page shows first. */
  failed_run: { why: string; stderr_tail: { path: string; lines: string[]; cut: boolean } | null } | null;
  commands: { verify: string; replay: string; replay_execute: string };
  /** Documents that were expected but could not be read or parsed. */
  notes: string[];
  /** With `--baseline`: this run compared with a verified baseline capsule. */
  baseline?: ViewBaseline;
}

/** The comparison with a baseline as the page shows it (rows already formatted, changes first). */
export interface ViewBaseline {
  name: string;
  sha256: string | null;
  run_id: string;
  /** The trust policy the baseline verified under; null: integrity only. */
  trust_policy: string | null;
  /** Null when this capsule did not verify: an unverified run is not compared. */
  differences: number | null;
  rows: { change: string; what: string; a: string; b: string; delta: string }[];
  unchanged: { outputs: number; facts: number; environment: number };
  timing: { a_seconds: number; b_seconds: number } | null;
  warnings: string[];
}

export interface RunFacts {
  run_id: string | null;
  label: string | null;
  path_id: string | null;
  status: string | null;
  created_at: string | null;
  bundle: { name: string | null; version: string | null; sha256: string | null; format: string | null; lane: string | null } | null;
  executor: string | null;
  site: string | null;
  accel: string | null;
  placement_warnings: string[];
  rejected: { candidate: string; reason: string }[];
  argv: string[];
  cwd: string | null;
  exit_code: number | null;
  signal: string | null;
  timed_out: boolean | null;
  diagnostics: string[];
  timing: { started_at: string | null; finished_at: string | null; duration_seconds: number | null; target_seconds: number | null };
  tool_version: string | null;
  signing: { public_key_sha256: string | null; dev_key: boolean | null } | null;
}

export interface GateRow {
  id: string;
  label: string;
  status: string;
  summary: string;
}

export interface StageBar {
  stage: string;
  status: string;
  started_at: string;
  finished_at: string;
  message: string;
  duration_ms: number | null;
  /** Position of the bar on the run's span, in percent (null when a time does not parse). */
  offset_pct: number | null;
  width_pct: number | null;
}

export interface EventRow {
  seq: number | null;
  event_type: string;
  tool_name: string | null;
  status: string | null;
  timestamp: string | null;
  hash_prefix: string | null;
}

export interface LogView {
  path: string;
  text: string;
  shown_bytes: number;
  total_bytes: number;
  /** Cut by the viewer (only the first bytes are shown). */
  truncated: boolean;
  /** Cut when the run captured it (the executor's own cap). */
  capture_truncated: boolean;
}
