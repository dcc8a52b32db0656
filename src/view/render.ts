import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { html, SafeHtml } from './escape.js';
import { commandsSection, eventsSection, gatesSection, logsSection, outputsSection, runSection, timelineSection } from './sections.js';
import { statusClass } from './status-class.js';
import { PAGE_CSS } from './style.js';
import type { ViewModel } from './types.js';

/** No scripts, fonts, images, frames or network: only the inline style block may load. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

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
${failedBanner(model)}${decisionHeader(model)}${verificationSection(model)}${runSection(model)}${gatesSection(model)}${outputsSection(model)}${timelineSection(model)}${eventsSection(model)}${logsSection(model)}${commandsSection(model)}${notesSection(model)}<footer>Written by ${TOOL_NAME} ${TOOL_VERSION} <code>capsule view</code>. A capsule is promotion evidence, not a production certification: this page shows what the capsule records and which checks passed, nothing more.</footer>
</body>
</html>
`.value;
}

/** First thing on the page when verification failed: nothing below may be trusted. */
function failedBanner(model: ViewModel): SafeHtml | null {
  const v = model.verification;
  if (v.status === 'pass') return null;
  const failed = v.checks.filter((c) => c.status === 'fail');
  return html`<section class="failed-banner" role="alert">
<h1>FAILED VERIFICATION: do not trust anything on this page</h1>
<p>${model.source.name} did not verify. Everything shown below is what the ${model.source.kind === 'capsule' ? 'capsule' : 'run folder'} claims, unverified: it may have been altered.</p>
<p>Failed checks:</p>
<ul>${failed.map((c) => html`<li><code>${c.id}</code>: ${c.summary}</li>`)}</ul>
</section>
`;
}

function decisionHeader(model: ViewModel): SafeHtml {
  const d = model.decision;
  const run = model.run;
  const subject = html`<p class="muted">${model.source.kind === 'capsule' ? 'Capsule' : 'Run folder'} <code>${model.source.name}</code>${model.source.sha256 ? html` · sha256 <code>${model.source.sha256}</code>` : null}${model.source.size_bytes !== null ? ` · ${model.source.size_bytes} bytes` : null}${run?.run_id ? html` · run <code>${run.run_id}</code>` : null}</p>`;
  if (!d) {
    return html`<section class="decision neutral"><h1>No promotion decision recorded</h1>
<p>This ${model.source.kind === 'capsule' ? 'capsule' : 'folder'} has no <code>promotion/promotion_decision.json</code> (a run folder keeps it in its proof pack and capsule).</p>${subject}</section>
`;
  }
  // An unverified capsule's decision is only a claim: never shown in the colours of a real one.
  const verified = model.verification.status === 'pass';
  const shown = verified ? statusClass(d.decision) : 'neutral';
  return html`<section class="decision ${verified ? shown : 'bad'}">
<h1>${verified ? 'Decision' : 'Claimed decision (unverified)'}: <span class="badge ${shown}">${d.decision}</span></h1>
<p><strong>Reason:</strong> ${d.reason}</p>
${d.blockers.length > 0 ? html`<p><strong>Blockers:</strong></p><ul>${d.blockers.map((b) => html`<li>${b}</li>`)}</ul>` : null}${d.next_action ? html`<p><strong>Next:</strong> ${d.next_action}</p>` : null}${subject}
</section>
`;
}

function verificationSection(model: ViewModel): SafeHtml {
  const v = model.verification;
  return html`<h2>Verification <span class="badge ${statusClass(v.status)}">${v.status}</span></h2>
<p>Evidence class: <strong>${v.evidence_class ?? 'not established'}</strong> · ${v.checks.length} checks, ${v.failed.length} failed</p>
<table><thead><tr><th>Check</th><th>Result</th><th>Summary</th></tr></thead><tbody>
${v.checks.map((c) => html`<tr><td class="mono">${c.id}</td><td><span class="badge ${statusClass(c.status)}">${c.status}</span></td><td>${c.summary}</td></tr>\n`)}</tbody></table>
${v.warnings.length > 0 ? html`<p><strong>Warnings:</strong></p><ul>${v.warnings.map((w) => html`<li>${w}</li>`)}</ul>\n` : null}`;
}

function notesSection(model: ViewModel): SafeHtml | null {
  if (model.notes.length === 0) return null;
  return html`<h2>Could not read</h2><ul class="note">${model.notes.map((n) => html`<li>${n}</li>`)}</ul>\n`;
}
