import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/schemas/registry.js';

/** `capsule run -- CMD` as a user runs it: the built CLI, in a fresh folder that is the workspace. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'capsule-wrap-e2e-'));

function capsule(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000,
  });
}

function fresh(name: string): string {
  return mkdtempSync(join(scratch, `${name}-`));
}

/** The one run folder `capsule run` made under out/ (the default --out). */
function runDir(cwd: string): string {
  const runs = readdirSync(join(cwd, 'out'));
  expect(runs).toHaveLength(1);
  return join(cwd, 'out', runs[0]!);
}

function entry(capsulePath: string, name: string): string {
  return execFileSync('unzip', ['-p', capsulePath, name], { encoding: 'utf8' });
}

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('capsule run -- CMD: the command runs in place, and its capsule is like any bundle run', () => {
  const cwd = fresh('build');
  const script = 'mkdir -p build && echo hi > build/a.txt';
  const r = capsule(['run', '--output', 'build/*.txt', '--', 'sh', '-c', script], cwd);
  const dir = existsSync(join(cwd, 'out')) ? runDir(cwd) : '';
  const capsulePath = join(dir, 'sh.agipack');

  it('promotes, and build/a.txt is in the folder the command ran in (not in a copy)', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Decision: {2}PROMOTE/);
    expect(r.stdout).toContain("Job:       sh -c 'mkdir -p build && echo hi > build/a.txt': exited with code 0");
    expect(readFileSync(join(cwd, 'build', 'a.txt'), 'utf8')).toBe('hi\n');
    expect(existsSync(join(dir, 'workspace'))).toBe(false);
  });

  it('verifies --strict under its trust policy, and unzip -t finds no error', () => {
    const trust = join(dir, 'keys', 'trust-policy.local.json');
    const signature = `${capsulePath}.sig.json`;
    const v = capsule(['verify', capsulePath, '--signature', signature, '--trust-policy', trust, '--strict'], cwd);
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(execFileSync('unzip', ['-t', capsulePath], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });

  it('holds the synthesized bundle as bundle/bundle.json, valid against the bundle schema, naming the command', () => {
    const text = entry(capsulePath, 'bundle/bundle.json');
    const bundle = JSON.parse(text);
    expect(validateAgainst('bundle', bundle)).toEqual([]);
    expect(bundle.spec.run).toEqual({ argv: ['sh', '-c', 'mkdir -p build && echo hi > build/a.txt'], cwd: '.' });
    expect(bundle.spec.outputs).toEqual([{ path: 'build/*.txt', kind: 'file' }]);
    const manifest = JSON.parse(entry(capsulePath, 'run_manifest.snapshot.json'));
    expect(manifest.proof_capsule.bundle.path).toBe('bundle/bundle.json');
    expect(manifest.proof_capsule.bundle.sha256).toBe(sha256(text));
    expect(validateAgainst('run-manifest', manifest)).toEqual([]);
  });

  it('holds the output with its SHA-256', () => {
    expect(entry(capsulePath, 'artifacts/build/a.txt')).toBe('hi\n');
    const manifest = JSON.parse(entry(capsulePath, 'run_manifest.snapshot.json'));
    const listed = JSON.stringify(manifest);
    expect(listed).toContain('build/a.txt');
    expect(listed).toContain(sha256('hi\n'));
    expect(manifest.proof_capsule.in_place).toMatchObject({ folder: cwd.split('/').pop(), git: null, materials: [] });
  });

  it('replay --execute re-runs the recorded command and finds the same output hash', () => {
    const trust = join(dir, 'keys', 'trust-policy.local.json');
    const rep = capsule(['replay', capsulePath, '--execute', '--trust-policy', trust, '--json'], fresh('replay'));
    expect(rep.status, rep.stderr).toBe(0);
    const result = JSON.parse(rep.stdout);
    expect(result.executed.status).toBe('match');
    expect(result.executed.outputs).toHaveLength(1);
  });
});

