import { CapsuleError } from '../errors.js';
import type { GitHubClient } from './github-client.js';

/** A review environment that will make a person look: who may approve, and what to warn about. */
export interface ReviewEnvironment {
  name: string;
  reviewers: string[];
  /** Whether the person who started the run may approve it themselves. */
  selfReview: boolean;
}

interface Reviewer {
  type?: string;
  reviewer?: { login?: string; slug?: string; name?: string } | null;
}

/**
 * Checks, before anything waits on it, that the environment a manual-review decision is routed
 * to exists and has required reviewers. GitHub creates an environment named by a job on first
 * use, with no protection rules: a "review" there passes at once, so each gap is an error that
 * says how to close it.
 */
export async function checkReviewEnvironment(octokit: GitHubClient, where: { owner: string; repo: string }, name: string, serverUrl = 'https://github.com'): Promise<ReviewEnvironment> {
  const { owner, repo } = where;
  const settings = `${serverUrl}/${owner}/${repo}/settings/environments`;
  const fix = `create it, or open it, in ${settings} and add Required reviewers (a person or team who is not the one starting the run), or: gh api --method PUT repos/${owner}/${repo}/environments/${encodeURIComponent(name)} -F 'reviewers[][type]=User' -F "reviewers[][id]=$(gh api users/<login> --jq .id)" -F prevent_self_review=true`;
  const response = await octokit.rest.repos.getEnvironment({ owner, repo, environment_name: name }).catch((err: { status?: number; message?: string }) => {
    if (err.status === 404) {
      throw new CapsuleError('review_environment_missing', `review environment "${name}" does not exist in ${owner}/${repo}: a job that names it would create it without required reviewers, and the manual review would pass at once. To fix: ${fix}. (A token that may not read environments also gets 404: grant actions: read.)`);
    }
    if (err.status === 401 || err.status === 403) {
      throw new CapsuleError('review_environment_unreadable', `cannot read review environment "${name}" of ${owner}/${repo} (HTTP ${err.status}: ${err.message ?? ''}): grant the job calling the workflow \`permissions: actions: read\``);
    }
    throw err;
  });
  const rules = (response.data.protection_rules ?? []) as { type: string; reviewers?: Reviewer[]; prevent_self_review?: boolean }[];
  const required = rules.find((r) => r.type === 'required_reviewers');
  const reviewers = (required?.reviewers ?? []).map((r) => r.reviewer?.login ?? (r.reviewer?.slug ? `team ${r.reviewer.slug}` : (r.reviewer?.name ?? r.type ?? 'reviewer')));
  if (reviewers.length === 0) {
    throw new CapsuleError(
      'review_environment_unprotected',
      `review environment "${name}" in ${owner}/${repo} has no required reviewers, so a manual-review decision would pass without anyone looking. To fix: ${fix}. On private repositories required reviewers need GitHub Enterprise (Free, Pro and Team offer them on public repositories only).`,
    );
  }
  return { name, reviewers, selfReview: required?.prevent_self_review !== true };
}
