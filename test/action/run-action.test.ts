import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PipelineOptions } from '../../src/pipeline/types.js';
import type { DecisionKind } from '../../src/promotion/types.js';
import { fakePipelineResult } from './pipeline-result.js';
import { cleanBaseEnv, parseOutputFile, runnerEnv, zipEntries, type RunnerSetup } from './runner.js';
import { startArtifactService, type ArtifactService } from './servers/artifact-service.js';
import { startGitHubApi, type FakeGitHub } from './servers/github-api.js';

// The adapter in-process with a fake engine against fake runner services; the end-to-end test
// (action.e2e.test.ts) runs the built dist/index.js with the real engine.
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'action-adapter-'));
const originalEnv = { ...process.env };
let artifacts: ArtifactService;
let github: FakeGitHub;
let runAction: typeof import('../../src/action/run-action.js').runAction;
const seen: PipelineOptions[] = [];

function engine(decision: DecisionKind) {
  return {
    async runPipeline(options: PipelineOptions) {
      seen.push(options);
      options.onStage?.({ stage: 'validate', status: 'start', message: 'validating' });
      options.onStage?.({ stage: 'validate', status: 'pass', message: 'valid', durationMs: 2 });
      return fakePipelineResult(options.outDir, decision);
    },
  };
}

async function run(decision: DecisionKind, inputs: Record<string, string>, services: Partial<RunnerSetup> = {}) {
  const setup: RunnerSetup = { tmp, workspace: tmp, pullRequest: 7, inputs: { 'github-token': 'ghs_test', ...inputs }, artifacts, github, ...services };
  process.env = { ...cleanBaseEnv(), ...runnerEnv(setup) };
  process.exitCode = undefined;
  const outcome = await runAction(engine(decision), { workspace: tmp, runnerTemp: tmp, actionRoot: '/opt/proof-capsule' });
  return { outcome, outputs: parseOutputFile(path.join(tmp, 'output.txt')), summary: fs.readFileSync(path.join(tmp, 'summary.md'), 'utf8'), exitCode: process.exitCode };
}

beforeAll(async () => {
  artifacts = await startArtifactService();
  github = await startGitHubApi('octo/proof', ['v1.0.0']);
  // @actions/github reads the event and GITHUB_API_URL when first imported: set them first.
  process.env = { ...cleanBaseEnv(), ...runnerEnv({ tmp, workspace: tmp, inputs: {}, pullRequest: 7, github }) };
  ({ runAction } = await import('../../src/action/run-action.js'));
});

afterEach(() => {
  process.exitCode = undefined;
});

afterAll(async () => {
  process.env = originalEnv;
  await artifacts.close();
  await github.close();
});

