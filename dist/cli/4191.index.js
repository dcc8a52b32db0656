export const id = 4191;
export const ids = [4191];
export const modules = {

/***/ 4191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderViewPage: () => (/* binding */ renderViewPage)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/view/escape.ts
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
};
/**
 * Text safe both as element content and inside a double- or single-quoted attribute:
 * every string taken from a capsule goes through here before it reaches the page.
 */
function escapeHtml(value) {
    return String(value ?? '').replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}
/** Markup built by `html`, so it is inserted as is rather than escaped again. */
class SafeHtml {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return this.value;
    }
}
/**
 * Tagged template for markup: every interpolated value is escaped unless it is already
 * SafeHtml (arrays are joined), so page code cannot forget to escape a capsule string.
 */
function html(strings, ...values) {
    let out = strings[0];
    values.forEach((value, i) => {
        out += interpolate(value) + strings[i + 1];
    });
    return new SafeHtml(out);
}
function interpolate(value) {
    if (value instanceof SafeHtml)
        return value.value;
    if (Array.isArray(value))
        return value.map(interpolate).join('');
    if (value === null || value === undefined || value === false)
        return '';
    return escapeHtml(value);
}

;// CONCATENATED MODULE: ./src/view/markdown.ts

/**
 * Inline Markdown as the decision, checks and gates write it: `code` spans become <code>,
 * everything else is escaped text. Only code spans: nothing a capsule writes can become a
 * link, an image or markup.
 */
