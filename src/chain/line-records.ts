import { EventLineReader, LineKind, type InvalidLine } from './event-line.js';
import { EVENT_TYPES, HASH_LENGTH, SESSION_LENGTH, type ChainEvent } from './events.js';
import { MAX_ISSUES } from './report.js';
import { copyBytes } from './words.js';

/**
 * What reading a line found, as a few bytes in a buffer: the chain checks consume these records
 * in file order, whether the lines were read on the same thread or by a worker (lines.ts,
 * parallel.ts). Everything a record says depends on its line's bytes and on the lines before it
 * in the same batch only, so a batch read anywhere gives the same records.
 *
 *   blank:    [BLANK]
 *   invalid:  [INVALID, flags]                                   (+ side entry if SIDE)
 *   too long: [TOO_LONG]                                         (the last record of a batch)
 *   event:    [EVENT, flags, type index, 0, seq (float64, 8), event_hash (64),
 *              prev_hash (64) unless LINK_OK, session_id (36) unless SESSION_SAME]
 *                                                                (+ side entry if SIDE)
 */
export const RecordKind = { Blank: 1, Invalid: 2, Event: 3, TooLong: 4 } as const;

export const Flag = {
  Terminated: 1,
  Canonical: 2,
  Respelled: 4,
  /** event_hash is the hash of the event. */
  HashOk: 8,
  /** prev_hash is the event_hash of the last event before this one in its batch. */
  LinkOk: 16,
  /** session_id is that of the batch's first event, and this is not that event. */
  SessionSame: 32,
  /** A side entry belongs to this record. */
  Side: 64,
} as const;

/** The longest event record. */
export const EVENT_RECORD_BYTES = 12 + 2 * HASH_LENGTH + SESSION_LENGTH;
/** Offsets in an event record; what follows event_hash is where the flags say. */
export const At = { type: 2, seq: 4, eventHash: 12, afterHash: 12 + HASH_LENGTH } as const;

/** What a record cannot hold: an invalid line's reason, a wrong hash's right value, a whole event. */
export interface SideEntry {
  invalid?: InvalidLine;
  computed?: string;
  event?: ChainEvent;
}

/**
 * Records fit in as many bytes as their lines (a line holding an event is longer than its
 * record; any other is at least one byte, newline included, for at most two): a batch of N
 * bytes needs at most N + this many.
 */
export const RECORD_SLACK = 2;

/** Event types whose whole event the checks need (the seal, and what lowers a classification). */
const FULL = ['LOG_DROP', 'CHAIN_SEAL', 'CHAIN_BROKEN'];
const FULL_TYPES = Uint8Array.from(EVENT_TYPES, (t) => (FULL.includes(t) ? 1 : 0));

export interface BatchOptions {
  /** Longest line read; a longer one ends the batch with a TOO_LONG record. */
  maxLine: number;
  /** A side entry with the whole event for every event (for `onEvent`), not only the few the checks need. */
  fullEvents?: boolean;
}

/**
 * Reads lines into records. `begin` starts a batch over a records buffer; `line` reads one line;
 * `lines` reads a run of whole lines. Invalid lines carry their reason only while it can still be
 * listed (at most MAX_ISSUES a batch), so the side entries stay few whatever the lines hold.
 */
export class LineBatchReader {
  private readonly reader = new EventLineReader();
  private records: Uint8Array = new Uint8Array(0);
  private view: DataView<ArrayBufferLike> = new DataView(this.records.buffer);
  /** Bytes of records written. */
  length = 0;
  side: SideEntry[] = [];
  private reasons = 0;
  private stopped = false;

  constructor(private readonly options: BatchOptions) {}

  get done(): boolean {
    return this.stopped;
  }

  begin(records: Uint8Array): void {
    this.records = records;
    this.view = new DataView(records.buffer, records.byteOffset, records.byteLength);
    this.length = 0;
    this.side = [];
    this.reasons = 0;
    this.stopped = false;
    this.reader.forget();
  }

  /**
   * Starts over in the same records buffer (for records consumed one at a time), keeping the
   * batch's memory of earlier lines.
   */
  rewind(): void {
    this.length = 0;
    this.side.length = 0;
  }

  /** Reads the lines of bytes[start, end); the last one has no newline after it when `unterminatedLast`. */
  lines(bytes: Buffer, start: number, end: number, unterminatedLast: boolean): void {
    let from = start;
    while (from < end && !this.stopped) {
      const nl = bytes.indexOf(10, from);
      if (nl === -1 || nl >= end) {
        if (!unterminatedLast) throw new Error('a batch of whole lines ends without a newline');
        this.line(bytes, from, end, false);
        return;
      }
      this.line(bytes, from, nl, true);
      from = nl + 1;
    }
  }

  /** bytes[start, end) is one line, its newline excluded. */
  line(bytes: Buffer, start: number, end: number, terminated: boolean): void {
    if (end - start > this.options.maxLine) {
      this.records[this.length++] = RecordKind.TooLong;
      this.stopped = true;
      return;
    }
    const r = this.reader;
    const kind = r.read(bytes, start, end);
    const t = terminated ? Flag.Terminated : 0;
    if (kind === LineKind.Blank) {
      this.records[this.length++] = RecordKind.Blank;
      return;
    }
    if (kind === LineKind.Invalid) {
      const listed = this.reasons++ < MAX_ISSUES;
      this.records[this.length++] = RecordKind.Invalid;
      this.records[this.length++] = t | (listed ? Flag.Side : 0);
      if (listed) this.side.push({ invalid: r.invalid! });
      return;
    }
    const at = this.length;
    const records = this.records;
    let flags = t;
    if (r.canonical) flags |= Flag.Canonical;
    if (r.respelled) flags |= Flag.Respelled;
    if (r.hashOk) flags |= Flag.HashOk;
    if (r.prevIsLast) flags |= Flag.LinkOk;
    if (r.sessionIsFirst) flags |= Flag.SessionSame;
    const full = this.options.fullEvents || FULL_TYPES[r.typeIndex] === 1;
    if (full || !r.hashOk) {
      flags |= Flag.Side;
      const entry: SideEntry = {};
      if (!r.hashOk) entry.computed = r.computed;
      if (full) entry.event = r.fullEvent();
      this.side.push(entry);
    }
    records[at] = RecordKind.Event;
    records[at + 1] = flags;
    records[at + At.type] = r.typeIndex;
    this.view.setFloat64(at + At.seq, r.seq, true);
    const out = r.outView;
    const view = this.view;
    let o = copyBytes(out, r.eventHashAt, HASH_LENGTH, view, at + At.eventHash);
    if (!(flags & Flag.LinkOk)) o = copyBytes(out, r.prevHashAt, HASH_LENGTH, view, o);
    if (!(flags & Flag.SessionSame)) o = copyBytes(out, r.sessionAt, SESSION_LENGTH, view, o);
    this.length = o;
  }
}
