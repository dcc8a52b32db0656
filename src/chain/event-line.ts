import { hash } from 'node:crypto';
import { CapsuleError } from '../errors.js';
import { JsonKind, JsonTextCanonicalizer, type TopMember } from '../json/canonicalize-text.js';
import { MAX_JSON_DEPTH } from '../json/parse.js';
import { canonicalizeDumpsEvent } from './dumps-line.js';
import { EVENT_FIELDS, EVENT_TYPES, HASH_LENGTH, SESSION_LENGTH, type ChainEvent, type Payload } from './events.js';
import { agentopsFloatSpelling } from './number-spelling.js';
import { asciiToken, copyBytes, holds, sameBytes, type Token } from './words.js';


/** What `EventLineReader.read` found on a line. */
export const LineKind = { Blank: 0, Invalid: 1, Event: 2 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/** Why a line holds no event: `rule` is a chain report rule id. */
export interface InvalidLine {
  rule: string;
  message: string;
  seq: number | null;
}

/** Rule ids for what the strict JSON reader refuses (all other JSON errors are json_parse). */
const JSON_RULES: Record<string, string> = {
  json_duplicate_key: 'json_duplicate_key',
  json_too_deep: 'json_too_deep',
  json_number_not_ijson: 'json_number_not_ijson',
  json_string_not_ijson: 'json_string_not_ijson',
};

const quoted = (s: string) => asciiToken(JSON.stringify(s));
const FIELD_TOKENS = EVENT_FIELDS.map(quoted);
const TYPE_TOKENS = EVENT_TYPES.map(quoted);
/** Indexes of the event types by the length of their token: at most two share one. */
const TYPES_BY_LENGTH: number[][] = [];
TYPE_TOKENS.forEach((t, i) => (TYPES_BY_LENGTH[t.length] ??= []).push(i));
const [EVENT_HASH, EVENT_TYPE, PAYLOAD, PREV_HASH, SEQ, SESSION_ID, TIMESTAMP] = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * Reads chain lines: strict I-JSON in any spelling, into the canonical bytes the event hash
 * covers, and the seven fields checked on those bytes (strings are made only where a check or a
 * report needs one). One instance is reused for every line, with no allocation for a well-formed
 * one; the fields below are about the line read last. Its verdict on a line depends on that
 * line's bytes alone: what it remembers of earlier lines (`lastHash`, `firstSession`) only
 * spares format checks and tells whether a line links to the one before.
 */
export class EventLineReader {
  private readonly canonicalizer = new JsonTextCanonicalizer({
    maxDepth: MAX_JSON_DEPTH,
    spellFloat: agentopsFloatSpelling,
  });
  /** RFC 8785 spelling, only to tell whether a line with respelled numbers is canonical. */
  private rfc: JsonTextCanonicalizer | null = null;
  /** The event_hash of the last event read, and the session_id of the first (since `forget`). */
  private readonly lastHash = new DataView(new ArrayBuffer(HASH_LENGTH));
  private haveLast = false;
  private readonly firstSession = new DataView(new ArrayBuffer(SESSION_LENGTH));
  private haveSession = false;

  /** After `Invalid`: why. */
  invalid: InvalidLine | null = null;
  // After `Event`: what the checks need, and where the three fixed-format fields sit in `out`.
  seq = 0;
  typeIndex = 0;
  /** The recorded event_hash is the SHA-256 of the canonical form of the event without it. */
  hashOk = false;
  /** The line is byte for byte the RFC 8785 form of its event. */
  canonical = false;
  /** A number was written with a fraction or an exponent that AgentOps spells differently. */
  respelled = false;
  /** prev_hash is the event_hash of the last event read. */
  prevIsLast = false;
  /** session_id is that of the first event read. */
  sessionIsFirst = false;
  /** SHA-256 (hex) of the canonical form of the event without event_hash. */
  computed = '';
  eventHashAt = 0;
  prevHashAt = 0;
  sessionAt = 0;

  /** The canonical bytes of the line read last (the fields' offsets point into it). */
  get outView(): DataView {
    return this.canonicalizer.outView;
  }

  /** Forgets the lines read so far: what follows is read as if it were the first. */
  forget(): void {
    this.haveLast = false;
    this.haveSession = false;
  }

  read(bytes: Buffer, start: number, end: number): LineKind {
    let i = start;
    while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d)) i++;
    if (i === end) return LineKind.Blank;
    const c = this.canonicalizer;
    let kind: JsonKind;
    let laidOut = false;
    try {
      laidOut = canonicalizeDumpsEvent(c, bytes, start, end);
      kind = laidOut ? JsonKind.Object : c.canonicalize(bytes, start, end);
    } catch (err) {
      if (!(err instanceof CapsuleError)) throw err;
      const rule = JSON_RULES[err.code] ?? 'json_parse';
      this.invalid = { rule, message: `${rule === 'json_parse' ? 'not JSON' : 'refused'}: ${err.message}`, seq: null };
      return LineKind.Invalid;
    }
    if (kind !== JsonKind.Object) {
      this.invalid = { rule: 'field_set', message: 'not a JSON object', seq: null };
      return LineKind.Invalid;
    }
    this.invalid = this.checkFields(laidOut);
    if (this.invalid !== null) return LineKind.Invalid;
    this.canonical = this.isCanonical(bytes, start, end);
    this.respelled = c.respelled > 0;
    const out = c.outView;
    copyBytes(out, this.eventHashAt, HASH_LENGTH, this.lastHash, 0);
    this.haveLast = true;
    if (!this.haveSession) {
      copyBytes(out, this.sessionAt, SESSION_LENGTH, this.firstSession, 0);
      this.haveSession = true;
    }
    return LineKind.Event;
  }

  /** The event of the line read last, its payload parsed. */
  fullEvent(): ChainEvent {
    const c = this.canonicalizer;
    const payload = c.top[PAYLOAD]!;
    const ascii = (at: number, length: number) => c.out.toString('latin1', at, at + length);
    return {
      seq: this.seq,
      event_type: EVENT_TYPES[this.typeIndex]!,
      session_id: ascii(this.sessionAt, SESSION_LENGTH),
      timestamp: this.text(c.top[TIMESTAMP]!),
      payload: JSON.parse(c.out.toString('utf8', payload.start, payload.end)) as Payload,
      prev_hash: ascii(this.prevHashAt, HASH_LENGTH),
      event_hash: ascii(this.eventHashAt, HASH_LENGTH),
    };
  }

  /**
   * Exactly the seven fields (the canonicalizer lists them sorted, as EVENT_FIELDS is), each of
   * its type. `laidOut`: the json.dumps reader wrote the line's keys, which are those seven.
   */
  private checkFields(laidOut: boolean): InvalidLine | null {
    const c = this.canonicalizer;
    const top = c.top;
    const out = c.out;
    const view = c.outView;
    let keysRight = c.topCount === FIELD_TOKENS.length;
    for (let i = 0; keysRight && !laidOut && i < FIELD_TOKENS.length; i++) {
      keysRight = equalsToken(view, top[i]!.keyStart, top[i]!.keyEnd, FIELD_TOKENS[i]!);
    }
    if (!keysRight) {
      const keys = top.slice(0, c.topCount).map((t) => c.topKey(t));
      const seqAt = keys.indexOf('seq');
      const seq = seqAt >= 0 ? this.seqOf(top[seqAt]!) : null;
      const missing = EVENT_FIELDS.filter((k) => !keys.includes(k));
      const extra = keys.filter((k) => !(EVENT_FIELDS as readonly string[]).includes(k));
      const lacks = missing.length ? `; missing ${missing.join(', ')}` : '';
      const unknown = extra.length ? `; unknown ${extra.map((k) => JSON.stringify(k)).join(', ')}` : '';
      return { rule: 'field_set', seq, message: `an event has exactly ${EVENT_FIELDS.join(', ')}${lacks}${unknown}` };
    }
    const seq = this.seqOf(top[SEQ]!);
    let wrong: string[] | null = null;
    // An integer written as such: AgentOps' verifier (Python) fails a seq written 1.0, so do we.
    if (seq === null || seq < 1) (wrong ??= []).push('seq (a positive integer)');
    const session = top[SESSION_ID]!;
    this.sessionAt = session.start + 1;
    const sessionPlain = plainString(session, SESSION_LENGTH);
    this.sessionIsFirst = sessionPlain && this.haveSession &&
      sameBytes(view, this.sessionAt, SESSION_LENGTH, this.firstSession, 0);
    if (!this.sessionIsFirst && (!sessionPlain || !isUuidV4(out, this.sessionAt))) {
      (wrong ??= []).push('session_id (a lowercase UUIDv4)');
    }
    const timestamp = top[TIMESTAMP]!;
    if (!plainString(timestamp, 27) || !isTimestamp(out, timestamp.start + 1)) {
      (wrong ??= []).push('timestamp (YYYY-MM-DDTHH:MM:SS.ffffffZ)');
    }
    if (top[PAYLOAD]!.kind !== JsonKind.Object) (wrong ??= []).push('payload (an object)');
    const prev = top[PREV_HASH]!;
    this.prevHashAt = prev.start + 1;
    const prevPlain = plainString(prev, HASH_LENGTH);
    this.prevIsLast = prevPlain && this.haveLast && sameBytes(view, this.prevHashAt, HASH_LENGTH, this.lastHash, 0);
    if (!this.prevIsLast && (!prevPlain || !isHex(out, this.prevHashAt, HASH_LENGTH))) {
      (wrong ??= []).push('prev_hash (64 lowercase hex)');
    }
    // JCS puts event_hash first; the hashed object is the rest: "{" + what follows its comma.
    const recorded = top[EVENT_HASH]!;
    const comma = recorded.end;
    out[comma] = 0x7b;
    // A plain Uint8Array view: cheaper to make than a Buffer one, once a line.
    this.computed = hash('sha256', new Uint8Array(out.buffer, out.byteOffset + comma, c.length - comma), 'hex');
    out[comma] = 0x2c;
    this.eventHashAt = recorded.start + 1;
    this.hashOk = plainString(recorded, HASH_LENGTH) &&
      out.toString('latin1', this.eventHashAt, this.eventHashAt + HASH_LENGTH) === this.computed;
    if (!this.hashOk && (!plainString(recorded, HASH_LENGTH) || !isHex(out, this.eventHashAt, HASH_LENGTH))) {
      (wrong ??= []).push('event_hash (64 lowercase hex)');
    }
    if (wrong !== null) return { rule: 'field_type', seq, message: `wrong type or format: ${wrong.join(', ')}` };
    this.seq = seq!;
    this.typeIndex = this.typeIndexOf();
    if (this.typeIndex < 0) {
      const type = top[EVENT_TYPE]!;
      const written = c.out.toString('utf8', type.start, type.end);
      const message = `event_type ${written} is not one of the 12 AgentOps Replay types`;
      return { rule: 'event_type_unknown', seq, message };
    }
    return null;
  }

  /** A positive integer token's value (I-JSON has bounded it), or null for anything else. */
  private seqOf(t: TopMember): number | null {
    if (t.kind !== JsonKind.Integer) return null;
    const out = this.canonicalizer.out;
    if (out[t.start] === 0x2d) return -1;
    let v = 0;
    for (let i = t.start; i < t.end; i++) v = v * 10 + out[i]! - 0x30;
    return v;
  }

  private typeIndexOf(): number {
    const c = this.canonicalizer;
    const t = c.top[EVENT_TYPE]!;
    if (t.kind !== JsonKind.String) return -1;
    for (const i of TYPES_BY_LENGTH[t.end - t.start] ?? []) if (holds(c.outView, t.start, TYPE_TOKENS[i]!)) return i;
    return -1;
  }

  private text(t: TopMember): string {
    const out = this.canonicalizer.out;
    if (t.plain) return out.toString('latin1', t.start + 1, t.end - 1);
    return JSON.parse(out.toString('utf8', t.start, t.end)) as string;
  }

  /** Byte-identical to the canonical form; with respelled numbers, to the RFC 8785 one. */
  private isCanonical(bytes: Buffer, start: number, end: number): boolean {
    let c = this.canonicalizer;
    if (c.respelled > 0) {
      this.rfc ??= new JsonTextCanonicalizer({ maxDepth: MAX_JSON_DEPTH });
      this.rfc.canonicalize(bytes, start, end);
      c = this.rfc;
    }
    return end - start === c.length && bytes.compare(c.out, 0, c.length, start, end) === 0;
  }
}

