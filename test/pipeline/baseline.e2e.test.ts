import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/pipeline/types.js';
import type { PolicyReport } from '../../src/promotion/evaluate.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { capsule, makeSigner, metricRun } from '../diff/metric-runs.js';
import { flipEntryDataBit } from '../zip/zip-bytes.js';

// The gate, end to end with the built CLI: baseline A reports accuracy 0.95; a run
// reporting 0.90 under {"baseline": {"metrics": {"accuracy": {"max_drop": 0.01}}}} blocks
// naming accuracy, a run reporting 0.95 promotes, a tampered baseline refuses the run.
let dir: string;
let signer: { key: string; trustPolicy: string };
let baseline: string;
let policy: string;
let worse: ReturnType<typeof metricRun>;
let equal: ReturnType<typeof metricRun>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'capsule-baseline-'));
  signer = makeSigner(dir);
  const a = metricRun(dir, 'a', '0.95', signer);
  expect(a.code, a.stderr).toBe(0);
  baseline = a.capsule;
  policy = join(dir, 'policy.json');
  writeFileSync(policy, JSON.stringify({ baseline: { metrics: { accuracy: { max_drop: 0.01 } } } }));
  worse = metricRun(dir, 'worse', '0.90', signer, ['--policy', policy, '--baseline', baseline]);
  equal = metricRun(dir, 'equal', '0.95', signer, ['--policy', policy, '--baseline', baseline]);
});

const readJson = <T>(...path: string[]): T => JSON.parse(readFileSync(join(...path), 'utf8')) as T;
const report = (runDir: string) => readJson<PolicyReport>(runDir, 'proof', 'policy-report.json');

