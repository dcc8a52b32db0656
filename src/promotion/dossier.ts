import type { GeneratedFile } from '../record/types.js';
import { sha256Hex } from '../hash/sha256.js';
import type { PolicyReport } from './evaluate.js';
import type { RunStory } from './story.js';
import { codeSpan, oneLine } from '../text/markdown.js';
import type { PromotionDecision } from './types.js';

/** A file of the dossier, by id, with its digest (paths are relative to the proof pack root). */
export interface DossierFileRow {
  id: string;
  kind: string;
  path: string;
  exists: boolean;
  size_bytes: number;
  sha256: string;
}

/** `agilab.promotion_evidence_manifest.v1`: what the dossier is made of, by digest. */
export interface EvidenceManifest {
  schema: 'agilab.promotion_evidence_manifest.v1';
  status: string;
  decision: string;
  manifest_path: string;
  manifest_sha256: string;
  policy_id: string;
  policy_path: string;
  source_artifacts: RunStory['artifacts'];
  dossier_files: DossierFileRow[];
}

export function dossierFileRow(id: string, kind: string, file: GeneratedFile): DossierFileRow {
  const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
  return { id, kind, path: file.path, exists: true, size_bytes: bytes.length, sha256: sha256Hex(bytes) };
}

export interface DossierInput {
  decision: PromotionDecision;
  report: PolicyReport;
  story: RunStory;
  evidenceClass: string | null;
  lane: string | null;
  files: DossierFileRow[];
}

/** promotion/promotion_dossier.md: the decision, why, and what to do next, for a human reviewer. */
export function renderDossierMarkdown({ decision, report, story, evidenceClass, lane, files }: DossierInput): string {
  const lines = [
    `# Promotion dossier: ${oneLine(decision.label)}`,
    '',
    '## Decision',
    '',
    `- Decision: ${codeSpan(decision.decision)}`,
    `- Reason: ${oneLine(decision.reason)}`,
    `- Next action: ${decision.next_action}`,
    ...(decision.blockers.length > 0 ? [`- Blockers: ${decision.blockers.map(codeSpan).join(', ')}`] : []),
    '',
    '## Run Summary',
    '',
    `- Run ID: ${codeSpan(decision.run_id)}`,
    `- Path ID: ${codeSpan(decision.path_id)}`,
    `- Run status: ${codeSpan(decision.manifest_status)}`,
    `- Verification: ${codeSpan(decision.verification_status)}`,
    `- Evidence class: ${codeSpan(evidenceClass ?? 'none (no event chain)')}`,
    `- Lane: ${codeSpan(lane ?? 'none (plain AGILAB manifest)')}`,
    ...(report.baseline ? [`- Baseline: ${codeSpan(report.baseline.name)} (run ${codeSpan(report.baseline.run_id)}, sha256 ${codeSpan(report.baseline.sha256 ?? 'none')}, verified)`] : []),
    `- Duration: ${codeSpan(String(story.story.duration_seconds))} seconds`,
    `- Artifact count: ${codeSpan(String(story.story.artifact_count))}`,
    '',
    `## Policy Results (${codeSpan(report.policy_id)}: ${codeSpan(report.status)})`,
    '',
    ...(report.rules.length > 0 ? report.rules.map((r) => `- ${codeSpan(r.status)} ${r.id}: ${oneLine(r.summary)}`) : ['- No policy rules were recorded.']),
    '',
    '## Dossier Files',
    '',
    ...files.map((f) => `- ${codeSpan(f.id)}: ${codeSpan(f.path)} (sha256 ${codeSpan(f.sha256)})`),
    '',
    '## Boundary',
    '',
    'This dossier is promotion evidence, not a production certification. It records what ran, what it produced and which gates passed; it does not deploy, serve or certify anything by itself.',
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
