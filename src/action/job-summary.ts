import * as core from '@actions/core';

/** Writes the step summary; outside a runner (no GITHUB_STEP_SUMMARY) the log says where it would have gone. */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY here (not on a runner): the summary is not written.');
    return;
  }
  await core.summary.addRaw(markdown).write();
}
