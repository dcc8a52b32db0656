import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findGuestKernels, type GuestKernel } from '../../../src/execute/qemu/kernel.js';

/** The kernel Ubuntu 24.04's metapackages resolve to in these stubs. */
export const UBUNTU_RELEASE = '6.8.0-51-generic';

export interface FakeApt {
  /** Put first on PATH: apt-get and apt-cache stubs. */
  bin: string;
  /** An os-release file (CAPSULE_OS_RELEASE) saying Ubuntu 24.04. */
  osRelease: string;
  /** Every stub call, one line each ("apt-cache depends linux-image-kvm", "apt-get download …"). */
  calls: () => string[];
}

export interface FakeAptOptions {
  /** Where the modules package puts the modules: ./lib/modules (24.04) or the merged-/usr ./usr/lib/modules. */
  modulesRoot?: 'lib' | 'usr/lib';
  /** No package lists until `apt-get update`, as on a fresh machine. */
  listsMissing?: boolean;
  /** Module folders (under kernel/) shipped in linux-modules-extra-<release> instead. */
  extra?: string[];
}

/**
 * A real kernel that boots here with its modules (one scripts/guest-kernel.sh unpacked), to
 * repackage as Ubuntu's: the first that boots on microvm, or one with 9p; undefined when none.
 */
export function bootableKernel(needs: { ninep?: boolean } = {}): GuestKernel | undefined {
  return findGuestKernels().find((k) => k.modulesDir !== undefined && k.microvm && (!needs.ninep || k.ninep) && existsSync(join(k.modulesDir, 'kernel')));
}

/**
 * apt as Ubuntu 24.04 answers it for kernels: linux-image-kvm is a transitional package for
 * linux-image-virtual, which depends on the signed image linux-image-<release>, which holds only
 * /boot/vmlinuz and depends on linux-modules-<release> (config, System.map, modules as .ko.zst,
 * an uncompressed .deb). The .debs are real (dpkg-deb --build) and carry a real kernel, renamed.
 */
export function fakeUbuntuApt(dir: string, kernel: GuestKernel, options: FakeAptOptions = {}): FakeApt {
  const r = UBUNTU_RELEASE;
  const archive = join(dir, 'archive');
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  const state = join(dir, 'state');
  for (const d of [archive, bin, state]) mkdirSync(d, { recursive: true });
  writeFileSync(log, '');

  const image = join(dir, 'image');
  mkdirSync(join(image, 'boot'), { recursive: true });
  copyFileSync(kernel.path, join(image, 'boot', `vmlinuz-${r}`));
  buildDeb(image, `linux-image-${r}`, join(archive, `linux-image-${r}_6.8.0-51.52_amd64.deb`), 'zstd');

  const modules = join(dir, 'modules');
  const bootDir = join(kernel.path, '..');
  mkdirSync(join(modules, 'boot'), { recursive: true });
  copyFileSync(join(bootDir, `config-${kernel.release}`), join(modules, 'boot', `config-${r}`));
  writeFileSync(join(modules, 'boot', `System.map-${r}`), '');
  const tree = join(modules, options.modulesRoot ?? 'lib', 'modules', r);
  cpSync(join(kernel.modulesDir!, 'kernel'), join(tree, 'kernel'), { recursive: true });
  for (const f of ['modules.builtin', 'modules.builtin.modinfo', 'modules.order']) {
    if (existsSync(join(kernel.modulesDir!, f))) copyFileSync(join(kernel.modulesDir!, f), join(tree, f));
  }
  // A module the guest never loads: the script must leave it out.
  mkdirSync(join(tree, 'kernel', 'drivers', 'gpu'), { recursive: true });
  writeFileSync(join(tree, 'kernel', 'drivers', 'gpu', 'unused.ko'), 'not a module');
  const extra = join(dir, 'modules-extra');
  const extraTree = join(extra, options.modulesRoot ?? 'lib', 'modules', r);
  for (const sub of options.extra ?? []) {
    if (!existsSync(join(tree, 'kernel', sub))) continue;
    cpSync(join(tree, 'kernel', sub), join(extraTree, 'kernel', sub), { recursive: true });
    rmSync(join(tree, 'kernel', sub), { recursive: true });
  }
  for (const root of [tree, extraTree].filter((t) => existsSync(t))) {
    const kos = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.ko'));
    execFileSync('zstd', ['-q', '--rm', ...kos.map((f) => join(root, f))]);
  }
  buildDeb(modules, `linux-modules-${r}`, join(archive, `linux-modules-${r}_6.8.0-51.52_amd64.deb`), 'none');
  if (existsSync(extraTree)) buildDeb(extra, `linux-modules-extra-${r}`, join(archive, `linux-modules-extra-${r}_6.8.0-51.52_amd64.deb`), 'none');

  const depends: Record<string, string[]> = {
    'linux-image-kvm': ['linux-image-virtual'],
    'linux-image-virtual': [`linux-image-${r}`],
    'linux-image-generic': [`linux-image-${r}`, `linux-modules-extra-${r}`, 'linux-firmware', 'intel-microcode', 'amd64-microcode'],
    [`linux-image-${r}`]: ['linux-base', `linux-modules-${r}`],
    [`linux-modules-${r}`]: ['linux-base'],
    [`linux-modules-extra-${r}`]: [`linux-modules-${r}`, 'wireless-regdb'],
  };
  const cases = Object.entries(depends)
    .map(([pkg, deps]) => `  ${pkg}) printf '%s\\n' '${pkg}' ${deps.map((d) => `'  Depends: ${d}'`).join(' ')} ;;`)
    .join('\n');
  stub(
    join(bin, 'apt-cache'),
    `echo "apt-cache $*" >> '${log}'
[ "$1" = depends ] || { echo "E: this stub answers only depends" >&2; exit 100; }
${options.listsMissing ? `[ -e '${state}/lists' ] || { echo "E: No packages found" >&2; exit 100; }` : ''}
case "$2" in
${cases}
  *) echo "E: No packages found" >&2; exit 100 ;;
esac`,
  );
  stub(
    join(bin, 'apt-get'),
    `echo "apt-get $*" >> '${log}'
case "$1" in
  update) touch '${state}/lists' ;;
  download)
    shift; [ "$1" = -q ] && shift
    for deb in '${archive}'/"$1"_*.deb; do
      [ -e "$deb" ] || { echo "E: Can't select candidate version from package $1 as it has no candidate" >&2; exit 100; }
      cp "$deb" .
    done ;;
  *) echo "E: this stub answers only update and download" >&2; exit 100 ;;
esac`,
  );
  const osRelease = join(dir, 'os-release');
  writeFileSync(osRelease, 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n');
  return { bin, osRelease, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

function stub(file: string, body: string): void {
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

function buildDeb(root: string, name: string, out: string, compression: 'zstd' | 'none'): void {
  mkdirSync(join(root, 'DEBIAN'), { recursive: true });
  writeFileSync(join(root, 'DEBIAN', 'control'), `Package: ${name}\nVersion: 6.8.0-51.52\nArchitecture: amd64\nMaintainer: Test <test@example.invalid>\nDescription: ${name} as Ubuntu 24.04 ships it (test stand-in)\n`);
  execFileSync('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', root, out], { stdio: 'ignore' });
}

/** Every file under dir, relative, sorted. */
export function treeOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
