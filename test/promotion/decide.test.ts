import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decidePromotion } from '../../src/promotion/decide.js';
import { evaluatePolicy, type VerificationStatus } from '../../src/promotion/evaluate.js';
import { loadPromotionPolicy } from '../../src/promotion/policy.js';
import { manifestPath, MANIFESTS, POLICY_DIR, readManifest } from './fixtures.js';

const CREATED_AT = '2026-11-20T10:00:03Z';

function decide(name: keyof typeof MANIFESTS, options: { policy?: string; verificationStatus?: VerificationStatus; evidenceClass?: string } = {}) {
  const manifest = readManifest(name);
  const policy = loadPromotionPolicy(options.policy && resolve(POLICY_DIR, options.policy));
  const report = evaluatePolicy(manifest, policy, { manifestPath: manifestPath(name), verificationStatus: options.verificationStatus, evidenceClass: options.evidenceClass });
  return { report, decision: decidePromotion(manifest, report, { createdAt: CREATED_AT }) };
}

describe('decidePromotion: the decision table', () => {
  it('promotes a passing dev run whose gates all pass', () => {
    const { decision, report } = decide('pass');
    expect(report.status).toBe('pass');
    expect(decision).toMatchObject({ decision: 'promote', status: 'pass', blockers: [], manifest_status: 'pass', policy_status: 'pass', verification_status: 'pass', created_at: CREATED_AT });
    expect(decision.reason).toBe(`policy_passed: all ${report.rules.length} selected gates passed`);
  });

  it('blocks a failed run, naming the failing gates', () => {
    const { decision } = decide('fail');
    expect(decision.decision).toBe('block');
    expect(decision.reason).toContain('manifest_failed');
    expect(decision.reason).toContain('gates manifest_status_pass, validations_pass failed');
    expect(decision.blockers).toEqual(['manifest_status_pass', 'validations_pass']);
    expect(decision.next_action).toContain('then rerun `capsule run bundle`');
  });

  it('blocks a timed-out run with a reason that says timeout', () => {
    const { decision } = decide('timeout');
    expect(decision.decision).toBe('block');
    expect(decision.reason).toMatch(/^timeout: the run was stopped at the bundle's limit of 60 s/);
    expect(decision.blockers).toContain('run_not_timed_out');
    expect(decision.next_action).toContain('maxRunSeconds');
  });

  it('sends a timed-out run to manual-review when the bundle sets failOnTimeout: false (status unknown)', () => {
    const manifest = readManifest('timeout');
    manifest.status = 'unknown';
    manifest.validations = manifest.validations.filter((v) => v.status === 'pass');
    manifest.proof_capsule!.bundle.fail_on_timeout = false;
    const policy = loadPromotionPolicy();
    const report = evaluatePolicy(manifest, policy, { manifestPath: manifestPath('timeout') });
    expect(report.rules.find((r) => r.id === 'run_not_timed_out')?.status).toBe('skip');
    const decision = decidePromotion(manifest, report, { createdAt: CREATED_AT });
    expect(decision.decision).toBe('block');
    expect(decision.blockers).toEqual(['manifest_status_pass']);
    const lenient = evaluatePolicy(manifest, { ...policy, rules: policy.rules.filter((r) => r !== 'manifest_status_pass') }, { manifestPath: manifestPath('timeout') });
    expect(decidePromotion(manifest, lenient, { createdAt: CREATED_AT })).toMatchObject({ decision: 'manual-review', blockers: ['manifest_status_unknown'] });
  });

  it('blocks when only a policy gate fails (duration over the policy limit)', () => {
    const { decision, report } = decide('pass', { policy: 'tight-duration.toml' });
    expect(report.rules.find((r) => r.id === 'duration_within_limit')?.status).toBe('fail');
    expect(decision).toMatchObject({ decision: 'block', blockers: ['duration_within_limit'], reason: 'policy_failed: gate duration_within_limit failed' });
  });

  it('blocks when verification failed even if every gate passed', () => {
    const { decision } = decide('pass', { verificationStatus: 'fail' });
    expect(decision).toMatchObject({ decision: 'block', blockers: ['verification_status_pass'], verification_status: 'fail' });
  });

  it('sends a prod-lane run to manual-review although everything passed', () => {
    const { decision } = decide('prod');
    expect(decision).toMatchObject({ decision: 'manual-review', status: 'fail', blockers: ['human_gate_required'], reason: 'human_gate: lane prod requires a human gate' });
  });

  it('sends a humanGateRequired bundle to manual-review in the dev lane', () => {
    const { decision } = decide('humanGate');
    expect(decision).toMatchObject({ decision: 'manual-review', blockers: ['human_gate_required'], reason: 'human_gate: the bundle sets humanGateRequired' });
  });

  it('sends non-authoritative evidence to manual-review', () => {
    const { decision } = decide('partial');
    expect(decision.decision).toBe('manual-review');
    expect(decision.blockers).toEqual(['evidence_class_insufficient']);
    expect(decision.reason).toContain('PARTIAL_AUTHORITATIVE_EVIDENCE, the policy requires AUTHORITATIVE_EVIDENCE');
  });

  it('lets a policy accept partial evidence', () => {
    const { decision } = decide('partial', { policy: 'release.json' });
    expect(decision.decision).toBe('promote');
  });

  it('uses the verified evidence class over the recorded one', () => {
    const { decision } = decide('pass', { evidenceClass: 'NON_AUTHORITATIVE_EVIDENCE' });
    expect(decision.decision).toBe('manual-review');
    expect(decision.reason).toContain('NON_AUTHORITATIVE_EVIDENCE');
  });

  it('sends unknown verification to manual-review', () => {
    const { decision } = decide('pass', { verificationStatus: 'unknown' });
    expect(decision).toMatchObject({ decision: 'manual-review', blockers: ['verification_unknown'] });
  });

  it('sends a dev-signed staging capsule to manual-review unless the lane allows dev keys', () => {
    expect(decide('stagingDevKey').decision).toMatchObject({ decision: 'manual-review', blockers: ['dev_key_not_allowed'] });
    // release.json allows dev keys in staging but puts staging behind a human gate.
    expect(decide('stagingDevKey', { policy: 'release.json' }).decision).toMatchObject({ decision: 'manual-review', blockers: ['human_gate_required'] });
  });

  it('promotes a plain AGILAB manifest on AGILAB rules (no chain, no lane)', () => {
    const { decision, report } = decide('agilab');
    expect(report.evidence_class).toBeNull();
    expect(report.rules.find((r) => r.id === 'run_not_timed_out')?.status).toBe('skip');
    expect(decision.decision).toBe('promote');
  });

  it('sends a plain AGILAB manifest to manual-review when the policy demands a chain class', () => {
    expect(decide('agilab', { policy: 'release.json' }).decision.decision).toBe('manual-review');
  });

  it('blocks before it reviews: a failing prod run is block, not manual-review', () => {
    const manifest = { ...readManifest('prod'), status: 'fail' as const };
    const policy = loadPromotionPolicy();
    const decision = decidePromotion(manifest, evaluatePolicy(manifest, policy, { manifestPath: manifestPath('prod') }), { createdAt: CREATED_AT });
    expect(decision.decision).toBe('block');
  });
});

describe('evaluatePolicy', () => {
  it('checks required validations and outputs by name', () => {
    const { report } = decide('pass', { policy: 'release.json' });
    const byId = Object.fromEntries(report.rules.map((r) => [r.id, r]));
    expect(byId.validations_pass?.status).toBe('pass');
    expect(byId.required_outputs_present).toMatchObject({ status: 'pass', details: { missing: [] } });
    const manifest = { ...readManifest('pass'), validations: [] };
    const failed = evaluatePolicy(manifest, loadPromotionPolicy(resolve(POLICY_DIR, 'release.json')));
    expect(failed.rules.find((r) => r.id === 'validations_pass')).toMatchObject({ status: 'fail', details: { missing_validations: ['accuracy'] } });
  });

  it('fails the secret gate and the verification when a secret-like value is in clear text', () => {
    const manifest = readManifest('pass');
    manifest.command.env_overrides.API_TOKEN = 'ghp_leaked';
    const report = evaluatePolicy(manifest, loadPromotionPolicy());
    expect(report.rules.find((r) => r.id === 'secret_env_values_redacted')).toMatchObject({ status: 'fail', details: { exposed_names: ['API_TOKEN'] } });
    expect(report.verification_status).toBe('fail');
    expect(JSON.stringify(report)).not.toContain('ghp_leaked');
  });

  it('fails declared_artifacts_present when a declared artifact is gone, and skips it without a manifest path', () => {
    const manifest = readManifest('pass');
    manifest.artifacts.push({ name: 'gone', path: 'artifacts/gone.bin', kind: 'model', exists: true, size_bytes: 1 });
    const onDisk = evaluatePolicy(manifest, loadPromotionPolicy(), { manifestPath: manifestPath('pass') });
    expect(onDisk.rules.find((r) => r.id === 'declared_artifacts_present')).toMatchObject({ status: 'fail', details: { missing: ['artifacts/gone.bin'] } });
    const noPath = evaluatePolicy(manifest, loadPromotionPolicy());
    expect(noPath.rules.find((r) => r.id === 'declared_artifacts_present')?.status).toBe('skip');
  });
});
