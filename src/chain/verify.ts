import { open, type FileHandle } from 'node:fs/promises';
import { CapsuleError, describeFsError } from '../errors.js';
import { OPEN_TO_READ } from '../fsio/read.js';
import { type InvalidLine } from './event-line.js';
import {
  EVENT_TYPES, GENESIS_PREV_HASH, HASH_LENGTH, SESSION_LENGTH, type ChainEvent, type EventType,
} from './events.js';
import { At, EVENT_RECORD_BYTES, Flag, LineBatchReader, RecordKind, type SideEntry } from './line-records.js';
import { LineSplitter, MAX_CHAIN_LINE_BYTES, type LineSink } from './lines.js';
import { checkInBatches, threadedBatchRunner, type BatchRunner, type ReadFile, type RecordSink } from './parallel.js';
import { PARALLEL_MIN_BYTES, startChainWorkers, type ChainWorkers } from './workers.js';
import { ARCHIVE_HEAD_BYTES, archiveReport, isArchiveHead } from './not-a-log.js';
import { MAX_ISSUES, type ChainClassification, type ChainReport } from './report.js';
import { checkSealFields, checkSealSignature, type SealFinding, type SealTrust } from './seal.js';

export interface VerifyChainOptions extends SealTrust {
  /**
   * Every line must be the canonical (RFC 8785) form of its event followed by `\n`, as our
   * recorder writes: any other spelling is an error (`line_not_canonical`), not a note.
   */
  canonicalLines?: boolean;
  /** Called with each event that passed the line checks, payload parsed, in file order. */
  onEvent?: (event: ChainEvent, line: number) => void;
}

/** Notes that summarize many lines: counted, then reported once with the first line. */
interface Tally {
  count: number;
  first: number;
}

/**
 * Checks one chain line by line in file order, from the records its lines were read into
 * (line-records.ts), keeping only the previous event and counters, so memory does not grow with
 * the chain. Each named check adds issues; a line that fails the structural checks is not
 * linked to, so one bad line does not cascade. Records arrive in batches (one line at a time,
 * or a worker's run of lines): what a record cannot know of the lines before its batch is
 * checked here on its bytes.
 */
class ChainChecker implements RecordSink {
  private readonly report: ChainReport;
  private lineNo = 0;
  private hasPrevious = false;
  private previousSeq = 0;
  /** The previous event's event_hash: where it sits (in a records buffer, or `previousCopy`). */
  private previousBytes: Buffer = Buffer.alloc(HASH_LENGTH);
  private previousAt = 0;
  private readonly previousCopy = Buffer.alloc(HASH_LENGTH);
  /** The last verified event's event_hash, likewise. */
  private finalBytes: Buffer | null = null;
  private finalAt = 0;
  private readonly finalCopy = Buffer.alloc(HASH_LENGTH);
  private previousMalformed = false;
  /** The session_id of this batch's first event (null before it), and whether it is the chain's. */
  private batchSession: string | null = null;
  private batchSessionOk = false;
  private ended = false;
  private lineSealed = false;
  private sealGood = false;
  private issueOverflow = 0;
  private readonly nonCanonical: Tally = { count: 0, first: 0 };
  private readonly blank: Tally = { count: 0, first: 0 };
  private readonly respelled: Tally = { count: 0, first: 0 };
  private unterminated = false;
  /** Reading stopped at a line too long to read: what follows it is unknown. */
  private stopped = false;

  constructor(file: string, private readonly options: VerifyChainOptions, readonly maxLine: number) {
    this.report = {
      schema: 'proofcapsule.chain_report.v1',
      file,
      status: 'PASS',
      classification: 'NON_AUTHORITATIVE_EVIDENCE',
      errors: [],
      warnings: [],
      notes: [],
      event_count: 0,
      verified_through_seq: 0,
      final_hash: null,
      session_id: null,
      sealed: false,
      seal_trusted: false,
      seal_public_key_sha256: null,
      drops: 0,
      dropped_count: 0,
      breaks: 0,
      redactions: 0,
    };
  }

