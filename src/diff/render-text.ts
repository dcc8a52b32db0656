import { comparisonRows, unchangedOthers } from './rows.js';
import type { RunComparison, SideSummary } from '../manifest/run-diff.js';
import { terminalField } from '../text/terminal.js';

/** `capsule diff` for a terminal: who A and B are, then a short table with the changes first. */
export function renderComparisonText(c: RunComparison): string {
  const side = (label: string, s: SideSummary) => terminalField(
    `${label}  ${s.name}  run ${s.run_id}${s.sha256 ? `  sha256 ${s.sha256.slice(0, 12)}` : ''}  verified${s.evidence_class ? ` (${s.evidence_class})` : ''}`);
  const lines = [side('A', c.a), side('B', c.b), ''];
  lines.push(c.differences === 0 ? 'No differences.' : `${c.differences} difference${c.differences === 1 ? '' : 's'}:`);
  const rows = comparisonRows(c).map((r) => [r.change === 'same' ? 'same' : r.change.toUpperCase(), r.what, r.a, r.b, r.delta].map(terminalField));
  if (rows.length > 0) lines.push('', ...alignColumns([['', 'what', 'A', 'B', 'delta'], ...rows]));
  const same = unchangedOthers(c);
  lines.push('', `Unchanged: ${same.outputs} output(s), ${same.facts} recorded fact(s), ${same.environment} environment name(s).`);
  const t = c.timing;
  lines.push(`Timing: ${t.a_seconds} s → ${t.b_seconds} s (${t.delta_seconds > 0 ? '+' : ''}${t.delta_seconds} s; timing is shown, never counted as a difference).`);
  for (const n of c.notes) lines.push(`note: ${terminalField(n)}`);
  return `${lines.join('\n')}\n`;
}

/** Pads every column but the last to its widest cell. */
function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}
