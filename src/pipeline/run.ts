import { loadBaseline } from '../diff/baseline.js';
import { withBaseline } from './baseline.js';
import {
  decideStage, pipelineResult, proveStage, sealStage, signStage, verifyStage, writeEvidence,
} from './capsule-stages.js';
import { collectStage, gateStage, openRun, placeStage, runStage, validateStage } from './job-stages.js';
import { readRunInputs } from './inputs.js';
import { StageLog } from './stages.js';
import type { PipelineOptions, PipelineResult } from './types.js';

/**
 * The main job: Bundle → validate → place → run → collect → gate → seal → evidence → prove →
 * sign → verify → decide. Every stage is timed and, from the run on, recorded in the event chain;
 * the chain is sealed before the capsule is packed, so it covers everything up to the decision,
 * which is taken once (a draft at the gate), packed as it is, and made final by verification.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const log = new StageLog(options.onStage);
  const vb = await validateStage(log, options);
  const inputs = readRunInputs(options, vb);
  // Verified before anything runs: a baseline that does not verify refuses the run (exit 2).
  const baselineTrust = options.baselineTrustPolicyPath ?? options.trustPolicyPath;
  const baseline = options.baselinePath === undefined
    ? undefined
    : await loadBaseline(options.baselinePath, baselineTrust);
  const placement = await placeStage(log, vb, options);
  const run = await openRun(log, vb, placement, inputs, options);
  try {
    const result = await runStage(run);
    const collected = await collectStage(run);
    const judged = await gateStage(run, result, collected, baseline);
    const chainReport = await sealStage(run, judged);
    const manifest = await writeEvidence(run, judged, chainReport);
    const packed = await proveStage(run, judged, manifest, chainReport);
    await signStage(run);
    const verification = await verifyStage(run);
    const decision = await decideStage(run, packed, verification);
    const ended = await pipelineResult(run, judged, { decision, verification, chainReport });
    return withBaseline(ended, judged.compared, inputs.policy);
  } finally {
    // A run that fails midway still leaves its chain readable (unsealed: non-authoritative evidence).
    run.chain.close();
  }
}
