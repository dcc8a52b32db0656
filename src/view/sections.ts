import { html, type SafeHtml } from './escape.js';
import { inlineMarkdown } from './markdown.js';
import { statusClass } from './status-class.js';
import { table } from './table.js';
import type { GateRow, LogView, ViewModel } from './types.js';

function fact(label: string, value: unknown): SafeHtml | null {
  if (value === null || value === undefined || value === '') return null;
  return html`<dt>${label}</dt><dd>${value}</dd>\n`;
}

function code(value: string | null): SafeHtml | null {
  return value === null ? null : html`<code>${value}</code>`;
}

export function badge(status: string | null): SafeHtml {
  return html`<span class="badge ${statusClass(status)}">${status ?? 'unknown'}</span>`;
}

export function runSection(model: ViewModel): SafeHtml {
  const r = model.run;
  if (!r) return html`<h2>Run</h2><p class="note">No readable run manifest.</p>\n`;
  const b = r.bundle;
  const t = r.timing;
  return html`<h2>Run</h2>
<dl>
${fact('Run id', code(r.run_id))}${fact('Label', r.label)}${fact('Path id', r.path_id)}${fact('Status', r.status)}${fact('Created at', r.created_at)}${b ? html`${fact('Bundle', `${b.name ?? '?'}@${b.version ?? '?'}`)}${fact('Bundle sha256', code(b.sha256))}${fact('Bundle format / lane', `${b.format ?? '?'} / ${b.lane ?? '?'}`)}` : null}${fact('Executor', r.executor)}${fact('Site', r.site)}${fact('Acceleration', r.accel)}${fact('Placement warnings', r.placement_warnings.length > 0 ? html`<ul>${r.placement_warnings.map((w) => html`<li>${w}</li>`)}</ul>` : 'none')}${r.rejected.length > 0 ? fact('Rejected sites', html`<ul>${r.rejected.map((x) => html`<li>${x.candidate}: ${x.reason}</li>`)}</ul>`) : null}${fact('argv', html`<code>${JSON.stringify(r.argv)}</code>`)}${fact('cwd', code(r.cwd))}${fact('Exit code', r.exit_code)}${fact('Signal', r.signal)}${fact('Timed out', r.timed_out === null ? null : String(r.timed_out))}${r.diagnostics.length > 0 ? fact('Diagnostics', html`<ul>${r.diagnostics.map((d) => html`<li>${d}</li>`)}</ul>`) : null}${fact('Started', t.started_at)}${fact('Finished', t.finished_at)}${fact('Duration', t.duration_seconds === null ? null : `${t.duration_seconds} s${t.target_seconds !== null ? ` (limit ${t.target_seconds} s)` : ''}`)}${r.signing ? fact('Signing key sha256', html`${code(r.signing.public_key_sha256)}${r.signing.dev_key ? ' (generated dev key: not a release signature)' : null}`) : null}${fact('Tool version', r.tool_version)}</dl>
`;
}

/** Gate and check tables alike: id, result, summary (Markdown code spans rendered). */
export function resultTable(rows: GateRow[], idHeading: string): SafeHtml {
  return table([idHeading, 'Result', 'Summary'], rows.map((g) => [{ value: g.id, kind: 'mono' }, badge(g.status), inlineMarkdown(g.summary)]));
}

export function gatesSection(model: ViewModel): SafeHtml {
  const p = model.policy;
  return html`<h2>Gates</h2>
${model.gates.length > 0 ? html`<h3>The bundle's validations</h3>\n${resultTable(model.gates, 'Validation')}` : html`<p class="muted">The bundle declares no validations.</p>\n`}${p ? html`<h3>Promotion policy ${code(p.policy_id)} ${badge(p.status)}</h3>
${resultTable(p.rules, 'Gate')}` : null}`;
}

export function outputsSection(model: ViewModel): SafeHtml {
  return html`<h2>Outputs</h2>
${model.outputs.length === 0 ? html`<p class="muted">No outputs recorded.</p>\n` : table(['Path', 'Kind', 'Bytes', 'sha256'], model.outputs.map((o) => [{ value: o.path, kind: 'mono' }, o.kind, o.size_bytes ?? '?', { value: o.sha256 ?? 'not recorded', kind: 'hash' }]))}`;
}

export function timelineSection(model: ViewModel): SafeHtml | null {
  if (model.stages.length === 0) return null;
  const bar = (s: ViewModel['stages'][number]): SafeHtml => html`<div class="track">${s.offset_pct === null || s.width_pct === null ? null : html`<div class="bar ${statusClass(s.status)}" style="margin-left:${s.offset_pct}%;width:${s.width_pct}%" title="${s.started_at} → ${s.finished_at}"></div>`}</div>`;
  return html`<h2>Stage timeline</h2>
${table(['Stage', 'Result', 'ms', { heading: 'Time', width: '40%' }, 'Message'], model.stages.map((s) => [s.stage, badge(s.status), s.duration_ms ?? '?', bar(s), inlineMarkdown(s.message)]), 'timeline')}`;
}

export function eventsSection(model: ViewModel): SafeHtml {
  const e = model.events;
  return html`<h2>Event chain</h2>
<details${e.rows.length <= 50 ? ' open' : ''}><summary>${e.total_lines} events (evidence/events.jsonl)</summary>
${e.note ? html`<p class="note">${e.note}</p>` : null}${table(['seq', 'Type', 'Tool', 'Status', 'Timestamp', 'Hash'], e.rows.map((r) => [r.seq ?? '?', r.event_type, r.tool_name ?? '', r.status ?? '', { value: r.timestamp ?? '', kind: 'mono' }, { value: r.hash_prefix ?? '', kind: 'mono' }]))}</details>
`;
}

function logBlock(name: string, log: LogView | null, open: boolean): SafeHtml {
  if (!log) return html`<p class="muted">${name}: not recorded.</p>\n`;
  const notes = [
    log.truncated ? `showing the first ${log.shown_bytes} of ${log.total_bytes} bytes` : `${log.total_bytes} bytes`,
    log.capture_truncated ? 'the run itself stored only part of this stream' : null,
  ].filter((n) => n !== null).join('; ');
  return html`<details${open ? ' open' : ''}><summary>${name} (${log.path}): ${notes}</summary>
<pre>${log.text}</pre>
</details>
`;
}

/** A failed job's logs are open: the reason it failed is in them. */
export function logsSection(model: ViewModel): SafeHtml {
  const open = model.failed_run !== null;
  return html`<h2>Logs</h2>
${logBlock('stdout', model.logs.stdout, open)}${logBlock('stderr', model.logs.stderr, open)}`;
}

export function commandsSection(model: ViewModel): SafeHtml {
  const c = model.commands;
  return html`<h2>Verify and replay</h2>
<p>Verify (from the folder holding it):</p>
<pre>${c.verify}</pre>
<p>Show the recorded plan, then re-run it and compare output hashes:</p>
<pre>${c.replay}
${c.replay_execute}</pre>
`;
}