function inlineMarkdown(text) {
    const parts = text.split(/(`[^`\n]+`)/);
    return html `${parts.map((p) => (p.length > 2 && p.startsWith('`') && p.endsWith('`') ? html `<code>${p.slice(1, -1)}</code>` : p))}`;
}

;// CONCATENATED MODULE: ./src/view/table.ts

/**
 * Every table on the page: each cell carries its column heading (`data-label`), so on a
 * narrow screen the stylesheet stacks a row into labelled lines instead of squeezing columns.
 */
function table(columns, rows, className = '') {
    const headings = columns.map((c) => (typeof c === 'string' ? c : c.heading));
    return html `<table class="stack${className ? ` ${className}` : ''}"><thead><tr>${columns.map((c) => (typeof c === 'string' || !c.width ? html `<th>${typeof c === 'string' ? c : c.heading}</th>` : html `<th style="width:${c.width}">${c.heading}</th>`))}</tr></thead><tbody>
${rows.map((row) => html `<tr>${row.map((cell, i) => td(headings[i] ?? '', cell))}</tr>\n`)}</tbody></table>
`;
}
function td(heading, cell) {
    const c = isCell(cell) ? cell : { value: cell };
    return c.kind ? html `<td data-label="${heading}" class="${c.kind}">${c.value}</td>` : html `<td data-label="${heading}">${c.value}</td>`;
}
function isCell(v) {
    return typeof v === 'object' && v !== null && !(v instanceof SafeHtml) && 'value' in v && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/view/comparison.ts


const CHANGE_CLASS = { same: 'neutral', changed: 'warn', added: 'ok', removed: 'bad' };
/**
 * "Compared with baseline": which verified run, how many differences, then every change
 * (metrics with their deltas first) and the unchanged metrics, as `capsule diff` lists them.
 */
function comparisonSection(model) {
    const b = model.baseline;
    if (!b)
        return null;
    const trust = b.trust_policy === null
        ? 'verified for integrity only: no trust policy anchors who signed it'
        : html `verified under <code>${b.trust_policy}</code>`;
    const head = html `<h2 id="baseline">Compared with baseline <code>${b.name}</code></h2>
<p class="muted">Baseline run <code>${b.run_id}</code> · sha256 <code>${b.sha256 ?? 'none'}</code> · ${trust}</p>
${b.warnings.map((w) => html `<p class="note">${w}</p>\n`)}`;
    if (b.differences === null) {
        const why = 'does not verify, and a comparison of unverified evidence would only repeat its claims';
        return html `${head}<p class="bad-text">Not compared: ${model.source.name} ${why}.</p>\n`;
    }
    const rows = b.rows.map((r) => [
        html `<span class="badge ${CHANGE_CLASS[r.change] ?? 'neutral'}">${r.change}</span>`,
        { value: r.what, kind: 'mono' }, r.a, r.b, r.delta,
    ]);
    const u = b.unchanged;
    const timing = b.timing ? ` Timing ${b.timing.a_seconds} s → ${b.timing.b_seconds} s (not counted).` : '';
    const unchanged = `Unchanged: ${u.outputs} output(s), ${u.facts} recorded fact(s), `
        + `${u.environment} environment name(s).`;
    const columns = ['Change', 'What', 'Baseline', 'This run', 'Δ'];
    const comparison = rows.length > 0 ? table(columns, rows, 'comparison') : null;
    return html `${head}<p><strong>${b.differences} difference${b.differences === 1 ? '' : 's'}</strong></p>
${comparison}<p class="muted">${unchanged}${timing}</p>\n`;
}

;// CONCATENATED MODULE: ./src/view/status-class.ts
/**
 * Maps a status word to one of four fixed CSS classes; capsule text never becomes a class
 * name or attribute value, so it cannot break out of one.
 */
function statusClass(status) {
    switch (status) {
        case 'pass':
        case 'promote':
            return 'ok';
        case 'fail':
        case 'block':
            return 'bad';
        case 'warn':
        case 'manual-review':
            return 'warn';
        default:
            return 'neutral';
    }
}

;// CONCATENATED MODULE: ./src/view/sections.ts




function fact(label, value) {
    if (value === null || value === undefined || value === '')
        return null;
    return html `<dt>${label}</dt><dd>${value}</dd>\n`;
}
function code(value) {
    return value === null ? null : html `<code>${value}</code>`;
}
function badge(status) {
    return html `<span class="badge ${statusClass(status)}">${status ?? 'unknown'}</span>`;
}
function runSection(model) {
    const r = model.run;
    if (!r)
        return html `<h2>Run</h2><p class="note">No readable run manifest.</p>\n`;
    const b = r.bundle;
    const t = r.timing;
    return html `<h2>Run</h2>
<dl>
${fact('Run id', code(r.run_id))}${fact('Label', r.label)}${fact('Path id', r.path_id)}${fact('Status', r.status)}${fact('Created at', r.created_at)}${b ? html `${fact('Bundle', `${b.name ?? '?'}@${b.version ?? '?'}`)}${fact('Bundle sha256', code(b.sha256))}${fact('Bundle format / lane', `${b.format ?? '?'} / ${b.lane ?? '?'}`)}` : null}${fact('Executor', r.executor)}${fact('Site', r.site)}${fact('Acceleration', r.accel)}${fact('Placement warnings', r.placement_warnings.length > 0 ? html `<ul>${r.placement_warnings.map((w) => html `<li>${w}</li>`)}</ul>` : 'none')}${r.rejected.length > 0 ? fact('Rejected sites', html `<ul>${r.rejected.map((x) => html `<li>${x.candidate}: ${x.reason}</li>`)}</ul>`) : null}${fact('argv', html `<code>${JSON.stringify(r.argv)}</code>`)}${fact('cwd', code(r.cwd))}${fact('Exit code', r.exit_code)}${fact('Signal', r.signal)}${fact('Timed out', r.timed_out === null ? null : String(r.timed_out))}${r.diagnostics.length > 0 ? fact('Diagnostics', html `<ul>${r.diagnostics.map((d) => html `<li>${d}</li>`)}</ul>`) : null}${fact('Started', t.started_at)}${fact('Finished', t.finished_at)}${fact('Duration', t.duration_seconds === null ? null : `${t.duration_seconds} s${t.target_seconds !== null ? ` (limit ${t.target_seconds} s)` : ''}`)}${r.signing ? fact('Signing key sha256', html `${code(r.signing.public_key_sha256)}${r.signing.dev_key ? ' (generated dev key: not a release signature)' : null}`) : null}${fact('Tool version', r.tool_version)}</dl>
`;
}
/** Gate and check tables alike: id, result, summary (Markdown code spans rendered). */
function resultTable(rows, idHeading) {
    return table([idHeading, 'Result', 'Summary'], rows.map((g) => [{ value: g.id, kind: 'mono' }, badge(g.status), inlineMarkdown(g.summary)]));
}
function gatesSection(model) {
    const p = model.policy;
    return html `<h2>Gates</h2>
${model.gates.length > 0 ? html `<h3>The bundle's validations</h3>\n${resultTable(model.gates, 'Validation')}` : html `<p class="muted">The bundle declares no validations.</p>\n`}${p ? html `<h3>Promotion policy ${code(p.policy_id)} ${badge(p.status)}</h3>
${resultTable(p.rules, 'Gate')}` : null}`;
}
function outputsSection(model) {
    return html `<h2>Outputs</h2>
${model.outputs.length === 0 ? html `<p class="muted">No outputs recorded.</p>\n` : table(['Path', 'Kind', 'Bytes', 'sha256'], model.outputs.map((o) => [{ value: o.path, kind: 'mono' }, o.kind, o.size_bytes ?? '?', { value: o.sha256 ?? 'not recorded', kind: 'hash' }]))}`;
}
function timelineSection(model) {
    if (model.stages.length === 0)
        return null;
    const bar = (s) => html `<div class="track">${s.offset_pct === null || s.width_pct === null ? null : html `<div class="bar ${statusClass(s.status)}" style="margin-left:${s.offset_pct}%;width:${s.width_pct}%" title="${s.started_at} → ${s.finished_at}"></div>`}</div>`;
    return html `<h2>Stage timeline</h2>
${table(['Stage', 'Result', 'ms', { heading: 'Time', width: '40%' }, 'Message'], model.stages.map((s) => [s.stage, badge(s.status), s.duration_ms ?? '?', bar(s), inlineMarkdown(s.message)]), 'timeline')}`;
}
function eventsSection(model) {
    const e = model.events;
    return html `<h2>Event chain</h2>
<details${e.rows.length <= 50 ? ' open' : ''}><summary>${e.total_lines} events (evidence/events.jsonl)</summary>
${e.note ? html `<p class="note">${e.note}</p>` : null}${table(['seq', 'Type', 'Tool', 'Status', 'Timestamp', 'Hash'], e.rows.map((r) => [r.seq ?? '?', r.event_type, r.tool_name ?? '', r.status ?? '', { value: r.timestamp ?? '', kind: 'mono' }, { value: r.hash_prefix ?? '', kind: 'mono' }]))}</details>
`;
}
function logBlock(name, log, open) {
    if (!log)
        return html `<p class="muted">${name}: not recorded.</p>\n`;
    const notes = [
        log.truncated ? `showing the first ${log.shown_bytes} of ${log.total_bytes} bytes` : `${log.total_bytes} bytes`,
        log.capture_truncated ? 'the run itself stored only part of this stream' : null,
    ].filter((n) => n !== null).join('; ');
    return html `<details${open ? ' open' : ''}><summary>${name} (${log.path}): ${notes}</summary>
<pre>${log.text}</pre>
</details>
`;
}
/** A failed job's logs are open: the reason it failed is in them. */
function logsSection(model) {
    const open = model.failed_run !== null;
    return html `<h2>Logs</h2>
${logBlock('stdout', model.logs.stdout, open)}${logBlock('stderr', model.logs.stderr, open)}`;
}
function commandsSection(model) {
    const c = model.commands;
    return html `<h2>Verify and replay</h2>
<p>Verify (from the folder holding it):</p>
<pre>${c.verify}</pre>
<p>Show the recorded plan, then re-run it and compare output hashes:</p>
<pre>${c.replay}
${c.replay_execute}</pre>
`;
}

;// CONCATENATED MODULE: ./src/view/style.ts
/**
 * The page's only styling: inline, so the file stays self-contained under `default-src 'none'`.
 * Long ids and paths wrap only where they must (`break-word`), digests anywhere; under 700 px
 * every table stacks each row into labelled lines, so nothing scrolls sideways on a phone.
 */
const PAGE_CSS = `
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem 3rem; color: #1d232a; background: #fff; overflow-wrap: break-word; }
h1 { font-size: 1.5rem; margin: .25rem 0 .5rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d8dee4; padding-bottom: .25rem; } h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
code, pre, .mono, .hash { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
p code, li code, dd code { overflow-wrap: anywhere; }
pre { background: #f6f8fa; border: 1px solid #d8dee4; padding: .6rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; } th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #eaeef2; }
th { background: #f6f8fa; font-weight: 600; } td.hash { overflow-wrap: anywhere; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; } dt { font-weight: 600; color: #57606a; } dd { margin: 0; min-width: 0; }
.badge { display: inline-block; padding: .1rem .5rem; border-radius: 1rem; font-weight: 700; font-size: 12px; text-transform: uppercase; }
.ok { background: #dafbe1; color: #116329; } .bad { background: #ffebe9; color: #a40e26; } .warn { background: #fff8c5; color: #7d4e00; } .neutral { background: #eaeef2; color: #424a53; }
.decision { border: 2px solid #d8dee4; border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; } .decision .badge { font-size: 1.1rem; } .decision p { margin: .4rem 0; }
.decision.ok { border-color: #1a7f37; } .decision.bad { border-color: #cf222e; } .decision.warn { border-color: #bf8700; }
.devkey { background: #fff8c5; color: #4d2d00; border-left: 4px solid #bf8700; padding: .35rem .6rem; border-radius: 4px; }
.failed-banner { background: #cf222e; color: #fff; padding: .75rem 1rem; border-radius: 8px; margin: .75rem 0; }
.failed-banner h1 { margin: 0 0 .25rem; font-size: 1.2rem; } .failed-banner p { margin: 0; } .failed-banner code { color: #fff; font-weight: 700; }
.failed-run h2 { color: #a40e26; margin-top: 1rem; } pre.stderr { background: #fff5f5; border-color: #cf222e; }
.bad-text { color: #a40e26; }
.timeline { position: relative; } .track { background: #f6f8fa; height: 14px; border-radius: 3px; min-width: 4rem; }
.bar { height: 14px; border-radius: 3px; } .bar.ok { background: #2da44e; } .bar.bad { background: #cf222e; } .bar.warn { background: #d4a72c; } .bar.neutral { background: #8c959f; }
.muted { color: #57606a; } .note { color: #7d4e00; } footer { margin-top: 3rem; color: #57606a; font-size: 12px; }
details > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
@media (max-width: 700px) {
  body { padding: .5rem .75rem 2rem; }
  h1 { font-size: 1.25rem; }
  dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: .4rem; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: auto; }
  table.stack thead { display: none; }
  table.stack tr { border-bottom: 1px solid #d8dee4; padding: .3rem 0; }
  table.stack td { border: 0; padding: .1rem .25rem; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; color: #57606a; font-family: system-ui, sans-serif; }
}
`;

;// CONCATENATED MODULE: ./src/view/render.ts







/** No scripts, fonts, images, frames or network: only the inline style block may load. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
/** The review page: one self-contained HTML file, the same bytes for the same capsule. */
function renderViewPage(model) {
    const title = `${model.verification.status === 'pass' ? '' : 'FAILED VERIFICATION: '}${model.decision?.decision ?? 'no decision'}: ${model.source.name}`;
    return html `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new SafeHtml(PAGE_CSS)}</style>
</head>
<body>
${failedBanner(model)}${decisionHeader(model)}${failedRunSection(model)}${verificationSection(model)}${comparisonSection(model)}${runSection(model)}${gatesSection(model)}${outputsSection(model)}${timelineSection(model)}${eventsSection(model)}${logsSection(model)}${commandsSection(model)}${notesSection(model)}<footer>Written by ${version/* TOOL_NAME */.l} ${version/* TOOL_VERSION */.w} <code>capsule view</code>. A capsule is promotion evidence, not a production certification: this page shows what the capsule records and which checks passed, nothing more.</footer>
</body>
</html>
`.value;
}
/**
 * First thing on the page when verification failed: nothing below may be trusted. Kept to a
 * few lines so the claimed decision still shows on a phone's first screen; every failed check
 * with its summary is listed, open, under Verification.
 */
function failedBanner(model) {
    const v = model.verification;
    if (v.status === 'pass')
        return null;
    const shown = v.failed.slice(0, 3);
    return html `<section class="failed-banner" role="alert">
<h1>FAILED VERIFICATION: do not trust anything on this page</h1>
<p>${model.source.name} did not verify: everything below is what the ${model.source.kind === 'capsule' ? 'capsule' : 'run folder'} claims, and it may have been altered. Failed: ${shown.map((id, i) => html `${i > 0 ? ', ' : ''}<code>${id}</code>`)}${v.failed.length > shown.length ? ` and ${v.failed.length - shown.length} more` : ''} (see Verification).</p>
</section>
`;
}
/** The decision and why, the dev-key warning beside it, then what to do next. */
function decisionHeader(model) {
    const d = model.decision;
    const run = model.run;
    const subject = html `<p class="muted subject">${model.source.kind === 'capsule' ? 'Capsule' : 'Run folder'} <code>${model.source.name}</code>${model.source.sha256 ? html ` · sha256 <code>${model.source.sha256}</code>` : null}${model.source.size_bytes !== null ? ` · ${model.source.size_bytes} bytes` : null}${run?.run_id ? html ` · run <code>${run.run_id}</code>` : null}</p>`;
    if (!d) {
        return html `<section class="decision neutral" id="decision"><h1>No promotion decision recorded</h1>
<p>This ${model.source.kind === 'capsule' ? 'capsule' : 'folder'} has no <code>promotion/promotion_decision.json</code> (a run folder keeps it in its proof pack and capsule).</p>${devKeyWarning(model)}${subject}</section>
`;
    }
    // An unverified capsule's decision is only a claim: never shown in the colours of a real one.
    const verified = model.verification.status === 'pass';
    const shown = verified ? statusClass(d.decision) : 'neutral';
    return html `<section class="decision ${verified ? shown : 'bad'}" id="decision">
<h1>${verified ? 'Decision' : 'Claimed decision (unverified)'}: <span class="badge ${shown}">${d.decision}</span></h1>
<p class="why"><strong>Why:</strong> ${inlineMarkdown(d.reason)}</p>
${devKeyWarning(model)}${d.blockers.length > 0 ? html `<p><strong>Blockers:</strong> ${d.blockers.map((b, i) => html `${i > 0 ? ', ' : ''}<code>${b}</code>`)}</p>
` : null}${d.next_action ? html `<p><strong>Next:</strong> ${inlineMarkdown(d.next_action)}</p>
` : null}${subject}
</section>
`;
}
function devKeyWarning(model) {
    if (!model.run?.signing?.dev_key)
        return null;
    return html `<p class="devkey" role="note"><strong>Dev-signed:</strong> a key generated for this run signed it: fine for trying things, not a release signature (no trust policy outside the run anchors it).</p>
`;
}
/** A failed job's own words, before anything else can bury them. */
function failedRunSection(model) {
    const f = model.failed_run;
    if (!f)
        return null;
    const t = f.stderr_tail;
    return html `<section class="failed-run" id="failed-run"><h2>The job failed: ${f.why}</h2>
${t ? html `<p>${t.cut ? `Last ${t.lines.length} lines` : 'Everything'} the job wrote to stderr (<code>${t.path}</code>):</p>
<pre class="stderr">${t.lines.join('\n')}</pre>` : html `<p class="muted">The job wrote nothing to stderr.</p>`}
</section>
`;
}
/** All passed: one line ("21 checks passed"), the table a click away. Any failed: the table open. */
function verificationSection(model) {
    const v = model.verification;
    const checks = resultTable(v.checks.map((c) => ({ id: c.id, label: c.id, status: c.status, summary: c.summary })), 'Check');
    const passed = v.checks.length - v.failed.length;
    return html `<h2>Verification ${badge(v.status)}</h2>
<p>Evidence class: <strong>${v.evidence_class ?? 'not established'}</strong></p>
${v.failed.length === 0 ? html `<details><summary>${passed} checks passed</summary>
${checks}</details>
` : html `<p class="bad-text"><strong>${v.failed.length} of ${v.checks.length} checks failed</strong>.</p>
${checks}`}${v.warnings.length > 0 ? html `<p><strong>Warnings:</strong></p><ul>${v.warnings.map((w) => html `<li>${inlineMarkdown(w)}</li>`)}</ul>
` : null}`;
}
function notesSection(model) {
    if (model.notes.length === 0)
        return null;
    return html `<h2>Could not read</h2><ul class="note">${model.notes.map((n) => html `<li>${n}</li>`)}</ul>\n`;
}


/***/ })

};
