import * as core from '@actions/core';
import { annotationsFor } from './annotations.js';
import { baselineRefusal } from './baseline-summary.js';
import { writeJobSummary } from './job-summary.js';
import { cell } from './markdown.js';

/**
 * Fails the step on an error: one annotation per located problem (no duplicate error line),
 * the whole message once in the log, and a summary that says the run did not get to a decision.
 */
export async function failStep(err: unknown, workspace: string): Promise<void> {
  const annotations = annotationsFor(err, workspace);
  for (const a of annotations) core.error(a.message, a.properties);
  const message = err instanceof Error ? err.message : String(err);
  if (annotations.length === 0) core.setFailed(message);
  else {
    core.info(message);
    process.exitCode = core.ExitCode.Failure;
  }
  const located = annotations.slice(0, 200).map((a) => `- \`${cell(a.properties.file ?? '')}:${a.properties.startLine ?? 1}:${a.properties.startColumn ?? 1}\` ${cell(a.message, 1000)}`);
  const body = located.length > 0 ? located.join('\n') : ['```', message.slice(0, 20_000).replace(/```/g, "'''"), '```'].join('\n');
  // summary: false asked for no summary, failed runs included (the log and annotations remain).
  if (core.getInput('summary').trim() === 'false') return;
  const head = baselineRefusal(err) ?? '## ❌ Proof capsule: no decision\n\nThe run stopped before a decision was made.';
  await writeJobSummary(`${head}\n\n${body}\n`).catch((e: Error) => core.warning(`could not write the summary: ${e.message}`));
}