  get done(): boolean {
    return this.stopped;
  }

  /** The records that follow were read as a new batch: they know nothing of the lines before. */
  beginBatch(): void {
    this.batchSession = null;
  }

  /** Checks records[0, length), with their side entries in order; the records may be reused after. */
  consume(records: Buffer, length: number, side: readonly SideEntry[]): void {
    let p = 0;
    let s = 0;
    while (p < length && !this.stopped) {
      const kind = records[p]!;
      if (kind === RecordKind.Event) {
        const flags = records[p + 1]!;
        p = this.event(records, p, flags, flags & Flag.Side ? side[s++]! : null);
      } else if (kind === RecordKind.Blank) {
        this.blankLine(++this.lineNo);
        p += 1;
      } else if (kind === RecordKind.Invalid) {
        const flags = records[p + 1]!;
        this.invalidLine(++this.lineNo, flags, flags & Flag.Side ? side[s++]!.invalid! : null);
        p += 2;
      } else if (kind === RecordKind.TooLong) {
        this.tooLong(this.maxLine);
        p += 1;
      } else throw new Error(`chain record kind ${kind} at ${p}`);
    }
    // What still points into the records is copied out before they are reused.
    if (this.previousBytes === records) {
      this.previousBytes = copyHash(records, this.previousAt, this.previousCopy);
      this.previousAt = 0;
    }
    if (this.finalBytes === records) {
      this.finalBytes = copyHash(records, this.finalAt, this.finalCopy);
      this.finalAt = 0;
    }
  }

  tooLong(limit: number): void {
    this.stopped = true;
    const lineNo = this.lineNo + 1;
    this.error(null, lineNo, 'line_too_long',
      `line ${lineNo} is longer than ${limit} bytes: refused without reading the rest (the chain verifies only up ` +
      `to the line before)`);
  }

  private invalidLine(lineNo: number, flags: number, invalid: InvalidLine | null): void {
    this.previousMalformed = true;
    // A final line cut short is what a crash mid-write leaves.
    if (!(flags & Flag.Terminated)) return this.error(null, lineNo, 'truncated_final_line',
      `line ${lineNo} is incomplete and has no newline: a partial write (the chain verifies only up to the line ` +
      `before)`);
    // A batch lists the reasons of its first MAX_ISSUES invalid lines: any later one finds the list full.
    if (invalid === null && this.report.errors.length < MAX_ISSUES) {
      throw new Error(`line ${lineNo}: an invalid line's reason is missing`);
    }
    this.error(invalid?.seq ?? null, lineNo, invalid?.rule ?? 'json_parse',
      `line ${lineNo}: ${invalid?.message ?? ''}`);
  }

  /** Checks the event record at records[at]; returns where the next record starts. */
  private event(records: Buffer, at: number, flags: number, side: SideEntry | null): number {
    const lineNo = ++this.lineNo;
    const seq = records.readDoubleLE(at + At.seq);
    const type = EVENT_TYPES[records[at + At.type]!]!;
    const prevAt = flags & Flag.LinkOk ? -1 : at + At.afterHash;
    const sessionAt = flags & Flag.SessionSame ? -1 : at + At.afterHash + (prevAt < 0 ? 0 : HASH_LENGTH);
    const terminated = (flags & Flag.Terminated) !== 0;
    if (!terminated) this.unterminated = true;
    this.checkSpelling(flags, seq, lineNo, terminated);
    if (!(flags & Flag.HashOk)) {
      this.error(seq, lineNo, 'event_hash_mismatch',
        `seq ${seq}: event_hash ${ascii(records, at + At.eventHash, HASH_LENGTH)} does not match the recomputed ` +
        `${side!.computed!}`);
    }
    this.report.event_count += 1;
    this.checkSession(records, sessionAt, seq, lineNo);
    this.checkSequence(seq, lineNo);
    this.checkGenesis(records, prevAt, seq, type, lineNo);
    this.checkLink(records, prevAt, seq, lineNo);
    this.checkPlacement(seq, type, side, lineNo);
    this.noteSpecialEvent(seq, type, side, lineNo);
    if (this.report.errors.length === 0) {
      this.report.verified_through_seq = seq;
      this.finalBytes = records;
      this.finalAt = at + At.eventHash;
    }
    if (this.options.onEvent) this.options.onEvent(side!.event!, lineNo);
    this.hasPrevious = true;
    this.previousSeq = seq;
    this.previousBytes = records;
    this.previousAt = at + At.eventHash;
    this.previousMalformed = false;
    return sessionAt >= 0 ? sessionAt + SESSION_LENGTH : prevAt >= 0 ? prevAt + HASH_LENGTH : at + At.afterHash;
  }

