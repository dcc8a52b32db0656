import path from 'node:path';
import type { PipelineResult } from '../pipeline/types.js';
import { commandLine, shellWord } from '../text/shell.js';
import { baselineRows, baselineSection } from './baseline-summary.js';
import { DECISION_BADGE, cell, size, table } from './markdown.js';
import type { FailedRun } from './failed-run.js';
import type { ActionOutcome } from './outcome.js';

/** GitHub refuses a step summary over 1 MiB; stay under it with room for what others append. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

/**
 * The job summary: the decision and why first (a failed job's stderr tail with them), then the
 * comparison with the baseline (when one was given), the bundle's validations, a one-line
 * timeline of stages, the files with their hashes and the commands to verify and replay. Long tables are cut
 * (with a note) until the whole fits in `limitBytes`.
 */
export function renderSummary(outcome: ActionOutcome, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const r = outcome.result;
  const longest = Math.max(r.gates.length, r.outputs.length, r.verification.checks.length, baselineRows(r));
  return fitToBytes((rows) => summaryText(outcome, rows), longest, limitBytes);
}

/** Without a trust-policy input the class holds only under the policy the run wrote for its own key. */
const SELF_ANCHORED = ' under the run\'s own trust policy (self-attested: set `trust-policy` to verify under yours)';

/** A comment body under GitHub's 65,536-character limit for PR comments. */
const COMMENT_LIMIT_BYTES = 60_000;

/** The PR comment: the decision, the comparison with the baseline, the gates and where the capsule is. */
export function renderComment(o: ActionOutcome, limitBytes = COMMENT_LIMIT_BYTES): string {
  const links: string[] = [];
  if (o.upload.status === 'uploaded') links.push(`Capsule: [${cell(o.upload.name)}](${o.upload.url}) · SHA-256 \`${o.result.capsuleSha256}\``);
  else links.push(`Capsule SHA-256 \`${o.result.capsuleSha256}\` (not uploaded: ${cell(o.upload.reason)})`);
  const run = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY ?? ''}/actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`;
  links.push(`Evidence class \`${cell(o.result.evidenceClass)}\`${o.result.selfAnchored ? SELF_ANCHORED : ''} · [job summary](${run})`);
  const sections = (rows: number): string[] => [
    decisionSection(o.result, o),
    baselineSection(o.result, rows),
    `### Validations\n\n${gatesTable(o.result, rows)}`,
    links.join('\n\n'),
  ];
  const text = (rows: number): string => `${sections(rows).filter((s) => s !== '').join('\n\n')}\n`;
  return fitToBytes(text, Math.max(o.result.gates.length, baselineRows(o.result)), limitBytes);
}

/** Renders with ever fewer table rows until the text fits; cuts it as a last resort. */
function fitToBytes(render: (rows: number) => string, longest: number, limitBytes: number): string {
  for (let rows = longest; ; rows = Math.floor(rows / 2)) {
    const text = render(rows);
    if (Buffer.byteLength(text) <= limitBytes) return text;
    if (rows === 0) return cutToBytes(text, limitBytes);
  }
}

function summaryText(o: ActionOutcome, rows: number): string {
  return [
    decisionSection(o.result, o),
    factsSection(o),
    warningsSection(o),
    baselineSection(o.result, rows),
    `### Validations\n\n${gatesTable(o.result, rows)}`,
    timelineSection(o.result),
    checksSection(o.result, rows),
    filesSection(o, rows),
    commandsSection(o),
  ]
    .filter((s) => s !== '')
    .join('\n\n')
    .concat('\n');
}

/**
 * The decision, why, and, when the job itself failed, the end of its stderr: what a reviewer
 * reads first, with no click. Then blockers and the next action.
 */
