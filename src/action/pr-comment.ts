import * as github from '@actions/github';
import { currentRepo, gitHubClient } from './github-client.js';

export interface CommentOutcome {
  action: 'created' | 'updated';
  url: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The hidden line that finds this action's comment again on a re-run. */
export function commentMarker(artifactName: string): string {
  return `<!-- proof-capsule:${artifactName} -->`;
}

/** The pull request this run is for, or undefined on any other event. */
export function pullRequestNumber(): number | undefined {
  if (!PR_EVENTS.has(github.context.eventName)) return undefined;
  return github.context.payload.pull_request?.number;
}

/** One comment per artifact name: updated in place on re-runs, never duplicated. */
export async function upsertPrComment(token: string, issueNumber: number, marker: string, body: string): Promise<CommentOutcome> {
  const octokit = gitHubClient(token);
  const { owner, repo } = currentRepo();
  const text = `${marker}\n${body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(marker));
  if (mine) {
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
    return { action: 'updated', url: updated.data.html_url };
  }
  const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
  return { action: 'created', url: created.data.html_url };
}
