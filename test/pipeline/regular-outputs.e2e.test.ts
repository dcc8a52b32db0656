import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeProcessBundle } from './process-bundle.js';

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
    const job = ['mkdir -p out', 'ln "$OUTSIDE" out/passwd', 'mkfifo out/pipe', 'echo ok > out/ok.txt', ''].join('\n');
    writeFileSync(join(bundle, 'job.sh'), job);
    const env = { OUTSIDE: outside };
    const file = writeProcessBundle(bundle, 'links', { argv: ['/bin/sh', 'job.sh'], env, outputs: ['out/*'] });
    const out = join(scratch, 'out');
    const r = spawnSync(process.execPath, [CLI, 'run', file, '--out', out, '--json'], {
      cwd: scratch, encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.decision.decision).toBe('block');
    expect(result.outputs.map((o: { path: string }) => o.path)).toEqual(['out/ok.txt']);
    const failed = result.gates.filter((g: { status: string }) => g.status === 'fail');
    expect(failed.map((g: { summary: string }) => g.summary)).toEqual([
      'out/passwd is a file with 2 hard links (outputs have one link: another may be a file outside the workspace); '
        + 'it was not collected',
      'out/pipe is a FIFO, not a regular file; it was not collected',
    ]);
    // The failed run keeps its evidence: a capsule that verifies, holding what was collected.
    const capsule = result.capsulePath as string;
    const names = execFileSync('unzip', ['-Z1', capsule], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(names.filter((n) => n.startsWith('artifacts/'))).toEqual(['artifacts/out/ok.txt']);
    const passwd = readFileSync(outside, 'latin1');
    expect(readFileSync(capsule, 'latin1').includes(passwd)).toBe(false);
    const trust = join(out, 'keys', 'trust-policy.local.json');
    const v = spawnSync(process.execPath, [CLI, 'verify', capsule, '--trust-policy', trust, '--strict'], {
      encoding: 'utf8',
    });
    expect(v.status, v.stdout + v.stderr).toBe(0);
  }, 120_000);
});
