import { extname } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { CapsuleError } from '../errors.js';
import { MAX_JSON_DEPTH, parseJsonStrict, type JsonDocument } from '../json/parse.js';
import { readTextFile } from '../fsio/read.js';
import { assertValid } from '../schemas/registry.js';
import { locateTomlPointer } from './toml-locate.js';

export type Lane = 'dev' | 'staging' | 'prod';
export type EvidenceClass = 'AUTHORITATIVE_EVIDENCE' | 'PARTIAL_AUTHORITATIVE_EVIDENCE' | 'NON_AUTHORITATIVE_EVIDENCE';

/** The gate ids a policy may select: AGILAB's manifest checks plus ours (docs/policy.md). */
export const GATE_IDS = [
  'manifest_exists',
  'manifest_schema_supported',
  'manifest_status_pass',
  'validations_pass',
  'declared_artifacts_present',
  'command_present',
  'replay_available',
  'secret_env_values_redacted',
  'run_not_timed_out',
  'required_outputs_present',
  'duration_within_limit',
] as const;
export type GateId = (typeof GATE_IDS)[number];

/** AGILAB's default adoption gate, plus our timeout gate (skipped for plain AGILAB manifests). */
export const DEFAULT_RULES: GateId[] = [
  'manifest_schema_supported',
  'manifest_status_pass',
  'validations_pass',
  'declared_artifacts_present',
  'command_present',
  'replay_available',
  'secret_env_values_redacted',
  'run_not_timed_out',
];

export interface LanePolicy {
  human_gate: boolean;
  allow_dev_key: boolean;
}

/** A loaded, normalized promotion policy: every default filled in. */
export interface PromotionPolicy {
  schema: 'proofcapsule.promotion_policy.v1';
  id: string;
  /** Where it came from: the file path, or "<default>". */
  source: string;
  /** Selected gates, in order, without duplicates. */
  rules: GateId[];
  required_validations: string[] | 'all';
  required_outputs: string[];
  max_duration_seconds: number | null;
  /** null: AUTHORITATIVE_EVIDENCE when the run has an event chain, nothing for plain AGILAB manifests. */
  required_evidence_class: EvidenceClass | null;
  lanes: Record<Lane, LanePolicy>;
}

/** The file form (schemas/promotion-policy.schema.json). AGILAB `agilab.policy.v1` files are accepted. */
interface PolicyFile {
  schema?: string;
  id?: string;
  rules?: (string | { id: string; required?: boolean })[] | Record<string, boolean>;
  required_validations?: string[] | 'all';
  required_outputs?: string[];
  max_duration_seconds?: number;
  required_evidence_class?: EvidenceClass;
  allow_dev_key?: boolean;
  lanes?: Partial<Record<Lane, Partial<LanePolicy>>>;
}

export const DEFAULT_POLICY_ID = 'proofcapsule.default_promotion_gate.v1';

const DEFAULT_LANES: Record<Lane, LanePolicy> = {
  dev: { human_gate: false, allow_dev_key: true },
  staging: { human_gate: false, allow_dev_key: false },
  prod: { human_gate: true, allow_dev_key: false },
};

/** Reads a JSON or TOML policy (by extension; `.toml`/`.tml` is TOML), or returns the default policy. */
export function loadPromotionPolicy(path?: string): PromotionPolicy {
  if (path === undefined) return normalizePolicy({}, '<default>');
  const text = readTextFile(path);
  const isToml = ['.toml', '.tml'].includes(extname(path).toLowerCase());
  const { value, doc } = isToml ? parseTomlPolicy(text, path) : parseJsonPolicy(text, path);
  assertValid('promotion-policy', value, path, doc);
  return normalizePolicy(value as PolicyFile, path);
}


function parseJsonPolicy(text: string, path: string): { value: unknown; doc: JsonDocument } {
  const doc = parseJsonStrict(text, path);
  return { value: doc.value, doc };
}

function parseTomlPolicy(text: string, path: string): { value: unknown; doc: JsonDocument } {
  let value: unknown;
  try {
    value = parseToml(text, { maxDepth: MAX_JSON_DEPTH });
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const firstLine = err.message.split('\n')[0];
    throw new CapsuleError('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${firstLine}`, { file: path, line: err.line, column: err.column });
  }
  // smol-toml returns its own Date types for datetimes; a plain JSON view is what the schema checks.
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  return { value: plain, doc: { file: path, value: plain, locate: (pointer) => locateTomlPointer(text, pointer) } };
}

function normalizePolicy(file: PolicyFile, source: string): PromotionPolicy {
  const rules = selectedRules(file);
  if ((file.required_outputs ?? []).length > 0) rules.push('required_outputs_present');
  if (file.max_duration_seconds !== undefined) rules.push('duration_within_limit');
  return {
    schema: 'proofcapsule.promotion_policy.v1',
    id: file.id ?? DEFAULT_POLICY_ID,
    source,
    rules: [...new Set(rules)],
    required_validations: file.required_validations ?? 'all',
    required_outputs: file.required_outputs ?? [],
    max_duration_seconds: file.max_duration_seconds ?? null,
    required_evidence_class: file.required_evidence_class ?? null,
    lanes: {
      dev: laneOf(file, 'dev'),
      staging: laneOf(file, 'staging'),
      prod: laneOf(file, 'prod'),
    },
  };
}

/** AGILAB's three spellings: a list of ids, a list of {id, required}, or a map id → enabled. */
function selectedRules(file: PolicyFile): GateId[] {
  const rules = file.rules;
  if (rules === undefined) return [...DEFAULT_RULES];
  if (Array.isArray(rules)) {
    return rules.flatMap((rule) => (typeof rule === 'string' ? [rule] : rule.required === false ? [] : [rule.id])) as GateId[];
  }
  return Object.entries(rules).filter(([, enabled]) => enabled).map(([id]) => id) as GateId[];
}

function laneOf(file: PolicyFile, lane: Lane): LanePolicy {
  const declared = file.lanes?.[lane] ?? {};
  return {
    // The prod human gate is the floor (docs/policy.md): the schema refuses turning it off.
    human_gate: declared.human_gate ?? DEFAULT_LANES[lane].human_gate,
    allow_dev_key: declared.allow_dev_key ?? file.allow_dev_key ?? DEFAULT_LANES[lane].allow_dev_key,
  };
}
