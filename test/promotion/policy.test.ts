import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { DEFAULT_RULES, loadPromotionPolicy } from '../../src/promotion/policy.js';
import { POLICY_DIR } from './fixtures.js';

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

  it('names the file, pointer, line and column of an unknown gate id (JSON)', () => {
    const err = loadError('unknown-gate.json');
    expect(err.code).toBe('schema_invalid');
    expect(err.location).toMatchObject({ file: resolve(POLICY_DIR, 'unknown-gate.json'), pointer: '/rules/1', line: 5, column: 5 });
    expect(err.message).toContain('unknown-gate.json:5:5 /rules/1');
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
