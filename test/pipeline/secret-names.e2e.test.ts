import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeProcessBundle } from './process-bundle.js';

/** A job that puts a secret value into output file and folder names, run by the built CLI. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const SECRET = 'nm-secret-5e8d41a7c2';
const scratch = mkdtempSync(join(tmpdir(), 'capsule-secret-names-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const runWithSecret = (bundle: string, out: string, ...flags: string[]) =>
  spawnSync(process.execPath, [CLI, 'run', join(bundle, 'bundle.json'), '--out', out, ...flags], {
    cwd: scratch, env: { ...process.env, MY_TOKEN: SECRET }, encoding: 'utf8',
  });

describe('a secret value in output names', () => {
  it('fails the run naming why, and reaches no entry name, no capsule file and no CLI output', () => {
    const bundle = mkdtempSync(join(scratch, 'bundle-'));
    writeFileSync(join(bundle, 'job.sh'), [
      'mkdir -p "out/dir-$MY_TOKEN"',
      'echo a > "out/$MY_TOKEN.txt"',
      'echo b > "out/dir-$MY_TOKEN/inner.txt"',
      'echo ok > out/ok.txt',
      '',
    ].join('\n'));
    const job = { argv: ['/bin/sh', 'job.sh'], secrets: ['MY_TOKEN'], outputs: ['out/**'] };
    writeProcessBundle(bundle, 'secret-names', job);
    const out = join(scratch, 'out');
    const r = runWithSecret(bundle, out);
    const cliOutput = r.stdout + r.stderr;
    expect(r.status, cliOutput).toBe(1);
    expect(cliOutput).toMatch(/block/i);
    expect(cliOutput).toContain('left out: out/dir-[REDACTED]/inner.txt (a secret value in its name), '
      + 'out/[REDACTED].txt (a secret value in its name)');
    const manifest = JSON.parse(readFileSync(join(out, 'run_manifest.json'), 'utf8'));
    const failed = manifest.validations.filter((v: { status: string }) => v.status === 'fail');
    expect(failed.map((v: { summary: string }) => v.summary)).toEqual([
      'the name of out/dir-[REDACTED]/inner.txt contains the value of MY_TOKEN; it was left out of the capsule',
      'the name of out/[REDACTED].txt contains the value of MY_TOKEN; it was left out of the capsule',
    ]);
    expect(cliOutput.includes(SECRET), 'the CLI printed the secret').toBe(false);

    const capsule = join(out, 'secret-names.agipack');
    const names = execFileSync('unzip', ['-Z1', capsule], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(names).toContain('artifacts/out/ok.txt');
    expect(names.filter((n) => n.includes(SECRET))).toEqual([]);
    const unpacked = join(scratch, 'unpacked');
    execFileSync('unzip', ['-q', capsule, '-d', unpacked]);
    const entries = filesUnder(unpacked);
    expect(entries.length).toBe(names.length);
    // Everything the run wrote except the workspace, where the job itself made those names.
    const runPaths = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => !`${e.parentPath}/${e.name}`.startsWith(join(out, 'workspace')))
      .map((e) => join(e.parentPath, e.name));
    expect(runPaths.length).toBeGreaterThan(30);
    expect(runPaths.filter((p) => p.includes(SECRET))).toEqual([]);
    const runFiles = [...entries, ...runPaths.filter((p) => statSync(p).isFile())];
    for (const file of runFiles) {
      expect(readFileSync(file, 'latin1').includes(SECRET), `${file} holds the secret`).toBe(false);
    }
    expect(readFileSync(capsule, 'latin1').includes(SECRET)).toBe(false);

    // The same run with --json: the printed result holds no secret either.
    const json = runWithSecret(bundle, join(scratch, 'out-json'), '--json');
    expect(json.status, json.stderr).toBe(1);
    expect(JSON.parse(json.stdout).decision.decision).toBe('block');
    expect((json.stdout + json.stderr).includes(SECRET), 'the CLI printed the secret with --json').toBe(false);
  }, 120_000);
});
