import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { StageEvent } from '../pipeline/types.js';

const MARK = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/**
 * One collapsible log group per pipeline stage, opened by its `start` event and closed by its
 * result. The job's own output is fenced with stop-commands so a line it prints such as
 * `::add-mask::` or `::set-output` is shown, never obeyed by the runner.
 */
export function stageLogger(): {
  onStage: (event: StageEvent) => void;
  onOutput: (stream: 'stdout' | 'stderr', text: string) => void;
  close: () => void;
} {
  let open: string | undefined;
  const close = (): void => {
    if (open !== undefined) core.endGroup();
    open = undefined;
  };
  const fence = randomUUID();
  return {
    onStage(event) {
      if (event.status === 'start') {
        close();
        open = event.stage;
        // The engine's start message often is just "<stage>…"; do not say the stage twice.
        core.startGroup(event.message.startsWith(event.stage) ? event.message : `${event.stage}: ${event.message}`);
        return;
      }
      // Plain lines: the decision, not each stage, is what gets an annotation.
      const took = event.durationMs === undefined ? '' : ` (${event.durationMs} ms)`;
      core.info(`${MARK[event.status]} ${event.stage} ${event.status}${took}: ${event.message}`);
      if (open === event.stage) close();
    },
    // Both streams go to stdout: the runner would read commands from either, and one stream keeps the order.
    onOutput(_stream, text) {
      const body = text.endsWith('\n') ? text : `${text}\n`;
      process.stdout.write(`::stop-commands::${fence}\n${body}::${fence}::\n`);
    },
    close,
  };
}
