import { CapsuleError } from '../errors.js';
import type { ChainEvent, EventType, Payload } from './events.js';
import type { ChainReport } from './report.js';
import { verifyChainFile, type VerifyChainOptions } from './verify.js';

/** What replay shows: recorded events as they are, and the recorder's own notes of loss, gaps and redaction. */
export type ReplayFrame =
  | { frame_type: 'EVENT'; seq: number; event_type: EventType; timestamp: string; event_hash: string; payload: Payload }
  | { frame_type: 'LOG_DROP'; seq: number; timestamp: string; count: number; reason: string; seq_range_start: number; seq_range_end: number }
  | { frame_type: 'GAP'; seq: number; timestamp: string; gap_start: unknown; gap_end: unknown; payload: Payload }
  | { frame_type: 'REDACTION'; seq: number; timestamp: string; redacted_seq: unknown; payload: Payload };

export interface Replay {
  schema: 'proofcapsule.replay_frames.v1';
  session_id: string;
  classification: ChainReport['classification'];
  frames: ReplayFrame[];
}

/** One frame per recorded event; nothing is synthesized, so frames.length equals the event count. */
function frameFor(event: ChainEvent): ReplayFrame {
  const { seq, timestamp, payload } = event;
  switch (event.event_type) {
    case 'LOG_DROP':
      return { frame_type: 'LOG_DROP', seq, timestamp, count: payload.count as number, reason: payload.reason as string, seq_range_start: payload.seq_range_start as number, seq_range_end: payload.seq_range_end as number };
    case 'CHAIN_BROKEN':
      return { frame_type: 'GAP', seq, timestamp, gap_start: payload.gap_start ?? null, gap_end: payload.gap_end ?? null, payload };
    case 'REDACTION':
      return { frame_type: 'REDACTION', seq, timestamp, redacted_seq: payload.redacted_seq ?? null, payload };
    default:
      return { frame_type: 'EVENT', seq, event_type: event.event_type, timestamp, event_hash: event.event_hash, payload };
  }
}

/**
 * Reads the file once, streaming, and replays exactly the events it verified. A chain that
 * fails verification yields no frames at all: a CapsuleError naming its first errors.
 */
export async function replayChainFile(path: string, options: VerifyChainOptions = {}): Promise<Replay> {
  const frames: ReplayFrame[] = [];
  const report = await verifyChainFile(path, { ...options, onEvent: (event) => frames.push(frameFor(event)) });
  if (report.status !== 'PASS') {
    const first = report.errors.slice(0, 3).map((e) => `line ${e.line} [${e.rule}] ${e.message}`).join('; ');
    throw new CapsuleError('chain_invalid', `${path}: refusing to replay a chain that fails verification: ${first}`, { file: path, line: report.errors[0]?.line }, { report });
  }
  return { schema: 'proofcapsule.replay_frames.v1', session_id: report.session_id!, classification: report.classification, frames };
}
