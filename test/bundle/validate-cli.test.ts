import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const capsule = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('capsule validate / place (built CLI)', () => {
  it('prints every problem as file:line:col pointer: message and exits 2', () => {
    const file = resolve('test/fixtures/bundle/five-errors/bundle.json');
    const r = capsule('validate', file);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${file}:4:13 /colour: unknown property "colour"`,
      `${file}:16:34 /spec/policy/maxRunSeconds: must be >= 5`,
      `${file}:12:24 /spec/run/script: script "missing.sh" does not exist in the bundle folder`,
      `${file}:14:27 /spec/outputs/0/path: output glob "../escape/*" must not contain ".." segments`,
      `${file}:15:31 /spec/secrets/required/0: secret name "BAD-NAME" is not a valid environment variable name`,
    ]);
  });

  it('exits 0 on a valid bundle and reports JSON on request', () => {
    const r = capsule('validate', resolve('test/fixtures/agentplane-repo/bundles/hello-agent/bundle.json'), '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, format: 'agentplane.v0.1', issues: [] });
  });

  it('place lists the decision and rejections; an impossible intent exits 2', () => {
    const ok = capsule('place', 'examples/hello/bundle.json', '--inventory', 'test/fixtures/place/inventory.json', '--json');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ site: 'runner-proc', executor: 'process' });
    const bad = capsule('place', 'examples/hello/bundle.json', '--inventory', 'test/fixtures/place/process-only.json', '--executor', 'qemu');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('placement_impossible');
  });
});
