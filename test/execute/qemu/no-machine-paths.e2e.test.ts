import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findGuestKernels } from '../../../src/execute/qemu/kernel.js';
import { guestKernelDirs } from '../../../src/execute/qemu/kernels.js';
import { findQemu } from '../../../src/execute/qemu/probe.js';

/** A micro-VM run by the built CLI: its capsule names no folder of this machine but system ones. */
const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const canBoot = findQemu() !== null && findGuestKernels().some((k) => k.modulesDir !== undefined);
if (!canBoot) console.warn('skipped: no QEMU or no guest kernel with modules (run scripts/guest-kernel.sh)');
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'capsule-vm-paths-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file of the capsule at `capsulePath`, unpacked below `into`. */
function unpackedFiles(capsulePath: string, into: string): string[] {
  execFileSync('unzip', ['-q', capsulePath, '-d', into]);
  return readdirSync(into, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe.skipIf(findQemu() === null)('a wrapped command placed where QEMU has no guest kernel', () => {
  it('records why the VM site was passed over in words that name no folder of this machine', () => {
    const work = join(scratch, 'wrapped');
    const kernels = join(scratch, 'no-kernels');
    mkdirSync(work);
    mkdirSync(kernels);
    const args = [CLI, 'run', '--out', join(scratch, 'wrapped-out'), '--json', '--', 'sh', '-c', 'echo hi > o.txt'];
    const env = { ...process.env, CAPSULE_GUEST_KERNEL_DIR: kernels };
    const r = spawnSync(process.execPath, args, { cwd: work, env, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const entries = unpackedFiles(JSON.parse(r.stdout).capsulePath, join(scratch, 'wrapped-unpacked'));
    const texts = entries.map((e) => readFileSync(e, 'latin1'));
    // The reason is there (the test would pass vacuously if the site were not considered)...
    expect(texts.some((t) => t.includes('no readable guest kernel (run scripts/guest-kernel.sh'))).toBe(true);
    // ...and no entry names the tool's folder, the empty kernel folder or the scratch folder.
    for (const [i, text] of texts.entries()) {
      for (const p of [ROOT, realpathSync(ROOT), kernels, scratch]) {
        expect(text.includes(p), `${entries[i]!.slice(scratch.length)} holds ${p}`).toBe(false);
      }
    }
  }, 150_000);
});

describe.skipIf(!canBoot)('a QEMU run', () => {
  it('no entry of its capsule holds the bundle folder, the run folder, the kernel folder or a temp folder', () => {
    const bundle = join(scratch, 'bundle');
    cpSync(resolve(ROOT, 'test', 'fixtures', 'qemu', 'exit-code'), bundle, { recursive: true });
    const out = join(scratch, 'out');
    const args = [CLI, 'run', join(bundle, 'bundle.json'), '--out', out, '--json'];
    const r = spawnSync(process.execPath, args, { cwd: scratch, encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stderr).not.toBe(null);
    const result = JSON.parse(r.stdout);
    const unpacked = join(scratch, 'unpacked');
    execFileSync('unzip', ['-q', result.capsulePath, '-d', unpacked]);
    const entries = readdirSync(unpacked, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(entries.length).toBeGreaterThan(30);
    const machinePaths = [bundle, out, scratch, ROOT, realpathSync(ROOT), ...guestKernelDirs(), tmpdir() + '/capsule-'];
    for (const entry of entries) {
      const text = readFileSync(entry, 'latin1');
      for (const p of machinePaths) expect(text.includes(p), `${entry.slice(unpacked.length)} holds ${p}`).toBe(false);
    }
    const manifest = JSON.parse(readFileSync(join(unpacked, 'run_manifest.snapshot.json'), 'utf8'));
    const details = manifest.proof_capsule.execution.details;
    expect(details.console_log.path).toBe('logs/console.log');
    expect(details.kernel.boot_path).toMatch(/^(<guest-kernels>\/[^/]+\/boot\/vmlinuz-|\/boot\/vmlinuz-)/);
    expect(details.qemu_argv).toContain('<scratch>/initrd.cpio');
  }, 300_000);
});
