import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTAINMENT_ENV, planContainment, type ContainmentKind } from '../../../src/execute/contain/index.js';
import { validateAgainst } from '../../../src/schemas/registry.js';
import { findGuestKernels } from '../../../src/execute/qemu/kernel.js';
import { findQemu } from '../../../src/execute/qemu/probe.js';
import { processName } from '../../../src/execute/contain/procfs.js';
import { DAEMONS_BUNDLE, VARIANTS, newMark, processesMarked, sleep } from './jobs.js';

/** `kill -9` of the CLI itself, mid-run: the built CLI as a user runs it. */
const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'capsule-kill9-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the daemons bundle that runs `variant` and then exits or hangs, its processes marked. */
function daemonsBundle(variant: string, mark: string, ending: 'then-exit' | 'then-hang' = 'then-hang'): string {
  const dir = mkdtempSync(join(scratch, `${variant}-`));
  cpSync(DAEMONS_BUNDLE, dir, { recursive: true });
  const bundle = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
  bundle.spec.run.argv = ['/bin/sh', 'daemons.sh', variant, ending];
  bundle.spec.run.env = { CAPSULE_TEST_MARK: mark };
  writeFileSync(join(dir, 'bundle.json'), JSON.stringify(bundle));
  return dir;
}

describe.each(['cgroup', 'pid-namespace', 'subreaper'] as ContainmentKind[])('kill -9 of the CLI under %s', (kind) => {
  const plan = planContainment(kind);
  it.each(VARIANTS)('%s: no process of the job survives the CLI', async (variant) => {
    if ('problem' in plan) return void console.warn(`skipped: ${plan.problem}`);
    const mark = newMark();
    const bundle = daemonsBundle(variant, mark);
    const cli = spawn(process.execPath, [CLI, 'run', join(bundle, 'bundle.json'), '--out', `${bundle}-out`], {
      cwd: bundle,
      env: { ...process.env, [CONTAINMENT_ENV]: kind },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    cli.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
    let exited = false;
    cli.once('exit', () => (exited = true));
    for (const end = Date.now() + 20_000; !output.includes(`${variant}: started`) && !exited && Date.now() < end; ) await sleep(20);
    expect(output, 'the job never started').toContain(`${variant}: started`);
    await sleep(500); // the delayed daemon is born after 0.3 s; the re-forking one has hopped ten times
    const before = processesMarked(mark);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const gone = new Promise((r) => cli.once('exit', r));
    cli.kill('SIGKILL');
    await gone;
    let left = processesMarked(mark);
    for (const end = Date.now() + 3000; left.length > 0 && Date.now() < end; left = processesMarked(mark)) await sleep(20);
    expect(left, `still running after the CLI died: ${left.join(', ')}`).toEqual([]);
  }, 60_000);
});

describe('capsule run of a job that leaves a daemon behind', () => {
  it('the run manifest names the containment and exactly what it killed, and nothing is left', () => {
    const mark = newMark();
    const bundle = daemonsBundle('setsid-double-fork', mark, 'then-exit');
    const out = `${bundle}-out`;
    const r = spawnSync(process.execPath, [CLI, 'run', join(bundle, 'bundle.json'), '--out', out, '--json'], { cwd: bundle, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(processesMarked(mark)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'run_manifest.json'), 'utf8'));
    expect(validateAgainst('run-manifest.schema.json', manifest)).toEqual([]);
    const containment = manifest.proof_capsule.execution.details.containment;
    const plan = planContainment();
    expect(containment.kind).toBe('kind' in plan ? plan.kind : 'none');
    expect(containment.killed_count).toBe(containment.killed.length);
    // Each name is what the process was at the kill: a forked shell not yet exec'd is still sh.
    expect(containment.killed.length).toBeGreaterThanOrEqual(1);
    for (const p of containment.killed as { name: string }[]) expect(p.name).toMatch(/^(sleep|setsid|sh)$/);
    expect(manifest.proof_capsule.execution.diagnostics.join('\n')).toMatch(/still alive at its end and were killed/);
  }, 120_000);
});

/** A process's argv as /proc holds it (NUL-separated); empty once it has gone. */
function cmdlineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1');
  } catch {
    return '';
  }
}

const canBoot = findQemu() !== null && findGuestKernels().some((k) => k.modulesDir !== undefined);

describe.skipIf(!canBoot)('kill -9 of the CLI during a QEMU run', () => {
  it('QEMU dies with the CLI', async () => {
    const mark = newMark();
    const bundle = mkdtempSync(join(scratch, 'qemu-hang-'));
    cpSync(resolve(ROOT, 'test', 'fixtures', 'qemu', 'hang'), bundle, { recursive: true });
    // QEMU inherits the CLI's environment: the mark finds it (and the CLI and the reaper).
    const cli = spawn(process.execPath, [CLI, 'run', join(bundle, 'bundle.json'), '--out', `${bundle}-out`], { cwd: ROOT, env: { ...process.env, CAPSULE_TEST_MARK: mark }, stdio: 'ignore' });
    // The run's QEMU, by its results disk: the KVM probe's short-lived QEMU (spawned before it when
    // the probe's cache does not fit this machine, a fresh clone's kernel say) has the mark too.
    const isRunQemu = (pid: number) => processName(pid).startsWith('qemu') && cmdlineOf(pid).includes('results.img');
    const qemuRunning = () => processesMarked(mark).filter(isRunQemu);
    for (const end = Date.now() + 30_000; qemuRunning().length === 0 && Date.now() < end; ) await sleep(50);
    expect(qemuRunning().length, 'QEMU never started').toBe(1);
    const gone = new Promise((r) => cli.once('exit', r));
    cli.kill('SIGKILL');
    await gone;
    let left = processesMarked(mark);
    for (const end = Date.now() + 3000; left.length > 0 && Date.now() < end; left = processesMarked(mark)) await sleep(20);
    expect(left).toEqual([]);
  }, 60_000);
});
