import path from 'node:path';
import { CapsuleError } from '../errors.js';
import type { ViewBaseline } from '../view/types.js';
import type { Baseline } from './baseline.js';
import { compareRuns } from './compare.js';
import { loadVerifiedRun } from './load.js';
import { comparisonRows, unchangedOthers } from './rows.js';

/**
 * `capsule view TARGET --baseline B`: the target compared with the verified baseline, as the
 * page shows it. A target that does not verify is not compared (its page says so).
 */
export async function viewBaseline(baseline: Baseline, target: string, verified: boolean,
  options: { trustPolicyPath?: string; signaturePath?: string }): Promise<ViewBaseline> {
  const a = baseline.side;
  const shown = {
    name: a.name, sha256: a.sha256, run_id: a.run_id, warnings: baseline.warnings,
    trust_policy: baseline.trustPolicyPath === null ? null : path.basename(baseline.trustPolicyPath),
  };
  const none = { outputs: 0, facts: 0, environment: 0 };
  const notCompared = { ...shown, differences: null, rows: [], unchanged: none, timing: null };
  if (!verified) return notCompared;
  // Compared only as `capsule diff` would: strictly verified (the page's own check is not strict).
  const run = await loadVerifiedRun(target, { role: 'run', ...options }).catch((err: unknown) => {
    if (err instanceof CapsuleError && err.code === 'run_not_verified') return null;
    throw err;
  });
  if (run === null) return notCompared;
  const c = compareRuns(a, run.side);
  const rows = comparisonRows(c);
  return { ...shown, differences: c.differences, rows, unchanged: unchangedOthers(c), timing: c.timing };
}
