import path from 'node:path';
import { CapsuleError } from '../errors.js';
import { BASELINE_REFUSED } from '../diff/baseline.js';
import { comparisonRows, unchangedOthers } from '../diff/rows.js';
import type { PipelineResult } from '../pipeline/types.js';
import { cell, table } from './markdown.js';

const CHANGE_MARK: Record<string, string> = {
  same: 'same', changed: '🔺 changed', added: '➕ added', removed: '➖ removed',
};
const GATE_MARK: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', skip: '⏭️ skip' };

/**
 * "Compared with baseline": which verified run (and under which trust policy), the baseline
 * gates, then the comparison table (changes first, then the unchanged metrics), for the job
 * summary and the PR comment. Empty without a baseline.
 */
export function baselineSection(result: PipelineResult, rows: number): string {
  const b = result.baseline;
  if (!b) return '';
  const c = b.comparison;
  const trust = b.trustPolicyPath
    ? `verified under \`${cell(path.basename(b.trustPolicyPath))}\``
    : 'verified for integrity only: no trust policy anchors who signed it';
  const facts = [
    `Baseline run \`${cell(c.a.run_id)}\``,
    `SHA-256 \`${c.a.sha256 ?? 'none'}\``,
    trust,
    ...(c.a.evidence_class ? [`\`${cell(c.a.evidence_class)}\``] : []),
    `**${c.differences} difference${c.differences === 1 ? '' : 's'}**`,
  ];
  const gateRows = b.gates.map((g) => [g.id, GATE_MARK[g.status] ?? g.status, g.summary]);
  const gates = gateRows.length === 0
    ? []
    : ['', table(['Baseline gate', 'Status', 'Summary'], gateRows, rows, 'policy-report.json in the capsule')];
  const shown = comparisonRows(c).map((r) => [CHANGE_MARK[r.change] ?? r.change, r.what, r.a, r.b, r.delta]);
  const comparison = shown.length === 0
    ? []
    : ['', table(['Change', 'What', 'Baseline', 'This run', 'Δ'], shown, rows, '`capsule diff` of the two capsules')];
  const same = unchangedOthers(c);
  const tail = `Unchanged: ${same.outputs} output(s), ${same.facts} recorded fact(s), `
    + `${same.environment} environment name(s). `
    + `Timing ${c.timing.a_seconds} s → ${c.timing.b_seconds} s (not counted).`;
  const title = `### Compared with baseline \`${cell(c.a.name)}\``;
  return [title, '', facts.join(' · '), ...gates, ...comparison, '', tail].join('\n');
}

/** How many rows the section can show at most (for cutting the summary to its size limit). */
export function baselineRows(result: PipelineResult): number {
  const c = result.baseline?.comparison;
  if (!c) return 0;
  const compared = c.metrics.length + c.outputs.length + c.facts.length + c.environment.length;
  return Math.max(result.baseline!.gates.length, compared);
}

/**
 * The summary of a run refused for its baseline, or undefined for any other error: an
 * unverified (or missing) baseline is never a baseline, so nothing was run or compared.
 */
export function baselineRefusal(err: unknown): string | undefined {
  if (!(err instanceof CapsuleError) || typeof err.details[BASELINE_REFUSED] !== 'string') return undefined;
  const which = String(err.details[BASELINE_REFUSED]);
  const name = path.isAbsolute(which) ? path.basename(which) : which;
  return [
    `## ❌ Baseline refused: \`${cell(name)}\``,
    '',
    `**Why:** ${cell(err.message.split('\n')[0]!, 2000)}`,
    '',
    'An unverified baseline is never a baseline: the run was not started and nothing was compared with it. '
      + 'Give a baseline capsule that verifies (its `.sig.json` beside it, its key anchored by `baseline-trust-policy` '
      + 'or `trust-policy`), or no baseline.',
  ].join('\n');
}
