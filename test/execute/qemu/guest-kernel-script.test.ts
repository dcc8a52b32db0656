import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findGuestKernels } from '../../../src/execute/qemu/kernel.js';
import { GUEST_MODULES, moduleLoadOrder } from '../../../src/execute/qemu/modules.js';
import { bootableKernel, fakeUbuntuApt, treeOf, UBUNTU_RELEASE, type FakeAptOptions } from './fake-apt.js';

// scripts/guest-kernel.sh as it runs on an ubuntu-latest runner: apt-get/apt-cache stubs answer
// as Ubuntu 24.04 does, the .debs are real (dpkg-deb) and carry a real kernel. The last test boots
// what the script unpacked, from the built CLI started in an unrelated folder.
const SCRIPT = resolve('scripts', 'guest-kernel.sh');
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const kernel = bootableKernel();
const genericKernel = bootableKernel({ ninep: true });
const missing = ['dpkg-deb', 'zstd', 'depmod'].filter((t) => spawnSync('sh', ['-c', `PATH="$PATH:/usr/sbin:/sbin" command -v ${t}`]).status !== 0);
const skip = !kernel ? 'no unpacked guest kernel to repackage (run scripts/guest-kernel.sh)' : missing.length > 0 ? `needs ${missing.join(', ')}` : '';
if (skip) console.warn(`guest-kernel.sh Ubuntu tests skipped: ${skip}`);

const scratch = mkdtempSync(join(tmpdir(), 'guest-kernel-script-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function script(args: string[], env: Record<string, string>, file = SCRIPT) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CAPSULE_GUEST_KERNEL_DIR')) as Record<string, string>;
  return spawnSync('sh', [file, ...args], { env: { ...clean, ...env }, encoding: 'utf8', timeout: 120_000 });
}

function ubuntu(name: string, options: FakeAptOptions = {}) {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const apt = fakeUbuntuApt(join(dir, 'apt'), kernel!, options);
  const dest = join(dir, 'kernels');
  const env = { PATH: `${apt.bin}:${process.env.PATH}`, CAPSULE_OS_RELEASE: apt.osRelease, CAPSULE_GUEST_KERNEL_DIR: dest };
  return { apt, dest, env };
}

