/** How the job itself ended, as a run manifest records it (any field may be missing). */
export interface RunEnding {
  status: string | null;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean | null;
  limitSeconds: number | null;
}

/**
 * Why the job itself failed, in words, or null when it did not: the page and the job summary
 * then show its stderr first. A gate or a verification may still block a job that did not fail.
 */
export function describeRunFailure(e: RunEnding): string | null {
  if (e.timedOut) return `the job was stopped at its time limit${e.limitSeconds !== null ? ` of ${e.limitSeconds} s` : ''}`;
  if (e.signal) return `the job was killed by ${e.signal}`;
  if (e.exitCode !== null && e.exitCode !== 0) return `the job exited with code ${e.exitCode}`;
  if (e.status === 'fail') return 'the run status is fail';
  return null;
}
