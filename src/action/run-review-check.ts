import * as core from '@actions/core';
import { checkReviewEnvironment } from './environments.js';
import { gitHubClient } from './github-client.js';
import { InputParser } from './inputs.js';
import { writeJobSummary } from './job-summary.js';
import { cell } from './markdown.js';

/** The review-check action: fail unless the review environment exists and has required reviewers. */
export async function runReviewCheck(): Promise<void> {
  const p = new InputParser((name) => core.getInput(name), process.cwd());
  const environment = p.text('environment');
  const token = p.text('github-token') ?? '';
  const repository = p.text('repository') ?? process.env.GITHUB_REPOSITORY ?? '';
  if (environment === undefined) p.problem('environment', 'is empty: name the environment manual-review decisions wait on');
  if (token === '') p.problem('github-token', 'is empty: reading an environment needs a token with actions: read');
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) p.problem('repository', `must be owner/name (got ${JSON.stringify(repository)})`);
  p.finish();
  const [owner, repo] = repository.split('/') as [string, string];
  const env = await checkReviewEnvironment(gitHubClient(token), { owner, repo }, environment!, process.env.GITHUB_SERVER_URL);
  core.setOutput('reviewers', env.reviewers.join(','));
  core.info(`Review environment "${env.name}": required reviewers ${env.reviewers.join(', ')}`);
  const lines = [`Review environment \`${cell(env.name)}\`: required reviewers ${env.reviewers.map((r) => `\`${cell(r)}\``).join(', ')}.`];
  if (env.selfReview) {
    const warning = `Review environment "${env.name}" lets the person who started the run approve it (prevent self-review is off)`;
    core.warning(warning);
    lines.push('', `> [!WARNING]\n> ${cell(warning)}`);
  }
  await writeJobSummary(`${lines.join('\n')}\n`);
}
