/** What this reads of the action's input parser: text and path inputs, and where problems go. */
interface InputParser {
  text(name: string): string | undefined;
  file(name: string): string | undefined;
  problem(input: string, message: string): void;
}

/** Where the action gets the baseline capsule from (one of three inputs), parsed once. */
export type BaselineSource =
  | { kind: 'path'; path: string }
  /** An artifact of this run, of run `runId`, or the newest one from a run on `branch`. */
  | { kind: 'artifact'; name: string; runId?: number; branch?: string }
  /** The `.agipack` asset of the release with `tag` (`latest`: the latest release). */
  | { kind: 'release'; tag: string; asset?: string };

/**
 * `baseline` (a path), `baseline-artifact` (+ `baseline-run-id` or `baseline-branch`) or
 * `baseline-release-tag` (+ `baseline-asset`): at most one source; every problem is reported.
 */
export function parseBaselineSource(p: InputParser, githubToken: string): BaselineSource | undefined {
  const path = p.file('baseline');
  const artifact = p.text('baseline-artifact');
  const tag = p.text('baseline-release-tag');
  const runId = p.text('baseline-run-id');
  const branch = p.text('baseline-branch');
  const asset = p.text('baseline-asset');
  if ([path, artifact, tag].filter((v) => v !== undefined).length > 1) {
    p.problem('baseline', 'and "baseline-artifact" and "baseline-release-tag": give at most one '
      + '(a .agipack path, an artifact holding one, or a release)');
  }
  const validRunId = runId !== undefined && /^\d+$/.test(runId);
  if (runId !== undefined && !validRunId) {
    p.problem('baseline-run-id', `must be a workflow run id (digits; got ${JSON.stringify(runId)})`);
  }
  if ((runId !== undefined || branch !== undefined) && artifact === undefined) {
    p.problem(runId !== undefined ? 'baseline-run-id' : 'baseline-branch', 'needs "baseline-artifact"');
  }
  if (runId !== undefined && branch !== undefined) {
    p.problem('baseline-run-id', 'and "baseline-branch": give at most one');
  }
  if (asset !== undefined && tag === undefined) p.problem('baseline-asset', 'needs "baseline-release-tag"');
  if ((tag !== undefined || runId !== undefined || branch !== undefined) && githubToken === '') {
    p.problem('github-token', 'is empty, but baseline-release-tag, baseline-run-id or baseline-branch needs it');
  }
  if (path !== undefined) return { kind: 'path', path };
  if (artifact !== undefined) {
    const from = validRunId ? { runId: Number(runId) } : branch !== undefined ? { branch } : {};
    return { kind: 'artifact', name: artifact, ...from };
  }
  if (tag !== undefined) return { kind: 'release', tag, ...(asset !== undefined ? { asset } : {}) };
  return undefined;
}
