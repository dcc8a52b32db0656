import { hash } from 'node:crypto';
import { CapsuleError } from '../errors.js';
import { JsonKind, JsonTextCanonicalizer, type TopMember } from '../json/canonicalize-text.js';
import { SHA256_HEX } from '../hash/sha256.js';
import { EVENT_FIELDS, TIMESTAMP_PATTERN, UUID_V4_PATTERN, isEventType, type ChainEvent, type EventType, type Payload } from './events.js';
import { agentopsFloatSpelling } from './number-spelling.js';

/** Deepest JSON nesting in a chain line: the bound every JSON reader of ours applies. */
const MAX_LINE_DEPTH = 128;

/** One line that holds a well-formed event: its fields, and what its bytes hash to. */
export interface EventLine {
  seq: number;
  event_type: EventType;
  session_id: string;
  timestamp: string;
  prev_hash: string;
  event_hash: string;
  /** SHA-256 of the canonical form of the event without event_hash. */
  eventHashComputed: string;
  /** The line is byte for byte the RFC 8785 form of its event (CR, spaces and `\n` aside). */
  canonical: boolean;
  /** A number was written with a fraction or an exponent that AgentOps spells differently. */
  respelled: boolean;
}

export type LineRead =
  | { kind: 'blank' }
  | { kind: 'invalid'; rule: string; message: string; seq: number | null }
  | { kind: 'event'; event: EventLine };

/** Rule ids for what the strict JSON reader refuses (all other JSON errors are json_parse). */
const JSON_RULES: Record<string, string> = {
  json_duplicate_key: 'json_duplicate_key',
  json_too_deep: 'json_too_deep',
  json_number_not_ijson: 'json_number_not_ijson',
  json_string_not_ijson: 'json_string_not_ijson',
};

/**
 * Reads chain lines: strict I-JSON, any spelling, into the canonical bytes the event hash covers
 * and the seven fields. One instance per chain, reused for every line.
 */
export class EventLineReader {
  private readonly canonicalizer = new JsonTextCanonicalizer({ maxDepth: MAX_LINE_DEPTH, spellFloat: agentopsFloatSpelling });
  /** RFC 8785 spelling, only to tell whether a line with respelled numbers is canonical. */
  private rfc: JsonTextCanonicalizer | null = null;
  private payload: { start: number; end: number; parsed: Payload | null } = { start: 0, end: 0, parsed: null };
  private current: EventLine | null = null;

