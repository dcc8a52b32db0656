import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as core from '@actions/core';
import { CapsuleError } from '../errors.js';
import { extractZip } from '../zip/extract.js';

// Download only, so the verify Action does not bundle @actions/artifact's ZIP writer: the runner's
// artifact service (Twirp JSON: ListArtifacts, GetSignedArtifactURL) for this run, the REST API
// for another run, then one GET of the artifact's ZIP from blob storage.

const TWIRP = 'twirp/github.actions.results.api.v1.ArtifactService/';
/** What an artifact may inflate to, per file (the verifier's own per-entry cap). */
const MAX_FILE_BYTES = 8 * 1024 ** 3;
const RETRIES = 4;
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

interface Found {
  id: number;
  /** Where the artifact's ZIP can be fetched without further credentials. */
  url: string;
}

/** The verify Action's waits between attempts; tests shorten them. */
export const retryDelay = { ms: 1000 };

/** fetch, again after a network error or a 429/5xx, with growing waits; any other answer is returned. */
async function fetchRetrying(url: string, init: RequestInit, what: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    try {
      const response = await fetch(url, init);
      if (!RETRY_STATUS.has(response.status)) return response;
      failure = `HTTP ${response.status}`;
    } catch (err) {
      failure = (err as Error).message;
    }
    if (attempt === RETRIES) {
      throw new CapsuleError('artifact_download_failed', `${what}: failed ${RETRIES} times, last: ${failure}`);
    }
    core.info(`${what}: ${failure}; trying again`);
    await new Promise((resolve) => setTimeout(resolve, retryDelay.ms * 2 ** (attempt - 1)));
  }
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) {
    const text = (await response.text()).slice(0, 300);
    throw new CapsuleError('artifact_download_failed', `${what}: HTTP ${response.status} ${text}`);
  }
  return (await response.json()) as T;
}

/** The run and job ids the artifact service knows this job by, from the runtime token's scope claim. */
function backendIds(token: string): { workflow_run_backend_id: string; workflow_job_run_backend_id: string } {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { scp?: string };
  const scope = (claims.scp ?? '').split(' ').map((s) => s.split(':')).find((s) => s[0] === 'Actions.Results');
  if (scope?.length !== 3) {
    throw new CapsuleError('artifact_service_missing', 'ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope: the artifact service cannot be asked');
  }
  return { workflow_run_backend_id: scope[1]!, workflow_job_run_backend_id: scope[2]! };
}

/** The newest artifact called `name` in this workflow run, through the runner's artifact service. */
async function findInThisRun(name: string, token: string): Promise<Found> {
  const base = process.env.ACTIONS_RESULTS_URL;
  if (!base) throw new CapsuleError('artifact_service_missing', 'ACTIONS_RESULTS_URL is not set: no artifact service here');
  const ids = backendIds(token);
  const call = async <T>(method: string, body: object): Promise<T> => {
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    };
    const what = `artifact "${name}": ${method}`;
    return json<T>(await fetchRetrying(new URL(TWIRP + method, new URL(base).origin).href, init, what), what);
  };
  type Listed = { artifacts?: { database_id: string; name: string; workflow_run_backend_id: string; workflow_job_run_backend_id: string }[] };
  const listed = (await call<Listed>('ListArtifacts', { ...ids, name_filter: name })).artifacts ?? [];
  const newest = listed.sort((a, b) => Number(b.database_id) - Number(a.database_id))[0];
  if (!newest) throw new CapsuleError('artifact_not_found', `artifact "${name}": this workflow run has no artifact of that name`);
  const { workflow_run_backend_id, workflow_job_run_backend_id } = newest;
  const signed = await call<{ signed_url?: string }>('GetSignedArtifactURL', { workflow_run_backend_id, workflow_job_run_backend_id, name: newest.name });
  if (!signed.signed_url) throw new CapsuleError('artifact_download_failed', `artifact "${name}": the service returned no download URL`);
  return { id: Number(newest.database_id), url: signed.signed_url };
}

/** The newest artifact called `name` of workflow run `runId` of this repository, through the REST API. */
async function findInRun(name: string, runId: number, token: string): Promise<Found> {
  const api = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const headers = { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
  const what = `artifact "${name}" of run ${runId}`;
  const listUrl = `${api}/repos/${repository}/actions/runs/${runId}/artifacts?name=${encodeURIComponent(name)}`;
  const listed = await json<{ artifacts?: { id: number; name: string }[] }>(await fetchRetrying(listUrl, { headers }, what), what);
  const newest = (listed.artifacts ?? []).filter((a) => a.name === name).sort((a, b) => b.id - a.id)[0];
  if (!newest) throw new CapsuleError('artifact_not_found', `${what}: the run has no artifact of that name (expired, or another run id?)`);
  const zipUrl = `${api}/repos/${repository}/actions/artifacts/${newest.id}/zip`;
  const redirect = await fetchRetrying(zipUrl, { headers, redirect: 'manual' }, what);
  const location = redirect.headers.get('location');
  if (redirect.status !== 302 || !location) {
    throw new CapsuleError('artifact_download_failed', `${what}: expected a redirect to the download, got HTTP ${redirect.status}`);
  }
  return { id: newest.id, url: location };
}

/** GETs a signed blob URL (credentials are in the URL: no token is sent) into `file`. */
async function fetchBlob(url: string, file: string, what: string): Promise<void> {
  const signature = new URL(url).searchParams.get('sig');
  if (signature) core.setSecret(signature);
  const response = await fetchRetrying(url, {}, what);
  if (!response.ok || !response.body) throw new CapsuleError('artifact_download_failed', `${what}: blob storage answered HTTP ${response.status}`);
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(file));
}

/**
 * Downloads an artifact (of this run, or of `runId` with a token) into `dir` and returns the one
 * capsule in it. Anything but exactly one .agipack is an error naming what was found.
 */
export async function downloadCapsule(name: string, dir: string, from?: { runId: number; token: string }): Promise<string> {
  const runtimeToken = process.env.ACTIONS_RUNTIME_TOKEN;
  if (!runtimeToken) {
    throw new CapsuleError('artifact_service_missing', `artifact-name "${name}": no artifact service here (ACTIONS_RUNTIME_TOKEN is not set); pass "capsule" with a path instead`);
  }
  const found = from ? await findInRun(name, from.runId, from.token) : await findInThisRun(name, runtimeToken);
  mkdirSync(dir, { recursive: true });
  const zip = `${dir}.zip`;
  try {
    await fetchBlob(found.url, zip, `artifact "${name}" (id ${found.id})`);
    await extractZip(zip, dir, `artifact "${name}"`, MAX_FILE_BYTES);
  } finally {
    rmSync(zip, { force: true });
  }
  const capsules = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.agipack'));
  if (capsules.length !== 1) {
    throw new CapsuleError('artifact_capsule_count', `artifact "${name}" holds ${capsules.length} .agipack files (${capsules.join(', ') || 'none'}); expected exactly one`);
  }
  return path.join(dir, capsules[0]!);
}
