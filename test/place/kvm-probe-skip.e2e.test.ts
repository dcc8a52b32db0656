import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findQemu } from '../../src/execute/qemu/probe.js';
import { findGuestKernelFiles } from '../../src/execute/qemu/kernels.js';

// The KVM probe boots a guest kernel (up to 3 s where /dev/kvm hangs, as on this project's build
// machine) and keeps its verdict in the user's cache. A bundle that asks for a process must not pay
// for it: placement learns nothing from it that could change the decision.
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const canProbe = existsSync('/dev/kvm') && findQemu() !== null && findGuestKernelFiles().length > 0;

function place(bundle: string, cache: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'place', bundle, '--json', ...extra], {
    encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache },
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { executor: string; rejected: { candidate: string; reason: string }[] };
}

function bundleWithIntent(intent: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'probe-skip-'));
  cpSync('examples/hello', dir, { recursive: true });
  const file = join(dir, 'bundle.json');
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { spec: { executor: { backendIntent: string } } };
  bundle.spec.executor.backendIntent = intent;
  writeFileSync(file, JSON.stringify(bundle));
  return file;
}

const probeFile = (cache: string) => join(cache, 'proof-capsule', 'kvm-probe.json');

describe('placement probes KVM only when the answer can matter', () => {
  test('a process bundle, and --executor process, place without the KVM probe', () => {
    for (const args of [[bundleWithIntent('process')], [bundleWithIntent('auto'), '--executor', 'process']]) {
      const cache = mkdtempSync(join(tmpdir(), 'probe-cache-'));
      const p = place(args[0]!, cache, ...args.slice(1));
      expect(p.executor).toBe('process');
      const qemuSite = { candidate: 'local-qemu (qemu)', reason: 'qemu executor; the bundle asks for a process' };
      expect(p.rejected).toContainEqual(qemuSite);
      expect(existsSync(probeFile(cache))).toBe(false);
    }
  });

  test.skipIf(!canProbe)('an auto bundle does probe (and keeps the verdict), so the check above can fail', () => {
    const cache = mkdtempSync(join(tmpdir(), 'probe-cache-'));
    place(bundleWithIntent('auto'), cache);
    expect(JSON.parse(readFileSync(probeFile(cache), 'utf8'))).toHaveProperty('usable');
  });
});