  read(bytes: Buffer, start: number, end: number): LineRead {
    let i = start;
    while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d)) i++;
    if (i === end) return { kind: 'blank' };
    const c = this.canonicalizer;
    let kind: JsonKind;
    try {
      kind = c.canonicalize(bytes, start, end);
    } catch (err) {
      if (!(err instanceof CapsuleError)) throw err;
      const rule = JSON_RULES[err.code] ?? 'json_parse';
      return { kind: 'invalid', rule, message: `${rule === 'json_parse' ? 'not JSON' : 'refused'}: ${err.message}`, seq: null };
    }
    if (kind !== JsonKind.Object) return { kind: 'invalid', rule: 'field_set', message: 'not a JSON object', seq: null };
    const fields = this.fields(c.top);
    if ('rule' in fields) return { kind: 'invalid', ...fields };
    // JCS puts event_hash first; the hashed object is the rest: "{" + what follows its comma.
    const eventHashEnd = c.top[0]!.end;
    const out = c.out;
    out[eventHashEnd] = 0x7b;
    const eventHashComputed = hash('sha256', out.subarray(eventHashEnd, c.length), 'hex');
    out[eventHashEnd] = 0x2c;
    const event: EventLine = { ...fields, eventHashComputed, canonical: this.isCanonical(bytes, start, end), respelled: c.respelled > 0 };
    this.payload = { start: c.top[2]!.start, end: c.top[2]!.end, parsed: null };
    this.current = event;
    return { kind: 'event', event };
  }

  /** The event with its payload parsed (only for the line just read). */
  fullEvent(line: EventLine): ChainEvent {
    if (line !== this.current) throw new Error('fullEvent() is only for the line just read');
    if (this.payload.parsed === null) this.payload.parsed = JSON.parse(this.canonicalizer.out.toString('utf8', this.payload.start, this.payload.end)) as Payload;
    const { seq, event_type, session_id, timestamp, prev_hash, event_hash } = line;
    return { seq, event_type, session_id, timestamp, payload: this.payload.parsed, prev_hash, event_hash };
  }

  /** Exactly the seven fields (the canonicalizer lists them sorted, as EVENT_FIELDS is), each of its type. */
  private fields(top: TopMember[]): Omit<EventLine, 'eventHashComputed' | 'canonical' | 'respelled'> | { rule: string; message: string; seq: number | null } {
    const c = this.canonicalizer;
    const byKey = new Map(top.map((m) => [m.key, m]));
    const seqMember = byKey.get('seq');
    const seq = seqMember?.kind === JsonKind.Integer ? Number(c.out.toString('latin1', seqMember.start, seqMember.end)) : null;
    const keys = top.map((m) => m.key);
    if (keys.length !== EVENT_FIELDS.length || keys.some((k, i) => k !== EVENT_FIELDS[i])) {
      const missing = EVENT_FIELDS.filter((k) => !byKey.has(k));
      const extra = keys.filter((k) => !(EVENT_FIELDS as readonly string[]).includes(k));
      return { rule: 'field_set', seq, message: `an event has exactly ${EVENT_FIELDS.join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.map((k) => JSON.stringify(k)).join(', ')}` : ''}` };
    }
    const text = (m: TopMember): string | null => {
      if (m.kind !== JsonKind.String) return null;
      return m.plain ? c.out.toString('latin1', m.start + 1, m.end - 1) : (JSON.parse(c.out.toString('utf8', m.start, m.end)) as string);
    };
    const [eventHash, eventType, payload, prevHash, , sessionId, timestamp] = top as [TopMember, TopMember, TopMember, TopMember, TopMember, TopMember, TopMember];
    const values = { event_hash: text(eventHash), event_type: text(eventType), prev_hash: text(prevHash), session_id: text(sessionId), timestamp: text(timestamp) };
    const wrong: string[] = [];
    // An integer written as such: AgentOps' verifier (Python) fails a seq written 1.0, so do we.
    if (seq === null || seq < 1) wrong.push('seq (a positive integer)');
    if (values.session_id === null || !UUID_V4_PATTERN.test(values.session_id)) wrong.push('session_id (a lowercase UUIDv4)');
    if (values.timestamp === null || !TIMESTAMP_PATTERN.test(values.timestamp)) wrong.push('timestamp (YYYY-MM-DDTHH:MM:SS.ffffffZ)');
    if (payload.kind !== JsonKind.Object) wrong.push('payload (an object)');
    if (values.prev_hash === null || !SHA256_HEX.test(values.prev_hash)) wrong.push('prev_hash (64 lowercase hex)');
    if (values.event_hash === null || !SHA256_HEX.test(values.event_hash)) wrong.push('event_hash (64 lowercase hex)');
    if (wrong.length > 0) return { rule: 'field_type', seq, message: `wrong type or format: ${wrong.join(', ')}` };
    if (!isEventType(values.event_type)) {
      return { rule: 'event_type_unknown', seq, message: `event_type ${values.event_type === null ? c.out.toString('utf8', eventType.start, eventType.end) : JSON.stringify(values.event_type)} is not one of the 12 AgentOps Replay types` };
    }
    return { seq: seq!, event_type: values.event_type, session_id: values.session_id!, timestamp: values.timestamp!, prev_hash: values.prev_hash!, event_hash: values.event_hash! };
  }

  /** Byte-identical to the canonical form; with respelled numbers, to the RFC 8785 one. */
  private isCanonical(bytes: Buffer, start: number, end: number): boolean {
    let c = this.canonicalizer;
    if (c.respelled > 0) {
      this.rfc ??= new JsonTextCanonicalizer({ maxDepth: MAX_LINE_DEPTH });
      this.rfc.canonicalize(bytes, start, end);
      c = this.rfc;
    }
    return end - start === c.length && bytes.compare(c.out, 0, c.length, start, end) === 0;
  }
}
