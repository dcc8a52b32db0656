import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanBaseEnv, parseOutputFile, runnerEnv } from './runner.js';

// The action as the runner runs it, on the most common layout: bundle.json at the repository's
// root (GITHUB_WORKSPACE) and out-dir inside it.
const ACTION = resolve(process.env.CAPSULE_ACTION ?? 'dist/index.js');
const ENV_SECRET = 'dotenv-value-8f21c0d4';
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'action-staging-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function repository(name: string): string {
  const dir = join(scratch, name);
  cpSync(resolve('examples', 'hello'), dir, { recursive: true });
  writeFileSync(join(dir, '.env'), `API_TOKEN=${ENV_SECRET}\n`);
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'big.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dir, '.capsuleignore'), 'data/\n');
  return dir;
}

function runAction(workspace: string, inputs: Record<string, string>) {
  const tmp = mkdtempSync(join(scratch, 'runner-'));
  const runner = runnerEnv({ tmp, workspace, inputs: { executor: 'process', upload: 'false', ...inputs } });
  const env = { ...cleanBaseEnv(), ...runner };
  const r = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
  const summary = readFileSync(join(tmp, 'summary.md'), 'utf8');
  return { ...r, outputs: parseOutputFile(join(tmp, 'output.txt')), summary };
}

describe('the action with bundle.json at the workspace root and out-dir inside the workspace', () => {
  it('promotes; the capsule holds neither out/ nor .env, .git or what .capsuleignore names', () => {
    const workspace = repository('repo');
    const r = runAction(workspace, { bundle: 'bundle.json', 'out-dir': 'out' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.decision).toBe('promote');
    const capsule = r.outputs['capsule-path']!;
    expect(capsule.startsWith(join(workspace, 'out'))).toBe(true);
    const names = execFileSync('unzip', ['-Z1', capsule], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(names.filter((n) => n.startsWith('bundle/'))).toEqual(['bundle/bundle.json', 'bundle/hello.sh']);
    const fromRepository = /(^|\/)(out|workspace|\.env[^/]*|\.git|data)(\/|$)/;
    expect(names.filter((n) => !n.startsWith('artifacts/') && fromRepository.test(n))).toEqual([]);
    expect(readFileSync(capsule, 'latin1').includes(ENV_SECRET)).toBe(false);
    expect(readdirSync(join(workspace, 'out', 'workspace')).sort())
      .toEqual(['.capsuleignore', 'README.md', 'bundle.json', 'hello.sh', 'out']);
  });

  it('a second run into the same out-dir fails before anything runs, and the first run\'s evidence is kept', () => {
    const workspace = repository('repo-twice');
    const first = runAction(workspace, { bundle: 'bundle.json', 'out-dir': 'out' });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const before = readFileSync(first.outputs['capsule-path']!);
    const second = runAction(workspace, { bundle: 'bundle.json', 'out-dir': 'out' });
    expect(second.status).not.toBe(0);
    expect(second.stdout + second.stderr).toMatch(/out_dir_not_empty|already holds files/);
    expect(second.stdout + second.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(first.outputs['capsule-path']!).equals(before)).toBe(true);
  });

  it('a bad trust-policy input runs nothing and makes no out-dir', () => {
    const workspace = repository('repo-bad-trust');
    writeFileSync(join(workspace, 'trust.json'), '{ nope');
    const r = runAction(workspace, { bundle: 'bundle.json', 'out-dir': 'out', 'trust-policy': 'trust.json' });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/trust\.json/);
    expect(r.stdout + r.stderr).not.toMatch(/internal error|::group::run/);
    expect(existsSync(join(workspace, 'out'))).toBe(false);
  });
});
