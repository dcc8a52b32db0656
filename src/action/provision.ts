import { closeSync, existsSync, openSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { validateBundle } from '../bundle/validate.js';
import { CapsuleError } from '../errors.js';
import { findStaticBusybox } from '../execute/qemu/host-tools.js';
import { chooseGuestKernel, findGuestKernels } from '../execute/qemu/kernel.js';
import { findQemu } from '../execute/qemu/probe.js';
import type { ActionInputs } from './inputs.js';

/** What a VM run needs of the runner beyond QEMU and busybox: 9p for vm.hostUserland. */
export interface VmNeeds {
  ninep: boolean;
}

/** What this runner has, as far as a VM run goes. */
export interface RunnerFacts {
  platform: NodeJS.Platform;
  root: boolean;
  has: Record<'apt-get' | 'sudo' | 'zstd' | 'depmod' | 'qemu' | 'busybox' | 'kernel', boolean>;
  /** /dev/kvm: missing, openable by this user, or there but denied (the udev rule fixes that). */
  kvm: 'absent' | 'open' | 'denied';
}

export interface ProvisionCommand {
  argv: string[];
  env?: Record<string, string>;
}

export interface ProvisionStep {
  title: string;
  commands: ProvisionCommand[];
  /** A failure is a warning, not an error: without it the run still works, only slower (KVM). */
  optional?: boolean;
}

const KVM_RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"';

/**
 * Whether this action run will boot a VM: executor qemu, or auto on a bundle whose backendIntent
 * asks for one (auto on an auto bundle takes a VM only where KVM already works: nothing to add).
 * A bundle that does not validate is left to the pipeline, which reports it properly.
 */
export function vmNeeds(inputs: Pick<ActionInputs, 'executor' | 'bundlePath'>): VmNeeds | null {
  if (inputs.executor === 'process') return null;
  // A `run:` command asks for nothing itself: only executor qemu boots a VM for it.
  if (inputs.bundlePath === undefined) return inputs.executor === 'qemu' ? { ninep: false } : null;
  let spec;
  try {
    spec = validateBundle(inputs.bundlePath).bundle.spec.executor;
  } catch {
    return inputs.executor === 'qemu' ? { ninep: false } : null;
  }
  const asksVm = spec.backendIntent === 'qemu' || spec.backendIntent === 'microvm';
  return inputs.executor === 'qemu' || asksVm ? { ninep: spec.vm?.hostUserland === true } : null;
}

/** The folder the action unpacks guest kernels into: the runner's tool cache, kept between jobs on self-hosted runners. */
export function runnerKernelDir(env: NodeJS.ProcessEnv): string | undefined {
  return env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'proof-capsule', 'guest-kernel') : undefined;
}

function onPath(name: string, env: NodeJS.ProcessEnv, extra: string[] = []): boolean {
  return [...(env.PATH ?? '').split(path.delimiter), ...extra].filter(Boolean).some((dir) => existsSync(path.join(dir, name)));
}

function kvmAccess(): RunnerFacts['kvm'] {
  if (!existsSync('/dev/kvm')) return 'absent';
  try {
    closeSync(openSync('/dev/kvm', 'r+'));
    return 'open';
  } catch {
    return 'denied';
  }
}

export function hasFittingKernel(env: NodeJS.ProcessEnv, needs: VmNeeds): boolean {
  return chooseGuestKernel(undefined, findGuestKernels(env), needs) !== null;
}

export function runnerFacts(env: NodeJS.ProcessEnv, needs: VmNeeds, hasKernel = hasFittingKernel): RunnerFacts {
  return {
    platform: process.platform,
    root: process.getuid?.() === 0,
    has: {
      'apt-get': onPath('apt-get', env),
      sudo: onPath('sudo', env),
      zstd: onPath('zstd', env),
      depmod: onPath('depmod', env, ['/usr/sbin', '/sbin']),
      qemu: findQemu(env) !== null,
      busybox: 'path' in findStaticBusybox(env),
      kernel: hasKernel(env, needs),
    },
    kvm: kvmAccess(),
  };
}

/**
 * The steps that give this runner what a VM run needs, in order (none when it has it all):
 * apt packages for what is missing, the guest kernel script, and the udev rule that lets the
 * runner user open /dev/kvm. What cannot be provided here is an error that says what to do.
 */
