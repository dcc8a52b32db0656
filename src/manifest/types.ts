import type { ExecutorKind } from '../execute/placement.js';
import type { LogRecord } from '../execute/types.js';
import type { OutputKind } from '../bundle/types.js';

/** AGILAB `agilab.run_manifest` v1 (docs/capsule.md), plus our extension block `proof_capsule`. */
export interface RunManifest {
  schema_version: 1;
  kind: 'agilab.run_manifest';
  run_id: string;
  path_id: string;
  label: string;
  status: 'pass' | 'fail' | 'unknown';
  command: { label: string; argv: string[]; cwd: string; env_overrides: Record<string, string> };
  environment: {
    python_version: string;
    python_executable: string;
    platform: string;
    repo_root: string;
    active_app: string;
    app_name: string;
  };
  timing: { started_at: string; finished_at: string; duration_seconds: number; target_seconds: number | null };
  artifacts: { name: string; path: string; kind: string; exists: boolean; size_bytes: number | null }[];
  validations: { label: string; status: string; summary: string; details: Record<string, unknown> }[];
  created_at: string;
  /** Present on manifests written by `capsule run`; AGILAB manifests do not have it. */
  proof_capsule?: RunExtension;
}

/** What `capsule run` knows beyond AGILAB's fields. Paths are relative to the manifest. */
export interface RunExtension {
  schema: 'proofcapsule.run_extension.v1';
  tool: { name: 'proof-capsule'; version: string; node_version: string };
  bundle: {
    name: string;
    version: string;
    path: string;
    sha256: string;
    format: 'proofcapsule.v1' | 'agentplane.v0.1';
    lane: 'dev' | 'staging' | 'prod';
    human_gate_required: boolean;
    max_run_seconds: number;
    fail_on_timeout: boolean;
    /** bundle/ files whose secret values were replaced by [REDACTED] (their sha256 then differs from the run's). */
    redacted_files?: string[];
    /** bundle/ files packed: the bundle file and the files it names (paths relative to the bundle folder). */
    packed_files?: string[];
    /** Everything staged from the bundle folder is listed (path, size, sha256) in `inventory`. */
    staged?: { inventory: string; files: number; bytes: number; excluded: number };
  };
  placement: { site: string; executor: ExecutorKind; accel: 'kvm' | 'tcg' | null; rejected: { candidate: string; reason: string }[]; warnings: string[] };
  execution: {
    executor: ExecutorKind;
    exit_code: number | null;
    signal: string | null;
    timed_out: boolean;
    diagnostics: string[];
    details: Record<string, unknown>;
    logs: { stdout: LogRecord; stderr: LogRecord };
  };
  outputs: { path: string; kind: OutputKind; sha256: string; size_bytes: number }[];
  evidence: {
    events: string;
    session_id: string;
    event_count: number;
    final_hash: string;
    classification: string;
    seal_public_key_sha256: string | null;
  };
  /** A command run in place (`capsule run -- CMD`), not a bundle folder copied into a workspace. */
  in_place?: {
    /** The folder's own name only: where it sits on the machine is not evidence. */
    folder: string;
    git: { rev: string; dirty: boolean } | null;
    inputs: string[];
    /** Files the command read (`--input`), hashed before it ran; listed, not packed. */
    materials: { path: string; sha256: string; size_bytes: number }[];
    /** Outputs whose bytes were already there before the command ran (an earlier build's, left as they were). */
    unchanged_outputs: string[];
  };
  /** Names only: secret values are never written anywhere. */
  secrets: { names: string[] };
  signing: { public_key_sha256: string; dev_key: boolean };
  /** Pipeline stages in order, for timelines and traces. */
  stages?: { stage: string; status: 'pass' | 'fail' | 'warn'; started_at: string; finished_at: string; message: string }[];
}
