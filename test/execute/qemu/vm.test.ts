import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processExecutor } from '../../../src/execute/process.js';
import { createQemuExecutor, qemuExecutor } from '../../../src/execute/qemu/executor.js';
import { findGuestKernels } from '../../../src/execute/qemu/kernel.js';
import type { RunResult } from '../../../src/execute/types.js';
import { fileHashes, requestFor } from './run-request.js';

// These tests boot a real kernel under TCG. Without one they are skipped locally, but under
// CI the setup installs it (scripts/guest-kernel.sh), so a missing kernel is a failure there.
const kernels = findGuestKernels();
const haveKernel = kernels.some((k) => k.modulesDir !== undefined);
const fixtures = resolve('test', 'fixtures', 'qemu');
const examples = resolve('examples');

if (!haveKernel && !process.env.CI) console.warn('qemu VM tests skipped: no guest kernel found (run scripts/guest-kernel.sh)');

test('a guest kernel is present under CI', () => {
  if (!process.env.CI) return;
  expect(haveKernel, 'CI is set but no guest kernel with modules was found: setup must run scripts/guest-kernel.sh').toBe(true);
});

/** QEMU processes still running that were started with this run's initrd. */
function qemuLeftFor(result: RunResult): number[] {
  const initrd = (result.details.qemu_argv as string[] | undefined)?.find((a) => a.endsWith('initrd.cpio'));
  if (!initrd) return [];
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').includes(initrd);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.skipIf(!haveKernel)('qemu executor: real guest under TCG', () => {
  test.each(['hello', 'train'])('examples/%s: same outputs and stdout in the VM as in a process', async (name) => {
    const dir = join(examples, name);
    const onHost = requestFor(dir, 'process');
    const inVm = requestFor(dir, 'qemu');
    const [hostRun, vmRun] = [await processExecutor.run(onHost), await qemuExecutor.run(inVm)];
    expect(vmRun.diagnostics).toEqual([]);
    expect(vmRun.status).toBe('pass');
    expect(hostRun.status).toBe('pass');
    const outputs = onHost.bundle.bundle.spec.outputs.map((o) => o.path);
    expect(fileHashes(inVm.workspace, outputs)).toEqual(fileHashes(onHost.workspace, outputs));
    expect(vmRun.logs.stdout.sha256).toBe(hostRun.logs.stdout.sha256);
    expect(vmRun.details).toMatchObject({ accel: 'tcg', machine: expect.stringMatching(/^(microvm|pc)$/), host_userland: name === 'train' });
    expect(vmRun.details.kernel).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(vmRun.details.initrd).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(vmRun.details.qemu).toMatchObject({ version: expect.stringContaining('QEMU emulator version') });
  }, 120_000);

  test('a non-zero exit code and both streams come back from the guest; a secret is redacted from the console log', async () => {
    const secret = 's3cr3t-value-for-the-vm';
    const base = requestFor(join(fixtures, 'exit-code'), 'qemu');
    const req = { ...base, env: { ...base.env, CAPSULE_TEST_TOKEN: secret }, secretValues: [secret] };
    const r = await qemuExecutor.run(req);
    expect(r).toMatchObject({ status: 'fail', exitCode: 3, timedOut: false, diagnostics: [] });
    expect(readFileSync(join(req.logsDir, 'stdout.log'), 'utf8')).toBe('to stdout\n');
    expect(readFileSync(join(req.logsDir, 'stderr.log'), 'utf8')).toBe('to stderr\n');
    expect(readFileSync(join(req.workspace, 'out', 'result.txt'), 'utf8')).toBe('partial\n');
    const consoleLog = readFileSync(join(req.logsDir, 'console.log'), 'utf8');
    expect(consoleLog).toContain('capsule-guest: exit-code=3');
    expect(consoleLog).toContain('token=[REDACTED]');
    expect(JSON.stringify(r)).not.toContain(secret);
    // The payload (job script with the environment) is not fingerprinted when it holds secrets.
    expect(r.details.initrd).not.toHaveProperty('payload_sha256');
  }, 60_000);

  // The fixture's maxRunSeconds (20) is well under this test's timeout, so a guest that wedges
  // after the panic ends the run at the executor's timeout and fails the timedOut assertion.
  test('a kernel panic fails the run with the panic named, and QEMU is gone', async () => {
    const r = await qemuExecutor.run(requestFor(join(fixtures, 'panic'), 'qemu'));
    expect(r.status).toBe('fail');
    expect(r.exitCode).toBeNull();
    expect(r.diagnostics.join('\n')).toMatch(/kernel panic in the guest: Kernel panic - not syncing/);
    expect(r.timedOut, `QEMU did not exit on the panic by itself: ${r.diagnostics.join(' | ')}`).toBe(false);
    expect(qemuLeftFor(r)).toEqual([]);
  }, 60_000);

  test('a hung guest is killed at the timeout: fail, diagnostic, no QEMU left', async () => {
    const r = await createQemuExecutor({ killGraceMs: 500 }).run(requestFor(join(fixtures, 'hang'), 'qemu', { timeoutSeconds: 4 }));
    expect(r).toMatchObject({ status: 'fail', timedOut: true, exitCode: null });
    expect(r.diagnostics.join('\n')).toMatch(/guest hung: no poweroff within 4 s/);
    expect(qemuLeftFor(r)).toEqual([]);
    // QEMU runs under the same containment as a process job, and the record says so.
    const containment = r.details.containment as { kind: string; sent_sigterm: { name: string }[] };
    expect(['cgroup', 'pid-namespace', 'subreaper', 'process-group']).toContain(containment.kind);
    expect(containment.sent_sigterm.map((p) => p.name).join(' ')).toMatch(/qemu/);
  }, 60_000);

  test('outputs larger than the results disk fail the run naming the full disk; the logs still come back', async () => {
    const req = requestFor(join(fixtures, 'disk-full'), 'qemu');
    const r = await createQemuExecutor({ resultsDiskBytes: 1 << 20 }).run(req);
    expect(r.status).toBe('fail');
    expect(r.exitCode).toBe(0);
    expect(r.diagnostics.join('\n')).toMatch(/results disk full or unwritable \(1 MiB\)/);
    expect(readFileSync(join(req.logsDir, 'stdout.log'), 'utf8')).toBe('wrote 3 MiB\n');
  }, 60_000);
});

