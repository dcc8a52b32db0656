import { basename } from 'node:path';
import type { RunRecord } from '../record/types.js';
import { artifactRows, type ArtifactRow } from './artifact-rows.js';

export type CardType = 'model' | 'dataset' | 'prompt' | 'eval';
export const CARD_TYPES: CardType[] = ['model', 'dataset', 'prompt', 'eval'];

/** `agilab.evidence_card.v1` (AGILAB's fields, plus `present` and the artifacts of the card's kind). */
export interface EvidenceCard {
  schema: 'agilab.evidence_card.v1';
  card_type: CardType;
  run_id: string;
  path_id: string;
  source_manifest: string;
  source_manifest_sha256: string;
  name: string;
  /** False when the run declared no artifact of this kind: the card is still written, so the file set is constant. */
  present: boolean;
  artifacts: ArtifactRow[];
  [field: string]: unknown;
}

/** The four cards, from the manifest artifacts by kind (model, dataset, prompt, eval). */
export function buildCards(record: RunRecord): Record<CardType, EvidenceCard> {
  const { manifest } = record;
  const rows = artifactRows(record);
  const base = (type: CardType) => {
    const own = rows.filter((r) => r.kind === type);
    return {
      schema: 'agilab.evidence_card.v1' as const,
      card_type: type,
      run_id: manifest.run_id,
      path_id: manifest.path_id,
      source_manifest: basename(record.manifestPath),
      source_manifest_sha256: record.manifestSha256,
      name: own[0]?.name ?? declaredName(record, type) ?? 'not-declared',
      present: own.length > 0,
      artifacts: own,
    };
  };
  const validations = manifest.validations.map((v) => ({ label: v.label, status: v.status, summary: v.summary }));
  return {
    model: {
      ...base('model'),
      intended_use: manifest.label,
      limitations: ['Generated from run evidence only; enrich with domain model metadata before external certification.'],
      metrics: {
        status: manifest.status,
        validation_count: validations.length,
        passed_validation_count: validations.filter((v) => v.status === 'pass').length,
        duration_seconds: manifest.timing.duration_seconds,
        target_seconds: manifest.timing.target_seconds,
      },
    },
    dataset: {
      ...base('dataset'),
      known_limitations: ['Dataset semantics are inferred from artifact records unless the run declares richer metadata.'],
    },
    prompt: {
      ...base('prompt'),
      command_label: manifest.command.label,
      argv_recorded: manifest.command.argv.length > 0,
      argv: [...manifest.command.argv],
      notes: ['Prompt content is not inferred from command arguments; declare a prompt output (kind prompt) to carry it.'],
    },
    eval: {
      ...base('eval'),
      name: rows.find((r) => r.kind === 'eval')?.name ?? `${manifest.label} evaluation`,
      present: rows.some((r) => r.kind === 'eval') || validations.length > 0,
      status: manifest.status,
      validations,
    },
  };
}

/** AGILAB reads a card's name from a validation's details (`details.model`, `details.dataset`, ...). */
function declaredName(record: RunRecord, type: CardType): string | undefined {
  for (const v of record.manifest.validations) {
    const value = v.details[type];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
