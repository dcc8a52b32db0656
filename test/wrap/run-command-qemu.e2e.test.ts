import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuestKernels } from '../../src/execute/qemu/kernel.js';

// `capsule run --executor qemu -- CMD`: the command's folder is copied into the VM as the
// initramfs payload and the guest's /workspace written back, but the run folder and .git.
// This boots a real kernel under TCG; without one it is skipped (CI installs one).
const haveKernel = findGuestKernels().some((k) => k.modulesDir !== undefined);
if (!haveKernel) console.warn('wrap qemu test skipped: no guest kernel found (run scripts/guest-kernel.sh)');
const CLI = resolve(__dirname, '..', '..', process.env.CAPSULE_CLI ?? 'dist/cli.js');

describe.skipIf(!haveKernel)('capsule run --executor qemu -- CMD', () => {
  it('runs the command in a VM on a copy of the folder; its outputs come back, the run folder never goes in', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'capsule-wrap-qemu-'));
    writeFileSync(join(cwd, 'input.txt'), 'from the host\n');
    const script = 'mkdir -p build && cat input.txt > build/a.txt'
      + ' && { test -e run && echo seen || echo absent; } >> build/a.txt';
    const r = spawnSync(process.execPath, [CLI, 'run', '--executor', 'qemu', '--out', 'run', '--output', 'build/*.txt',
      '--json', '--', 'sh', '-c', script], { cwd, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'build', 'a.txt'), 'utf8')).toBe('from the host\nabsent\n');
    const manifest = JSON.parse(readFileSync(join(cwd, 'run', 'run_manifest.json'), 'utf8'));
    expect(manifest.proof_capsule.execution.executor).toBe('qemu');
    const trust = join(cwd, 'run', 'keys', 'trust-policy.local.json');
    const capsule = join(cwd, 'run', 'sh.agipack');
    const args = [CLI, 'verify', capsule, '--trust-policy', trust, '--strict'];
    const v = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(existsSync(join(cwd, 'run', 'workspace'))).toBe(false);
  });
});
