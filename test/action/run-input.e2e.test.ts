import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanBaseEnv, parseOutputFile, runnerEnv } from './runner.js';

// The Action's `run:` form as the runner runs it: `node dist/index.js` with INPUT_RUN and
// INPUT_OUTPUTS in a fresh workspace, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT as files.
const ACTION = path.resolve(process.env.CAPSULE_ACTION ?? 'dist/index.js');
const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** Runs the action in a fresh workspace holding `files` (relative path → text). */
async function runAction(inputs: Record<string, string>, files: Record<string, string> = {}): Promise<ActionRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'action-run-'));
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'action-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.writeFileSync(path.join(workspace, rel), text);
  }
  const base = runnerEnv({ tmp, workspace, inputs: { upload: 'false', executor: 'process', ...inputs } });
  const child = spawn(process.execPath, [ACTION], {
    cwd: workspace, env: { ...cleanBaseEnv(), ...base, GITHUB_JOB: 'build' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const summary = fs.readFileSync(path.join(tmp, 'summary.md'), 'utf8');
  return { code, stdout, outputs: parseOutputFile(path.join(tmp, 'output.txt')), summary, workspace };
}

const unzip = (capsule: string, name: string): string =>
  execFileSync('unzip', ['-p', capsule, name], { encoding: 'utf8' });

describe('dist/index.js with run: (a command wrapped in place in the workspace)', () => {
  it('runs two lines in place: the outputs stay, the summary shows the decision, the capsule holds them', async () => {
    const run = await runAction({ run: 'mkdir -p build\necho hi > build/a.txt\n', outputs: 'build/*.txt' });
    expect(run.code, run.stdout).toBe(0);
    expect(fs.readFileSync(path.join(run.workspace, 'build', 'a.txt'), 'utf8')).toBe('hi\n');
    expect(run.outputs.decision).toBe('promote');
    expect(run.summary.startsWith('## ✅ Promote')).toBe(true);
    expect(run.summary).toContain('exited with code 0');
    const capsule = run.outputs['capsule-path']!;
    expect(path.basename(capsule)).toBe('build.agipack');
    expect(unzip(capsule, 'artifacts/build/a.txt')).toBe('hi\n');
    const bundle = JSON.parse(unzip(capsule, 'bundle/bundle.json'));
    expect(bundle.spec.run.argv).toEqual(['bash', '-e', '-c', 'mkdir -p build\necho hi > build/a.txt']);
    expect(JSON.stringify(JSON.parse(unzip(capsule, 'run_manifest.snapshot.json')))).toContain(sha256('hi\n'));
    expect(run.stdout).not.toMatch(/Neither bundle nor run/);
  });

  it('runs the script by bash -e: a failing line stops it, the check fails, its exit code shows', async () => {
    const run = await runAction({ run: 'echo start > started.txt\nsh -c "exit 4"\ntouch never.txt' });
    expect(run.code, run.stdout).not.toBe(0);
    expect(run.outputs.decision).toBe('block');
    expect(fs.existsSync(path.join(run.workspace, 'started.txt'))).toBe(true);
    expect(fs.existsSync(path.join(run.workspace, 'never.txt'))).toBe(false);
    expect(run.summary).toContain('exited with code 4');
  });

  it('materials: are hashed and listed, not packed; working-directory and name are honoured', async () => {
    const inputs = { run: 'cat src/in.txt > out.txt', materials: 'src/*.txt', outputs: 'out.txt' };
    const files = { 'sub/src/in.txt': 'data\n' };
    const run = await runAction({ ...inputs, 'working-directory': 'sub', name: 'prep' }, files);
    expect(run.code, run.stdout).toBe(0);
    expect(fs.readFileSync(path.join(run.workspace, 'sub', 'out.txt'), 'utf8')).toBe('data\n');
    const capsule = run.outputs['capsule-path']!;
    expect(path.basename(capsule)).toBe('prep.agipack');
    const manifest = JSON.parse(unzip(capsule, 'run_manifest.snapshot.json'));
    const material = { path: 'src/in.txt', sha256: sha256('data\n'), size_bytes: 5 };
    expect(manifest.proof_capsule.in_place.materials).toEqual([material]);
    expect(execFileSync('unzip', ['-l', capsule], { encoding: 'utf8' })).not.toContain('in.txt');
  });

  it('a materials: glob that matches nothing is an error naming the input, and nothing runs', async () => {
    const run = await runAction({ run: 'touch ran.txt', materials: 'src/*.txt' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/input "materials": "src\/\*\.txt" matches no file/);
    expect(fs.existsSync(path.join(run.workspace, 'ran.txt'))).toBe(false);
  });

  it('refuses bundle and run together, by input name, and runs nothing', async () => {
    const run = await runAction({ bundle: 'bundle.json', run: 'touch ran.txt' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::.*input "run" and input "bundle" are both given/);
    expect(fs.existsSync(path.join(run.workspace, 'ran.txt'))).toBe(false);
  });

  it('refuses outputs: without run: (a bundle declares its own outputs)', async () => {
    const run = await runAction({ outputs: 'build/*' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/input "outputs".*is only for run:/);
  });

  it('with neither bundle nor run, runs the embedded example and says so', async () => {
    const run = await runAction({});
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^::notice::Neither bundle nor run was given: running the example embedded/m);
  });
});
