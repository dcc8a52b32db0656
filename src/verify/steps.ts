import { CapsuleError } from '../errors.js';
import type { Check } from './report.js';

/** A check's outcome, or `null` when it does not apply here (then it is not listed). */
export type Outcome = Omit<Check, 'id'> | null;

export function pass(summary: string, details: Record<string, unknown> = {}): Outcome {
  return { status: 'pass', summary, details };
}

export function fail(summary: string, details: Record<string, unknown> = {}): Outcome {
  return { status: 'fail', summary, details };
}

/** One named check and what it depends on. */
export interface Step<Id extends string, C> {
  id: Id;
  /** Checks that must have passed for this one to run; it may read every fact they (and their needs) established. */
  needs: readonly Id[];
  /** Checks whose facts it reads when they passed and does without otherwise (an anchor nobody gave). */
  uses?: readonly Id[];
  run(ctx: C): Outcome | Promise<Outcome>;
}

/** What a check may read and write: only facts of checks it declared, only its own facts. */
export interface FactAccess<F> {
  /** A fact of a passed `needs` check. */
  get<K extends keyof F>(key: K): F[K];
  /** A fact of a declared check, or undefined when that check did not pass. */
  maybe<K extends keyof F>(key: K): F[K] | undefined;
  set<K extends keyof F>(key: K, value: F[K]): void;
  /** Whether a declared check passed. */
  passed(id: string): boolean;
}

export interface StepResult<F> {
  checks: Check[];
  warnings: string[];
  /** Facts of the checks that passed, for the report. */
  fact<K extends keyof F>(key: K): F[K] | undefined;
}

/**
 * Runs the steps in order. A step whose `needs` check failed is not run (a warning says which);
 * one whose `needs` check did not apply does not apply either. A step sees only the facts of
 * the checks it declared, so a check cannot act on anything not yet proven: reading an
 * undeclared fact is an error, and an error thrown by a check is that check's failure.
 */
export async function runSteps<Id extends string, F, C>(
  steps: readonly Step<Id, C>[],
  producers: { readonly [K in keyof F]-?: Id },
  contextFor: (facts: FactAccess<F>, warnings: string[]) => C,
): Promise<StepResult<F>> {
  const checks: Check[] = [];
  const warnings: string[] = [];
  const status = new Map<Id, 'pass' | 'fail' | 'skipped'>();
  const values = new Map<keyof F, unknown>();
  const closure = new Map<Id, Set<Id>>();
  for (const step of steps) {
    const hard = new Set<Id>(step.needs.flatMap((n) => [n, ...(closure.get(n) ?? [])]));
    closure.set(step.id, hard);
    const failedNeed = step.needs.find((n) => status.get(n) === 'fail' || status.get(n) === 'skipped');
    if (failedNeed) {
      warnings.push(`${step.id} not run: ${failedNeed} ${status.get(failedNeed) === 'fail' ? 'failed' : 'was not run'}`);
      status.set(step.id, 'skipped');
      continue;
    }
    if (step.needs.some((n) => status.get(n) !== 'pass')) continue;
    const declared = new Set<Id>([...hard, ...(step.uses ?? [])]);
    const facts = factAccess<Id, F>(step.id, hard, declared, producers, values, (id) => status.get(id) === 'pass');
    const outcome = await runOne(step, contextFor(facts, warnings));
    if (outcome === null) continue;
    checks.push({ id: step.id, ...outcome });
    status.set(step.id, outcome.status);
  }
  return {
    checks,
    warnings,
    fact: (key) => (status.get(producers[key]) === 'pass' ? (values.get(key) as F[typeof key]) : undefined),
  };
}

async function runOne<Id extends string, C>(step: Step<Id, C>, ctx: C): Promise<Outcome> {
  try {
    return await step.run(ctx);
  } catch (err) {
    if (err instanceof CapsuleError) return fail(err.message, { code: err.code, ...err.location });
    return fail(`${step.id} could not complete: ${(err as Error).message ?? String(err)}`, { internal_error: true });
  }
}

function factAccess<Id extends string, F>(
  step: Id,
  hard: ReadonlySet<Id>,
  declared: ReadonlySet<Id>,
  producers: { readonly [K in keyof F]-?: Id },
  values: Map<keyof F, unknown>,
  passed: (id: Id) => boolean,
): FactAccess<F> {
  const producer = (key: keyof F, allowed: ReadonlySet<Id>): Id => {
    const p = producers[key];
    if (!allowed.has(p)) throw new Error(`reads ${String(key)}, a fact of ${p}, which it does not declare in needs${allowed === declared ? ' or uses' : ''}`);
    return p;
  };
  return {
    get(key) {
      const p = producer(key, hard);
      if (!values.has(key)) throw new Error(`reads ${String(key)}, which ${p} did not establish`);
      return values.get(key) as F[typeof key];
    },
    maybe(key) {
      const p = producer(key, declared);
      return passed(p) ? (values.get(key) as F[typeof key] | undefined) : undefined;
    },
    set(key, value) {
      if (producers[key] !== step) throw new Error(`sets ${String(key)}, a fact of ${producers[key]}`);
      values.set(key, value);
    },
    passed(id) {
      if (!declared.has(id as Id)) throw new Error(`asks about ${id}, which it does not declare`);
      return passed(id as Id);
    },
  };
}
