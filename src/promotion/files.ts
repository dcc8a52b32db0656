import type { GeneratedFile, RunRecord } from '../record/types.js';
import { provenanceSubjects } from '../exports/provenance.js';
import type { RunComparison } from '../manifest/run-diff.js';
import { stableJson } from '../json/write.js';
import type { SigningKey } from '../keys/ed25519.js';
import { buildCards } from './cards.js';
import { decidePromotion } from './decide.js';
import { dossierFileRow, renderDossierMarkdown, type EvidenceManifest } from './dossier.js';
import { evaluatePolicy, type PolicyReport, type VerificationStatus } from './evaluate.js';
import { buildMetadataStoreEntry } from './metadata-store.js';
import { loadPromotionPolicy, type PromotionPolicy } from './policy.js';
import { renderReplayScript } from './replay-script.js';
import { buildRunStory, renderRunStoryMarkdown } from './story.js';
import type { PromotionDecision } from './types.js';
import { buildVerificationSummaryStatement } from './vsa.js';

export interface PromotionFileOptions {
  verificationStatus?: VerificationStatus;
  evidenceClass?: string;
  /** Signs the decision's SLSA VSA envelope; without it the envelope is unsigned. */
  key?: SigningKey;
  /** An already loaded policy (wins over policyPath). */
  policy?: PromotionPolicy;
  /** Where replay.sh finds the run folder, relative to the script's folder (default `..`: the pack root). */
  replayRunDir?: string;
  /** --strict: policy keys nothing reads fail the policy. */
  strict?: boolean;
  /** The decision already taken on this record, and the policy report it rests on (not taken again). */
  decided?: { decision: PromotionDecision; policyReport: PolicyReport };
  /** The run compared with its verified baseline, for the policy's baseline gates. */
  baseline?: RunComparison;
}

export interface PromotionFiles {
  files: GeneratedFile[];
  decision: PromotionDecision;
  policyReport: PolicyReport;
}

export const PROMOTION_DIR = 'promotion';

/**
 * The promotion documents of a proof pack: AGILAB's root set (policy report, four cards,
 * metadata-store entry) and `promotion/` (decision, dossier, evidence manifest, policy results,
 * run story, replay.sh, the decision as a SLSA VSA). The file set is the same for every run;
 * every time in it is the record's `createdAt`.
 */
export function buildPromotionFiles(record: RunRecord, policyPath?: string, options: PromotionFileOptions = {}): PromotionFiles {
  const { manifest } = record;
  const policy = options.policy ?? loadPromotionPolicy(policyPath);
  const policyReport = options.decided?.policyReport ?? evaluatePolicy(manifest, policy, {
    evidenceClass: options.evidenceClass,
    verificationStatus: options.verificationStatus,
    manifestPath: record.manifestPath,
    strict: options.strict,
    baseline: options.baseline,
  });
  const decision = options.decided?.decision ?? decidePromotion(manifest, policyReport, { createdAt: record.createdAt });
  const cards = buildCards(record);
  const story = buildRunStory(record);

  const decisionFile = json(`${PROMOTION_DIR}/promotion_decision.json`, decision);
  const dossierParts: [string, string, GeneratedFile][] = [
    ['promotion_decision', 'decision', decisionFile],
    ['policy_results', 'policy', json(`${PROMOTION_DIR}/policy_results.json`, policyReport)],
    ['run_story_json', 'story-json', json(`${PROMOTION_DIR}/run_story.json`, story)],
    ['run_story_markdown', 'story-markdown', { path: `${PROMOTION_DIR}/run_story.md`, content: renderRunStoryMarkdown(story) }],
    ['replay', 'script', { path: `${PROMOTION_DIR}/replay.sh`, content: renderReplayScript(manifest, { runDir: options.replayRunDir }) }],
  ];
  const decisionRow = dossierFileRow('promotion_decision', 'decision', decisionFile);
  const vsa = buildVerificationSummaryStatement(decision, record, [...provenanceSubjects(record), { name: decisionRow.path, sha256: decisionRow.sha256 }], options.key);
  dossierParts.push(...vsa.map((file): [string, string, GeneratedFile] => ['verification_summary', 'in-toto-slsa-vsa', file]));

  const rows = dossierParts.map(([id, kind, file]) => dossierFileRow(id, kind, file));
  const evidenceClass = policyReport.evidence_class;
  const lane = manifest.proof_capsule?.bundle.lane ?? null;
  const dossier: GeneratedFile = {
    path: `${PROMOTION_DIR}/promotion_dossier.md`,
    content: renderDossierMarkdown({ decision, report: policyReport, story, evidenceClass, lane, files: rows }),
  };
  const evidenceManifest: EvidenceManifest = {
    schema: 'agilab.promotion_evidence_manifest.v1',
    status: decision.status,
    decision: decision.decision,
    manifest_path: story.manifest_path,
    manifest_sha256: record.manifestSha256,
    policy_id: policy.id,
    policy_path: policyReport.policy_source,
    source_artifacts: story.artifacts,
    dossier_files: [...rows, dossierFileRow('promotion_dossier', 'markdown', dossier)],
  };

  const files: GeneratedFile[] = [
    json('policy-report.json', policyReport),
    json('model-card.json', cards.model),
    json('dataset-card.json', cards.dataset),
    json('prompt-card.json', cards.prompt),
    json('eval-card.json', cards.eval),
    json('metadata-store-entry.json', buildMetadataStoreEntry(record, decision, evidenceClass)),
    ...dossierParts.map(([, , file]) => file),
    dossier,
    json(`${PROMOTION_DIR}/evidence_manifest.json`, evidenceManifest),
  ];
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), decision, policyReport };
}

function json(path: string, value: unknown): GeneratedFile {
  return { path, content: stableJson(value) };
}
