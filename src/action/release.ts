import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CapsuleError } from '../errors.js';
import { currentRepo, gitHubClient } from './github-client.js';

export interface ReleaseOutcome {
  tag: string;
  url: string;
  assets: { name: string; url: string; size: number }[];
}

/**
 * Attaches files to an existing release (creating releases is the release workflow's job),
 * replacing an asset of the same name so a re-run does not fail on "already_exists".
 */
export async function attachToRelease(token: string, tag: string, files: string[]): Promise<ReleaseOutcome> {
  const octokit = gitHubClient(token);
  const { owner, repo } = currentRepo();
  const release = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag }).catch((err: { status?: number }) => {
    if (err.status === 404) {
      throw new CapsuleError('release_not_found', `release-tag "${tag}": no release with that tag in ${owner}/${repo}; create it first (gh release create ${tag}), the action only attaches to an existing release`);
    }
    throw err;
  });
  const existing = await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.data.id, per_page: 100 });
  const assets: ReleaseOutcome['assets'] = [];
  for (const file of files) {
    const name = path.basename(file);
    for (const old of existing.filter((a) => a.name === name)) {
      await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: old.id });
    }
    const data = await readFile(file);
    const { size } = await stat(file);
    const uploaded = await octokit.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: release.data.id,
      name,
      // The release's own upload_url: uploads go to a different host than the REST API.
      url: release.data.upload_url,
      headers: { 'content-type': 'application/octet-stream', 'content-length': size },
      data: data as unknown as string,
    });
    assets.push({ name, url: uploaded.data.browser_download_url, size });
  }
  return { tag, url: release.data.html_url, assets };
}
