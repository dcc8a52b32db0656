import path from 'node:path';
import * as core from '@actions/core';
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact';
import { CapsuleError } from '../errors.js';

export type UploadOutcome =
  | { status: 'uploaded'; name: string; id: number; url: string; size: number; digest?: string }
  | { status: 'skipped'; reason: string };

export interface UploadRequest {
  enabled: boolean;
  name: string;
  files: string[];
  retentionDays?: number;
  /** Delete an artifact of the same name in this run first (the service refuses a second one). */
  overwrite?: boolean;
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
  if (request.overwrite) {
    // As actions/upload-artifact does it: delete, and an artifact that is not there is fine.
    await client.deleteArtifact(request.name).catch((err: unknown) => {
      if (!(err instanceof ArtifactNotFoundError)) throw err;
    });
  }
  const uploaded = await client
    .uploadArtifact(request.name, request.files, commonDir(request.files), { retentionDays: request.retentionDays })
    .catch((err: Error) => {
      if (!/\(409\)|already exists/i.test(err.message)) throw err;
      throw new CapsuleError('artifact_exists', `artifact-name "${request.name}": this workflow run already has an artifact of that name (${err.message}); set overwrite: true to replace it, or give each step and matrix job its own artifact-name`);
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
