import type { PipelineResult } from '../pipeline/types.js';
import type { AttestOutcome } from './attest.js';
import type { FailedRun } from './failed-run.js';
import type { ActionInputs } from './inputs.js';
import type { CommentOutcome } from './pr-comment.js';
import type { ReleaseOutcome } from './release.js';
import type { UploadOutcome } from './upload.js';

/** A file the action publishes (the capsule and its signature), with what a reader checks it by. */
export interface PublishedFile {
  role: 'capsule' | 'signature';
  path: string;
  size: number;
  sha256: string;
}

/** Everything one action run did, for the summary, the PR comment and the outputs. */
export interface ActionOutcome {
  inputs: ActionInputs;
  result: PipelineResult;
  /** Set when the job itself failed: why, and the end of its (redacted) stderr. */
  failedRun: FailedRun | null;
  /** The "Next:" advice, with this run's paths (the CLI prints the same). */
  next: string;
  files: PublishedFile[];
  upload: UploadOutcome;
  release?: ReleaseOutcome;
  attestation?: AttestOutcome;
  comment?: CommentOutcome;
  /** Said in the log and the summary: a dev key, a failed attestation, a comment that could not be posted. */
  warnings: string[];
  /** Steps the user asked for that failed after the capsule was made (the step fails at the end). */
  failures: string[];
  fails: boolean;
  /** The action's own folder on the runner, where dist/cli.js lives. */
  actionRoot: string;
}
