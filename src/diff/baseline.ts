import { CapsuleError } from '../errors.js';
import type { RunManifest } from '../manifest/types.js';
import { compareRuns } from './compare.js';
import { folderFiles, loadVerifiedRun } from './load.js';
import { runSide, type SideIdentity } from './side.js';
import type { RunComparison, RunSide } from '../manifest/run-diff.js';

/** A baseline capsule that verified, and the trust policy it verified under (null: integrity only). */
export interface Baseline {
  path: string;
  side: RunSide;
  trustPolicyPath: string | null;
  warnings: string[];
}

/** The `details` key of a CapsuleError that refused a baseline (its value names it): callers say so. */
export const BASELINE_REFUSED = 'refused_baseline';

/**
 * Loads `--baseline CAPSULE`: it must be a capsule and verify (under the trust policy when one
 * applies), else a CapsuleError names the baseline and its failed checks. Callers load it
 * before anything runs, so a bad baseline refuses the run instead of failing it afterwards.
 */
export async function loadBaseline(path: string, trustPolicyPath: string | undefined): Promise<Baseline> {
  const loaded = loadVerifiedRun(path, { role: 'baseline', trustPolicyPath, capsuleOnly: true });
  const { side, report } = await loaded.catch((err: unknown) => {
    if (err instanceof CapsuleError) err.details[BASELINE_REFUSED] ??= path;
    throw err;
  });
  const warnings = [...report.warnings];
  if (trustPolicyPath === undefined) {
    warnings.push(`baseline ${path}: verified for integrity only; no trust policy anchors who signed it `
      + '(give a baseline trust policy, or a trust policy for the run)');
  }
  return { path, side, trustPolicyPath: trustPolicyPath ?? null, warnings };
}

/** The run in `folder` (its manifest's record and output files) compared with the baseline. */
export async function compareWithBaseline(baseline: Baseline, manifest: RunManifest, folder: string, who: SideIdentity):
Promise<RunComparison> {
  return compareRuns(baseline.side, await runSide(manifest, folderFiles(folder), who));
}
