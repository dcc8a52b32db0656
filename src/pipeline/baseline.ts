import type { Baseline } from '../diff/baseline.js';
import { compareRuns } from '../diff/compare.js';
import { folderFiles } from '../diff/load.js';
import { runSide } from '../diff/side.js';
import type { RunComparison, RunSide } from '../manifest/run-diff.js';
import type { RunManifest } from '../manifest/types.js';
import { baselineGates } from '../promotion/baseline-gates.js';
import type { PromotionPolicy } from '../promotion/policy.js';
import type { PipelineResult } from './types.js';

/** The run, before it is sealed, compared with its verified baseline. */
export interface DraftComparison {
  baseline: Baseline;
  current: RunSide;
  comparison: RunComparison;
}

/**
 * The gate stage's comparison: the draft manifest and the run folder's output files against the
 * baseline, so the policy's baseline gates decide on what this run actually produced.
 */
export async function compareDraft(baseline: Baseline, draft: RunManifest, runRoot: string, capsuleName: string):
Promise<DraftComparison> {
  const who = {
    name: capsuleName, kind: 'capsule' as const, sha256: null,
    verification_status: 'unknown' as const, evidence_class: null,
  };
  const current = await runSide(draft, folderFiles(runRoot), who);
  return { baseline, current, comparison: compareRuns(baseline.side, current) };
}

/**
 * The run's result with the comparison as the run ended (its capsule digest, final decision and
 * evidence class) and the baseline gates' results; unchanged without a baseline.
 */
export function withBaseline(result: PipelineResult, draft: DraftComparison | undefined, policy: PromotionPolicy):
PipelineResult {
  if (!draft) return result;
  const ended = {
    sha256: result.capsuleSha256, verification_status: 'pass' as const,
    decision: result.decision.decision, evidence_class: result.verification.evidence_class,
  };
  const comparison = compareRuns(draft.baseline.side, { ...draft.current, ...ended });
  const { trustPolicyPath, warnings } = draft.baseline;
  const gates = baselineGates(policy.baseline, comparison);
  return { ...result, baseline: { comparison, gates, trustPolicyPath, warnings } };
}
