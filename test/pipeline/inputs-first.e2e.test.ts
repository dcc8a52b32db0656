import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimRunFolder } from '../../src/pipeline/run-claim.js';
import { writeProcessBundle } from './process-bundle.js';

/** Nothing runs until every input is known good and the run folder is this run's alone. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'capsule-inputs-first-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A bundle whose job leaves one file per run in `marks`, so a test can count the runs that happened. */
function markingBundle(marks: string): string {
  const dir = mkdtempSync(join(scratch, 'bundle-'));
  mkdirSync(marks, { recursive: true });
  const job = 'mkdir -p out && echo ok > out/ok.txt && touch "$MARKS/ran-$$" && sleep 0.5';
  return writeProcessBundle(dir, 'marking', {
    argv: ['/bin/sh', '-c', job],
    env: { MARKS: marks },
    outputs: ['out/*'],
  });
}

function start(args: string[], cwd = scratch): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((r) => child.on('close', (code) => r({ code, stderr })));
}

describe('an exclusive claim on --out', () => {
  it('two concurrent runs into one --out: exactly one runs, the other exits 2 having run nothing', async () => {
    const marks = join(scratch, 'marks-race');
    const bundle = markingBundle(marks);
    const out = join(scratch, 'shared-out');
    const results = await Promise.all([start(['run', bundle, '--out', out]), start(['run', bundle, '--out', out])]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
    expect(readdirSync(marks)).toHaveLength(1);
    const loser = results.find((r) => r.code === 2)!;
    expect(loser.stderr).toMatch(/capsule: error \[out_dir_not_empty\]: .*shared-out: already holds files/);
    expect(loser.stderr).not.toMatch(/\[run {5}\]/);
  }, 120_000);

  it('two concurrent runs with the default out folder: both run, each into a folder of its own', async () => {
    const marks = join(scratch, 'marks-default');
    const bundle = markingBundle(marks);
    const cwd = mkdtempSync(join(scratch, 'cwd-'));
    const results = await Promise.all([1, 2, 3].map(() => start(['run', bundle], cwd)));
    expect(results.map((r) => r.code), results.map((r) => r.stderr).join('\n')).toEqual([0, 0, 0]);
    expect(readdirSync(marks)).toHaveLength(3);
    const folders = readdirSync(join(cwd, 'out'));
    expect(folders).toHaveLength(3);
    for (const f of folders) expect(readdirSync(join(cwd, 'out', f)).some((n) => n.endsWith('.agipack'))).toBe(true);
  }, 180_000);

  it('claimRunFolder numbered (a default name): a taken folder moves on to -2, -3; a chosen one fails', () => {
    const base = join(scratch, 'numbered');
    expect([claimRunFolder(base, true), claimRunFolder(base, true), claimRunFolder(base, true)])
      .toEqual([resolve(base), resolve(`${base}-2`), resolve(`${base}-3`)]);
    expect(() => claimRunFolder(base)).toThrow(expect.objectContaining({ code: 'out_dir_not_empty' }));
  });

  it('claimRunFolder: of many claims on one folder exactly one wins', () => {
    const dir = join(scratch, 'claimed');
    const outcomes = Array.from({ length: 5 }, () => {
      try {
        claimRunFolder(dir);
        return 'won';
      } catch (err) {
        return (err as { code: string }).code;
      }
    });
    expect(outcomes).toEqual(['won', ...Array(4).fill('out_dir_not_empty')]);
  });
});

/** Writes `text` to `<dir>/<name>` and returns the path. */
function written(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('every input file is read and validated before the job starts', () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ['a trust policy that is not JSON', (d) => ['--trust-policy', written(d, 'trust.json', '{ nope')], /trust\.json/],
    ['a missing trust policy', (d) => ['--trust-policy', join(d, 'absent.json')], /absent\.json/],
    ['a signing key that is not a key', (d) => ['--key', written(d, 'key.pem', 'not a key\n')], /key\.pem/],
    ['an invalid promotion policy', (d) => ['--policy', written(d, 'policy.json', '{"schema": 3}')], /policy\.json/],
    ['an inventory that is not valid', (d) => ['--inventory', written(d, 'inventory.json', '[]')], /inventory\.json/],
  ];
  it.each(cases)('%s: exit 2 naming the file, the job never ran, no run folder made', (_what, flags, names) => {
    const dir = mkdtempSync(join(scratch, 'bad-'));
    const marks = join(dir, 'marks');
    const out = join(dir, 'out');
    const args = [CLI, 'run', markingBundle(marks), '--out', out, ...flags(dir)];
    const r = spawnSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(names);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(readdirSync(marks)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});