describe('capsule run -- CMD: a failing command blocks', () => {
  it("sh -c 'exit 7' exits 1, decision block, and the exit code 7 is in the manifest and the summary", () => {
    const cwd = fresh('exit7');
    const r = capsule(['run', '--', 'sh', '-c', 'exit 7'], cwd);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/Decision: {2}BLOCK/);
    expect(r.stdout).toMatch(/Job: .*exited with code 7/);
    const manifest = JSON.parse(readFileSync(join(runDir(cwd), 'run_manifest.json'), 'utf8'));
    expect(manifest.proof_capsule.execution.exit_code).toBe(7);
    expect(manifest.status).toBe('fail');
    const decisionFile = join(runDir(cwd), 'proof', 'promotion', 'promotion_decision.json');
    const decision = JSON.parse(readFileSync(decisionFile, 'utf8'));
    expect(decision.decision).toBe('block');
  });

  it('a command over --timeout is killed and blocks', () => {
    const cwd = fresh('timeout');
    const r = capsule(['run', '--timeout', '5', '--json', '--', 'sleep', '60'], cwd);
    expect(r.status, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.decision.decision).toBe('block');
    expect(json.job.timedOut).toBe(true);
  });

  it('an --output glob the command never wrote blocks, the gate naming the glob', () => {
    const cwd = fresh('nomatch');
    const r = capsule(['run', '--output', 'dist/*.js', '--json', '--', 'true'], cwd);
    expect(r.status, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.decision.decision).toBe('block');
    expect(json.gates).toContainEqual(expect.objectContaining({ label: 'output dist/*.js exists', status: 'fail' }));
  });
});

describe('capsule run -- CMD: what the command sees and what is recorded', () => {
  it('gets the --env variables and no other host variable; a --secret is passed but never written', () => {
    const cwd = fresh('env');
    const script = 'echo "$WRAP_PASSED/${WRAP_HIDDEN:-unset}/$WRAP_SET" > seen.txt; echo "token=$WRAP_TOKEN"';
    const env = { WRAP_PASSED: 'yes', WRAP_HIDDEN: 'leak', WRAP_TOKEN: 's3cr3t-value-123' };
    const flags = ['--env', 'WRAP_PASSED', '--env', 'WRAP_SET=fixed', '--secret', 'WRAP_TOKEN', '--output', 'seen.txt'];
    const r = capsule(['run', ...flags, '--', 'sh', '-c', script], cwd, env);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'seen.txt'), 'utf8')).toBe('yes/unset/fixed\n');
    const dir = runDir(cwd);
    const capsuleBytes = readFileSync(join(dir, `sh.agipack`));
    expect(capsuleBytes.includes('s3cr3t-value-123')).toBe(false);
    expect(readFileSync(join(dir, 'logs', 'stdout.log'), 'utf8')).toContain('token=[REDACTED]');
    const bundle = JSON.parse(entry(join(dir, 'sh.agipack'), 'bundle/bundle.json'));
    expect(bundle.spec.run.env).toEqual({ WRAP_PASSED: 'yes', WRAP_SET: 'fixed' });
    expect(bundle.spec.secrets).toEqual({ required: ['WRAP_TOKEN'] });
  });

  it('--cwd runs it there; --input materials are hashed, listed, not packed; git commit and dirty state', () => {
    const repo = fresh('repo');
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
    git('init', '-q');
    mkdirSync(join(repo, 'src'));
    writeFileSync(join(repo, 'src', 'main.c'), 'int main(void) { return 0; }\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first');
    const rev = git('rev-parse', 'HEAD').trim();
    const cwd = fresh('caller');
    const flags = ['--cwd', repo, '--name', 'build', '--input', 'src/*.c', '--output', 'out.txt'];
    flags.push('--out', join(cwd, 'run'));
    const r = capsule(['run', ...flags, '--', 'sh', '-c', 'wc -c < src/main.c > out.txt'], cwd);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(repo, 'out.txt'), 'utf8').trim()).toBe('29');
    const manifest = JSON.parse(readFileSync(join(cwd, 'run', 'run_manifest.json'), 'utf8'));
    expect(manifest.proof_capsule.in_place).toEqual({
      folder: repo.split('/').pop(),
      git: { rev, dirty: false },
      inputs: ['src/*.c'],
      materials: [{ path: 'src/main.c', sha256: sha256(readFileSync(join(repo, 'src', 'main.c'))), size_bytes: 29 }],
      unchanged_outputs: [],
    });
    const listing = execFileSync('unzip', ['-l', join(cwd, 'run', 'build.agipack')], { encoding: 'utf8' });
    expect(listing).not.toContain('src/main.c');
    expect(listing).toContain('artifacts/out.txt');
    // out.txt is untracked now: the next run records a dirty checkout.
    const again = capsule(['run', '--cwd', repo, '--out', join(cwd, 'run2'), '--', 'true'], cwd);
    expect(again.status, again.stderr).toBe(0);
    const second = JSON.parse(readFileSync(join(cwd, 'run2', 'run_manifest.json'), 'utf8'));
    expect(second.proof_capsule.in_place.git).toEqual({ rev, dirty: true });
  });
});

