import type { ExecutorChoice } from '../execute/placement.js';
import type { VerificationReport } from '../verify/report.js';
import type { PromotionDecision } from '../promotion/types.js';
import type { Job } from './job.js';
import type { PolicyGateResult } from '../promotion/gates.js';
import type { RunComparison } from '../manifest/run-diff.js';

export type StageName = 'validate' | 'place' | 'run' | 'collect' | 'gate' | 'seal' | 'prove' | 'sign' | 'verify' | 'decide';

export interface StageEvent {
  stage: StageName;
  status: 'start' | 'pass' | 'fail' | 'warn';
  message: string;
  durationMs?: number;
}

/** A run of a bundle file, or of a job made before the pipeline (a command wrapped in place): exactly one. */
export type PipelineOptions = RunOptions & ({ bundlePath: string; job?: undefined } | { job: Job; bundlePath?: undefined });

export interface RunOptions {
  /** agentplane bundles: the repository root their paths resolve from (default: the nearest folder holding `bundles/`). */
  repoRoot?: string;
  outDir: string;
  /** `outDir` is a default name, not the user's: when taken, use `outDir-2`, `-3`, ... instead of failing. */
  outDirNumbered?: boolean;
  executor?: ExecutorChoice;
  /** A PKCS#8 PEM file, or the PEM itself (from an Action secret); neither given: a dev key is generated. */
  keyPath?: string;
  keyPem?: string;
  signer?: string;
  issuer?: string;
  trustPolicyPath?: string;
  policyPath?: string;
  inventoryPath?: string;
  /** A capsule of an earlier run to compare with (the policy's baseline gates); it must verify. */
  baselinePath?: string;
  /** The trust policy the baseline must verify under (default: trustPolicyPath). */
  baselineTrustPolicyPath?: string;
  /** Values to redact beyond the bundle's named secrets (e.g. the runner's registered secrets). */
  secretValues?: string[];
  onStage?: (event: StageEvent) => void;
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
}

export interface PipelineResult {
  decision: PromotionDecision;
  evidenceClass: string;
  runDir: string;
  manifestPath: string;
  capsulePath: string;
  capsuleSha256: string;
  capsuleSize: number;
  signaturePath: string;
  publicKeySha256: string;
  devKey: boolean;
  /**
   * Verified under the trust policy the run wrote for its own key (no trust policy was given):
   * the evidence class holds under that policy only, so whatever shows it says so.
   */
  selfAnchored: boolean;
  verification: VerificationReport;
  /** How the job itself ended (its own exit code, whatever the decision). */
  job: { argv: string[]; exitCode: number | null; signal: string | null; timedOut: boolean; summary: string };
  gates: { label: string; status: string; summary: string }[];
  outputs: { path: string; sha256: string; size_bytes: number }[];
  stages: { stage: StageName; status: 'pass' | 'fail' | 'warn'; durationMs: number; message: string }[];
  /** With a baseline: what changed from it, and the policy's baseline gates. */
  baseline?: { comparison: RunComparison; gates: PolicyGateResult[]; trustPolicyPath: string | null; warnings: string[] };
}