  finish(): ChainReport {
    const r = this.report;
    if (this.finalBytes !== null) r.final_hash = ascii(this.finalBytes, this.finalAt, HASH_LENGTH);
    if (r.event_count === 0 && r.errors.length === 0) this.error(null, 0, 'genesis',
      'the chain has no events (expected SESSION_START at seq 1)');
    // AgentOps Replay's verifier fails a session that neither ended nor was sealed; so do we.
    if (!this.ended && !this.lineSealed && r.event_count > 0 && !this.stopped) this.error(null, 0, 'session_incomplete',
      'the chain has no SESSION_END and no CHAIN_SEAL: the run did not finish recording');
    if (this.issueOverflow > 0) {
      const message = `${this.issueOverflow} further issues not listed`;
      r.errors.push({ seq: null, line: 0, rule: 'error_limit', message });
    }
    r.sealed = this.lineSealed && this.sealGood;
    if (!this.lineSealed) {
      const message = 'the chain has no CHAIN_SEAL: it is not authoritative evidence';
      r.warnings.push({ seq: null, line: 0, rule: 'unsealed', message });
    }
    this.summarize();
    r.status = r.errors.length === 0 ? 'PASS' : 'FAIL';
    r.classification = classify(r);
    return r;
  }

  /**
   * Any JSON spelling of an event is that event (the hash covers the parsed event), so other
   * spellings are noted, not failed, unless every line must be canonical.
   */
  private checkSpelling(flags: number, seq: number, lineNo: number, terminated: boolean): void {
    if (flags & Flag.Respelled) this.tally(this.respelled, lineNo);
    const canonical = (flags & Flag.Canonical) !== 0;
    if (this.options.canonicalLines) {
      if (!canonical) this.error(seq, lineNo, 'line_not_canonical',
        `line ${lineNo} is not the RFC 8785 (JCS) form of its event`);
      if (!terminated) this.error(seq, lineNo, 'line_not_canonical', `line ${lineNo} has no terminating newline`);
    } else if (!canonical) this.tally(this.nonCanonical, lineNo);
  }

  private blankLine(lineNo: number): void {
    if (this.options.canonicalLines) this.error(null, lineNo, 'line_not_canonical', `line ${lineNo} is blank`);
    else this.tally(this.blank, lineNo);
  }

  private tally(t: Tally, lineNo: number): void {
    if (t.count++ === 0) t.first = lineNo;
  }

