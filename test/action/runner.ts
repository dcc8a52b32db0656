import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import yauzl from 'yauzl';
import type { ArtifactService } from './servers/artifact-service.js';
import type { FakeGitHub } from './servers/github-api.js';

const REPOSITORY = 'octo/proof';

export interface RunnerSetup {
  /** A fresh temp folder: RUNNER_TEMP, the summary and output files, the event file. */
  tmp: string;
  workspace: string;
  inputs: Record<string, string>;
  artifacts?: ArtifactService;
  github?: FakeGitHub;
  /** A pull_request event for this number; otherwise a push. */
  pullRequest?: number;
}

/**
 * The environment the runner gives a JavaScript action: INPUT_<NAME> (upper-cased, spaces to
 * underscores, hyphens kept), the GITHUB_* files and, when given, the artifact service and API.
 */
export function runnerEnv(setup: RunnerSetup): Record<string, string> {
  const eventPath = path.join(setup.tmp, 'event.json');
  const event = setup.pullRequest === undefined ? { ref: 'refs/heads/main' } : { action: 'synchronize', number: setup.pullRequest, pull_request: { number: setup.pullRequest } };
  fs.writeFileSync(eventPath, JSON.stringify(event));
  for (const f of ['summary.md', 'output.txt']) fs.writeFileSync(path.join(setup.tmp, f), '');
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_STEP_SUMMARY: path.join(setup.tmp, 'summary.md'),
    GITHUB_OUTPUT: path.join(setup.tmp, 'output.txt'),
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: setup.pullRequest === undefined ? 'push' : 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    RUNNER_TEMP: setup.tmp,
  };
  if (setup.artifacts) Object.assign(env, { ACTIONS_RUNTIME_TOKEN: setup.artifacts.token, ACTIONS_RESULTS_URL: `${setup.artifacts.url}/` });
  if (setup.github) env.GITHUB_API_URL = setup.github.url;
  for (const [name, value] of Object.entries(setup.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/** process.env without anything a real runner (or an outer CI) set, so each run sees only its setup. */
export function cleanBaseEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(e[0])));
}

/** GITHUB_OUTPUT's `name<<DELIMITER` … `DELIMITER` records, as the runner reads them. */
export function parseOutputFile(file: string): Record<string, string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<=]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Every entry of a zip (an uploaded artifact), by name. */
export function zipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('not a zip'));
      const entries = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(entries));
      file.readEntry();
    });
  });
}

export interface ActionRun {
  code: number | null;
  /** stdout and stderr, interleaved as the runner's log shows them. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs a bundled action (`node dist/index.js`) in a child process with a fresh runner temp
 * folder: async, because the fake services it talks to live in the calling process.
 */
export async function runActionScript(script: string, setup: Omit<RunnerSetup, 'tmp'>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'action-e2e-'));
  const env = { ...cleanBaseEnv(), ...runnerEnv({ tmp, ...setup }), ...extraEnv };
  const child = spawn(process.execPath, [script], { cwd: setup.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, outputs: parseOutputFile(path.join(tmp, 'output.txt')), summary: fs.readFileSync(path.join(tmp, 'summary.md'), 'utf8') };
}
