import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { evaluatePolicy } from '../../src/promotion/evaluate.js';
import { DEFAULT_RULES, loadPromotionPolicy, policyWarnings } from '../../src/promotion/policy.js';
import { manifestPath, POLICY_DIR, readManifest } from './fixtures.js';

function loadError(name: string): CapsuleError {
  try {
    loadPromotionPolicy(resolve(POLICY_DIR, name));
  } catch (err) {
    expect(err).toBeInstanceOf(CapsuleError);
    return err as CapsuleError;
  }
  throw new Error(`${name} loaded without error`);
}

describe('loadPromotionPolicy', () => {
  it('gives the default policy without a path: AGILAB rules plus the timeout gate, prod behind a human gate', () => {
    const policy = loadPromotionPolicy();
    expect(policy.source).toBe('<default>');
    expect(policy.rules).toEqual(DEFAULT_RULES);
    expect(policy.required_validations).toBe('all');
    expect(policy.lanes).toEqual({
      dev: { human_gate: false, allow_dev_key: true },
      staging: { human_gate: false, allow_dev_key: false },
      prod: { human_gate: true, allow_dev_key: false },
    });
  });

  it('reads the same policy from TOML as from JSON', () => {
    const json = loadPromotionPolicy(resolve(POLICY_DIR, 'release.json'));
    const toml = loadPromotionPolicy(resolve(POLICY_DIR, 'release.toml'));
    expect({ ...toml, source: '' }).toEqual({ ...json, source: '' });
    expect(json.rules).toEqual(['manifest_status_pass', 'validations_pass', 'declared_artifacts_present', 'command_present', 'run_not_timed_out', 'required_outputs_present', 'duration_within_limit']);
    expect(json.lanes.staging).toEqual({ human_gate: true, allow_dev_key: true });
  });

  it("accepts AGILAB's agilab.policy.v1 rule objects, dropping required: false", () => {
    const policy = loadPromotionPolicy(resolve(POLICY_DIR, 'agilab.json'));
    expect(policy.id).toBe('agilab.default_adoption_gate.v1');
    expect(policy.rules).toEqual(['manifest_schema_supported', 'manifest_status_pass', 'validations_pass']);
  });

  it('keeps an unknown rule id, as AGILAB does: it fails as its own rule, naming where the policy wrote it', () => {
    const policy = loadPromotionPolicy(resolve(POLICY_DIR, 'unknown-gate.json'));
    expect(policy.rules).toEqual(['manifest_status_pass', 'validations_passs']);
    const report = evaluatePolicy(readManifest('pass'), policy, { manifestPath: manifestPath('pass') });
    expect(report.status).toBe('fail');
    const rule = report.rules.find((r) => r.id === 'validations_passs')!;
    expect(rule.status).toBe('fail');
    expect(rule.summary).toBe(`Unknown or unsupported policy rule: validations_passs (${resolve(POLICY_DIR, 'unknown-gate.json')}:5:5 /rules/1).`);
    expect(report.rules.find((r) => r.id === 'manifest_status_pass')?.status).toBe('pass');
  });

  it.each([
    ['map (.tml)', 'p.tml', '[rules]\nmanifest_status_pass = true\nno_such_rule = true\nreplay_available = false\n', ['manifest_status_pass', 'no_such_rule'], '/rules/no_such_rule'],
    ['{id} objects (JSON)', 'p.json', '{"rules": [{"id": "no_such_rule"}, {"id": "command_present", "required": true}]}', ['no_such_rule', 'command_present'], '/rules/0/id'],
  ])('an unknown rule in a rule %s fails as a rule', (_what, name, text, rules, pointer) => {
    const path = join(mkdtempSync(join(tmpdir(), 'policy-')), name);
    writeFileSync(path, text);
    const policy = loadPromotionPolicy(path);
    expect(policy.rules).toEqual(rules);
    expect(policy.unknown_rules.no_such_rule).toMatch(new RegExp(`:\\d+:\\d+ ${pointer}$`));
  });

  it('lists keys nothing reads (top level and in rule objects): a warning, and under --strict the failing rule policy_keys_known', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'policy-')), 'extra.json');
    writeFileSync(path, JSON.stringify({ id: 'x', rules: [{ id: 'manifest_status_pass', note: 'why' }], max_durations: 5 }));
    const policy = loadPromotionPolicy(path);
    expect(policy.unknown_keys).toEqual(['max_durations', 'rules/0/note']);
    expect(policyWarnings(policy)[0]).toMatch(/keys max_durations, rules\/0\/note are not a policy field and are ignored/);
    const lenient = evaluatePolicy(readManifest('pass'), policy, { manifestPath: manifestPath('pass') });
    expect(lenient.status).toBe('pass');
    const strict = evaluatePolicy(readManifest('pass'), policy, { manifestPath: manifestPath('pass'), strict: true });
    expect(strict.status).toBe('fail');
    expect(strict.rules.at(-1)).toMatchObject({ id: 'policy_keys_known', status: 'fail' });
    expect(policyWarnings(loadPromotionPolicy(resolve(POLICY_DIR, 'release.json')))).toEqual([]);
  });

  it('locates a schema error in TOML at the line of its key: the prod human gate cannot be turned off', () => {
    const err = loadError('prod-gate-off.toml');
    expect(err.location).toMatchObject({ pointer: '/lanes/prod/human_gate', line: 5, column: 1 });
    expect(err.message).toContain('prod-gate-off.toml:5:1 /lanes/prod/human_gate');
  });

  it('reports TOML syntax errors with line:column', () => {
    const err = loadError('syntax-error.toml');
    expect(err.code).toBe('toml_invalid');
    expect(err.message).toMatch(/syntax-error\.toml:\d+:\d+: invalid TOML/);
    expect(err.location.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses duplicate JSON keys with their position', () => {
    const err = loadError('duplicate-key.json');
    expect(err.code).toBe('json_duplicate_key');
    expect(err.location).toMatchObject({ line: 3, column: 3 });
  });

  it('names an unreadable policy file', () => {
    const err = loadError('no-such-policy.json');
    expect(err.code).toBe('file_unreadable');
    expect(err.message).toContain('no-such-policy.json');
  });
});
