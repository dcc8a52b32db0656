import type { EventRow, ViewModel } from './types.js';
import { asNumber, asRecord, asString } from '../json/untrusted.js';

/** Rows beyond this are summarized, so a huge chain still yields a page a browser opens. */
const MAX_EVENT_ROWS = 5000;

/** One table row per line of events.jsonl; a line that is not JSON is shown as such, not dropped. */
export function eventRows(text: string, truncated: boolean): ViewModel['events'] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const rows = lines.slice(0, MAX_EVENT_ROWS).map(eventRow);
  const notes: string[] = [];
  if (lines.length > MAX_EVENT_ROWS) notes.push(`showing the first ${MAX_EVENT_ROWS} of ${lines.length} events`);
  if (truncated) notes.push('events.jsonl is larger than the viewer reads; the last events are not shown');
  return { rows, total_lines: lines.length, note: notes.length > 0 ? notes.join('; ') : null };
}

function eventRow(line: string): EventRow {
  let event: Record<string, unknown>;
  try {
    event = asRecord(JSON.parse(line));
  } catch {
    return { seq: null, event_type: '(not JSON)', tool_name: null, status: null, timestamp: null, hash_prefix: null };
  }
  const payload = asRecord(event.payload);
  return {
    seq: asNumber(event.seq),
    event_type: asString(event.event_type) ?? '(no type)',
    tool_name: asString(payload.tool_name),
    status: asString(payload.status),
    timestamp: asString(event.timestamp),
    hash_prefix: asString(event.event_hash)?.slice(0, 16) ?? null,
  };
}
