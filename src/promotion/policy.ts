import { extname } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { CapsuleError } from '../errors.js';
import { MAX_JSON_DEPTH, parseJsonStrict, type JsonDocument } from '../json/parse.js';
import { readTextFile } from '../fsio/read.js';
import { assertValid, unknownTopLevelKeys } from '../schemas/registry.js';
import { locateTomlPointer } from './toml-locate.js';
import { normalizeBaselinePolicy, type BaselinePolicy, type BaselinePolicyFile } from './baseline-policy.js';

export type Lane = 'dev' | 'staging' | 'prod';
export type EvidenceClass = 'AUTHORITATIVE_EVIDENCE' | 'PARTIAL_AUTHORITATIVE_EVIDENCE' | 'NON_AUTHORITATIVE_EVIDENCE';

/** The gate ids a policy may select: AGILAB's manifest checks plus ours (docs/policy.md). */
const GATE_IDS = [
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

interface LanePolicy {
  human_gate: boolean;
  allow_dev_key: boolean;
}

/** A loaded, normalized promotion policy: every default filled in. */
export interface PromotionPolicy {
  schema: 'proofcapsule.promotion_policy.v1';
  id: string;
  /** Where it came from: the file path, or "<default>". */
  source: string;
  /** Selected rule ids, in order, without duplicates; an id no gate has is kept and fails as AGILAB fails it. */
  rules: string[];
  /** Where each selected id no gate has was written (`file:line:column /pointer`), for its failing rule. */
  unknown_rules: Record<string, string>;
  /** Keys no field of the policy names (`x`, `rules/1/note`): AGILAB ignores them; a warning, and under --strict a failing rule. */
  unknown_keys: string[];
  required_validations: string[] | 'all';
  required_outputs: string[];
  max_duration_seconds: number | null;
  /** null: AUTHORITATIVE_EVIDENCE when the run has an event chain, nothing for plain AGILAB manifests. */
  required_evidence_class: EvidenceClass | null;
  lanes: Record<Lane, LanePolicy>;
  /** Regression gates against a verified baseline run; null when the policy has no `baseline` section. */
  baseline: BaselinePolicy | null;
}

/** The file form (schemas/promotion-policy.schema.json). AGILAB `agilab.policy.v1` files are accepted. */
interface PolicyFile {
  schema?: string;
  id?: string;
  rules?: (string | { id: string; required?: boolean; [extra: string]: unknown })[] | Record<string, boolean>;
  required_validations?: string[] | 'all';
  required_outputs?: string[];
  max_duration_seconds?: number;
  required_evidence_class?: EvidenceClass;
  allow_dev_key?: boolean;
  lanes?: Partial<Record<Lane, Partial<LanePolicy>>>;
  baseline?: BaselinePolicyFile;
}

const DEFAULT_POLICY_ID = 'proofcapsule.default_promotion_gate.v1';

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
  return normalizePolicy(value as PolicyFile, path, doc);
}

/** One warning line per key the policy has that nothing reads (AGILAB ignores them too). */
export function policyWarnings(policy: PromotionPolicy): string[] {
  return policy.unknown_keys.length === 0 ? [] : [`${policy.source}: ${policy.unknown_keys.length === 1 ? 'key' : 'keys'} ${policy.unknown_keys.join(', ')} ${policy.unknown_keys.length === 1 ? 'is' : 'are'} not a policy field and ${policy.unknown_keys.length === 1 ? 'is' : 'are'} ignored (--strict fails the policy on ${policy.unknown_keys.length === 1 ? 'it' : 'them'})`];
}

/** A gate id this version has (the others fail as rules: AGILAB's "Unknown or unsupported policy rule"). */
export function isGateId(id: string): id is GateId {
  return (GATE_IDS as readonly string[]).includes(id);
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

function normalizePolicy(file: PolicyFile, source: string, doc?: JsonDocument): PromotionPolicy {
  const rules = selectedRules(file);
  if ((file.required_outputs ?? []).length > 0) rules.push('required_outputs_present');
  if (file.max_duration_seconds !== undefined) rules.push('duration_within_limit');
  return {
    schema: 'proofcapsule.promotion_policy.v1',
    id: file.id ?? DEFAULT_POLICY_ID,
    source,
    rules: [...new Set(rules)],
    unknown_rules: doc ? unknownRuleSources(file, doc) : {},
    unknown_keys: [...unknownTopLevelKeys('promotion-policy', file), ...ruleObjectExtraKeys(file)],
    required_validations: file.required_validations ?? 'all',
    required_outputs: file.required_outputs ?? [],
    max_duration_seconds: file.max_duration_seconds ?? null,
    required_evidence_class: file.required_evidence_class ?? null,
    lanes: {
      dev: laneOf(file, 'dev'),
      staging: laneOf(file, 'staging'),
      prod: laneOf(file, 'prod'),
    },
    baseline: normalizeBaselinePolicy(file.baseline),
  };
}

/** AGILAB's three spellings: a list of ids, a list of {id, required}, or a map id → enabled. */
function selectedRules(file: PolicyFile): string[] {
  const rules = file.rules;
  if (rules === undefined) return [...DEFAULT_RULES];
  if (Array.isArray(rules)) {
    return rules.flatMap((rule) => (typeof rule === 'string' ? [rule] : rule.required === false ? [] : [rule.id]));
  }
  return Object.entries(rules).filter(([, enabled]) => enabled).map(([id]) => id);
}

/** Each selected id no gate has, with where the file wrote it. */
function unknownRuleSources(file: PolicyFile, doc: JsonDocument): Record<string, string> {
  const rules = file.rules;
  if (rules === undefined) return {};
  const written: [string, string][] = Array.isArray(rules)
    ? rules.map((rule, i) => (typeof rule === 'string' ? [rule, `/rules/${i}`] : [rule.id, `/rules/${i}/id`]))
    : Object.keys(rules).map((id) => [id, `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
  const out: Record<string, string> = {};
  for (const [id, pointer] of written) {
    if (isGateId(id) || id in out) continue;
    const at = doc.locate(pointer);
    out[id] = `${doc.file}:${at.line}:${at.column} ${pointer}`;
  }
  return out;
}

/** Keys of `{id, required}` rule objects beyond those two: AGILAB ignores them. */
function ruleObjectExtraKeys(file: PolicyFile): string[] {
  if (!Array.isArray(file.rules)) return [];
  return file.rules.flatMap((rule, i) => (typeof rule === 'string' ? [] : Object.keys(rule).filter((k) => k !== 'id' && k !== 'required').map((k) => `rules/${i}/${k}`)));
}

function laneOf(file: PolicyFile, lane: Lane): LanePolicy {
  const declared = file.lanes?.[lane] ?? {};
  return {
    // The prod human gate is the floor (docs/policy.md): the schema refuses turning it off.
    human_gate: declared.human_gate ?? DEFAULT_LANES[lane].human_gate,
    allow_dev_key: declared.allow_dev_key ?? file.allow_dev_key ?? DEFAULT_LANES[lane].allow_dev_key,
  };
}
