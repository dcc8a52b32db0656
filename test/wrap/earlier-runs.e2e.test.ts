import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `capsule run --output '**' -- CMD` in a folder that already holds earlier run folders: the built CLI. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');

function capsule(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

interface RunResult {
  outputs: { path: string }[];
  runDir: string;
}

function runEverything(cwd: string): RunResult {
  const command = ['sh', '-c', 'echo built > product.txt'];
  const r = capsule(['run', '--json', '--output', '**', '--input', '**', '--', ...command], cwd);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as RunResult;
}

describe("capsule run --output '**' in a folder holding earlier runs", () => {
  const cwd = mkdtempSync(join(tmpdir(), 'capsule-earlier-runs-'));
  writeFileSync(join(cwd, 'source.txt'), 'source\n');
  // Decoys: a folder named like a run folder, and one whose claim file is not one a run writes.
  mkdirSync(join(cwd, 'out', 'notes'), { recursive: true });
  writeFileSync(join(cwd, 'out', 'notes', 'todo.txt'), 'mine\n');
  mkdirSync(join(cwd, 'lookalike'));
  writeFileSync(join(cwd, 'lookalike', '.capsule-run'), 'my own file\n');
  const first = runEverything(cwd);
  const second = runEverything(cwd);
  const third = runEverything(cwd);

  it('the first run takes the folder as it is', () => {
    const paths = ['lookalike/.capsule-run', 'out/notes/todo.txt', 'product.txt', 'source.txt'];
    expect(first.outputs.map((o) => o.path)).toEqual(paths);
  });

  it('later runs leave out the earlier run folders (capsules, logs, dev keys), and keep what is not one', () => {
    expect(readdirSync(join(cwd, 'out')).filter((n) => n.startsWith('sh-'))).toHaveLength(3);
    for (const later of [second, third]) {
      expect(later.outputs.map((o) => o.path)).toEqual(first.outputs.map((o) => o.path));
    }
  });

  it('the materials leave them out too', () => {
    const manifest = JSON.parse(readFileSync(join(third.runDir, 'run_manifest.json'), 'utf8')) as {
      proof_capsule: { in_place: { materials: { path: string }[] } };
    };
    expect(manifest.proof_capsule.in_place.materials.map((m) => m.path))
      .toEqual(['lookalike/.capsule-run', 'out/notes/todo.txt', 'product.txt', 'source.txt']);
  });
});