describe('capsule run --baseline', () => {
  it('blocks the worse run (accuracy 0.90 vs 0.95, max_drop 0.01), naming accuracy everywhere', () => {
    // The decision, the policy report, the dossier and the printed summary.
    expect(worse.code, worse.stderr).toBe(1);
    expect(worse.stdout).toContain('Decision:  BLOCK: policy_failed: gate baseline_metric:accuracy:max_drop failed');
    expect(worse.stdout).toContain(
      '✗ baseline_metric:accuracy:max_drop: accuracy 0.9 vs baseline 0.95: dropped 0.05 > 0.01',
    );
    type Decision = { decision: string; blockers: string[] };
    const decision = readJson<Decision>(worse.runDir, 'proof', 'promotion', 'promotion_decision.json');
    expect(decision.decision).toBe('block');
    expect(decision.blockers).toContain('baseline_metric:accuracy:max_drop');
    const r = report(worse.runDir);
    expect(validateAgainst('policy-report', r)).toEqual([]);
    expect(r.rules.find((g) => g.id === 'baseline_metric:accuracy:max_drop')).toMatchObject(
      { status: 'fail', summary: 'accuracy 0.9 vs baseline 0.95: dropped 0.05 > 0.01' },
    );
    const sha = capsule('verify', baseline, '--json');
    const { sha256 } = (JSON.parse(sha.stdout) as { capsule: { sha256: string } }).capsule;
    expect(r.baseline).toMatchObject({ name: 'metric-from-env.agipack', sha256, verification_status: 'pass' });
    const dossier = readFileSync(join(worse.runDir, 'proof', 'promotion', 'promotion_dossier.md'), 'utf8');
    expect(dossier).toContain(
      '`fail` baseline_metric:accuracy:max_drop: accuracy 0.9 vs baseline 0.95: dropped 0.05 > 0.01',
    );
    expect(dossier).toContain('- Baseline: `metric-from-env.agipack`');
    // The capsule that carries the blocked decision still verifies: the gate failed, not the evidence.
    expect(capsule('verify', worse.capsule, '--trust-policy', signer.trustPolicy, '--strict').code).toBe(0);
  });

  it('promotes the equal run, and --json carries the comparison and the gate', () => {
    expect(equal.code, equal.stderr).toBe(0);
    expect(equal.stdout).toContain('Decision:  PROMOTE');
    const again = metricRun(dir, 'equal-json', '0.95', signer, ['--policy', policy, '--baseline', baseline, '--json']);
    expect(again.code, again.stderr).toBe(0);
    const result = JSON.parse(again.stdout) as PipelineResult;
    expect(result.baseline!.gates).toEqual(
      [expect.objectContaining({ id: 'baseline_metric:accuracy:max_drop', status: 'pass' })],
    );
    expect(validateAgainst('run-diff', result.baseline!.comparison)).toEqual([]);
    expect(result.baseline!.comparison.differences).toBe(0);
    expect(result.baseline!.comparison.b).toMatchObject({ sha256: result.capsuleSha256, verification_status: 'pass' });
  });

  it('refuses the run (exit 2, nothing run or written) when the baseline is tampered', () => {
    const tampered = join(dir, 'tampered.agipack');
    writeFileSync(tampered, flipEntryDataBit(baseline, 'verification-report.json'));
    copyFileSync(`${baseline}.sig.json`, `${tampered}.sig.json`);
    const r = metricRun(dir, 'refused', '0.95', signer, ['--policy', policy, '--baseline', tampered]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`capsule: error [run_not_verified]: baseline ${tampered}: `
      + `does not verify under ${signer.trustPolicy}, so it cannot be a baseline:`);
    expect(r.stderr).toContain('capsule_entry_hashes_match');
    expect(existsSync(r.runDir)).toBe(false);
  });

  it('refuses a baseline its trust policy does not anchor, and a run folder as a baseline', () => {
    const other = makeSigner(mkdtempSync(join(dir, 'other-')));
    const strange = metricRun(dir, 'strange-key', '0.95', other);
    expect(strange.code, strange.stderr).toBe(0);
    const r = metricRun(dir, 'refused-key', '0.95', signer, ['--baseline', strange.capsule]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('capsule_trust_policy_allows_public_key');
    // --baseline-trust-policy lets the baseline have its own anchor.
    const own = metricRun(
      dir, 'own-anchor', '0.95', signer, ['--baseline', strange.capsule, '--baseline-trust-policy', other.trustPolicy],
    );
    expect(own.code, own.stderr).toBe(0);

    const folder = metricRun(dir, 'folder-baseline', '0.95', signer, ['--baseline', join(dir, 'a')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('[baseline_not_capsule]');
  });

  it('skips the baseline gates without --baseline (and says so), so a first run can promote', () => {
    const first = metricRun(dir, 'first', '0.90', signer, ['--policy', policy]);
    expect(first.code, first.stderr).toBe(0);
    expect(report(first.runDir).rules.find((g) => g.id === 'baseline_metric:accuracy:max_drop')).toMatchObject(
      { status: 'skip', summary: 'No baseline given: nothing to compare with.' },
    );
  });
});

describe('policy-check and promotion-dossier --baseline', () => {
  it('policy-check: the same gate, its own id, exit 1 under --strict; exit 2 for a missing baseline', () => {
    const common = ['--policy', policy, '--trust-policy', signer.trustPolicy, '--baseline', baseline];
    const r = capsule('policy-check', worse.runDir, ...common, '--json', '--strict');
    expect(r.code, r.stderr).toBe(1);
    const rep = JSON.parse(r.stdout) as PolicyReport;
    expect(validateAgainst('policy-report', rep)).toEqual([]);
    expect(rep.rules.find((g) => g.id === 'baseline_metric:accuracy:max_drop')!.summary).toBe(
      'accuracy 0.9 vs baseline 0.95: dropped 0.05 > 0.01',
    );
    expect(capsule('policy-check', equal.runDir, ...common, '--strict').code).toBe(0);
    const text = capsule('policy-check', worse.runDir, ...common);
    expect(text.stdout).toContain(
      '- baseline_metric:accuracy:max_drop: fail - accuracy 0.9 vs baseline 0.95: dropped 0.05 > 0.01',
    );
    const missing = capsule('policy-check', worse.runDir, '--policy', policy, '--baseline', join(dir, 'nope.agipack'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('baseline ');
  });

  it('promotion-dossier: block for the worse run, promote for the equal one', () => {
    const common = ['--policy', policy, '--trust-policy', signer.trustPolicy, '--baseline', baseline, '--strict'];
    common.push('--json');
    const blocked = capsule('promotion-dossier', worse.runDir, ...common, '--output-dir', join(dir, 'dossier-worse'));
    expect(blocked.code, blocked.stderr).toBe(1);
    expect(JSON.parse(blocked.stdout)).toMatchObject(
      { decision: 'block', blockers: ['baseline_metric:accuracy:max_drop'] },
    );
    expect(readFileSync(join(dir, 'dossier-worse', 'promotion_dossier.md'), 'utf8')).toContain(
      'baseline_metric:accuracy:max_drop',
    );
    const promoted = capsule('promotion-dossier', equal.runDir, ...common, '--output-dir', join(dir, 'dossier-equal'));
    expect(promoted.code, promoted.stderr).toBe(0);
    expect(JSON.parse(promoted.stdout)).toMatchObject({ decision: 'promote' });
  });
});
