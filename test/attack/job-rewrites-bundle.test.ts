import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/hash/sha256.js';
import { writeProcessBundle } from '../pipeline/process-bundle.js';
import { tempDir } from '../prove/build-capsule.js';

/**
 * A hostile job runs as the user, so it can write into the run folder being made around it: here
 * it replaces the run's copy of its own script (`bundle/job.sh`, which the capsule packs as "the
 * code that ran") after the run staged and hashed it. Before the fix the run promoted, and the
 * capsule holding a script that never ran verified under --strict.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const IMPOSTOR = '#!/bin/sh\necho "I am not the script that ran"\n';

let dir: string;

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, out: r.stdout + r.stderr };
}

function runJob(name: string, script: string) {
  const bundle = join(dir, `${name}-bundle`);
  mkdirSync(bundle);
  writeFileSync(join(bundle, 'job.sh'), script);
  const file = writeProcessBundle(bundle, name, { argv: ['/bin/sh', 'job.sh'], outputs: ['out/hi.txt'] });
  const out = join(dir, `${name}-out`);
  return { run: capsule('run', file, '--out', out, '--executor', 'process', '--json'), out };
}

/** The run's capsule under its own local trust policy, --strict. */
function verifyStrict(out: string, name: string) {
  const policy = join(out, 'keys', 'trust-policy.local.json');
  return capsule('verify', join(out, `${name}.agipack`), '--trust-policy', policy, '--strict');
}

beforeAll(() => {
  dir = tempDir('capsule-rewrite-');
  writeFileSync(join(dir, 'impostor.sh'), IMPOSTOR);
});

describe('a job that rewrites the run folder\'s copy of its bundle', () => {
  it('an honest job: the run promotes and its capsule verifies (so the case below fails for its own reason)', () => {
    const { run, out } = runJob('honest', 'mkdir -p out\necho hi > out/hi.txt\n');
    expect(run.code, run.out).toBe(0);
    const v = verifyStrict(out, 'honest');
    expect(v.code, v.out).toBe(0);
  });

  it.each([
    ['its script', ''],
    // …and the inventory's digest of it, so the two agree on disk when the job ends.
    ['its script and the staged inventory\'s digest of it', [
      'was=$(sha256sum job.sh | cut -c1-64); now=$(sha256sum ../bundle/job.sh | cut -c1-64)',
      'sed -i "s/$was/$now/" ../evidence/staged_inventory.json',
      'grep -q "$now" ../evidence/staged_inventory.json && echo "inventory rewritten"',
    ].join('\n')],
  ])('%s: the capsule fails run_manifest_snapshot_valid naming the script; the run does not promote', (_what, more) => {
    const replace = `cat '${join(dir, 'impostor.sh')}' > ../bundle/job.sh`;
    const script = `mkdir -p out\necho hi > out/hi.txt\n${replace}\n${more}\n`;
    const { run, out } = runJob(more ? 'rewrite-both' : 'rewrite', script);
    expect(readFileSync(join(out, 'bundle', 'job.sh'), 'utf8')).toBe(IMPOSTOR);
    if (more) {
      // The job did rewrite it; the run put back the inventory it took before the job started.
      expect(readFileSync(join(out, 'logs', 'stdout.log'), 'utf8')).toContain('inventory rewritten');
      const inventory = readFileSync(join(out, 'evidence', 'staged_inventory.json'), 'utf8');
      expect(inventory).not.toContain(sha256Hex(Buffer.from(IMPOSTOR)));
    }
    expect(run.code, run.out).not.toBe(0);
    expect(run.code, run.out).not.toBe(70);
    const v = verifyStrict(out, more ? 'rewrite-both' : 'rewrite');
    expect(v.code, v.out).toBe(1);
    expect(v.out).toMatch(/FAIL {2}run_manifest_snapshot_valid: bundle\/job\.sh is [0-9a-f]{64} in the capsule, but the run staged [0-9a-f]{64} before the job started/);
  });
});
