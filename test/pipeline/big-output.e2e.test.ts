import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ECHO_CAP_BYTES } from '../../src/execute/echo.js';

/** A job that floods stdout, run by the built CLI with its stderr a pipe (as in CI). The 2 GiB run is bench/output.mjs. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const BYTES = 192 * 1024 * 1024;
const scratch = mkdtempSync(join(tmpdir(), 'capsule-loud-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The process's peak resident set so far (kernel's high-water mark), in bytes. */
function peakRss(pid: number): number {
  try {
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

describe('a job printing far more than the echo and the log keep', () => {
  it(`${BYTES >> 20} MiB on stdout, stderr a slow pipe: a verifying capsule, the echo capped and saying so, peak RSS ≤ 256 MiB`, async () => {
    const bundle = join(scratch, 'loud');
    cpSync(resolve(ROOT, 'test', 'fixtures', 'output', 'loud'), bundle, { recursive: true });
    const out = join(scratch, 'out');
    const cli = spawn(process.execPath, [CLI, 'run', join(bundle, 'bundle.json'), '--out', out], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
    // A slow reader: 64 KiB every 20 ms (3 MiB/s), far slower than the job writes.
    let echoed = '';
    cli.stderr!.pause();
    const reader = setInterval(() => {
      const chunk = cli.stderr!.read(65536) ?? cli.stderr!.read();
      if (chunk) echoed += chunk.toString('utf8');
    }, 20);
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, peakRss(cli.pid!))), 20);
    cli.stdout!.resume();
    const code = await new Promise<number | null>((r) => cli.once('exit', r));
    clearInterval(sampler);
    for (let c = cli.stderr!.read(); c !== null; c = cli.stderr!.read()) echoed += c.toString('utf8');
    clearInterval(reader);

    expect(code, echoed.slice(-3000).replace(/x{200,}/g, "x…")).toBe(0);
    expect(echoed).toContain('[capsule: live stdout stopped after 1 MiB; the run goes on, the whole stream is hashed and its first 4 MiB are kept in logs/stdout.log]');
    expect(echoed).toContain('loud: done');
    expect(echoed.length).toBeLessThan(ECHO_CAP_BYTES * 1.2);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(256 * 1024 * 1024);

    const manifest = JSON.parse(readFileSync(join(out, 'run_manifest.json'), 'utf8'));
    expect(manifest.proof_capsule.execution.logs.stdout).toMatchObject({ bytes: BYTES, storedBytes: 4 * 1024 * 1024, truncated: true });
    const v = spawnSync(process.execPath, [CLI, 'verify', join(out, 'loud.agipack'), '--trust-policy', join(out, 'keys', 'trust-policy.local.json'), '--strict'], { encoding: 'utf8' });
    expect(v.status, v.stdout + v.stderr).toBe(0);
  }, 300_000);
});
