import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasFittingKernel, provisionSteps, provisionVm, vmNeeds, type RunnerFacts } from '../../src/action/provision.js';
import { CapsuleError } from '../../src/errors.js';

const stock: RunnerFacts = {
  // ubuntu-latest as a job finds it: runner user with passwordless sudo, apt, zstd, kmod; no QEMU, no kernel; /dev/kvm root-only.
  platform: 'linux',
  root: false,
  has: { 'apt-get': true, sudo: true, zstd: true, depmod: true, qemu: false, busybox: false, kernel: false },
  kvm: 'denied',
};
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'provision-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const where = { script: '/a/scripts/guest-kernel.sh', kernelDir: '/opt/hostedtoolcache/proof-capsule/guest-kernel' };
const facts = (over: Partial<Omit<RunnerFacts, 'has'>> & { has?: Partial<RunnerFacts['has']> } = {}): RunnerFacts => ({ ...stock, ...over, has: { ...stock.has, ...over.has } });

describe('provisionSteps', () => {
  it('a stock ubuntu-latest: apt packages with sudo, the cloud kernel into the tool cache, the KVM udev rule', () => {
    const steps = provisionSteps(stock, { ninep: false }, where);
    expect(steps.map((s) => s.title)).toEqual(['Install qemu-system-x86, busybox-static (apt)', 'Unpack a guest kernel (guest-kernel.sh cloud)', 'Let the runner user open /dev/kvm (udev rule)']);
    expect(steps[0]!.commands.map((c) => c.argv)).toEqual([
      ['sudo', '-n', 'apt-get', 'update', '-q'],
      ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', 'qemu-system-x86', 'busybox-static'],
    ]);
    expect(steps[1]!.commands).toEqual([{ argv: ['sh', '/a/scripts/guest-kernel.sh', 'cloud'], env: { CAPSULE_GUEST_KERNEL_DIR: where.kernelDir } }]);
    expect(steps[2]).toMatchObject({ optional: true });
    expect(steps[2]!.commands[0]!.argv.at(-1)).toContain('udevadm trigger --name-match=kvm');
  });

  it('only what is missing: nothing on a provisioned runner, the generic kernel for hostUserland, no sudo as root', () => {
    expect(provisionSteps(facts({ has: { qemu: true, busybox: true, kernel: true }, kvm: 'open' }), { ninep: false }, where)).toEqual([]);
    expect(provisionSteps(facts({ has: { qemu: true, busybox: true }, kvm: 'absent' }), { ninep: true }, where).map((s) => s.commands[0]!.argv)).toEqual([['sh', '/a/scripts/guest-kernel.sh', 'generic']]);
    const asRoot = provisionSteps(facts({ root: true, has: { sudo: false, zstd: false, busybox: true } }), { ninep: false }, where);
    expect(asRoot[0]!.commands[1]!.argv).toEqual(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', 'qemu-system-x86', 'zstd']);
  });

  it('says what to do where it cannot provide: not Linux, no apt, no root', () => {
    const fail = (f: RunnerFacts) => {
      try {
        provisionSteps(f, { ninep: false }, where);
      } catch (err) {
        expect(err).toBeInstanceOf(CapsuleError);
        return (err as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(fail(facts({ platform: 'darwin' }))).toMatch(/runs on Linux runners only \(this runner is darwin\); use a Linux runner \(runs-on: ubuntu-latest\) or executor: process/);
    expect(fail(facts({ has: { 'apt-get': false } }))).toMatch(/needs qemu-system-x86, busybox-static, a guest kernel, and this runner has no apt-get/);
    expect(fail(facts({ has: { sudo: false } }))).toMatch(/installing them needs root, and this runner user is not root and has no sudo/);
  });
});

describe('provisionVm', () => {
  const root = path.resolve('.');
  // Only CAPSULE_GUEST_KERNEL_DIR counts here: this checkout's own .cache may hold kernels.
  const hasKernel = (env: NodeJS.ProcessEnv, needs: { ninep: boolean }) => env.CAPSULE_GUEST_KERNEL_DIR !== undefined && hasFittingKernel(env, needs);

  it('runs each step through exec with the step environment, then points the pipeline at the unpacked kernel', async () => {
    const cache = fs.mkdtempSync(path.join(scratch, 'cache-'));
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, RUNNER_TOOL_CACHE: cache, HOME: cache };
    const calls: { cmd: string; args: string[]; dir?: string }[] = [];
    // Stands in for the kernel script: lays out the kernel the tests' fixtures hold.
    const fixture = path.resolve('test', 'fixtures', 'qemu', 'kernels', '6.1.0-9-cloud-amd64');
    const exec = async (cmd: string, args: string[], options: { env?: Record<string, string> }) => {
      calls.push({ cmd, args, dir: options.env?.CAPSULE_GUEST_KERNEL_DIR });
      if (args[0]?.endsWith('guest-kernel.sh')) fs.cpSync(fixture, path.join(options.env!.CAPSULE_GUEST_KERNEL_DIR!, '6.1.0-9-cloud-amd64'), { recursive: true });
      return 0;
    };
    await provisionVm({ ninep: false }, root, env, { run: exec, hasKernel });
    const kernelDir = path.join(cache, 'proof-capsule', 'guest-kernel');
    expect(calls.find((c) => c.args[0]?.endsWith('guest-kernel.sh'))).toEqual({ cmd: 'sh', args: [path.join(root, 'scripts', 'guest-kernel.sh'), 'cloud'], dir: kernelDir });
    expect(env.CAPSULE_GUEST_KERNEL_DIR).toBe(kernelDir);

    // The next job on the same runner finds it in the tool cache and runs nothing for the kernel.
    const next: NodeJS.ProcessEnv = { PATH: process.env.PATH, RUNNER_TOOL_CACHE: cache, HOME: cache };
    const again: string[][] = [];
    await provisionVm({ ninep: false }, root, next, { run: async (_cmd, args) => (again.push(args), 0), hasKernel });
    expect(again.filter((a) => a[0]?.endsWith('guest-kernel.sh'))).toEqual([]);
    expect(next.CAPSULE_GUEST_KERNEL_DIR).toBe(kernelDir);
  });

  it('a failed step fails with the command and its exit code', async () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, CAPSULE_GUEST_KERNEL_DIR: fs.mkdtempSync(path.join(scratch, 'empty-')) };
    await expect(provisionVm({ ninep: false }, root, env, { run: async () => 100, hasKernel })).rejects.toThrow(/Unpack a guest kernel \(guest-kernel\.sh cloud\): `sh \S+guest-kernel\.sh cloud` exited 100/);
  });
});

describe('vmNeeds', () => {
  const train = path.resolve('examples', 'train', 'bundle.json');
  const hello = path.resolve('examples', 'hello', 'bundle.json');

  it('qemu always; auto only when the bundle asks for a VM; hostUserland needs 9p', () => {
    expect(vmNeeds({ executor: 'process', bundlePath: hello })).toBeNull();
    expect(vmNeeds({ executor: 'auto', bundlePath: train })).toBeNull();
    expect(vmNeeds({ executor: 'qemu', bundlePath: train })).toEqual({ ninep: true });
    expect(vmNeeds({ executor: 'qemu', bundlePath: '/nonexistent/bundle.json' })).toEqual({ ninep: false });
    expect(vmNeeds({ executor: 'auto', bundlePath: path.resolve('test', 'fixtures', 'qemu', 'exit-code', 'bundle.json') })).toEqual({ ninep: false });
  });
});