function decisionSection(result: PipelineResult, o: Pick<ActionOutcome, 'fails' | 'inputs' | 'failedRun' | 'next'>): string {
  const d = result.decision;
  const check = o.fails ? `this check fails (fail-on: ${o.inputs.failOn})` : `this check passes (fail-on: ${o.inputs.failOn})`;
  const lines = [`## ${DECISION_BADGE[d.decision] ?? d.decision}: ${cell(d.label || 'proof capsule')}`, '', `**Why:** ${cell(d.reason, 4000)}`, '', `Decision \`${d.decision}\`: ${check}.`];
  if (o.failedRun) lines.push('', failedRunBlock(o.failedRun));
  if (d.blockers.length > 0) lines.push('', '**Blockers:**', ...d.blockers.slice(0, 50).map((b) => `- ${cell(b, 1000)}`));
  if (d.blockers.length > 50) lines.push(`- … ${d.blockers.length - 50} more in promotion/promotion_decision.json`);
  lines.push('', `**Next:** ${cell(o.next || d.next_action, 1000)}`);
  return lines.join('\n');
}

/** The job's own last words, in a fence no line of theirs can close. */
function failedRunBlock(f: FailedRun): string {
  const head = `**The job failed:** ${cell(f.why)}.`;
  if (!f.stderr) return `${head} It wrote nothing to stderr.`;
  const longestTicks = Math.max(0, ...f.stderr.lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((t) => t.length))));
  const fence = '`'.repeat(Math.max(3, longestTicks + 1));
  const what = f.stderr.cut ? `Last ${f.stderr.lines.length} lines of its stderr` : 'Its stderr';
  return `${head} ${what} (\`${cell(f.stderr.path)}\`, redacted):\n\n${fence}text\n${f.stderr.lines.join('\n')}\n${fence}`;
}

function gatesTable(result: PipelineResult, rows: number): string {
  if (result.gates.length === 0) return '_The bundle declares no validations._';
  const mark = (status: string): string => (status === 'pass' ? `✅ ${status}` : status === 'fail' ? `❌ ${status}` : `⚠️ ${status}`);
  return table(['Validation', 'Status', 'Summary'], result.gates.map((g) => [g.label, mark(g.status), g.summary]), rows, 'run_manifest.json in the capsule');
}

function factsSection(o: ActionOutcome): string {
  const r = o.result;
  const passed = r.verification.checks.filter((c) => c.status === 'pass').length;
  const key = r.devKey ? `\`${r.publicKeySha256}\` (dev key generated for this run: no trust policy anchors it)` : `\`${r.publicKeySha256}\``;
  const rows: [string, string][] = [
    ['Job', `\`${cell(commandLine(r.job.argv))}\`: ${cell(r.job.summary)}`],
    ['Evidence class', `\`${cell(r.evidenceClass)}\`${r.selfAnchored ? SELF_ANCHORED : ''}`],
    ['Verification', `${r.verification.status} (${passed}/${r.verification.checks.length} checks pass${r.verification.strict ? ', strict' : ''})`],
    ['Capsule SHA-256', `\`${r.capsuleSha256}\``],
    ['Signing key SHA-256', key],
    ['Policy', `${cell(r.decision.policy_status)}`],
    ['Run', `\`${cell(r.decision.run_id)}\``],
  ];
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

function warningsSection(o: ActionOutcome): string {
  const lines = [...o.failures.map((f) => `> [!CAUTION]\n> ${cell(f, 2000)}`), ...o.warnings.map((w) => `> [!WARNING]\n> ${cell(w, 2000)}`)];
  return lines.join('\n\n');
}

/**
 * The stages on one line (status, name, time), then the message of each stage that did not
 * pass: the whole run at a glance, the detail only where something went wrong.
 */
function timelineSection(result: PipelineResult): string {
  if (result.stages.length === 0) return '';
  const mark = { pass: '✅', warn: '⚠️', fail: '❌' } as const;
  const total = result.stages.reduce((sum, s) => sum + s.durationMs, 0);
  const line = result.stages.map((s) => `${mark[s.status]} ${s.stage} ${Math.round(s.durationMs)} ms`).join(' → ');
  const notes = result.stages.filter((s) => s.status !== 'pass').map((s) => `- ${mark[s.status]} **${s.stage}**: ${cell(s.message, 1000)}`);
  return [`### Timeline (${Math.round(total)} ms)`, '', line, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

function checksSection(result: PipelineResult, rows: number): string {
  const v = result.verification;
  const body = table(['Check', 'Status', 'Summary'], v.checks.map((c) => [c.id, c.status === 'pass' ? '✅ pass' : '❌ fail', c.summary]), rows, 'the verify report (capsule verify --json)');
  return `<details><summary>Verification: ${v.status}, ${v.checks.length} checks</summary>\n\n${body}\n\n</details>`;
}

function filesSection(o: ActionOutcome, rows: number): string {
  const published = table(['File', 'Size', 'SHA-256'], o.files.map((f) => [path.basename(f.path), size(f.size), `\`${f.sha256}\``]), o.files.length, 'out-dir');
  const outputs = o.result.outputs.length === 0 ? '' : `\n\n**Run outputs**\n\n${table(['Output', 'Size', 'SHA-256'], o.result.outputs.map((f) => [f.path, size(f.size_bytes), `\`${f.sha256}\``]), rows, 'run_manifest.json in the capsule')}`;
  const where: string[] = [];
  if (o.upload.status === 'uploaded') where.push(`- Artifact [${cell(o.upload.name)}](${o.upload.url}) (id ${o.upload.id}, ${size(o.upload.size)})`);
  else where.push(`- Artifact not uploaded: ${cell(o.upload.reason)}. Files are in \`${cell(path.dirname(o.result.capsulePath))}\`.`);
  for (const a of o.release?.assets ?? []) where.push(`- Release \`${cell(o.release!.tag)}\`: [${cell(a.name)}](${a.url})`);
  if (o.attestation?.status === 'attested') where.push(`- Attestation: ${o.attestation.url ? `[${o.attestation.id}](${o.attestation.url})` : 'stored'}`);
  if (o.comment) where.push(`- PR comment ${o.comment.action}: ${o.comment.url}`);
  return `### Artifacts\n\n${published}${outputs}\n\n${where.join('\n')}`;
}

