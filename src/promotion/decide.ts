import type { RunManifest } from '../manifest/types.js';
import type { PolicyReport, PromotionRequirements, VerificationStatus } from './evaluate.js';
import type { PromotionDecision } from './types.js';
import { nextSteps } from '../advice/next-steps.js';
import { describeRunFailure } from '../manifest/run-failure.js';

export interface DecisionOptions {
  /** Defaults to the policy report's verification_status. */
  verificationStatus?: VerificationStatus;
  /** Defaults to the policy report's evidence_class. */
  evidenceClass?: string | null;
  /** `YYYY-MM-DDTHH:MM:SSZ`, from the RunRecord: never the wall clock. */
  createdAt: string;
}

const EVIDENCE_RANK: Record<string, number> = {
  AUTHORITATIVE_EVIDENCE: 3,
  PARTIAL_AUTHORITATIVE_EVIDENCE: 2,
  NON_AUTHORITATIVE_EVIDENCE: 1,
};

interface Finding {
  blockers: string[];
  reason: string;
}

/**
 * AGILAB's floor (docs/policy.md): block when the run failed, verification failed or any
 * selected gate failed; otherwise manual-review when evidence is insufficient or the lane
 * needs a human; otherwise promote.
 */
export function decidePromotion(manifest: RunManifest, report: PolicyReport, options: DecisionOptions): PromotionDecision {
  const verification = options.verificationStatus ?? report.verification_status;
  const evidenceClass = options.evidenceClass !== undefined ? options.evidenceClass : report.evidence_class;
  const blocking = blockingFindings(manifest, report, verification);
  const review = blocking.length > 0 ? [] : reviewFindings(manifest, report.requirements, verification, evidenceClass);
  const decision = blocking.length > 0 ? 'block' : review.length > 0 ? 'manual-review' : 'promote';
  const findings = blocking.length > 0 ? blocking : review;
  const selected = report.rules.filter((r) => r.status !== 'skip').length;
  return {
    schema: 'agilab.promotion_decision.v1',
    decision,
    reason: decision === 'promote' ? `policy_passed: all ${selected} selected gates passed` : findings.map((f) => f.reason).join('; '),
    status: decision === 'promote' ? 'pass' : 'fail',
    run_id: manifest.run_id,
    path_id: manifest.path_id,
    label: manifest.label,
    manifest_status: manifest.status,
    policy_status: report.status,
    verification_status: verification,
    blockers: [...new Set(findings.flatMap((f) => f.blockers))].sort(),
    next_action: nextAction(decision, manifest, findings),
    created_at: options.createdAt,
  };
}

function blockingFindings(manifest: RunManifest, report: PolicyReport, verification: VerificationStatus): Finding[] {
  const findings: Finding[] = [];
  const pc = manifest.proof_capsule;
  if (pc?.execution.timed_out && pc.bundle.fail_on_timeout) {
    findings.push({ blockers: ['run_not_timed_out'], reason: `timeout: the run was stopped at the bundle's limit of ${pc.bundle.max_run_seconds} s` });
  } else if (manifest.status === 'fail') {
    findings.push({ blockers: ['manifest_status_pass'], reason: 'manifest_failed: the run status is fail' });
  }
  if (verification === 'fail') findings.push({ blockers: ['verification_status_pass'], reason: 'verification_failed: the evidence did not verify' });
  const failed = report.rules.filter((r) => r.status === 'fail').map((r) => r.id);
  if (failed.length > 0) findings.push({ blockers: failed, reason: `policy_failed: ${failed.length === 1 ? 'gate' : 'gates'} ${failed.join(', ')} failed` });
  return findings;
}

function reviewFindings(manifest: RunManifest, needs: PromotionRequirements, verification: VerificationStatus, evidenceClass: string | null): Finding[] {
  const findings: Finding[] = [];
  if (manifest.status === 'unknown') findings.push({ blockers: ['manifest_status_unknown'], reason: 'insufficient_evidence: the run status is unknown' });
  if (verification === 'unknown') findings.push({ blockers: ['verification_unknown'], reason: 'insufficient_evidence: the evidence was not verified' });
  const required = needs.evidence_class;
  if (required && (EVIDENCE_RANK[evidenceClass ?? ''] ?? 0) < EVIDENCE_RANK[required]!) {
    findings.push({ blockers: ['evidence_class_insufficient'], reason: `insufficient_evidence: the evidence is ${evidenceClass ?? 'unclassified'}, the policy requires ${required}` });
  }
  if (needs.human_gate) {
    const why = manifest.proof_capsule?.bundle.human_gate_required ? 'the bundle sets humanGateRequired' : `lane ${needs.lane} requires a human gate`;
    findings.push({ blockers: ['human_gate_required'], reason: `human_gate: ${why}` });
  }
  if (manifest.proof_capsule?.signing.dev_key && !needs.allow_dev_key) {
    findings.push({ blockers: ['dev_key_not_allowed'], reason: `dev_key: the capsule is signed with a generated dev key, which lane ${needs.lane} does not accept` });
  }
  return findings;
}

/**
 * The advice recorded in the decision itself, so it must hold wherever the capsule goes: paths
 * are those inside the capsule (and its run folder), the bundle is the copy it carries. The
 * CLI and the job summary print the same advice with the user's own paths (src/advice/).
 */
function nextAction(decision: PromotionDecision['decision'], manifest: RunManifest, findings: Finding[]): string {
  const pc = manifest.proof_capsule;
  const name = pc?.bundle.name ?? manifest.label;
  const capsule = `${name}.agipack`;
  return nextSteps(
    {
      decision,
      blockers: findings.flatMap((f) => f.blockers),
      lane: pc?.bundle.lane ?? null,
      devKey: pc?.signing.dev_key ?? false,
      timedOut: pc?.execution.timed_out ?? false,
      maxRunSeconds: pc?.bundle.max_run_seconds ?? null,
      jobFailure: pc ? describeRunFailure({ status: null, exitCode: pc.execution.exit_code, signal: pc.execution.signal, timedOut: pc.execution.timed_out, limitSeconds: pc.bundle.max_run_seconds }) : null,
    },
    {
      bundle: pc ? 'bundle' : 'the command that wrote run_manifest.json',
      bundleFile: pc ? pc.bundle.path : 'run_manifest.json',
      capsule,
      signature: `${capsule}.sig.json`,
      trustPolicy: 'trust-policy.json',
      stderrLog: pc?.execution.logs.stderr.path ?? 'logs/stderr.log',
      policyResults: 'promotion/policy_results.json',
      dossier: 'promotion/promotion_dossier.md',
      key: { key: 'capsule-key.pem', trustPolicy: 'trust-policy.json', exists: false },
    },
  );
}