function plainString(t: TopMember, length: number): boolean {
  return t.kind === JsonKind.String && t.plain && t.end - t.start === length + 2;
}

/** out[start, end) is the token. */
function equalsToken(out: DataView, start: number, end: number, t: Token): boolean {
  return end - start === t.length && holds(out, start, t);
}

/** Byte classes for the field formats: 1 a digit, 2 lowercase hex (digits included). */
const DIGIT = 1;
const HEX = 2;
const CLASS = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT | HEX;
for (let c = 0x61; c <= 0x66; c++) CLASS[c] = HEX;

function isHex(out: Buffer, at: number, length: number): boolean {
  for (let i = at; i < at + length; i++) if ((CLASS[out[i]!]! & HEX) === 0) return false;
  return true;
}

/** 8-4-4-4-12 lowercase hex, version 4, variant 8/9/a/b. */
function isUuidV4(out: Buffer, at: number): boolean {
  if (out[at + 8] !== 0x2d || out[at + 13] !== 0x2d || out[at + 18] !== 0x2d || out[at + 23] !== 0x2d) return false;
  const groups = isHex(out, at, 8) && isHex(out, at + 9, 4) && isHex(out, at + 14, 4) && isHex(out, at + 19, 4);
  if (!groups || !isHex(out, at + 24, 12)) return false;
  const variant = out[at + 19];
  return out[at + 14] === 0x34 && (variant === 0x38 || variant === 0x39 || variant === 0x61 || variant === 0x62);
}

/** YYYY-MM-DDTHH:MM:SS.ffffffZ: where the shape has 0 a digit, else that very byte. */
const TIMESTAMP_SHAPE = Buffer.from('0000-00-00T00:00:00.000000Z', 'latin1');

function isTimestamp(out: Buffer, at: number): boolean {
  for (let i = 0; i < TIMESTAMP_SHAPE.length; i++) {
    const want = TIMESTAMP_SHAPE[i]!;
    const c = out[at + i]!;
    if (want === 0x30 ? (CLASS[c]! & DIGIT) === 0 : c !== want) return false;
  }
  return true;
}
