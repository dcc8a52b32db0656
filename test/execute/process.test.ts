import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { processExecutor } from '../../src/execute/process.js';
import { executorFor } from '../../src/execute/registry.js';
import { buildRunEnv } from '../../src/execute/env.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { runCommand } from '../../src/bundle/run-command.js';
import type { RunRequest } from '../../src/execute/types.js';
import type { Placement } from '../../src/execute/placement.js';

const placement: Placement = { site: 'local-process', executor: 'process', intent: 'process', accel: null, rejected: [], warnings: [], inventory: { source: 'probe' }, decidedAt: '2026-01-01T00:00:00.000Z' };

function request(example: string, over: Partial<RunRequest> = {}): RunRequest {
  const vb = validateBundle(`examples/${example}/bundle.json`);
  const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
  cpSync(vb.dir, workspace, { recursive: true });
  const { argv, cwd } = runCommand(vb);
  const { env, secretValues } = buildRunEnv(vb.bundle, process.env);
  return { bundle: vb, placement, workspace, logsDir: join(workspace, '..', `${workspace.split('/').pop()}-logs`), argv, cwd, env, secretValues, timeoutSeconds: vb.bundle.spec.policy.maxRunSeconds, logCapBytes: 1 << 20, ...over };
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

describe('processExecutor', () => {
  it('is registered as the process executor', () => {
    expect(executorFor('process')).toBe(processExecutor);
  });

  it('passes hello and streams redacted live output', async () => {
    let live = '';
    const r = await processExecutor.run(request('hello', { onOutput: (_s, t) => (live += t) }));
    expect(r.status).toBe('pass');
    expect(r.exitCode).toBe(0);
    expect(live).toContain('hello: wrote');
    expect(readFileSync(r.logs.stdout.path, 'utf8')).toBe(live);
  });

  it('fails the failing example with its exit code', async () => {
    const r = await processExecutor.run(request('failing'));
    expect(r).toMatchObject({ status: 'fail', exitCode: 3, timedOut: false });
    expect(readFileSync(r.logs.stderr.path, 'utf8')).toContain('simulated error');
  });

  it('times out and leaves no process of the run alive (grandchild and setsid daemon included)', async () => {
    const req = request('timeout', { timeoutSeconds: 1 });
    const r = await processExecutor.run(req);
    expect(r).toMatchObject({ status: 'fail', timedOut: true });
    expect(r.diagnostics.join('\n')).toMatch(/timed out after 1 s/);
    const pids = readdirSync(join(req.workspace, 'out')).map((f) => Number(readFileSync(join(req.workspace, 'out', f), 'utf8')));
    expect(pids.length).toBeGreaterThanOrEqual(1);
    for (const pid of pids) expect(alive(pid)).toBe(false);
  });

  it('a timeout with failOnTimeout false is recorded but not a failure', async () => {
    const req = request('timeout', { timeoutSeconds: 1 });
    const policy = { ...req.bundle.bundle.spec.policy, failOnTimeout: false };
    const bundle = { ...req.bundle, bundle: { ...req.bundle.bundle, spec: { ...req.bundle.bundle.spec, policy } } };
    const r = await processExecutor.run({ ...req, bundle });
    expect(r).toMatchObject({ status: 'pass', timedOut: true });
    expect(r.diagnostics.join('\n')).toMatch(/failOnTimeout is false/);
  });

  it('stores non-UTF-8 output byte for byte', async () => {
    const req = request('hello', { argv: ['/bin/sh', '-c', "printf '\\377\\376ok\\200'"] });
    const r = await processExecutor.run(req);
    expect(r.status).toBe('pass');
    expect([...readFileSync(r.logs.stdout.path)]).toEqual([0xff, 0xfe, 0x6f, 0x6b, 0x80]);
  });

  it('a missing binary is a failed run with a diagnostic, not a throw', async () => {
    const r = await processExecutor.run(request('hello', { argv: ['no-such-binary-xyz'] }));
    expect(r).toMatchObject({ status: 'fail', exitCode: null });
    expect(r.diagnostics.join('\n')).toMatch(/cannot start "no-such-binary-xyz": ENOENT/);
    expect(existsSync(r.logs.stdout.path)).toBe(true);
  });

  it('caps stored logs and records the truncation', async () => {
    const r = await processExecutor.run(request('hello', { argv: ['/bin/sh', '-c', 'i=0; while [ $i -lt 2000 ]; do echo 0123456789; i=$((i+1)); done'], logCapBytes: 1000 }));
    expect(r.logs.stdout).toMatchObject({ bytes: 22000, storedBytes: 1000, truncated: true });
    expect(readFileSync(r.logs.stdout.path).length).toBe(1000);
  });

  it('a secret value in the environment never reaches the stored logs', async () => {
    const secret = 'sup3r-s3cret-value';
    const req = request('hello', { argv: ['/bin/sh', '-c', 'echo "token=$TOKEN"; printf "%s" "$TOKEN" | cut -c1-5; echo "$TOKEN" >&2'] });
    req.env = { ...req.env, TOKEN: secret };
    req.secretValues = [secret];
    let live = '';
    const r = await processExecutor.run({ ...req, onOutput: (_s, t) => (live += t) });
    const stored = readFileSync(r.logs.stdout.path, 'utf8') + readFileSync(r.logs.stderr.path, 'utf8');
    expect(stored).toContain('token=[REDACTED]');
    expect(stored).not.toContain(secret);
    expect(live).not.toContain(secret);
  });

  it('refuses a cwd outside the workspace', async () => {
    const r = await processExecutor.run(request('hello', { cwd: '../..' }));
    expect(r.status).toBe('fail');
    expect(r.diagnostics[0]).toMatch(/outside the workspace/);
  });
});

describe('buildRunEnv', () => {
  it('names a missing required secret', () => {
    const vb = validateBundle(resolve('examples/agentplane/bundles/example-agent/bundle.json'));
    expect(() => buildRunEnv(vb.bundle, { PATH: '/bin' })).toThrow(/EXAMPLE_AGENT_TOKEN_FILE/);
    const { env, secretValues, secretNames } = buildRunEnv(vb.bundle, { PATH: '/bin', EXAMPLE_AGENT_TOKEN_FILE: '/tmp/t', GITHUB_TOKEN: 'x' });
    expect(env).toEqual({ PATH: '/bin', EXAMPLE_AGENT_TOKEN_FILE: '/tmp/t' });
    expect(secretNames).toEqual(['EXAMPLE_AGENT_TOKEN_FILE']);
    expect(secretValues).toEqual(['/tmp/t']);
  });
});
