import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import type { BundleValidation } from '../bundle/types.js';
import { resolveInside } from '../bundle/paths.js';
import type { CollectedOutput } from './outputs.js';

type GateStatus = 'pass' | 'fail' | 'skip';

/**
 * One gate's outcome, the one shape for every gate: a bundle validation checked after the
 * run (never skipped), or a rule of the promotion policy (skipped when not selected).
 */
export interface GateResult {
  label: string;
  status: GateStatus;
  summary: string;
  details: Record<string, unknown>;
}

export interface GateContext {
  exitCode: number | null;
  outputs: CollectedOutput[];
  workspace: string;
}

function exitCodeGate(v: Extract<BundleValidation, { kind: 'exit-code' }>, ctx: GateContext): GateResult {
  const expected = v.equals ?? 0;
  const ok = ctx.exitCode === expected;
  return { label: v.label, status: ok ? 'pass' : 'fail', summary: `exit code ${ctx.exitCode ?? 'none'} ${ok ? '=' : '≠'} ${expected}`, details: { kind: v.kind, expected, actual: ctx.exitCode } };
}

function outputExistsGate(v: Extract<BundleValidation, { kind: 'output-exists' }>, ctx: GateContext): GateResult {
  const match = picomatch(v.path.replace(/^\.\//, ''), { dot: true });
  const matched = ctx.outputs.filter((o) => match(o.path)).map((o) => o.path);
  const ok = matched.length > 0 || 'path' in resolveInside(ctx.workspace, v.path);
  return { label: v.label, status: ok ? 'pass' : 'fail', summary: ok ? `${v.path} exists` : `${v.path} was not produced`, details: { kind: v.kind, path: v.path, matched } };
}

function metricGate(v: Extract<BundleValidation, { kind: 'metric' }>, ctx: GateContext): GateResult {
  const details: Record<string, unknown> = { kind: v.kind, path: v.path, metric: v.metric, min: v.min ?? null, max: v.max ?? null };
  const fail = (summary: string): GateResult => ({ label: v.label, status: 'fail', summary, details });
  const file = resolveInside(ctx.workspace, v.path);
  if ('problem' in file) return fail(`metrics file ${v.path} ${file.problem.replace('bundle folder', 'workspace')}`);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file.path, 'utf8'));
  } catch (err) {
    return fail(`metrics file ${v.path} is not readable JSON: ${(err as Error).message}`);
  }
  // Dotted names reach into nested objects ("eval.accuracy").
  const value = v.metric.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc);
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`metric ${v.metric} in ${v.path} is not a number`);
  details.value = value;
  const low = v.min !== undefined && value < v.min;
  const high = v.max !== undefined && value > v.max;
  const bounds = [v.min !== undefined ? `≥ ${v.min}` : '', v.max !== undefined ? `≤ ${v.max}` : ''].filter(Boolean).join(' and ');
  return { label: v.label, status: low || high ? 'fail' : 'pass', summary: `${v.metric} = ${value} (required ${bounds})`, details };
}

/** One result per declared validation, in declaration order. */
export function evaluateGates(validations: BundleValidation[], ctx: GateContext): GateResult[] {
  return validations.map((v) => (v.kind === 'exit-code' ? exitCodeGate(v, ctx) : v.kind === 'output-exists' ? outputExistsGate(v, ctx) : metricGate(v, ctx)));
}
