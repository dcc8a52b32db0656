import { html, type SafeHtml } from './escape.js';
import { table } from './table.js';
import type { ViewModel } from './types.js';

const CHANGE_CLASS: Record<string, string> = { same: 'neutral', changed: 'warn', added: 'ok', removed: 'bad' };

/**
 * "Compared with baseline": which verified run, how many differences, then every change
 * (metrics with their deltas first) and the unchanged metrics, as `capsule diff` lists them.
 */
export function comparisonSection(model: ViewModel): SafeHtml | null {
  const b = model.baseline;
  if (!b) return null;
  const trust = b.trust_policy === null
    ? 'verified for integrity only: no trust policy anchors who signed it'
    : html`verified under <code>${b.trust_policy}</code>`;
  const head = html`<h2 id="baseline">Compared with baseline <code>${b.name}</code></h2>
<p class="muted">Baseline run <code>${b.run_id}</code> · sha256 <code>${b.sha256 ?? 'none'}</code> · ${trust}</p>
${b.warnings.map((w) => html`<p class="note">${w}</p>\n`)}`;
  if (b.differences === null) {
    const why = 'does not verify, and a comparison of unverified evidence would only repeat its claims';
    return html`${head}<p class="bad-text">Not compared: ${model.source.name} ${why}.</p>\n`;
  }
  const rows = b.rows.map((r) => [
    html`<span class="badge ${CHANGE_CLASS[r.change] ?? 'neutral'}">${r.change}</span>`,
    { value: r.what, kind: 'mono' }, r.a, r.b, r.delta,
  ]);
  const u = b.unchanged;
  const timing = b.timing ? ` Timing ${b.timing.a_seconds} s → ${b.timing.b_seconds} s (not counted).` : '';
  const unchanged = `Unchanged: ${u.outputs} output(s), ${u.facts} recorded fact(s), `
    + `${u.environment} environment name(s).`;
  const columns = ['Change', 'What', 'Baseline', 'This run', 'Δ'];
  const comparison = rows.length > 0 ? table(columns, rows, 'comparison') : null;
  return html`${head}<p><strong>${b.differences} difference${b.differences === 1 ? '' : 's'}</strong></p>
${comparison}<p class="muted">${unchanged}${timing}</p>\n`;
}
