import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { html, SafeHtml } from './escape.js';
import { inlineMarkdown } from './markdown.js';
import { comparisonSection } from './comparison.js';
import { badge, commandsSection, eventsSection, gatesSection, logsSection, outputsSection, resultTable, runSection, timelineSection } from './sections.js';
import { statusClass } from './status-class.js';
import { PAGE_CSS } from './style.js';
import type { ViewModel } from './types.js';

/** No scripts, fonts, images, frames or network: only the inline style block may load. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The review page: one self-contained HTML file, the same bytes for the same capsule. */
export function renderViewPage(model: ViewModel): string {
  const title = `${model.verification.status === 'pass' ? '' : 'FAILED VERIFICATION: '}${model.decision?.decision ?? 'no decision'}: ${model.source.name}`;
  return html`<!DOCTYPE html>
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
${failedBanner(model)}${decisionHeader(model)}${failedRunSection(model)}${verificationSection(model)}${comparisonSection(model)}${runSection(model)}${gatesSection(model)}${outputsSection(model)}${timelineSection(model)}${eventsSection(model)}${logsSection(model)}${commandsSection(model)}${notesSection(model)}<footer>Written by ${TOOL_NAME} ${TOOL_VERSION} <code>capsule view</code>. A capsule is promotion evidence, not a production certification: this page shows what the capsule records and which checks passed, nothing more.</footer>
</body>
</html>
`.value;
}

/**
 * First thing on the page when verification failed: nothing below may be trusted. Kept to a
 * few lines so the claimed decision still shows on a phone's first screen; every failed check
 * with its summary is listed, open, under Verification.
 */
function failedBanner(model: ViewModel): SafeHtml | null {
  const v = model.verification;
  if (v.status === 'pass') return null;
  const shown = v.failed.slice(0, 3);
  return html`<section class="failed-banner" role="alert">
<h1>FAILED VERIFICATION: do not trust anything on this page</h1>
<p>${model.source.name} did not verify: everything below is what the ${model.source.kind === 'capsule' ? 'capsule' : 'run folder'} claims, and it may have been altered. Failed: ${shown.map((id, i) => html`${i > 0 ? ', ' : ''}<code>${id}</code>`)}${v.failed.length > shown.length ? ` and ${v.failed.length - shown.length} more` : ''} (see Verification).</p>
</section>
`;
}

/** The decision and why, the dev-key warning beside it, then what to do next. */
function decisionHeader(model: ViewModel): SafeHtml {
  const d = model.decision;
  const run = model.run;
  const subject = html`<p class="muted subject">${model.source.kind === 'capsule' ? 'Capsule' : 'Run folder'} <code>${model.source.name}</code>${model.source.sha256 ? html` · sha256 <code>${model.source.sha256}</code>` : null}${model.source.size_bytes !== null ? ` · ${model.source.size_bytes} bytes` : null}${run?.run_id ? html` · run <code>${run.run_id}</code>` : null}</p>`;
  if (!d) {
    return html`<section class="decision neutral" id="decision"><h1>No promotion decision recorded</h1>
<p>This ${model.source.kind === 'capsule' ? 'capsule' : 'folder'} has no <code>promotion/promotion_decision.json</code> (a run folder keeps it in its proof pack and capsule).</p>${devKeyWarning(model)}${subject}</section>
`;
  }
  // An unverified capsule's decision is only a claim: never shown in the colours of a real one.
  const verified = model.verification.status === 'pass';
  const shown = verified ? statusClass(d.decision) : 'neutral';
  return html`<section class="decision ${verified ? shown : 'bad'}" id="decision">
<h1>${verified ? 'Decision' : 'Claimed decision (unverified)'}: <span class="badge ${shown}">${d.decision}</span></h1>
<p class="why"><strong>Why:</strong> ${inlineMarkdown(d.reason)}</p>
${devKeyWarning(model)}${d.blockers.length > 0 ? html`<p><strong>Blockers:</strong> ${d.blockers.map((b, i) => html`${i > 0 ? ', ' : ''}<code>${b}</code>`)}</p>
` : null}${d.next_action ? html`<p><strong>Next:</strong> ${inlineMarkdown(d.next_action)}</p>
` : null}${subject}
</section>
`;
}

function devKeyWarning(model: ViewModel): SafeHtml | null {
  if (!model.run?.signing?.dev_key) return null;
  return html`<p class="devkey" role="note"><strong>Dev-signed:</strong> a key generated for this run signed it: fine for trying things, not a release signature (no trust policy outside the run anchors it).</p>
`;
}

/** A failed job's own words, before anything else can bury them. */
function failedRunSection(model: ViewModel): SafeHtml | null {
  const f = model.failed_run;
  if (!f) return null;
  const t = f.stderr_tail;
  return html`<section class="failed-run" id="failed-run"><h2>The job failed: ${f.why}</h2>
${t ? html`<p>${t.cut ? `Last ${t.lines.length} lines` : 'Everything'} the job wrote to stderr (<code>${t.path}</code>):</p>
<pre class="stderr">${t.lines.join('\n')}</pre>` : html`<p class="muted">The job wrote nothing to stderr.</p>`}
</section>
`;
}

/** All passed: one line ("21 checks passed"), the table a click away. Any failed: the table open. */
function verificationSection(model: ViewModel): SafeHtml {
  const v = model.verification;
  const checks = resultTable(v.checks.map((c) => ({ id: c.id, label: c.id, status: c.status, summary: c.summary })), 'Check');
  const passed = v.checks.length - v.failed.length;
  return html`<h2>Verification ${badge(v.status)}</h2>
<p>Evidence class: <strong>${v.evidence_class ?? 'not established'}</strong></p>
${v.failed.length === 0 ? html`<details><summary>${passed} checks passed</summary>
${checks}</details>
` : html`<p class="bad-text"><strong>${v.failed.length} of ${v.checks.length} checks failed</strong>.</p>
${checks}`}${v.warnings.length > 0 ? html`<p><strong>Warnings:</strong></p><ul>${v.warnings.map((w) => html`<li>${inlineMarkdown(w)}</li>`)}</ul>
` : null}`;
}

function notesSection(model: ViewModel): SafeHtml | null {
  if (model.notes.length === 0) return null;
  return html`<h2>Could not read</h2><ul class="note">${model.notes.map((n) => html`<li>${n}</li>`)}</ul>\n`;
}
