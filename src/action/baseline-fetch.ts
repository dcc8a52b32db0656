import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { CapsuleError } from '../errors.js';
import { BASELINE_REFUSED } from '../diff/baseline.js';
import type { BaselineSource } from './baseline-source.js';
import { downloadCapsule } from './download.js';
import { currentRepo, gitHubClient } from './github-client.js';

/**
 * The baseline capsule on disk, with its `.sig.json` beside it when the source has one.
 * Fetched before the run: a baseline that cannot be found refuses the run, as one that does
 * not verify does. Nothing fetched is trusted here; the pipeline verifies it before comparing.
 */
export async function fetchBaseline(source: BaselineSource, token: string, runnerTemp: string): Promise<string> {
  if (source.kind === 'path') return source.path;
  const dir = mkdtempSync(path.join(runnerTemp, 'proof-capsule-baseline-'));
  try {
    if (source.kind === 'release') return await downloadReleaseCapsule(source, token, dir);
    const { name, branch } = source;
    const runId = branch === undefined ? source.runId : await latestRunWithArtifact(name, branch, token);
    return await downloadCapsule(name, dir, runId === undefined ? undefined : { runId, token });
  } catch (err) {
    throw refused(source, err);
  }
}

function describe(source: BaselineSource): string {
  if (source.kind === 'path') return `baseline ${source.path}`;
  if (source.kind === 'release') return `baseline-release-tag "${source.tag}"`;
  if (source.runId !== undefined) return `baseline-artifact "${source.name}" of run ${source.runId}`;
  return `baseline-artifact "${source.name}"${source.branch === undefined ? '' : ` from branch ${source.branch}`}`;
}

/** Every fetch failure as one CapsuleError naming the input, marked as a refused baseline. */
function refused(source: BaselineSource, err: unknown): CapsuleError {
  const what = describe(source);
  if (err instanceof CapsuleError) {
    err.details[BASELINE_REFUSED] = what;
    return err;
  }
  const message = err instanceof Error ? err.message.split('\n')[0]!.trim() : String(err);
  const details = { [BASELINE_REFUSED]: what };
  return new CapsuleError('baseline_not_found', `${what}: could not be fetched: ${message}`, {}, details);
}

/** The newest unexpired artifact of that name from a run on `branch` (the default branch's last capsule). */
async function latestRunWithArtifact(name: string, branch: string, token: string): Promise<number> {
  const octokit = gitHubClient(token);
  const { owner, repo } = currentRepo();
  const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 });
  const found = data.artifacts
    .filter((a) => !a.expired && a.workflow_run?.head_branch === branch && a.workflow_run.id !== undefined)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)[0];
  const run = found?.workflow_run;
  if (!found || run?.id === undefined) {
    throw new CapsuleError('baseline_not_found',
      `no unexpired artifact "${name}" from a run on branch ${branch} in ${owner}/${repo}`);
  }
  const sha = run.head_sha ?? 'unknown sha';
  core.info(`Baseline: artifact "${name}" (id ${found.id}) of run ${run.id} on ${branch} (${sha})`);
  return run.id;
}

async function downloadReleaseCapsule(source: { tag: string; asset?: string }, token: string, dir: string):
Promise<string> {
  const octokit = gitHubClient(token);
  const { owner, repo } = currentRepo();
  const latest = source.tag === 'latest';
  const release = await (latest ? octokit.rest.repos.getLatestRelease({ owner, repo })
    : octokit.rest.repos.getReleaseByTag({ owner, repo, tag: source.tag })).catch((err: { status?: number }) => {
    if (err.status !== 404) throw err;
    const what = latest ? 'latest release' : 'release with that tag';
    throw new CapsuleError('baseline_not_found', `no ${what} in ${owner}/${repo}`);
  });
  const list = { owner, repo, release_id: release.data.id, per_page: 100 };
  const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, list);
  const wanted = (name: string) => (source.asset === undefined ? name.endsWith('.agipack') : name === source.asset);
  const capsules = assets.filter((a) => wanted(a.name));
  const capsule = capsules[0];
  if (capsules.length !== 1 || capsule === undefined) {
    const names = assets.filter((a) => a.name.endsWith('.agipack')).map((a) => a.name).join(', ') || 'none';
    const problem = source.asset ? `no asset named ${source.asset}` : `${capsules.length} .agipack assets`;
    const fix = source.asset ? 'name one of them' : 'set baseline-asset to the one to compare with';
    throw new CapsuleError('baseline_not_found', `release ${release.data.tag_name} has ${problem} (${names}); ${fix}`);
  }
  core.info(`Baseline: ${capsule.name} from release ${release.data.tag_name}`);
  const download = async (id: number, name: string): Promise<string> => {
    const bytes = { owner, repo, asset_id: id, headers: { accept: 'application/octet-stream' } };
    const { data } = await octokit.rest.repos.getReleaseAsset(bytes);
    const file = path.join(dir, path.basename(name));
    writeFileSync(file, Buffer.from(data as unknown as ArrayBuffer));
    return file;
  };
  const signature = assets.find((a) => a.name === `${capsule.name}.sig.json`);
  if (signature) await download(signature.id, signature.name);
  return download(capsule.id, capsule.name);
}
