import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Outputs whose names a capsule cannot hold, from `capsule run -- CMD`: the built CLI. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');

function capsule(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

describe('capsule run -- CMD whose outputs include names capsule verify refuses', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'capsule-unportable-outputs-'));
  const script = 'mkdir out && for f in aux.js notes. README readme ok.txt; do echo "$f" > "out/$f"; done';
  const r = capsule(['run', '--out', 'run', '--json', '--output', 'out/*', '--', 'sh', '-c', script], cwd);
  const result = JSON.parse(r.stdout || '{}') as {
    decision: { decision: string }; outputs: { path: string }[]; gates: { status: string; summary: string }[];
    capsulePath: string;
  };

  it('blocks (exit 1), leaving out each such output with a failing gate naming it and why', () => {
    expect(r.status, r.stderr).toBe(1);
    expect(result.decision.decision).toBe('block');
    expect(result.outputs.map((o) => o.path)).toEqual(['out/README', 'out/ok.txt']);
    const failed = result.gates.filter((g) => g.status === 'fail').map((g) => g.summary);
    expect(failed).toEqual([
      'out/aux.js: its name cannot be a capsule entry ("artifacts/out/aux.js": segment "aux.js" is a reserved device '
        + 'name on Windows); it was left out of the capsule',
      'out/notes.: its name cannot be a capsule entry ("artifacts/out/notes.": segment "notes." ends in a dot or space '
        + '(Windows drops it)); it was left out of the capsule',
      'out/readme: its name cannot be a capsule entry ("artifacts/out/readme": differs from "artifacts/out/README" '
        + 'only by case or Unicode form); it was left out of the capsule',
    ]);
  });

  it('still writes a capsule that verifies --strict and that unzip -t passes', () => {
    const trust = join(cwd, 'run', 'keys', 'trust-policy.local.json');
    const v = capsule(['verify', result.capsulePath, '--trust-policy', trust, '--strict'], cwd);
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(execFileSync('unzip', ['-t', result.capsulePath], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});
