import { basename } from 'node:path';
import type { RunManifest } from '../manifest/types.js';
import { runGate, type GateInput, type PolicyGateResult } from './gates.js';
import type { RunComparison, SideSummary } from '../manifest/run-diff.js';
import { baselineGates } from './baseline-gates.js';
import type { EvidenceClass, GateId, Lane, PromotionPolicy } from './policy.js';

export type VerificationStatus = 'pass' | 'fail' | 'unknown';

export interface PolicyContext {
  /** Class of the verified event chain; defaults to the one recorded in the manifest's `proof_capsule` block. */
  evidenceClass?: string;
  /** Result of verifying the evidence; defaults to the manifest integrity checks (see below). */
  verificationStatus?: VerificationStatus;
  /** The manifest on disk, to resolve artifact paths against. */
  manifestPath?: string;
  /** --strict: keys the policy has that nothing reads fail as the rule `policy_keys_known`. */
  strict?: boolean;
  /** This run compared with its verified baseline (--baseline), for the policy's baseline gates. */
  baseline?: RunComparison;
}

/** `agilab.policy_report.v1` (AGILAB's shape, plus `label` per rule and our evidence fields). */
export interface PolicyReport {
  schema: 'agilab.policy_report.v1';
  policy_id: string;
  policy_source: string;
  status: 'pass' | 'fail';
  manifest_path: string;
  run_id: string;
  path_id: string;
  rules: PolicyGateResult[];
  verification_status: VerificationStatus;
  evidence_class: string | null;
  /** What this run needs beyond its gates, resolved from the policy for its lane (read by decidePromotion). */
  requirements: PromotionRequirements;
  /** The verified baseline the baseline gates compared with (only when one was given). */
  baseline?: SideSummary;
}

export interface PromotionRequirements {
  /** null: no chain class required (a plain AGILAB manifest under a policy that sets none). */
  evidence_class: EvidenceClass | null;
  lane: Lane | null;
  human_gate: boolean;
  allow_dev_key: boolean;
}

/** Checks that say whether the manifest itself can be trusted, whatever gates the policy selects. */
const INTEGRITY_GATES: GateId[] = ['manifest_schema_supported', 'secret_env_values_redacted', 'declared_artifacts_present'];

/** Runs the policy's selected gates, in the policy's order. Pure apart from artifact/PATH lookups. */
export function evaluatePolicy(manifest: RunManifest, policy: PromotionPolicy, context: PolicyContext = {}): PolicyReport {
  const input: GateInput = { manifest, policy, manifestPath: context.manifestPath };
  const rules = [...policy.rules.map((id) => runGate(id, input)), ...baselineGates(policy.baseline, context.baseline ?? null)];
  if (context.strict && policy.unknown_keys.length > 0) rules.push(policyKeysKnown(policy));
  const integrityFailed = INTEGRITY_GATES.some((id) => runGate(id, input).status === 'fail');
  return {
    schema: 'agilab.policy_report.v1',
    policy_id: policy.id,
    // Basenames only: documents inside a capsule must not depend on where the files sat.
    policy_source: policy.source === '<default>' ? '<default>' : basename(policy.source),
    status: rules.some((r) => r.status === 'fail') ? 'fail' : 'pass',
    manifest_path: context.manifestPath ? basename(context.manifestPath) : 'run_manifest.json',
    run_id: manifest.run_id,
    path_id: manifest.path_id,
    rules,
    verification_status: context.verificationStatus ?? (integrityFailed ? 'fail' : 'pass'),
    evidence_class: context.evidenceClass ?? manifest.proof_capsule?.evidence.classification ?? null,
    requirements: requirementsFor(manifest, policy),
    ...(context.baseline ? { baseline: context.baseline.a } : {}),
  };
}

/** Under --strict a policy must be fully understood: a key AGILAB and we both ignore may be a typo that loosens it. */
function policyKeysKnown(policy: PromotionPolicy): PolicyGateResult {
  return {
    id: 'policy_keys_known',
    label: 'Every policy key is known',
    status: 'fail',
    summary: `${policy.source} has keys no policy field reads: ${policy.unknown_keys.join(', ')}; --strict refuses them.`,
    details: { unknown_keys: policy.unknown_keys },
  };
}

function requirementsFor(manifest: RunManifest, policy: PromotionPolicy): PromotionRequirements {
  const bundle = manifest.proof_capsule?.bundle;
  const lane = bundle ? policy.lanes[bundle.lane] : undefined;
  return {
    evidence_class: policy.required_evidence_class ?? (manifest.proof_capsule ? 'AUTHORITATIVE_EVIDENCE' : null),
    lane: bundle?.lane ?? null,
    human_gate: bundle ? bundle.human_gate_required || lane!.human_gate : false,
    allow_dev_key: lane?.allow_dev_key ?? true,
  };
}