export function provisionSteps(f: RunnerFacts, needs: VmNeeds, where: { script: string; kernelDir?: string }): ProvisionStep[] {
  if (f.platform !== 'linux') {
    throw new CapsuleError('vm_provision_impossible', `executor qemu: the QEMU executor runs on Linux runners only (this runner is ${f.platform}); use a Linux runner (runs-on: ubuntu-latest) or executor: process`);
  }
  const packages = [
    ...(f.has.qemu ? [] : ['qemu-system-x86']),
    ...(f.has.busybox ? [] : ['busybox-static']),
    ...(f.has.kernel || f.has.depmod ? [] : ['kmod']),
    ...(f.has.kernel || f.has.zstd ? [] : ['zstd']),
  ];
  const needsApt = packages.length > 0 || !f.has.kernel;
  if (needsApt && !f.has['apt-get']) {
    const what = [...packages, ...(f.has.kernel ? [] : [`a guest kernel${needs.ninep ? ' with 9p' : ''}`])].join(', ');
    throw new CapsuleError('vm_provision_impossible', `executor qemu needs ${what}, and this runner has no apt-get to install it: install them on the runner (a guest kernel as ${where.script} lays it out, in CAPSULE_GUEST_KERNEL_DIR), or use executor: process`);
  }
  if (packages.length > 0 && !f.root && !f.has.sudo) {
    throw new CapsuleError('vm_provision_impossible', `executor qemu needs the apt packages ${packages.join(' ')}: installing them needs root, and this runner user is not root and has no sudo; install them on the runner image, or use executor: process`);
  }
  const sudo = f.root ? [] : ['sudo', '-n'];
  const steps: ProvisionStep[] = [];
  if (packages.length > 0) {
    steps.push({
      title: `Install ${packages.join(', ')} (apt)`,
      commands: [{ argv: [...sudo, 'apt-get', 'update', '-q'] }, { argv: [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages] }],
    });
  }
  if (!f.has.kernel) {
    steps.push({
      title: `Unpack a guest kernel (${path.basename(where.script)} ${needs.ninep ? 'generic' : 'cloud'})`,
      commands: [{ argv: ['sh', where.script, needs.ninep ? 'generic' : 'cloud'], ...(where.kernelDir ? { env: { CAPSULE_GUEST_KERNEL_DIR: where.kernelDir } } : {}) }],
    });
  }
  if (f.kvm === 'denied' && (f.root || f.has.sudo)) {
    steps.push({
      title: 'Let the runner user open /dev/kvm (udev rule)',
      commands: [{ argv: [...sudo, 'sh', '-c', `echo '${KVM_RULE}' > /etc/udev/rules.d/99-kvm4all.rules && udevadm control --reload-rules && udevadm trigger --name-match=kvm`] }],
      optional: true,
    });
  }
  return steps;
}

export type ExecFn = (command: string, args: string[], options: exec.ExecOptions) => Promise<number>;

/** How provisioning acts on the runner: tests replace them. */
export interface ProvisionDeps {
  run: ExecFn;
  hasKernel: (env: NodeJS.ProcessEnv, needs: VmNeeds) => boolean;
}

/**
 * Gives a stock Linux runner what `executor: qemu` needs, each step in its own log group, so one
 * `uses:` step works on ubuntu-latest. Kernels are unpacked into the runner's tool cache and
 * found there by later jobs on the same runner (self-hosted runners keep it); the pipeline then
 * reads them through CAPSULE_GUEST_KERNEL_DIR. Returns warnings (a KVM rule that failed).
 */
export async function provisionVm(needs: VmNeeds, actionRoot: string, env: NodeJS.ProcessEnv = process.env, deps: ProvisionDeps = { run: exec.exec, hasKernel: hasFittingKernel }): Promise<string[]> {
  const { run, hasKernel } = deps;
  const cached = runnerKernelDir(env);
  if (!env.CAPSULE_GUEST_KERNEL_DIR && cached && !hasKernel(env, needs) && hasKernel({ ...env, CAPSULE_GUEST_KERNEL_DIR: cached }, needs)) {
    core.info(`Guest kernel: found in this runner's tool cache (${cached})`);
    env.CAPSULE_GUEST_KERNEL_DIR = cached;
  }
  const kernelDir = env.CAPSULE_GUEST_KERNEL_DIR ?? cached;
  const steps = provisionSteps(runnerFacts(env, needs, hasKernel), needs, { script: path.join(actionRoot, 'scripts', 'guest-kernel.sh'), kernelDir });
  if (steps.length === 0) return [];
  const warnings: string[] = [];
  for (const step of steps) {
    await core.group(step.title, async () => {
      for (const { argv, env: extra } of step.commands) {
        const code = await run(argv[0]!, argv.slice(1), { env: { ...(env as Record<string, string>), ...extra }, ignoreReturnCode: true });
        if (code === 0) continue;
        const what = `${step.title}: \`${argv.join(' ')}\` exited ${code}`;
        if (!step.optional) throw new CapsuleError('vm_provision_failed', `${what} (its output is in the log group above)`);
        warnings.push(`${what}; QEMU falls back to TCG (slower)`);
        return;
      }
    });
  }
  if (kernelDir) env.CAPSULE_GUEST_KERNEL_DIR = kernelDir;
  const after = runnerFacts(env, needs, hasKernel);
  const names = { qemu: 'QEMU (qemu-system-x86_64 on PATH)', busybox: 'static busybox', kernel: `guest kernel${needs.ninep ? ' with 9p' : ''} where the executor looks` } as const;
  const still = (['qemu', 'busybox', 'kernel'] as const).filter((k) => !after.has[k]).map((k) => names[k]);
  if (still.length > 0) throw new CapsuleError('vm_provision_failed', `executor qemu: after provisioning this runner still has no ${still.join(', ')} (see the log groups above)`);
  return warnings;
}
