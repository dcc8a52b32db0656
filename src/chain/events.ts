import { canonicalBytes } from '../json/canonical.js';
import { sha256Hex } from '../hash/sha256.js';
import { agentopsFloatSpelling } from './number-spelling.js';

/** The twelve AgentOps Replay v1.0 event types. */
export const EVENT_TYPES = [
  'SESSION_START',
  'SESSION_END',
  'LLM_CALL',
  'LLM_RESPONSE',
  'TOOL_CALL',
  'TOOL_RESULT',
  'TOOL_ERROR',
  'LOG_DROP',
  'CHAIN_SEAL',
  'CHAIN_BROKEN',
  'REDACTION',
  'FORENSIC_FREEZE',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export type Payload = Record<string, unknown>;

/** One line of `events.jsonl`: exactly these seven fields. */
export interface ChainEvent {
  seq: number;
  event_type: EventType;
  session_id: string;
  timestamp: string;
  payload: Payload;
  prev_hash: string;
  event_hash: string;
}

export type UnhashedEvent = Omit<ChainEvent, 'event_hash'>;

export const EVENT_FIELDS = ['event_hash', 'event_type', 'payload', 'prev_hash', 'seq', 'session_id', 'timestamp'] as const;

/** Lengths of the fixed-format fields of a well-formed event: a hash (lowercase hex) and a session_id (a UUID). */
export const HASH_LENGTH = 64;
export const SESSION_LENGTH = 36;

/** prev_hash of seq 1. */
export const GENESIS_PREV_HASH = '0'.repeat(64);

/** The replacement for a redacted value. */
export const REDACTED = '[REDACTED]';

/**
 * SHA-256 hex of the RFC 8785 bytes of the event without `event_hash`, numbers with a fraction
 * or an exponent spelled as AgentOps Replay spells them (the reader hashes them that way), and
 * no integer a strict reader refuses.
 */
export function eventHash(event: UnhashedEvent): string {
  return sha256Hex(canonicalBytes(event, { spellFloat: agentopsFloatSpelling, ijson: true }));
}

/**
 * The bytes a CHAIN_SEAL signature covers: the 64 ASCII characters of `payload.final_hash`
 * (lowercase hex, no prefix, no newline). The other seal fields are covered by the seal's
 * own event_hash, which anyone can recompute: only final_hash is authenticated by the key.
 */
export function sealMessage(finalHash: string): Buffer {
  return Buffer.from(finalHash, 'ascii');
}