  private summarize(): void {
    const note = (t: Tally, rule: string, message: string) => {
      if (t.count > 0) this.report.notes.push({ seq: null, line: t.first, rule, message });
    };
    const lines = (t: Tally) => `${t.count} line${t.count === 1 ? '' : 's'} (first: line ${t.first})`;
    note(this.nonCanonical, 'line_not_canonical',
      `${lines(this.nonCanonical)} spelled otherwise than RFC 8785 (JCS), as Python's json.dumps writes; accepted, ` +
      `since each event_hash covers the parsed event, not the line's bytes`);
    note(this.blank, 'blank_line', `${lines(this.blank)} blank, skipped`);
    note(this.respelled, 'number_spelling_agentops',
      `${lines(this.respelled)} with numbers written with a fraction or an exponent, hashed in AgentOps Replay's ` +
      `spelling of them (e.g. 2.0, 1e-05), as its reference verifier does`);
    if (this.unterminated && !this.options.canonicalLines) {
      const message = `line ${this.lineNo}, the last, has no newline after it; it is a complete event`;
      this.report.notes.push({ seq: null, line: this.lineNo, rule: 'final_line_unterminated', message });
    }
  }

  /**
   * Every event's session_id is the first event's. A record whose session_id is its batch's
   * first event's (sessionAt < 0) has the verdict on that one.
   */
  private checkSession(records: Buffer, sessionAt: number, seq: number, lineNo: number): void {
    const r = this.report;
    const session = sessionAt < 0 ? this.batchSession! : ascii(records, sessionAt, SESSION_LENGTH);
    r.session_id ??= session;
    if (this.batchSession === null) {
      this.batchSession = session;
      this.batchSessionOk = session === r.session_id;
    }
    const same = sessionAt < 0 ? this.batchSessionOk : session === r.session_id;
    if (!same) this.error(seq, lineNo, 'session_mismatch',
      `seq ${seq}: session_id ${session} differs from the chain's ${r.session_id}`);
  }

  /** File order is the chain order: seq must be exactly one more than the line before's. */
  private checkSequence(seq: number, lineNo: number): void {
    if (!this.hasPrevious || this.previousMalformed) return;
    const prev = this.previousSeq;
    if (seq === prev + 1) return;
    if (seq === prev) this.error(seq, lineNo, 'seq_duplicate', `seq ${seq} repeats the line before's seq`);
    else if (seq < prev) this.error(seq, lineNo, 'line_order',
      `seq ${seq} comes after seq ${prev}: lines are out of order`);
    else this.error(seq, lineNo, 'seq_gap',
      `seq ${seq} follows seq ${prev}: ` +
      `${seq - prev === 2 ? `seq ${prev + 1} is` : `seq ${prev + 1}..${seq - 1} are`} missing`);
  }

  /** prevAt < 0: the record says prev_hash is the event_hash of an event before it in its batch. */
  private checkGenesis(records: Buffer, prevAt: number, seq: number, type: EventType, lineNo: number): void {
    const first = this.report.event_count === 1;
    if (first) {
      const genesis = prevAt >= 0 && records.compare(GENESIS, 0, HASH_LENGTH, prevAt, prevAt + HASH_LENGTH) === 0;
      if (seq === 1 && type === 'SESSION_START' && genesis) return;
      this.error(seq, lineNo, 'genesis',
        `the first event must be seq 1, SESSION_START, prev_hash "0"*64; got seq ${seq}, ${type}, prev_hash ` +
        `${prevAt < 0 ? 'of an event before it' : ascii(records, prevAt, 12)}…`);
    } else if (type === 'SESSION_START' || seq === 1) {
      this.error(seq, lineNo, 'genesis',
        `seq ${seq} (${type}) on line ${lineNo}: only the first event may be seq 1 / SESSION_START`);
    }
  }

  private checkLink(records: Buffer, prevAt: number, seq: number, lineNo: number): void {
    if (!this.hasPrevious || this.previousMalformed || prevAt < 0) return;
    const from = this.previousAt;
    if (records.compare(this.previousBytes, from, from + HASH_LENGTH, prevAt, prevAt + HASH_LENGTH) !== 0) {
      this.error(seq, lineNo, 'prev_hash_mismatch',
        `seq ${seq}: prev_hash ${ascii(records, prevAt, HASH_LENGTH)} is not the event_hash of the line before ` +
        `(${this.previousHash()})`);
    }
  }