describe('runAction', () => {
  it('runs the engine with the parsed inputs, uploads capsule and signature, sets outputs and the summary', async () => {
    const { outcome, outputs, summary, exitCode } = await run('promote', { bundle: 'b/bundle.json', executor: 'process', 'artifact-name': 'capsule-a', 'retention-days': '3' });
    expect(seen.at(-1)).toMatchObject({ bundlePath: path.join(tmp, 'b', 'bundle.json'), executor: 'process', outDir: path.join(tmp, 'proof-capsule', 'capsule-a') });
    const stored = artifacts.artifacts.find((a) => a.name === 'capsule-a')!;
    const entries = await zipEntries(stored.bytes);
    expect([...entries.keys()].sort()).toEqual(['hello.agipack', 'hello.agipack.sig.json']);
    expect(sha256(entries.get('hello.agipack')!)).toBe(outcome.result.capsuleSha256);
    expect(entries.get('hello.agipack.sig.json')!.equals(fs.readFileSync(outcome.result.signaturePath))).toBe(true);
    expect(outputs).toMatchObject({
      decision: 'promote',
      'capsule-sha256': outcome.result.capsuleSha256,
      'capsule-path': outcome.result.capsulePath,
      'evidence-class': 'AUTHORITATIVE_EVIDENCE',
      'artifact-id': String(stored.id),
      'artifact-url': `https://github.com/octo/proof/actions/runs/4242/artifacts/${stored.id}`,
    });
    expect(summary.startsWith('## ✅ Promote')).toBe(true);
    expect(exitCode).toBeUndefined();
    const declared = Object.keys((parse(fs.readFileSync('action.yml', 'utf8')) as { outputs: object }).outputs);
    expect(Object.keys(outputs).sort()).toEqual(declared.sort());
  });

  it('fails the check on block, and not with fail-on: never', async () => {
    const blocked = await run('block', { upload: 'false' });
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs.decision).toBe('block');
    expect(blocked.outputs['artifact-id']).toBe('');
    expect((await run('block', { upload: 'false', 'fail-on': 'never' })).exitCode).toBeUndefined();
    expect((await run('manual-review', { upload: 'false' })).exitCode).toBeUndefined();
    expect((await run('manual-review', { upload: 'false', 'fail-on': 'manual-review' })).exitCode).toBe(1);
  });

  it('skips the upload with a notice where there is no artifact service', async () => {
    const { outcome, summary, exitCode } = await run('promote', {}, { artifacts: undefined });
    expect(outcome.upload).toMatchObject({ status: 'skipped' });
    expect(summary).toContain('Artifact not uploaded: no artifact service here');
    expect(exitCode).toBeUndefined();
  });

  it('attaches capsule and signature to the release, replacing same-named assets on a re-run', async () => {
    const first = await run('promote', { 'release-tag': 'v1.0.0', upload: 'false' });
    await run('promote', { 'release-tag': 'v1.0.0', upload: 'false' });
    const release = github.releases[0]!;
    expect(release.assets.map((a) => a.name).sort()).toEqual(['hello.agipack', 'hello.agipack.sig.json']);
    expect(sha256(release.assets.find((a) => a.name === 'hello.agipack')!.bytes)).toBe(first.outcome.result.capsuleSha256);
    expect(github.deletedAssetIds).toHaveLength(2);
  });

  it('fails the step, after the summary, when the release does not exist', async () => {
    const { summary, exitCode } = await run('promote', { 'release-tag': 'v9.9.9', upload: 'false' });
    expect(exitCode).toBe(1);
    expect(summary).toContain('no release with that tag in octo/proof');
  });

  it('keeps one PR comment per artifact name and updates it on re-runs', async () => {
    await run('block', { 'comment-on-pr': 'true', upload: 'false' });
    await run('promote', { 'comment-on-pr': 'true', upload: 'false' });
    await run('promote', { 'comment-on-pr': 'true', upload: 'false', 'artifact-name': 'other' });
    const comments = github.comments.get(7)!;
    expect(comments).toHaveLength(2);
    const mine = comments.find((c) => c.body.startsWith('<!-- proof-capsule:proof-capsule -->'))!;
    expect(mine.updates).toBe(1);
    expect(mine.body).toContain('## ✅ Promote');
  });

  it('manual-review leaves a warning annotation and a summary line whatever fail-on, failing the check only with fail-on: manual-review', async () => {
    for (const [failOn, exit] of [['block', undefined], ['never', undefined], ['manual-review', 1]] as const) {
      const lines: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
      let result;
      try {
        result = await run('manual-review', { upload: 'false', 'fail-on': failOn });
      } finally {
        process.stdout.write = write;
      }
      expect(result.exitCode).toBe(exit);
      const warning = lines.find((l) => l.startsWith('::warning::Manual review needed before promotion: every gate passed.'));
      expect(warning, lines.join('')).toBeDefined();
      expect(warning).toContain(exit ? 'this check fails' : `this check stays green (fail-on: ${failOn})`);
      expect(result.summary).toMatch(/> \[!WARNING\]\n> Manual review needed before promotion: every gate passed/);
    }
    const promoted = await run('promote', { upload: 'false' });
    expect(promoted.summary).not.toContain('Manual review needed');
  });

  it('passes retention-days to the artifact service unchanged (400), and overwrite replaces a same-named artifact', async () => {
    const first = await run('promote', { 'artifact-name': 'kept-long', 'retention-days': '400' });
    const stored = artifacts.artifacts.find((a) => a.name === 'kept-long')!;
    const days = (Date.parse(stored.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(399);
    expect(days).toBeLessThanOrEqual(400);
    expect(first.exitCode).toBeUndefined();

    // A second upload under the same name: the service refuses it, unless overwrite deletes the first.
    await expect(run('promote', { 'artifact-name': 'kept-long' })).rejects.toThrow(/artifact-name "kept-long": this workflow run already has an artifact of that name .*; set overwrite: true/);
    const replaced = await run('promote', { 'artifact-name': 'kept-long', overwrite: 'true' });
    const now = artifacts.artifacts.filter((a) => a.name === 'kept-long');
    expect(now).toHaveLength(1);
    expect(replaced.outputs['artifact-id']).toBe(String(now[0]!.id));
    expect(now[0]!.id).not.toBe(stored.id);
  });

  it('summary: false writes no job summary, the outputs still carry the decision', async () => {
    const { summary, outputs } = await run('block', { upload: 'false', summary: 'false' });
    expect(summary).toBe('');
    expect(outputs.decision).toBe('block');
  });

  it('warns in the summary, never silently, when attest cannot run', async () => {
    const { summary, exitCode, outputs } = await run('promote', { attest: 'true', upload: 'false' });
    expect(summary).toContain('attest: true, but no attestation was made: no OIDC token in this job');
    expect(exitCode).toBeUndefined();
    expect(outputs).toMatchObject({ 'attestation-id': '', 'attestation-url': '' });
  });

  it('rejects bad inputs before running anything', async () => {
    const before = seen.length;
    await expect(run('promote', { executor: 'docker' })).rejects.toThrow('input "executor" must be one of auto, process, qemu');
    expect(seen).toHaveLength(before);
  });
});
