import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { writeJsonFile } from '../../json/write.js';
import { arch, platform } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Capabilities } from '../placement.js';
import { findGuestKernelFiles } from './kernels.js';
import { planContainment, spawnContained, superviseJob } from '../contain/index.js';

const KVM_PROBE_TIMEOUT_MS = 3000;
const QEMU_ARCH: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64' };

/** The QEMU system emulator for this machine's architecture on PATH, or null. */
export function findQemu(env: NodeJS.ProcessEnv = process.env): string | null {
  const name = `qemu-system-${QEMU_ARCH[arch()] ?? arch()}`;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this PATH entry.
    }
  }
  return null;
}

/**
 * KVM counts as usable only when a guest actually runs under it: /dev/kvm can open and
 * create a VM yet hang as soon as a kernel boots (as on this project's build machine).
 * So boot the guest kernel with no root under `-accel kvm`: it panics and, with
 * `-no-reboot`, QEMU exits 0 within a second; a hang is killed at the timeout.
 */
export function probeKvm(qemu: string | null, kernel: string | null, timeoutMs = KVM_PROBE_TIMEOUT_MS): Promise<{ usable: boolean; reason: string }> {
  if (!existsSync('/dev/kvm')) return Promise.resolve({ usable: false, reason: '/dev/kvm does not exist' });
  if (qemu === null) return Promise.resolve({ usable: false, reason: 'no QEMU binary to probe KVM with' });
  if (kernel === null) return Promise.resolve({ usable: false, reason: 'no guest kernel to probe KVM with' });
  const argv = ['-accel', 'kvm', '-m', '128', '-nodefaults', '-no-user-config', '-display', 'none', '-serial', 'none', '-no-reboot', '-kernel', kernel, '-append', 'panic=-1 quiet'];
  const plan = planContainment();
  if ('problem' in plan) return Promise.resolve({ usable: false, reason: plan.problem });
  const job = spawnContained([qemu, ...argv], { plan });
  job.stdout.resume();
  job.stderr.resume();
  return superviseJob(job, { timeoutMs, graceMs: 0 }).then(({ exit, timedOut }) => {
    if (timedOut) return { usable: false, reason: `a guest kernel did not finish booting under KVM within ${timeoutMs / 1000} s` };
    if (exit.failed) return { usable: false, reason: `cannot start ${qemu}: ${exit.failed.code}` };
    return exit.code === 0 ? { usable: true, reason: 'guest kernel booted under KVM' } : { usable: false, reason: `QEMU with -accel kvm exited ${exit.code ?? exit.signal}` };
  });
}

let cached: Promise<Capabilities> | undefined;
let kvmReason = '';

/** Why the probe decided kvm as it did (after probeLocal resolved). */
export function localKvmReason(): string {
  return kvmReason;
}

/** This machine's capabilities, probed once per process. */
export function probeLocal(): Promise<Capabilities> {
  cached ??= (async () => {
    const facts = localWithoutKvm();
    const kvm = await cachedKvmProbe(facts.qemu, facts.kernels[0] ?? null);
    kvmReason = kvm.reason;
    return { ...facts, kvm: kvm.usable };
  })();
  return cached;
}

/** What this machine has without asking KVM (which takes a guest boot): KVM counts as unusable. */
export function localWithoutKvm(): Capabilities {
  return { os: platform(), arch: QEMU_ARCH[arch()] ?? arch(), kvm: false, qemu: findQemu(), kernels: findGuestKernelFiles(), labels: [] };
}

/**
 * The KVM probe boots a kernel (up to 3 s when KVM hangs), so its verdict is kept per boot of
 * this machine, QEMU binary and kernel: the same facts give the same answer until a reboot or
 * an upgrade. Delete `~/.cache/proof-capsule/kvm-probe.json` to probe again.
 */
async function cachedKvmProbe(qemu: string | null, kernel: string | null): Promise<{ usable: boolean; reason: string }> {
  if (!existsSync('/dev/kvm') || qemu === null || kernel === null) return probeKvm(qemu, kernel);
  const key = [bootId(), qemu, statSync(qemu).mtimeMs, kernel, statSync(kernel).mtimeMs].join('|');
  const file = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'proof-capsule', 'kvm-probe.json');
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string; usable: boolean; reason: string };
    if (saved.key === key) return { usable: saved.usable, reason: `${saved.reason} (probed earlier this boot)` };
  } catch {
    // No verdict saved yet, or an unreadable one: probe.
  }
  const verdict = await probeKvm(qemu, kernel);
  try {
    writeJsonFile(file, { key, ...verdict });
  } catch {
    // A read-only home only costs the next run another probe.
  }
  return verdict;
}

function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return 'unknown-boot';
  }
}