  private previousHash(): string {
    return ascii(this.previousBytes, this.previousAt, HASH_LENGTH);
  }

  /** SESSION_END once; after it only CHAIN_SEAL; after the seal nothing. */
  private checkPlacement(seq: number, type: EventType, side: SideEntry | null, lineNo: number): void {
    if (this.lineSealed) {
      this.error(seq, lineNo, 'seal_not_last',
        `seq ${seq} (${type}) follows CHAIN_SEAL: the seal must be the last line`);
      return;
    }
    if (type === 'CHAIN_SEAL') {
      this.lineSealed = true;
      if (!this.ended) this.error(seq, lineNo, 'seal_without_end',
        `seq ${seq}: CHAIN_SEAL without a SESSION_END before it`);
      this.checkSeal(side!.event!, lineNo);
    } else if (this.ended) {
      this.error(seq, lineNo, 'event_after_end', `seq ${seq} (${type}) follows SESSION_END: only CHAIN_SEAL may`);
    }
    if (type === 'SESSION_END') this.ended = true;
  }

  private checkSeal(seal: ChainEvent, lineNo: number): void {
    const previous = this.hasPrevious && !this.previousMalformed ? { event_hash: this.previousHash() } : null;
    const fieldFindings = checkSealFields(seal, previous);
    const verdict = checkSealSignature(seal, this.options);
    for (const f of [...fieldFindings, ...verdict.findings]) this.finding(f, seal.seq, lineNo);
    this.sealGood = fieldFindings.length === 0 && !verdict.findings.some((f) => f.severity === 'error');
    this.report.seal_trusted = this.sealGood && verdict.trusted;
    this.report.seal_public_key_sha256 = verdict.publicKeySha256;
  }

  /** LOG_DROP and CHAIN_BROKEN are honoured: they lower the classification, never vanish. */
  private noteSpecialEvent(seq: number, type: EventType, side: SideEntry | null, lineNo: number): void {
    if (type === 'LOG_DROP') {
      const p = side!.event!.payload;
      this.report.drops += 1;
      if (!isLogDropPayload(p)) this.error(seq, lineNo, 'log_drop_payload',
        `seq ${seq}: LOG_DROP needs count (a positive integer), reason (a string) and seq_range_start <= ` +
        `seq_range_end (positive integers)`);
      else this.report.dropped_count += p.count as number;
      this.warning(seq, lineNo, 'log_drop_recorded',
        `seq ${seq}: the recorder dropped ${JSON.stringify(p.count)} event(s) (${JSON.stringify(p.reason)})`);
    } else if (type === 'CHAIN_BROKEN') {
      this.report.breaks += 1;
      this.warning(seq, lineNo, 'chain_broken_recorded',
        `seq ${seq}: the recorder recorded a broken chain (${JSON.stringify(side!.event!.payload)})`);
    } else if (type === 'REDACTION') {
      this.report.redactions += 1;
    }
  }

  private finding(f: SealFinding, seq: number, lineNo: number): void {
    if (f.severity === 'error') this.error(seq, lineNo, f.rule, f.message);
    else this.warning(seq, lineNo, f.rule, f.message);
  }

  private error(seq: number | null, line: number, rule: string, message: string): void {
    if (this.report.errors.length >= MAX_ISSUES) this.issueOverflow += 1;
    else this.report.errors.push({ seq, line, rule, message });
  }

  private warning(seq: number | null, line: number, rule: string, message: string): void {
    if (this.report.warnings.length < MAX_ISSUES) this.report.warnings.push({ seq, line, rule, message });
  }
}

const GENESIS = Buffer.from(GENESIS_PREV_HASH, 'latin1');

function ascii(bytes: Buffer, at: number, length: number): string {
  return bytes.toString('latin1', at, at + length);
}

/** Copies the 64-byte hash at from[at] into `to`; returns `to`. */
function copyHash(from: Buffer, at: number, to: Buffer): Buffer {
  from.copy(to, 0, at, at + HASH_LENGTH);
  return to;
}

