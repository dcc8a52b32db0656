import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';

export type UploadOutcome =
  | { status: 'uploaded'; name: string; id: number; url: string; size: number; digest?: string }
  | { status: 'skipped'; reason: string };

export interface UploadRequest {
  enabled: boolean;
  name: string;
  files: string[];
  retentionDays?: number;
}

/**
 * Uploads the capsule and its signature as one workflow artifact. Without the runner's artifact
 * service (local runs, `act`) the upload is skipped with a notice: the files are still on disk.
 */
export async function uploadCapsule(request: UploadRequest): Promise<UploadOutcome> {
  if (!request.enabled) return { status: 'skipped', reason: 'upload: false' };
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    const reason = 'no artifact service here (ACTIONS_RUNTIME_TOKEN is not set: a local run or act); the capsule stays in out-dir';
    core.notice(`Artifact upload skipped: ${reason}`);
    return { status: 'skipped', reason };
  }
  const client = new DefaultArtifactClient();
  const uploaded = await client.uploadArtifact(request.name, request.files, commonDir(request.files), {
    retentionDays: request.retentionDays,
  });
  if (uploaded.id === undefined) throw new Error(`artifact ${request.name}: the artifact service returned no id`);
  return {
    status: 'uploaded',
    name: request.name,
    id: uploaded.id,
    url: artifactUrl(uploaded.id),
    size: uploaded.size ?? 0,
    digest: uploaded.digest,
  };
}

/** The run page's link to one artifact, as actions/upload-artifact builds it. */
function artifactUrl(id: number): string {
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  return `${server}/${process.env.GITHUB_REPOSITORY ?? ''}/actions/runs/${process.env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
}

/** The deepest folder holding every file, so entries keep their names inside the artifact. */
export function commonDir(files: string[]): string {
  const dirs = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  const first = dirs[0] ?? [];
  let depth = first.length;
  for (const parts of dirs) {
    let i = 0;
    while (i < depth && parts[i] === first[i]) i++;
    depth = i;
  }
  return first.slice(0, depth).join(path.sep) || path.sep;
}
