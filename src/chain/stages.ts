import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ChainEvent } from './events.js';

/** One pipeline stage as the chain recorded it: a TOOL_CALL and the TOOL_RESULT/TOOL_ERROR that closed it. */
export interface StageRow {
  seq: number;
  tool_name: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  args_hash: string | null;
  result_hash: string | null;
  error: string | null;
}

export interface ChainSummary {
  stages: StageRow[];
  counts: Record<string, number>;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Streams a chain already verified; memory grows with the number of stages, not of events. */
export async function summarizeChain(eventsPath: string): Promise<ChainSummary> {
  const stages: StageRow[] = [];
  const counts: Record<string, number> = {};
  const lines = createInterface({ input: createReadStream(eventsPath), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let event: ChainEvent;
    try {
      event = JSON.parse(line) as ChainEvent;
    } catch {
      continue; // a truncated final line: the report already names it
    }
    counts[event.event_type] = (counts[event.event_type] ?? 0) + 1;
    if (event.event_type === 'TOOL_CALL') stages.push(openStage(event));
    else if (event.event_type === 'TOOL_RESULT' || event.event_type === 'TOOL_ERROR') closeStage(stages, event);
  }
  return { stages, counts };
}

function openStage(event: ChainEvent): StageRow {
  return {
    seq: event.seq,
    tool_name: text(event.payload.tool_name) ?? '(unnamed)',
    status: 'incomplete',
    started_at: event.timestamp,
    finished_at: null,
    duration_ms: null,
    args_hash: text(event.payload.args_hash),
    result_hash: null,
    error: null,
  };
}

/** Closes the latest open stage of the same tool (TOOL_ERROR may omit tool_name: then the latest open one). */
function closeStage(stages: StageRow[], event: ChainEvent): void {
  const name = text(event.payload.tool_name);
  const row = [...stages].reverse().find((s) => s.finished_at === null && (name === null || s.tool_name === name));
  if (!row) return;
  row.finished_at = event.timestamp;
  row.duration_ms = Date.parse(event.timestamp) - Date.parse(row.started_at);
  if (event.event_type === 'TOOL_ERROR') {
    row.status = 'error';
    row.error = `${text(event.payload.error_type) ?? 'error'}: ${text(event.payload.error_message) ?? ''}`;
  } else {
    row.status = text(event.payload.status) ?? 'pass';
    row.result_hash = text(event.payload.result_hash);
  }
}
