import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A job whose outputs include a hard link to a file outside its workspace and a FIFO: the built CLI. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const OUTSIDE_TEXT = 'root:x:0:0:outside-the-workspace-3b7e\n';
const scratch = mkdtempSync(join(tmpdir(), 'capsule-regular-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('outputs are regular files with one link', () => {
  it('a hard link to a file outside the workspace and a FIFO: the run fails naming each, neither is packed', () => {
    // /etc/passwd itself when it shares a file system with the temp folder; else a stand-in beside it.
    const outside = statSync('/etc/passwd').dev === statSync(scratch).dev ? '/etc/passwd' : join(scratch, 'passwd');
    if (outside !== '/etc/passwd') writeFileSync(outside, OUTSIDE_TEXT);
    const bundle = mkdtempSync(join(scratch, 'bundle-'));
    writeFileSync(join(bundle, 'job.sh'), 'mkdir -p out\nln "$OUTSIDE" out/passwd\nmkfifo out/pipe\necho ok > out/ok.txt\n');
    writeFileSync(join(bundle, 'bundle.json'), JSON.stringify({
      apiVersion: 'proofcapsule.dev/v1',
      kind: 'Bundle',
      metadata: { name: 'links', version: '1.0.0', createdAt: '2026-01-01T00:00:00Z', licensePolicy: { allowAGPL: false } },
      spec: {
        run: { argv: ['/bin/sh', 'job.sh'], env: { OUTSIDE: outside } },
        executor: { backendIntent: 'process' },
        outputs: [{ path: 'out/*', kind: 'file' }],
        policy: { maxRunSeconds: 30, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
      },
    }));
    const out = join(scratch, 'out');
    const r = spawnSync(process.execPath, [CLI, 'run', join(bundle, 'bundle.json'), '--out', out, '--json'], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.decision.decision).toBe('block');
    expect(result.outputs.map((o: { path: string }) => o.path)).toEqual(['out/ok.txt']);
    const failed = result.gates.filter((g: { status: string }) => g.status === 'fail').map((g: { summary: string }) => g.summary);
    expect(failed).toEqual([
      'out/passwd is a file with 2 hard links (outputs have one link: another may be a file outside the workspace); it was not collected',
      'out/pipe is a FIFO, not a regular file; it was not collected',
    ]);
    // The failed run keeps its evidence: a capsule that verifies, holding what was collected.
    const capsule = result.capsulePath as string;
    const names = execFileSync('unzip', ['-Z1', capsule], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(names.filter((n) => n.startsWith('artifacts/'))).toEqual(['artifacts/out/ok.txt']);
    const passwd = readFileSync(outside, 'latin1');
    expect(readFileSync(capsule, 'latin1').includes(passwd)).toBe(false);
    const v = spawnSync(process.execPath, [CLI, 'verify', capsule, '--trust-policy', join(out, 'keys', 'trust-policy.local.json'), '--strict'], { encoding: 'utf8' });
    expect(v.status, v.stdout + v.stderr).toBe(0);
  }, 120_000);
});