/** Copy-paste commands: in a later step of this job, and anywhere after downloading the artifact. */
function commandsSection(o: ActionOutcome): string {
  const capsule = o.files.find((f) => f.role === 'capsule')!;
  const sig = o.files.find((f) => f.role === 'signature');
  const policy = o.inputs.trustPolicyPath;
  const verifyArgs = (capsulePath: string, sigPath: string | undefined, policyPath: string | undefined): string =>
    [capsulePath, ...(sigPath ? ['--signature', sigPath] : []), ...(policyPath ? ['--trust-policy', policyPath] : []), '--require-signature', '--strict'].map(shellWord).join(' ');
  const cli = shellWord(path.join(o.actionRoot, 'dist', 'cli.js'));
  const here = [
    '# in a later step of this job',
    `node ${cli} verify ${verifyArgs(capsule.path, sig?.path, policy)}`,
    `node ${cli} replay ${shellWord(capsule.path)}`,
  ];
  const name = path.basename(capsule.path);
  const anywhere = [
    '# anywhere: download the artifact, then verify with the capsule CLI',
    ...(o.upload.status === 'uploaded' ? [`gh run download ${shellWord(process.env.GITHUB_RUN_ID ?? '<run-id>')} --repo ${shellWord(process.env.GITHUB_REPOSITORY ?? '<owner/repo>')} --name ${shellWord(o.upload.name)}`] : []),
    `capsule verify ${verifyArgs(name, sig ? path.basename(sig.path) : undefined, policy ? path.basename(policy) : 'trust-policy.json')}`,
    `capsule replay ${shellWord(name)} --execute`,
  ];
  const anchor = policy
    ? ''
    : `\n\nNo trust policy was given. A policy that anchors this signing key:\n\n\`\`\`json\n${JSON.stringify({ schema: 'agilab.proof_capsule_trust_policy.v1', allowed_public_key_sha256: [o.result.publicKeySha256] }, null, 2)}\n\`\`\``;
  return `### Verify and replay\n\n\`\`\`sh\n${here.join('\n')}\n\n${anywhere.join('\n')}\n\`\`\`${anchor}`;
}

/** The last resort when even empty tables do not fit: cut at a line and say so. */
function cutToBytes(text: string, limitBytes: number): string {
  const note = '\n\n_Cut to fit the size limit; the full record is in the capsule._\n';
  const budget = limitBytes - Buffer.byteLength(note);
  const bytes = Buffer.from(text).subarray(0, Math.max(0, budget));
  const cut = bytes.toString('utf8').replace(/\uFFFD$/, '');
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