/**
 * What AgentOps Replay's SDK and spec write: a count of lost events, a reason, and the range of
 * seqs they would have had (the SDK writes one seq for all of them, often the LOG_DROP's own;
 * a server writes an earlier range). The spec names the four fields and their types; a range is
 * a first and a last seq, so first <= last.
 */
function isLogDropPayload(p: Record<string, unknown>): boolean {
  const positive = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
  const range = positive(p.seq_range_start) && positive(p.seq_range_end) && p.seq_range_start <= p.seq_range_end;
  return positive(p.count) && typeof p.reason === 'string' && p.reason !== '' && range;
}

/**
 * Authority comes from a trusted seal only: an untrusted seal is NON_AUTHORITATIVE even with
 * drops (otherwise recording a LOG_DROP would raise an untrusted chain to PARTIAL).
 */
function classify(r: ChainReport): ChainClassification {
  if (r.status !== 'PASS' || !r.sealed || !r.seal_trusted) return 'NON_AUTHORITATIVE_EVIDENCE';
  return r.drops > 0 || r.breaks > 0 ? 'PARTIAL_AUTHORITATIVE_EVIDENCE' : 'AUTHORITATIVE_EVIDENCE';
}

/** Reads each line as it is split into a one-record buffer, checked at once. */
class CheckedLines implements LineSink {
  private readonly batch: LineBatchReader;
  private readonly records = Buffer.allocUnsafe(EVENT_RECORD_BYTES);

  constructor(private readonly checker: ChainChecker, options: VerifyChainOptions) {
    this.batch = new LineBatchReader({ maxLine: checker.maxLine, fullEvents: options.onEvent !== undefined });
    this.batch.begin(this.records);
    checker.beginBatch();
  }

  line(bytes: Buffer, start: number, end: number, terminated: boolean): void {
    this.batch.rewind();
    this.batch.line(bytes, start, end, terminated);
    this.checker.consume(this.records, this.batch.length, this.batch.side);
  }

  tooLong(limit: number): void {
    this.checker.tooLong(limit);
  }
}

function serial(file: string, options: VerifyChainOptions): { checker: ChainChecker; splitter: LineSplitter } {
  const checker = new ChainChecker(file, options, MAX_CHAIN_LINE_BYTES);
  return { checker, splitter: new LineSplitter(new CheckedLines(checker, options)) };
}

/** Verifies chain lines held in memory (each without its newline; `truncatedLast` if the final one had none). */
export function verifyChainLines(
  lines: string[],
  options: VerifyChainOptions = {},
  file = '<memory>',
  truncatedLast = false,
): ChainReport {
  const { checker, splitter } = serial(file, options);
  if (lines.length > 0) splitter.push(Buffer.from(`${lines.join('\n')}${truncatedLast ? '' : '\n'}`, 'utf8'));
  splitter.finish();
  return checker.finish();
}

/**
 * Verifies a chain arriving in chunks (a ZIP entry's stream, say) without holding it.
 * @public (no caller yet: kept for verifying a capsule's chain in one pass)
 */
export async function verifyChainStream(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  options: VerifyChainOptions = {},
): Promise<ChainReport> {
  const { checker, splitter } = serial(file, options);
  for await (const chunk of chunks) {
    splitter.push(chunk);
    if (splitter.done) break;
  }
  splitter.finish();
  return checker.finish();
}

/** Reads the rest of the open file through the splitter, on this thread. */
async function splitRest(read: ReadFile, splitter: LineSplitter): Promise<void> {
  while (!splitter.done) {
    const room = splitter.space();
    const bytesRead = await read(room, 0, room.length);
    if (bytesRead === 0) break;
    splitter.commit(bytesRead);
  }
  splitter.finish();
}

