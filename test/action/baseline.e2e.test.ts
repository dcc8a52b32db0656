import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSigner, metricBundle, metricRun } from '../diff/metric-runs.js';
import { flipEntryDataBit } from '../zip/zip-bytes.js';
import { runActionScript, type ActionRun, type RunnerSetup } from './runner.js';
import { startArtifactService, type ArtifactService } from './servers/artifact-service.js';
import { startGitHubApi, type FakeGitHub } from './servers/github-api.js';

// The action's baseline input end to end: `node dist/index.js` with INPUT_*, the runner's files
// and the real @actions/artifact and Octokit clients against local fakes. A "main" run of the
// action uploads its capsule (artifact service, Twirp) and attaches it to a release (REST); pull
// request runs then fetch it as a path, as an artifact of that run, or as the release's asset,
// and the baseline must verify before it is compared.
const ACTION = path.resolve(process.env.CAPSULE_ACTION ?? 'dist/index.js');
const MAIN_RUN_ID = 1001;
let artifacts: ArtifactService;
let github: FakeGitHub;
let dir: string;
let signer: ReturnType<typeof makeSigner>;
let policy: string;
let main: ActionRun;

function runAction(inputs: Record<string, string>, setup: Partial<RunnerSetup> = {}): Promise<ActionRun> {
  const all = { 'github-token': 'ghs_test', executor: 'process', upload: 'false', ...inputs };
  return runActionScript(ACTION, { workspace: dir, artifacts, github, inputs: all, ...setup });
}

/** A pull request's run of the metric bundle reporting `accuracy`, signed by the trusted key, under the policy. */
function prRun(name: string, accuracy: string, inputs: Record<string, string>, setup: Partial<RunnerSetup> = {}):
Promise<ActionRun> {
  const bundle = metricBundle(dir, name, accuracy);
  const base = { bundle, 'signing-key': signer.key, 'trust-policy': signer.trustPolicy, policy };
  return runAction({ ...base, 'out-dir': path.join(dir, name), ...inputs }, setup);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'action-baseline-'));
  signer = makeSigner(dir);
  policy = path.join(dir, 'policy.json');
  fs.writeFileSync(policy, JSON.stringify({ baseline: { metrics: { accuracy: { max_drop: 0.01 } } } }));
  artifacts = await startArtifactService();
  github = await startGitHubApi('octo/proof', ['v1.0.0']);
  main = await prRun('main', '0.95', { upload: 'true', 'artifact-name': 'main-capsule', 'release-tag': 'v1.0.0' });
  expect(main.code, main.stdout).toBe(0);
  // The artifact the main run uploaded, as the REST API lists it for that run on main. A newer
  // run on another branch holds a worse capsule under the same name: it must not be picked.
  const stored = artifacts.artifacts.find((a) => a.name === 'main-capsule')!;
  github.workflowRuns.push({
    id: MAIN_RUN_ID, branch: 'main', sha: 'a'.repeat(40),
    artifacts: [{ id: 501, name: 'main-capsule', bytes: stored.bytes, createdAt: '2026-11-30T10:00:00Z' }],
  });
  const feature = await prRun('feature', '0.50', { upload: 'true', 'artifact-name': 'feature-capsule' });
  const featureZip = artifacts.artifacts.find((a) => a.name === 'feature-capsule')!;
  expect(feature.code, feature.stdout).toBe(0);
  github.workflowRuns.push({
    id: 1002, branch: 'feature', sha: 'b'.repeat(40),
    artifacts: [{ id: 502, name: 'main-capsule', bytes: featureZip.bytes, createdAt: '2026-11-30T11:00:00Z' }],
  });
});

afterAll(async () => {
  await artifacts?.close();
  await github?.close();
});

