import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { fakePipelineResult } from './pipeline-result.js';
import { cleanBaseEnv, runnerEnv } from './runner.js';
import { startArtifactService, type ArtifactService } from './servers/artifact-service.js';
import { startGitHubApi, type FakeGitHub } from './servers/github-api.js';

// The verify Action's download-only client against the fake artifact service (Twirp + blob) and the
// fake REST API, with artifacts uploaded by the run Action's real client (@actions/artifact).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'download-'));
const originalEnv = { ...process.env };
let artifacts: ArtifactService;
let github: FakeGitHub;
let download: typeof import('../../src/action/download.js');
let uploadCapsule: typeof import('../../src/action/upload.js').uploadCapsule;
let n = 0;
const fresh = () => path.join(tmp, `got-${++n}`);

async function uploaded(name: string) {
  const made = fakePipelineResult(path.join(tmp, name), 'promote');
  await uploadCapsule({ enabled: true, name, files: [made.capsulePath, made.signaturePath] });
  return made;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => 'no error', (err: unknown) => (err instanceof CapsuleError ? err.code : String(err)));

beforeAll(async () => {
  artifacts = await startArtifactService();
  github = await startGitHubApi('octo/proof', []);
  process.env = { ...cleanBaseEnv(), ...runnerEnv({ tmp, workspace: tmp, inputs: {}, artifacts, github }) };
  download = await import('../../src/action/download.js');
  download.retryDelay.ms = 1;
  ({ uploadCapsule } = await import('../../src/action/upload.js'));
});

afterAll(async () => {
  process.env = originalEnv;
  await Promise.all([artifacts.close(), github.close()]);
});

describe('downloadCapsule', () => {
  it('fetches an artifact of this run (ListArtifacts, GetSignedArtifactURL, one GET) and unpacks it', async () => {
    const made = await uploaded('this-run');
    const dir = fresh();
    const got = await download.downloadCapsule('this-run', dir);
    expect(got).toBe(path.join(dir, 'hello.agipack'));
    expect(fs.readFileSync(got).equals(fs.readFileSync(made.capsulePath))).toBe(true);
    expect(fs.readFileSync(`${got}.sig.json`).equals(fs.readFileSync(made.signaturePath))).toBe(true);
    expect(fs.existsSync(`${dir}.zip`)).toBe(false);
    const twirp = artifacts.requests.filter((r) => r.includes('/twirp/')).slice(-2).map((r) => r.split('/').pop());
    expect(twirp).toEqual(['ListArtifacts', 'GetSignedArtifactURL']);
  });

  it('rides out a busy service (503s), and gives up naming the call after four tries', async () => {
    await uploaded('busy');
    artifacts.failNext = 3;
    expect(fs.existsSync(await download.downloadCapsule('busy', fresh()))).toBe(true);
    artifacts.failNext = 4;
    const err = await download.downloadCapsule('busy', fresh()).catch((e: unknown) => e as CapsuleError);
    expect(err).toBeInstanceOf(CapsuleError);
    expect((err as CapsuleError).message).toBe('artifact "busy": ListArtifacts: failed 4 times, last: HTTP 503');
    artifacts.failNext = 0;
  });

  it('an artifact name this run does not have is artifact_not_found', async () => {
    expect(await codeOf(download.downloadCapsule('never-uploaded', fresh()))).toBe('artifact_not_found');
  });

  it('fetches an artifact of another run with the token, and sends no token to blob storage', async () => {
    const made = await uploaded('for-another-run');
    const stored = artifacts.artifacts.find((a) => a.name === 'for-another-run')!;
    github.runArtifacts.set(777, [{ id: 9001, name: 'for-another-run', bytes: stored.bytes }]);
    const before = github.authorizations.length;
    const got = await download.downloadCapsule('for-another-run', fresh(), { runId: 777, token: 'ghs_other_run' });
    expect(fs.readFileSync(got).equals(fs.readFileSync(made.capsulePath))).toBe(true);
    expect(github.authorizations.slice(before)).toEqual(['Bearer ghs_other_run', 'Bearer ghs_other_run', '']);
    const missing = download.downloadCapsule('for-another-run', fresh(), { runId: 778, token: 'ghs_other_run' });
    expect(await codeOf(missing)).toBe('artifact_not_found');
  });

  it('refuses an artifact with an entry that would land outside the folder, or with two capsules', async () => {
    const zip = (name: string, entries: string[]) => {
      const file = path.join(tmp, `${name}.zip`);
      const script = [
        'import sys, zipfile',
        'with zipfile.ZipFile(sys.argv[1], "w") as z:',
        '    for n in sys.argv[2:]: z.writestr(n, "x")',
      ].join('\n');
      execFileSync('python3', ['-c', script, file, ...entries]);
      return fs.readFileSync(file);
    };
    github.runArtifacts.set(800, [
      { id: 9100, name: 'escapes', bytes: zip('escapes', ['ok.agipack', '../outside.txt']) },
      { id: 9101, name: 'two', bytes: zip('two', ['a.agipack', 'sub/b.agipack']) },
    ]);
    const dir = fresh();
    const escapes = download.downloadCapsule('escapes', dir, { runId: 800, token: 't' });
    expect(await codeOf(escapes)).toBe('zip_entry_unsafe');
    expect(fs.existsSync(path.join(dir, '..', 'outside.txt'))).toBe(false);
    const two = download.downloadCapsule('two', fresh(), { runId: 800, token: 't' }).catch((e: Error) => e.message);
    expect(await two).toBe('artifact "two" holds 2 .agipack files (a.agipack, sub/b.agipack); expected exactly one');
  });

  it('without the runner\'s artifact service, says so', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    expect(await codeOf(download.downloadCapsule('x', fresh()))).toBe('artifact_service_missing');
    process.env.ACTIONS_RUNTIME_TOKEN = artifacts.token;
  });
});
