import type { Change, RunComparison } from '../manifest/run-diff.js';

/** One line of a comparison table, as every renderer (terminal, Markdown, HTML) shows it. */
export interface ComparisonRow {
  change: Change;
  what: string;
  a: string;
  b: string;
  delta: string;
}

/** Numbers as recorded (no float noise: deltas are already rounded). */
export function formatNumber(value: number | null): string {
  return value === null ? '—' : String(value);
}

export function formatDelta(delta: number | null, relative: number | null): string {
  if (delta === null) return '';
  if (delta === 0) return '0';
  const sign = delta > 0 ? '+' : '';
  const pct = relative === null ? '' : ` (${relative > 0 ? '+' : ''}${Number((relative * 100).toPrecision(4))}%)`;
  return `${sign}${delta}${pct}`;
}

const short = (sha256: string): string => sha256.slice(0, 12);

/**
 * The comparison as table rows, changes first (metrics, outputs, facts, environment), then
 * the unchanged metrics: a reviewer's first question is which numbers moved and by how much.
 * Unchanged outputs, facts and names are counted by `unchangedOthers`, not listed.
 */
export function comparisonRows(c: RunComparison): ComparisonRow[] {
  const metrics = c.metrics.map((m): ComparisonRow => ({
    change: m.change,
    what: `metric ${m.name}${c.metrics.some((x) => x.name === m.name && x.output !== m.output) ? ` (${m.output})` : ''}`,
    a: formatNumber(m.a),
    b: formatNumber(m.b),
    delta: formatDelta(m.delta, m.relative_delta),
  }));
  const outputs = c.outputs.map((o): ComparisonRow => ({
    change: o.change,
    what: `output ${o.path} (${o.kind})`,
    a: o.a ? `${short(o.a.sha256)} ${o.a.size_bytes} B` : '—',
    b: o.b ? `${short(o.b.sha256)} ${o.b.size_bytes} B` : '—',
    delta: o.a && o.b ? `${o.b.size_bytes - o.a.size_bytes >= 0 ? '+' : ''}${o.b.size_bytes - o.a.size_bytes} B` : '',
  }));
  const facts = c.facts.map((f): ComparisonRow => ({
    change: f.change,
    what: f.field,
    a: f.field.endsWith('sha256') && f.a ? short(f.a) : (f.a ?? '—'),
    b: f.field.endsWith('sha256') && f.b ? short(f.b) : (f.b ?? '—'),
    delta: '',
  }));
  const env = c.environment.map((e): ComparisonRow => ({
    change: e.change,
    what: `env ${e.name}${e.secret ? ' (secret)' : ''}`,
    a: e.change === 'added' ? '—' : 'set',
    b: e.change === 'removed' ? '—' : 'set',
    delta: e.change === 'changed' ? 'value differs (not shown)' : '',
  }));
  const all = [...metrics, ...outputs, ...facts, ...env];
  return [...all.filter((r) => r.change !== 'same'), ...metrics.filter((r) => r.change === 'same')];
}

/** How many outputs, facts and environment names are the same (listed only by count). */
export function unchangedOthers(c: RunComparison): { outputs: number; facts: number; environment: number } {
  const same = (rows: { change: Change }[]) => rows.filter((r) => r.change === 'same').length;
  return { outputs: same(c.outputs), facts: same(c.facts), environment: same(c.environment) };
}
