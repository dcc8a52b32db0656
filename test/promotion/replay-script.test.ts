import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/hash/sha256.js';
import type { RunManifest } from '../../src/manifest/types.js';
import { buildReplayPlan } from '../../src/promotion/replay-plan.js';
import { renderReplayScript } from '../../src/promotion/replay-script.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { readManifest, RUN_DIR } from './fixtures.js';

/** A copy of the fixture run folder with promotion/replay.sh written for `manifest`. */
function runFolder(manifest: RunManifest): string {
  const dir = mkdtempSync(join(tmpdir(), 'capsule-replay-test-'));
  cpSync(RUN_DIR, dir, { recursive: true });
  mkdirSync(join(dir, 'promotion'));
  writeFileSync(join(dir, 'promotion', 'replay.sh'), renderReplayScript(manifest));
  return dir;
}

function replay(dir: string, args: string[] = [], shell = 'sh') {
  const argv = shell === 'busybox' ? ['sh', join(dir, 'promotion', 'replay.sh'), ...args] : [join(dir, 'promotion', 'replay.sh'), ...args];
  const result = spawnSync(shell, argv, { encoding: 'utf8', cwd: tmpdir(), env: { PATH: process.env.PATH, TMPDIR: tmpdir() } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('promotion/replay.sh', () => {
  it('prints the recorded plan without running anything', () => {
    const manifest = readManifest('pass');
    const dir = runFolder(manifest);
    const { code, out } = replay(dir);
    expect(code).toBe(0);
    expect(out).toContain('run_id: run-2026-11-20-fixture-train');
    expect(out).toContain(`bundle sha256: ${manifest.proof_capsule!.bundle.sha256}`);
    expect(out).toContain('argv:\n  [sh]\n  [job.sh]\n');
    expect(out).toContain('env names:\n  API_TOKEN\n  MODE\n');
    expect(out).toContain(`${manifest.proof_capsule!.outputs[0]!.sha256}  result.txt`);
    expect(out).toContain('(plan only; pass --execute to run it)');
    expect(existsSync(join(dir, 'bundle', 'result.txt'))).toBe(false);
  });

  for (const shell of ['sh', 'dash', 'busybox']) {
    it(`--execute re-runs in a fresh copy of the bundle and reports every output matching (${shell})`, () => {
      const dir = runFolder(readManifest('pass'));
      const { code, out, err } = replay(dir, ['--execute'], shell);
      expect(err).toContain('warning: API_TOKEN was redacted');
      expect(out).toContain('exit code: 0 (recorded 0)');
      expect(out).toMatch(/MATCH +result\.txt\n/);
      expect(out).toMatch(/MATCH +metrics\.json\n/);
      expect(out).toMatch(/MATCH +eval-report\.txt\n/);
      expect(out).toContain('replay: outputs match the record');
      expect(code).toBe(0);
      // The run happened in a temp copy, not in the run folder's bundle.
      expect(existsSync(join(dir, 'bundle', 'result.txt'))).toBe(false);
    });
  }

  it('--execute reports a mismatch and exits 1 when an output differs from the record', () => {
    const manifest = readManifest('pass');
    manifest.proof_capsule!.outputs[0]!.sha256 = '0'.repeat(64);
    const { code, out } = replay(runFolder(manifest), ['--execute']);
    expect(out).toContain(`MISMATCH result.txt (recorded ${'0'.repeat(64)}, replayed d703a3caeb7c8920890384d9dd62da26793a4f1eaee9ffc5e6ec84fe3aa12357)`);
    expect(out).toContain('replay: MISMATCH with the record');
    expect(code).toBe(1);
  });

  it('--execute refuses a bundle whose sha256 is not the recorded one', () => {
    const manifest = readManifest('pass');
    const dir = runFolder(manifest);
    writeFileSync(join(dir, 'bundle', 'bundle.json'), '{"tampered": true}\n');
    const { code, out } = replay(dir, ['--execute']);
    expect(out).toContain('bundle sha256 MISMATCH');
    expect(code).toBe(1);
  });

  it('passes hostile recorded strings through literally: no command substitution, exact argv', () => {
    const hostile = `it's $(touch pwned) \`touch pwned2\` "quoted"\nsecond line \\ end`;
    const manifest = readManifest('pass');
    manifest.run_id = `run'; touch pwned3; '`;
    manifest.label = '$(touch pwned4)';
    manifest.command.argv = ['sh', '-c', 'printf "%s" "$1" > out.txt', 'arg0', hostile];
    manifest.command.env_overrides = { MODE: "a'b$(touch pwned5)", 'BAD NAME': 'x' };
    manifest.proof_capsule!.outputs = [{ path: 'artifacts/out.txt', kind: 'file', sha256: sha256Hex(hostile), size_bytes: Buffer.byteLength(hostile) }];
    const dir = runFolder(manifest);
    const plan = replay(dir);
    expect(plan.code).toBe(0);
    expect(plan.out).toContain(`run_id: run'; touch pwned3; '\n`);
    expect(plan.out).toContain(`  [${hostile}]\n`);
    expect(plan.out).toContain('  BAD NAME\n');
    const run = replay(dir, ['--execute', '--keep']);
    expect(run.out).toMatch(/MATCH +out\.txt\n/);
    expect(run.code).toBe(0);
    const workspace = /workspace: (.*)\n/.exec(run.out)![1]!;
    for (const d of [dir, tmpdir(), workspace]) for (const n of ['pwned', 'pwned2', 'pwned3', 'pwned4', 'pwned5']) expect(existsSync(join(d, n)), join(d, n)).toBe(false);
  });

  it('rejects unknown arguments', () => {
    const { code, err } = replay(runFolder(readManifest('pass')), ['--frobnicate']);
    expect(code).toBe(2);
    expect(err).toContain('unknown argument: --frobnicate');
  });
});

describe('buildReplayPlan', () => {
  it('describes the recorded run in the agilab.replay_plan.v1 shape', () => {
    const plan = buildReplayPlan(readManifest('pass'));
    expect(validateAgainst('replay-plan', plan)).toEqual([]);
    expect(plan).toMatchObject({
      schema: 'agilab.replay_plan.v1',
      command: { argv: ['sh', 'job.sh'], cwd: '.', env_names: ['API_TOKEN', 'MODE'] },
      executor: 'process',
      bundle: { path: 'bundle/bundle.json' },
      recorded_exit_code: 0,
    });
    expect(plan.expected_outputs.map((o) => o.workspace_path)).toEqual(['result.txt', 'metrics.json', 'eval-report.txt']);
    expect(plan.steps.map((s) => s.id)).toEqual(['copy_bundle', 'enter_cwd', 'set_env', 'run', 'compare_outputs']);
  });

  it('plans a plain AGILAB manifest without a bundle', () => {
    const plan = buildReplayPlan(readManifest('agilab'));
    expect(validateAgainst('replay-plan', plan)).toEqual([]);
    expect(plan.bundle).toBeNull();
    expect(plan.expected_outputs).toEqual([]);
  });
});