describe('qemu executor: what is missing is a failed run, never a pass', () => {
  test('a vm.kernel that does not exist', async () => {
    const req = requestFor(join(fixtures, 'exit-code'), 'qemu');
    req.bundle.bundle.spec.executor.vm = { kernel: 'no-such-vmlinuz' };
    const r = await qemuExecutor.run(req);
    expect(r).toMatchObject({ status: 'fail', exitCode: null, timedOut: false });
    expect(r.diagnostics.join('\n')).toMatch(/guest kernel .*no-such-vmlinuz \(vm.kernel\) does not exist/);
    expect(r.details.qemu_argv).toBeUndefined();
    expect(readFileSync(join(req.logsDir, 'stdout.log'), 'utf8')).toBe('');
  });

  test('no guest kernel anywhere', async () => {
    const req = requestFor(join(fixtures, 'exit-code'), 'qemu');
    const r = await createQemuExecutor({ env: { ...process.env, CAPSULE_GUEST_KERNEL_DIR: join(req.workspace, 'none') } }).run(req);
    // The host's /boot may hold a kernel with modules; only when it does not is there none at all.
    if (r.details.qemu_argv === undefined) expect(r.diagnostics.join('\n')).toMatch(/no guest kernel found: run \/\S+\/scripts\/guest-kernel\.sh .*looked in \S+\/none and \/boot/);
    expect(r.status).toBe('fail');
  }, 60_000);

  test('a QEMU binary that does not exist', async () => {
    const req = requestFor(join(fixtures, 'exit-code'), 'qemu');
    req.placement.qemu = { binary: '/nonexistent/qemu-system-x86_64', kernel: '/nonexistent/vmlinuz', machine: 'microvm' };
    const r = await qemuExecutor.run(req);
    expect(r).toMatchObject({ status: 'fail', exitCode: null });
    expect(r.diagnostics.join('\n')).toMatch(/QEMU not found \(\/nonexistent\/qemu-system-x86_64\)/);
  });

  test('a bundle initrd is refused: the executor builds the guest init itself', async () => {
    const req = requestFor(join(fixtures, 'exit-code'), 'qemu');
    req.bundle.bundle.spec.executor.vm = { initrd: 'custom.cpio' };
    const r = await qemuExecutor.run(req);
    expect(r.status).toBe('fail');
    expect(r.diagnostics.join('\n')).toMatch(/vm.initrd is not supported/);
  });
});
