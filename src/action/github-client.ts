import * as github from '@actions/github';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** The repository this run belongs to, from GITHUB_REPOSITORY. */
export function currentRepo(): { owner: string; repo: string } {
  return github.context.repo;
}

/** An Octokit for the REST API at GITHUB_API_URL (GitHub.com, GHES, or a local stand-in). */
export function gitHubClient(token: string): GitHubClient {
  return github.getOctokit(token);
}