/** How a file is read: on this thread, or in batches by a runner (worker threads; the tests' own). */
export interface ChainFileReading {
  /** The runner for a file of this many bytes, or null to read it on this thread. */
  runner: (size: number) => BatchRunner | null;
  /** Bytes read into one batch (a longer line is read on this thread, with the rest of the file). */
  slotBytes: number;
  /** Bytes read into one batch while the runner is warming (checkInBatches); slotBytes if absent. */
  warmingBytes?: number;
}

/**
 * A big file's batches go to the worker threads `workers` gives (null: none can help), a small
 * one's are read on this thread.
 */
function readingFrom(workers: () => ChainWorkers | null): ChainFileReading {
  return {
    runner: (size) => {
      const started = size >= PARALLEL_MIN_BYTES ? workers() : null;
      return started && threadedBatchRunner(MAX_CHAIN_LINE_BYTES, started);
    },
    slotBytes: 1 << 19,
    warmingBytes: 1 << 16,
  };
}

/** Workers started for a big file once it is open. */
const DEFAULT_READING = readingFrom(() => startChainWorkers());

/**
 * Reading with workers already started (`startChainWorkersFor`, before this module was even
 * loaded), if the file is big enough once opened; the caller closes them either way.
 */
export const readingWith = (workers: ChainWorkers): ChainFileReading => readingFrom(() => workers);

type Unreadable = (err: unknown) => CapsuleError;

/** Fills `head` from the file's first bytes; false if the file is shorter. */
async function readHead(handle: FileHandle, head: Buffer, unreadable: Unreadable): Promise<boolean> {
  try {
    return (await handle.read(head, 0, head.length, 0)).bytesRead === head.length;
  } catch (err) {
    throw unreadable(err);
  }
}

/**
 * Streams the file: memory stays flat however long the chain or any line in it. The file is
 * opened once and read once, front to back, on this thread; a big one's batches of lines are
 * read into events by worker threads, and checked here in file order, as they would be on one
 * thread. Unreadable file: CapsuleError.
 */
export async function verifyChainFile(
  path: string,
  options: VerifyChainOptions = {},
  reading = DEFAULT_READING,
): Promise<ChainReport> {
  const unreadable = (err: unknown) =>
    new CapsuleError('file_unreadable', `${path}: cannot read event chain: ${describeFsError(err)}`, { file: path });
  let handle;
  try {
    handle = await open(path, OPEN_TO_READ);
  } catch (err) {
    throw unreadable(err);
  }
  const opened = handle;
  const read: ReadFile = async (buffer, offset, length) => {
    try {
      return (await opened.read(buffer, offset, length, null)).bytesRead;
    } catch (err) {
      throw unreadable(err);
    }
  };
  try {
    const { checker, splitter } = serial(path, options);
    let stat;
    try {
      stat = await handle.stat();
    } catch (err) {
      throw unreadable(err);
    }
    if (!stat.isFile()) {
      const why = 'is not a regular file, so it is not read as an event chain';
      throw new CapsuleError('file_unreadable', `${path}: ${why}`, { file: path });
    }
    const size = stat.size;
    // Read through this handle, at offset 0 (the reading below starts there too): one open.
    const head = Buffer.alloc(ARCHIVE_HEAD_BYTES);
    const archive = size >= ARCHIVE_HEAD_BYTES && await readHead(opened, head, unreadable) && isArchiveHead(head);
    if (archive) return archiveReport(path);
    const runner = options.onEvent === undefined ? reading.runner(size) : null;
    if (runner === null) await splitRest(read, splitter);
    else {
      let leftover;
      try {
        leftover = await checkInBatches(read, checker, runner, reading.slotBytes, reading.warmingBytes);
      } finally {
        runner.close();
      }
      if (leftover !== null) {
        // A line longer than a slot: the rest is read here, the bytes already read of it first.
        checker.beginBatch();
        splitter.push(leftover);
        await splitRest(read, splitter);
      }
    }
    return checker.finish();
  } finally {
    await handle.close();
  }
}