describe('dist/index.js with a baseline', () => {
  // The summary's table cells are Markdown-escaped: `>` is written `&gt;`.
  it('a path: the worse run blocks, and the job summary shows the gate and the comparison table', async () => {
    const run = await prRun('worse-path', '0.90', { baseline: main.outputs['capsule-path']! });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.decision).toBe('block');
    const s = run.summary;
    expect(s).toContain('### Compared with baseline `metric-from-env.agipack`');
    expect(s).toContain(`SHA-256 \`${main.outputs['capsule-sha256']}\` · verified under \`trust.json\``);
    expect(s).toContain('| baseline_metric:accuracy:max_drop | ❌ fail | '
      + 'accuracy 0.9 vs baseline 0.95: dropped 0.05 &gt; 0.01 |');
    expect(s).toContain('| Change | What | Baseline | This run | Δ |');
    expect(s).toMatch(/\| 🔺 changed \| metric accuracy \| 0\.95 \| 0\.9 \| -0\.05 \(-5\.263%\) \|/);
    expect(s).toMatch(/\| 🔺 changed \| output artifacts\/out\/model\.json \(model\) \|/);
    // The comparison comes before the validations: it is what a reviewer asks first.
    expect(s.indexOf('### Compared with baseline')).toBeLessThan(s.indexOf('### Validations'));
  });

  it('an artifact of another run (baseline-run-id): an equal run promotes, the PR comment has the table', async () => {
    const fromMain = { 'baseline-artifact': 'main-capsule', 'baseline-run-id': String(MAIN_RUN_ID) };
    const run = await prRun('equal-artifact', '0.95', { ...fromMain, 'comment-on-pr': 'true' }, { pullRequest: 7 });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.decision).toBe('promote');
    // The artifact of run 1001 (main's capsule, uploaded through the artifact service) is what was compared.
    expect(run.summary).toContain(`Baseline run \``);
    expect(run.summary).toContain(`SHA-256 \`${main.outputs['capsule-sha256']}\` · verified under \`trust.json\``);
    expect(run.summary).toContain('| baseline_metric:accuracy:max_drop | ✅ pass | '
      + 'accuracy 0.95 vs baseline 0.95: unchanged |');
    expect(run.summary).toContain('**0 differences**');
    const comment = github.comments.get(7)!.at(-1)!.body;
    expect(comment).toContain('### Compared with baseline `metric-from-env.agipack`');
    expect(comment).toContain('| metric accuracy | 0.95 | 0.95 | 0 |');
    expect(comment).toContain('| baseline_metric:accuracy:max_drop | ✅ pass |');
  });

  it('baseline-branch: the newest artifact from a run on that branch, not a newer one of another', async () => {
    const run = await prRun('worse-branch', '0.90', { 'baseline-artifact': 'main-capsule', 'baseline-branch': 'main' });
    expect(run.stdout).toContain(`Baseline: artifact "main-capsule" (id 501) of run ${MAIN_RUN_ID} on main`);
    expect(run.code, run.stdout).toBe(1);
    expect(run.summary).toMatch(/\| metric accuracy \| 0\.95 \| 0\.9 \| -0\.05/);
  });

  it('a release asset (baseline-release-tag: latest), with its signature asset', async () => {
    const run = await prRun('worse-release', '0.90', { 'baseline-release-tag': 'latest' });
    expect(run.stdout).toContain('Baseline: metric-from-env.agipack from release v1.0.0');
    expect(run.code, run.stdout).toBe(1);
    expect(run.summary).toContain(`SHA-256 \`${main.outputs['capsule-sha256']}\` · verified under \`trust.json\``);
    expect(run.summary).toContain('dropped 0.05 &gt; 0.01');
  });

  it('a tampered baseline is refused: nothing runs, the summary says an unverified baseline is never one', async () => {
    const tampered = path.join(dir, 'tampered.agipack');
    fs.writeFileSync(tampered, flipEntryDataBit(main.outputs['capsule-path']!, 'verification-report.json'));
    fs.copyFileSync(main.outputs['signature-path']!, `${tampered}.sig.json`);
    const run = await prRun('refused-tampered', '0.95', { baseline: 'tampered.agipack' });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'refused-tampered'))).toBe(false);
    expect(run.summary.startsWith('## ❌ Baseline refused: `tampered.agipack`')).toBe(true);
    expect(run.summary).toContain('An unverified baseline is never a baseline');
    expect(run.summary).toContain('capsule_entry_hashes_match');
  });

  it('a baseline signed by a key the trust policy does not anchor is refused; baseline-trust-policy may', async () => {
    const other = makeSigner(fs.mkdtempSync(path.join(dir, 'other-')));
    const strange = metricRun(dir, 'strange', '0.95', other);
    expect(strange.code, strange.stderr).toBe(0);
    const refused = await prRun('refused-key', '0.95', { baseline: strange.capsule });
    expect(refused.code).toBe(1);
    expect(refused.summary).toContain('## ❌ Baseline refused: `metric-from-env.agipack`');
    expect(refused.summary).toContain('capsule_trust_policy_allows_public_key');
    const anchored = { baseline: strange.capsule, 'baseline-trust-policy': other.trustPolicy };
    const own = await prRun('own-anchor', '0.95', anchored);
    expect(own.code, own.stdout).toBe(0);
    expect(own.summary).toContain('verified under `trust.json`');
  });

  it('a missing release or artifact refuses the run, naming the input; conflicting inputs: all said', async () => {
    const noRelease = await prRun('no-release', '0.95', { 'baseline-release-tag': 'v9.9.9' });
    expect(noRelease.code).toBe(1);
    expect(noRelease.summary).toContain('## ❌ Baseline refused: `baseline-release-tag "v9.9.9"`');
    expect(noRelease.summary).toContain('no release with that tag in octo/proof');
    const nope = { 'baseline-artifact': 'nope', 'baseline-run-id': String(MAIN_RUN_ID) };
    const noArtifact = await prRun('no-artifact', '0.95', nope);
    expect(noArtifact.code).toBe(1);
    expect(noArtifact.summary).toContain(`## ❌ Baseline refused: \`baseline-artifact "nope" of run ${MAIN_RUN_ID}\``);
    const conflicting = {
      baseline: 'x.agipack', 'baseline-release-tag': 'latest', 'baseline-asset': 'y', 'baseline-run-id': 'abc',
    };
    const both = await prRun('both', '0.95', conflicting);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain(
      'input "baseline" and "baseline-artifact" and "baseline-release-tag": give at most one');
    expect(both.stdout).toContain('input "baseline-run-id" must be a workflow run id (digits; got "abc")');
  });
});