describe.skipIf(skip !== '')('scripts/guest-kernel.sh on Ubuntu 24.04 (stubbed apt, real .debs)', () => {
  test.each(['lib', 'usr/lib'] as const)('cloud: resolves linux-image-kvm to the -generic image plus linux-modules, and leaves a usable layout (modules under ./%s)', (modulesRoot) => {
    const { apt, dest, env } = ubuntu(`cloud-${modulesRoot.replace('/', '-')}`, { modulesRoot });
    const run = script(['cloud'], env);
    expect(run.status, run.stderr).toBe(0);
    const vmlinuz = join(dest, UBUNTU_RELEASE, 'boot', `vmlinuz-${UBUNTU_RELEASE}`);
    expect(run.stdout).toBe(`${vmlinuz}\n`);
    expect(apt.calls()).toEqual(expect.arrayContaining(['apt-cache depends linux-image-kvm', 'apt-cache depends linux-image-virtual', `apt-get download -q linux-image-${UBUNTU_RELEASE}`, `apt-get download -q linux-modules-${UBUNTU_RELEASE}`]));

    // Usable: the executor finds it with its modules, and every module the guest loads is a plain .ko.
    const found = findGuestKernels({ CAPSULE_GUEST_KERNEL_DIR: dest }).find((k) => k.path === vmlinuz)!;
    expect(found).toMatchObject({ release: UBUNTU_RELEASE, microvm: true, modulesDir: join(dest, UBUNTU_RELEASE, 'lib', 'modules', UBUNTU_RELEASE) });
    const order = moduleLoadOrder(found.modulesDir!, GUEST_MODULES.blockMmio);
    expect(order.length).toBeGreaterThan(0);
    for (const m of order) expect(readFileSync(join(found.modulesDir!, m)).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    const files = treeOf(join(dest, UBUNTU_RELEASE));
    expect(files.filter((f) => /\.ko\.(zst|xz|gz)$/.test(f))).toEqual([]);
    expect(files.some((f) => f.includes('gpu/unused'))).toBe(false);
    expect(files).toContain(`boot/config-${UBUNTU_RELEASE}`);
    expect(existsSync(join(dest, UBUNTU_RELEASE, 'usr'))).toBe(false);

    // Idempotent: a second run answers from the stamp without asking apt anything.
    const before = apt.calls().length;
    const again = script(['cloud'], env);
    expect(again.stdout).toBe(run.stdout);
    expect(apt.calls()).toHaveLength(before);
  });

  test('generic after cloud: the same kernel on 24.04, stamped without a second download', () => {
    const { apt, dest, env } = ubuntu('both');
    const run = script(['cloud', 'generic'], env);
    expect(run.status, run.stderr).toBe(0);
    const vmlinuz = join(dest, UBUNTU_RELEASE, 'boot', `vmlinuz-${UBUNTU_RELEASE}`);
    expect(run.stdout).toBe(`${vmlinuz}\n${vmlinuz}\n`);
    expect(apt.calls().filter((c) => c.startsWith('apt-get download'))).toHaveLength(2);
    expect(readFileSync(join(dest, 'generic.layout2.release'), 'utf8')).toBe(`${UBUNTU_RELEASE}\n`);
  });

  test.skipIf(!genericKernel).each([
    ['linux-modules', []],
    ['linux-modules-extra', ['fs/9p', 'net/9p', 'fs/netfs', 'fs/fscache']],
  ])('generic: the 9p modules vm.hostUserland needs, from %s', (_where, extra) => {
    const dir = mkdtempSync(join(scratch, 'generic-'));
    const apt = fakeUbuntuApt(join(dir, 'apt'), genericKernel!, { extra });
    const dest = join(dir, 'kernels');
    const run = script(['generic'], { PATH: `${apt.bin}:${process.env.PATH}`, CAPSULE_OS_RELEASE: apt.osRelease, CAPSULE_GUEST_KERNEL_DIR: dest });
    expect(run.status, run.stderr).toBe(0);
    const found = findGuestKernels({ CAPSULE_GUEST_KERNEL_DIR: dest }).find((k) => k.release === UBUNTU_RELEASE)!;
    expect(found.ninep).toBe(true);
    expect(moduleLoadOrder(found.modulesDir!, GUEST_MODULES.ninep).length).toBeGreaterThan(0);
    expect(apt.calls().includes(`apt-get download -q linux-modules-extra-${UBUNTU_RELEASE}`)).toBe(extra.length > 0);
  });

  test('a fresh machine with no package lists: updates them once, then resolves', () => {
    const { apt, env } = ubuntu('no-lists', { listsMissing: true });
    const run = script(['cloud'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(apt.calls().filter((c) => c === 'apt-get update -qq')).toHaveLength(1);
  });

  test('neither Debian nor Ubuntu: exit 3, saying what to put where', () => {
    const { env } = ubuntu('fedora');
    const osRelease = join(scratch, 'fedora-os-release');
    writeFileSync(osRelease, 'NAME="Fedora Linux"\nID=fedora\nPRETTY_NAME="Fedora Linux 41"\n');
    const run = script(['cloud'], { ...env, CAPSULE_OS_RELEASE: osRelease });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('Fedora Linux 41 (ID=fedora');
    expect(run.stderr).toContain('is neither Debian nor Ubuntu');
    expect(run.stderr).toMatch(/<dir>\/<release>\/boot\/vmlinuz-<release>[\s\S]*CAPSULE_GUEST_KERNEL_DIR=<dir>/);
  });

  test('an unknown flavor is a usage error (exit 2)', () => {
    const run = script(['huge'], ubuntu('usage').env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown flavor 'huge' (expected cloud or generic)");
  });

  test('a QEMU run started from another folder boots the kernel the script unpacked beside the tool', () => {
    // A tool folder as a user has it (a clone, an action checkout): dist/ and scripts/, no kernel yet.
    const dir = mkdtempSync(join(scratch, 'installed-'));
    const tool = join(dir, 'proof-capsule');
    mkdirSync(join(tool, 'scripts'), { recursive: true });
    cpSync(SCRIPT, join(tool, 'scripts', 'guest-kernel.sh'));
    cpSync(join(CLI, '..'), join(tool, 'dist'), { recursive: true });
    const apt = fakeUbuntuApt(join(dir, 'apt'), kernel!);
    const home = join(dir, 'home');
    const elsewhere = join(dir, 'somewhere', 'else');
    mkdirSync(home);
    mkdirSync(elsewhere, { recursive: true });
    const env = { PATH: `${apt.bin}:${process.env.PATH}`, CAPSULE_OS_RELEASE: apt.osRelease, HOME: home, XDG_CACHE_HOME: join(home, '.cache') };

    const unpacked = script(['cloud'], env, join(tool, 'scripts', 'guest-kernel.sh'));
    expect(unpacked.status, unpacked.stderr).toBe(0);
    const vmlinuz = join(tool, '.cache', 'guest-kernel', UBUNTU_RELEASE, 'boot', `vmlinuz-${UBUNTU_RELEASE}`);
    expect(unpacked.stdout).toBe(`${vmlinuz}\n`);

    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CAPSULE_GUEST_KERNEL_DIR')) as Record<string, string>;
    const run = spawnSync(process.execPath, [join(tool, 'dist', 'cli.js'), 'run', resolve('examples', 'hello'), '--executor', 'qemu', '--out', join(dir, 'out'), '--json'], {
      cwd: elsewhere,
      env: { ...clean, HOME: home, XDG_CACHE_HOME: join(home, '.cache') },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { decision: { decision: string }; runDir: string };
    expect(result.decision.decision).toBe('promote');
    // The kernel booted is the one unpacked beside the tool: the same bytes, recorded under the
    // guest-kernel folder's name (no machine path in evidence).
    const runArtifact = JSON.parse(readFileSync(join(result.runDir, 'agentplane', 'run-artifact.json'), 'utf8'));
    expect(runArtifact['x-proofcapsule'].details.kernel).toMatchObject({
      boot_path: `<guest-kernels>/${UBUNTU_RELEASE}/boot/vmlinuz-${UBUNTU_RELEASE}`,
      sha256: createHash('sha256').update(readFileSync(vmlinuz)).digest('hex'),
    });
  }, 240_000);
});
