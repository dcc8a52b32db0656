import type { Check } from './report.js';
import type { CheckResult } from './checks/context.js';

/** One named check and the checks that must have passed for it to run. */
export interface Step<C> {
  id: string;
  needs: string[];
  /** The check's outcome, or `null` when it does not apply (then it is not listed). */
  run: (ctx: C) => Promise<CheckResult | null> | CheckResult | null;
}

/**
 * Runs the steps in order. A step whose prerequisite failed is not run (a warning says
 * which); a step that does not apply (no signature given and none required, no policy)
 * is not listed. The report fails when any listed check fails.
 */
export async function runSteps<C extends { warnings: string[] }>(steps: Step<C>[], ctx: C): Promise<Check[]> {
  const checks: Check[] = [];
  const status = new Map<string, 'pass' | 'fail'>();
  for (const step of steps) {
    const failedNeed = step.needs.find((n) => status.get(n) === 'fail');
    if (failedNeed) {
      ctx.warnings.push(`${step.id} not run: ${failedNeed} failed`);
      continue;
    }
    if (step.needs.some((n) => status.get(n) !== 'pass')) continue;
    const result = await step.run(ctx);
    if (result === null) continue;
    checks.push({ id: step.id, ...result });
    status.set(step.id, result.status);
  }
  return checks;
}
