import { mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../fsio/atomic.js';
import { cell as markdownCell, codeSpan } from '../text/markdown.js';
import { sha256File, sha256Hex } from '../hash/sha256.js';
import { writeJsonFile } from '../json/write.js';
import type { ChainReport } from './report.js';
import { summarizeChain, type ChainSummary, type StageRow } from './stages.js';

export interface RunFacts {
  bundleName: string;
  runId: string;
  lane: string;
  executor: string;
  argv: string[];
  outputs: { path: string; sha256: string; size_bytes: number; kind?: string }[];
  gates: { label: string; status: string; summary: string }[];
  decision?: { decision: string; reason: string };
}

export interface RunEvidenceInput {
  eventsPath: string;
  report: ChainReport;
  facts: RunFacts;
  /** The run's finish time (or SOURCE_DATE_EPOCH): never the wall clock, so output is deterministic. */
  createdAt: string;
}

export interface RunEvidenceManifest {
  schema: 'agilab.run_markdown_evidence.v1';
  created_at: string;
  run_id: string;
  session_id: string | null;
  status: ChainReport['status'];
  classification: ChainReport['classification'];
  events: { path: string; sha256: string; size_bytes: number };
  files: { name: string; path: string; sha256: string; size_bytes: number }[];
}

const MANIFEST_NAME = 'run_evidence_manifest.json';

/** What each pipeline stage does, for a reader without the code. */
const STAGE_PURPOSE: [string, string][] = [
  ['validate', 'Check the bundle against its schema and the licence policy'],
  ['place', 'Choose the executor and site the bundle may run on'],
  ['run', 'Execute the bundle command in an isolated workspace'],
  ['collect', 'Collect the declared outputs and hash them'],
  ['gate', 'Evaluate the validation gates on the outputs'],
];

/** A table cell (the one Markdown escaper); a dash for nothing recorded. */
function cell(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : markdownCell(value);
}

function code(value: string | null): string {
  return value ? codeSpan(value) : '—';
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function duration(ms: number | null): string {
  return ms === null ? '—' : `${(ms / 1000).toFixed(3)} s`;
}

function renderPlan(input: RunEvidenceInput): string {
  const { facts, report } = input;
  return `# Run plan: ${cell(facts.bundleName)}

What this run was set up to do, before it ran.

${table(['Field', 'Value'], [
  ['Run id', code(facts.runId)],
  ['Bundle', cell(facts.bundleName)],
  ['Lane', cell(facts.lane)],
  ['Executor', cell(facts.executor)],
  ['Command (argv)', cell(facts.argv.map((a) => JSON.stringify(a)).join(' '))],
  ['Evidence chain session', code(report.session_id)],
])}

## Stages

${table(['#', 'Stage', 'Purpose'], STAGE_PURPOSE.map(([name, purpose], i) => [String(i + 1), name, purpose]))}

## Declared outputs

${facts.outputs.length === 0 ? 'None declared.' : table(['Path', 'Kind'], facts.outputs.map((o) => [cell(o.path), cell(o.kind)]))}

## Gates

${facts.gates.length === 0 ? 'No gates selected.' : table(['Gate'], facts.gates.map((g) => [cell(g.label)]))}
`;
}

function stageRow(s: StageRow, i: number): string[] {
  return [String(i + 1), cell(s.tool_name), cell(s.status), cell(s.started_at), cell(s.finished_at), duration(s.duration_ms), code(s.args_hash), code(s.result_hash ?? s.error)];
}

function renderProcess(input: RunEvidenceInput, summary: ChainSummary, eventsSha256: string): string {
  const { facts, report } = input;
  const counts = Object.keys(summary.counts).sort().map((type) => [type, String(summary.counts[type])]);
  return `# Run process: ${cell(facts.bundleName)}

How the run went, step by step, as recorded in the hash-chained event log
\`events.jsonl\` (session ${code(report.session_id)}, ${report.event_count} events, SHA-256 ${code(eventsSha256)}).

## Stages

${summary.stages.length === 0 ? 'No stages recorded.' : table(['#', 'Stage', 'Status', 'Started (UTC)', 'Finished (UTC)', 'Duration', 'Args hash', 'Result hash / error'], summary.stages.map(stageRow))}

## Events by type

${table(['Event type', 'Count'], counts)}

## Loss and redaction

${table(['What', 'Count'], [
  ['LOG_DROP events (events lost by the recorder)', `${report.drops} (${report.dropped_count} lost)`],
  ['CHAIN_BROKEN events', String(report.breaks)],
  ['REDACTION events', String(report.redactions)],
])}
`;
}

function renderReport(input: RunEvidenceInput): string {
  const { facts, report } = input;
  const decision = facts.decision ? `**Decision: ${cell(facts.decision.decision)}** — ${cell(facts.decision.reason)}\n\n` : '';
  const errors = report.errors.length === 0 ? 'None.' : table(['Line', 'Seq', 'Rule', 'Message'], report.errors.map((e) => [String(e.line), cell(e.seq), code(e.rule), cell(e.message)]));
  return `# Run report: ${cell(facts.bundleName)}

${decision}## Evidence chain

${table(['Check', 'Result'], [
  ['Verification', report.status],
  ['Classification', report.classification],
  ['Events', String(report.event_count)],
  ['Verified through seq', String(report.verified_through_seq)],
  ['Chain head hash', code(report.final_hash)],
  ['Sealed', report.sealed ? 'yes' : 'no'],
  ['Seal key SHA-256', code(report.seal_public_key_sha256)],
  ['Seal key trusted', report.seal_trusted ? 'yes' : 'no'],
])}

### Chain errors

${errors}

## Outputs

${facts.outputs.length === 0 ? 'No outputs.' : table(['Path', 'Kind', 'Size (bytes)', 'SHA-256'], facts.outputs.map((o) => [cell(o.path), cell(o.kind), String(o.size_bytes), code(o.sha256)]))}

## Gates

${facts.gates.length === 0 ? 'No gates selected.' : table(['Gate', 'Status', 'Summary'], facts.gates.map((g) => [cell(g.label), cell(g.status), cell(g.summary)]))}
`;
}

/**
 * Writes RUN_PLAN.md, RUN_PROCESS.md, RUN_REPORT.md and run_evidence_manifest.json into
 * `dir` (the run's `evidence/` folder). Same inputs, same bytes.
 */
export async function writeRunMarkdownEvidence(dir: string, input: RunEvidenceInput): Promise<RunEvidenceManifest> {
  mkdirSync(dir, { recursive: true });
  const events = await sha256File(input.eventsPath);
  const summary = await summarizeChain(input.eventsPath);
  const docs: [string, string][] = [
    ['RUN_PLAN.md', renderPlan(input)],
    ['RUN_PROCESS.md', renderProcess(input, summary, events.sha256)],
    ['RUN_REPORT.md', renderReport(input)],
  ];
  const files = docs.map(([name, body]) => {
    const bytes = Buffer.from(body, 'utf8');
    writeFileAtomic(join(dir, name), bytes);
    return { name, path: name, sha256: sha256Hex(bytes), size_bytes: bytes.length };
  });
  const manifest: RunEvidenceManifest = {
    schema: 'agilab.run_markdown_evidence.v1',
    created_at: input.createdAt,
    run_id: input.facts.runId,
    session_id: input.report.session_id,
    status: input.report.status,
    classification: input.report.classification,
    events: { path: relative(dir, input.eventsPath).split(sep).join('/'), sha256: events.sha256, size_bytes: events.size },
    files,
  };
  writeJsonFile(join(dir, MANIFEST_NAME), manifest);
  return manifest;
}
