import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DefaultArtifactClient, type FindOptions } from '@actions/artifact';
import { CapsuleError } from '../errors.js';
import { currentRepo } from './github-client.js';

/**
 * Downloads an artifact (of this run, or of `runId` with a token) into `dir` and returns the one
 * capsule in it. Anything but exactly one .agipack is an error naming what was found.
 */
export async function downloadCapsule(name: string, dir: string, from?: { runId: number; token: string }): Promise<string> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    throw new CapsuleError('artifact_service_missing', `artifact-name "${name}": no artifact service here (ACTIONS_RUNTIME_TOKEN is not set); pass "capsule" with a path instead`);
  }
  const client = new DefaultArtifactClient();
  const find: FindOptions | undefined = from && { findBy: { token: from.token, workflowRunId: from.runId, repositoryOwner: currentRepo().owner, repositoryName: currentRepo().repo } };
  const { artifact } = await client.getArtifact(name, find);
  await client.downloadArtifact(artifact.id, { path: dir, ...find });
  const capsules = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.agipack'));
  if (capsules.length !== 1) {
    throw new CapsuleError('artifact_capsule_count', `artifact "${name}" holds ${capsules.length} .agipack files (${capsules.join(', ') || 'none'}); expected exactly one`);
  }
  return path.join(dir, capsules[0]!);
}
