import type { ValidatedBundle } from '../bundle/types.js';
import type { BackendIntent } from '../bundle/types.js';
import type { Candidate, Placement, ExecutorKind } from './placement.js';

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
  /**
   * Folders of the workspace (relative) an executor that copies it (a VM) leaves out and never
   * writes back: a command run in place has its own run folder and `.git` there.
   */
  skip?: string[];
  /**
   * Also left out and never written into: every folder of the workspace this says yes to (by
   * absolute host path), such as earlier run folders, whose capsules, logs and dev keys are no
   * input of the job.
   */
  skipFolder?: (path: string) => boolean;
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

/** What placement asks an executor about one site. */
export interface PlacementQuery {
  intent: BackendIntent;
  /** The guest kernel the site would boot (the bundle's own, else the site's first); null when none is readable. */
  kernel: string | null;
}

/** What the chosen site adds to the placement. */
export interface SitePlacement {
  accel: Placement['accel'];
  qemu?: Placement['qemu'];
  warnings: string[];
}

/**
 * How placement sees an executor: the sites it offers on this machine, whether a site can serve
 * a bundle, and which fitting site comes first. Placement asks these; it knows no executor itself.
 */
export interface ExecutorPlacing {
  /**
   * This machine's sites of this kind (when no inventory file lists the sites). `intent` lets a
   * probe skip what cannot matter: no executor needs to learn about KVM for a bundle that asks for
   * a process.
   */
  probe(intent: BackendIntent): Promise<Candidate[]>;
  /** Why `site` cannot serve the query, or null when it can. */
  fits(site: Candidate, query: PlacementQuery): string | null;
  /** Preference among fitting sites of every kind: lower comes first. */
  rank(site: Candidate): number;
  /** What the chosen site adds to the placement; `probed` when the site was probed here, not listed. */
  place(site: Candidate, query: PlacementQuery & { initrd?: string; probed: boolean }): SitePlacement;
}

/** An executor plug-in: registered once in `registry.ts`; placement and the pipeline reach it only through there. */
export interface Executor extends ExecutorPlacing {
  readonly kind: ExecutorKind;
  run(request: RunRequest): Promise<RunResult>;
}
