import type { ValidatedBundle } from '../bundle/types.js';
import type { Placement, ExecutorKind } from './placement.js';

/** A stored, capped, redacted log; the hash and size are of the full stream as produced. */
export interface LogRecord {
  path: string;
  sha256: string;
  bytes: number;
  storedBytes: number;
  truncated: boolean;
}

export interface RunRequest {
  bundle: ValidatedBundle;
  placement: Placement;
  /** The folder the run happens in (a copy of the bundle folder); outputs are collected from it. */
  workspace: string;
  /** Where stdout.log / stderr.log are written. */
  logsDir: string;
  argv: string[];
  /** cwd relative to the workspace. */
  cwd: string;
  /** The full environment of the run: allowlist + bundle env + named secrets. */
  env: Record<string, string>;
  /** Secret values to redact from every stored byte. */
  secretValues: string[];
  timeoutSeconds: number;
  logCapBytes: number;
  /** Live output (for the console / GitHub log), already redacted. */
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
}

export interface RunResult {
  executor: ExecutorKind;
  status: 'pass' | 'fail';
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  argv: string[];
  cwd: string;
  logs: { stdout: LogRecord; stderr: LogRecord };
  /** Human-readable reasons for a failure that is not just an exit code (panic, hang, missing binary). */
  diagnostics: string[];
  /** Executor facts for the manifest and RunArtifact (kernel sha256, qemu argv, node version, ...). */
  details: Record<string, unknown>;
}

export interface Executor {
  readonly kind: ExecutorKind;
  run(request: RunRequest): Promise<RunResult>;
}
