import * as github from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReviewEnvironment } from '../../src/action/environments.js';
import { CapsuleError } from '../../src/errors.js';
import { startGitHubApi, type FakeGitHub } from './servers/github-api.js';

// The real Octokit client against a local server speaking GET /repos/{owner}/{repo}/environments/{name}.
let api: FakeGitHub;
let octokit: ReturnType<typeof github.getOctokit>;
const where = { owner: 'octo', repo: 'proof' };

beforeAll(async () => {
  api = await startGitHubApi('octo/proof', []);
  octokit = github.getOctokit('ghs_test', { baseUrl: api.url });
});
afterAll(() => api.close());

async function failure(name: string): Promise<CapsuleError> {
  const err = await checkReviewEnvironment(octokit, where, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CapsuleError);
  return err as CapsuleError;
}

describe('checkReviewEnvironment', () => {
  it('fails on an environment with no required reviewers, saying how to add them', async () => {
    api.environments.set('capsule-review', {});
    const err = await failure('capsule-review');
    expect(err.code).toBe('review_environment_unprotected');
    expect(err.message).toContain('review environment "capsule-review" in octo/proof has no required reviewers');
    expect(err.message).toContain('https://github.com/octo/proof/settings/environments');
    expect(err.message).toContain('gh api --method PUT repos/octo/proof/environments/capsule-review');
  });

  it('fails on a missing environment: GitHub would create it unprotected', async () => {
    const err = await failure('model-review');
    expect(err.code).toBe('review_environment_missing');
    expect(err.message).toMatch(/review environment "model-review" does not exist in octo\/proof: a job that names it would create it without required reviewers/);
  });

  it('passes when it has required reviewers, naming them and whether self-review is allowed', async () => {
    api.environments.set('model-review', { reviewers: [{ type: 'User', login: 'alice' }, { type: 'Team', login: 'ml-leads' }], preventSelfReview: true });
    expect(await checkReviewEnvironment(octokit, where, 'model-review')).toEqual({ name: 'model-review', reviewers: ['alice', 'team ml-leads'], selfReview: false });
    api.environments.set('loose', { reviewers: [{ type: 'User', login: 'bob' }] });
    expect((await checkReviewEnvironment(octokit, where, 'loose')).selfReview).toBe(true);
  });
});