describe('capsule run -- CMD: outputs the command left as they were', () => {
  it('are packed and listed as unchanged_outputs (an earlier build\'s), a plain folder path taking its files', () => {
    const cwd = fresh('unchanged');
    mkdirSync(join(cwd, 'dist'));
    writeFileSync(join(cwd, 'dist', 'old.js'), 'old\n');
    const r = capsule(['run', '--output', 'dist', '--out', 'run', '--', 'sh', '-c', 'echo new > dist/new.js'], cwd);
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(cwd, 'run', 'run_manifest.json'), 'utf8'));
    expect(manifest.proof_capsule.in_place.unchanged_outputs).toEqual(['dist/old.js']);
    const listing = execFileSync('unzip', ['-l', join(cwd, 'run', 'sh.agipack')], { encoding: 'utf8' });
    for (const f of ['artifacts/dist/old.js', 'artifacts/dist/new.js']) expect(listing).toContain(f);
  });
});

describe('capsule run -- CMD: bad input is refused with exit 2, a clear message and nothing run', () => {
  const run = (...args: string[]) => [...args, '--', 'touch', 'ran'];
  const cases: [string, string[], RegExp][] = [
    ['no command after --', ['--'], /the command after --: nothing to run/],
    ['a bundle and a command', ['examples/hello', '--', 'true'], /give a bundle or a command after --, not both/],
    ['an --input glob that matches nothing', run('--input', 'nothere/*'), /--input: "nothere\/\*" matches no file/],
    ['an --output glob out of the folder', run('--output', '../x'), /--output: "\.\.\/x"/],
    ['a --timeout out of range', run('--timeout', '2'), /--timeout: must be a whole number of seconds from 5 to 3600/],
    ['an --env that is no name', run('--env', '1BAD'), /--env: "1BAD" is not an environment variable name/],
    ['an --env not set here', run('--env', 'WRAP_NOT_SET_ANYWHERE'), /WRAP_NOT_SET_ANYWHERE is not set/],
    ['a --secret not set here', run('--secret', 'WRAP_NO_SECRET'), /--secret: WRAP_NO_SECRET is not set/],
    ['a --cwd that is no folder', run('--cwd', 'nowhere'), /--cwd: .*nowhere is not a folder/],
    ['a --name that is no bundle name', run('--name', 'Bad Name'), /--name: "Bad Name" must be lower case/],
    ['several words without --', ['touch', 'ran'], /to wrap a command, put it after --: capsule run -- touch ran/],
  ];
  for (const [what, args, message] of cases) {
    it(what, () => {
      const cwd = fresh('bad');
      const r = capsule(['run', ...args], cwd);
      expect(r.status, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(cwd, 'ran'))).toBe(false);
      expect(existsSync(join(cwd, 'out'))).toBe(false);
    });
  }
});
