import { dirname } from 'node:path';
import type { RunComparison } from '../manifest/run-diff.js';
import { assessRun, type AssessedRun, type AssessOptions } from '../promotion/assess.js';
import { compareWithBaseline, loadBaseline } from './baseline.js';

export interface BaselineAssessOptions extends AssessOptions {
  /** A capsule of an earlier run to compare with; it must verify (else a CapsuleError naming it). */
  baselinePath?: string;
  /** The trust policy the baseline must verify under (default: trustPolicyPath). */
  baselineTrustPolicyPath?: string;
}

export interface BaselineAssessedRun extends AssessedRun {
  /** With a baseline: this run compared with it. */
  baseline?: RunComparison;
  /** Said on stderr: a baseline verified without a trust policy, unsigned capsules. */
  warnings: string[];
}

/**
 * `policy-check` and `promotion-dossier` with `--baseline`: the baseline is verified first (a
 * bad one refuses the command before the run is read), then the run is assessed as without
 * one, then compared with the baseline from the files of its own folder.
 */
export async function assessWithBaseline(target: string, options: BaselineAssessOptions): Promise<BaselineAssessedRun> {
  const trust = options.baselineTrustPolicyPath ?? options.trustPolicyPath;
  const baseline = options.baselinePath === undefined ? undefined : await loadBaseline(options.baselinePath, trust);
  const run = await assessRun(target, { trustPolicyPath: options.trustPolicyPath });
  if (!baseline) return { ...run, warnings: [] };
  const { manifest, manifestPath, manifestSha256 } = run.record;
  const who = {
    name: target, kind: 'run-folder' as const, sha256: manifestSha256,
    verification_status: run.verificationStatus, evidence_class: run.evidenceClass ?? null,
  };
  const comparison = await compareWithBaseline(baseline, manifest, dirname(manifestPath), who);
  return { ...run, baseline: comparison, warnings: baseline.warnings };
}
