import { LineSplitter, splitFileLines } from './lines.js';
import { EventLineReader, type EventLine } from './event-line.js';
import { GENESIS_PREV_HASH, type ChainEvent } from './events.js';
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
 * Checks one chain line by line in file order, keeping only the previous event and counters,
 * so memory does not grow with the chain. Each named check adds issues; a line that fails
 * the structural checks is not linked to, so one bad line does not cascade.
 */
class ChainChecker {
  private readonly report: ChainReport;
  private readonly reader = new EventLineReader();
  private lineNo = 0;
  private previous: EventLine | null = null;
  private previousMalformed = false;
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

  constructor(file: string, private readonly options: VerifyChainOptions) {
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

  line(bytes: Buffer, start: number, end: number, terminated: boolean): void {
    const lineNo = ++this.lineNo;
    const read = this.reader.read(bytes, start, end);
    if (read.kind === 'blank') return this.blankLine(lineNo);
    if (read.kind === 'invalid') {
      this.previousMalformed = true;
      // A final line cut short is what a crash mid-write leaves.
      if (!terminated) return this.error(null, lineNo, 'truncated_final_line', `line ${lineNo} is incomplete and has no newline: a partial write (the chain verifies only up to the line before)`);
      return this.error(read.seq, lineNo, read.rule, `line ${lineNo}: ${read.message}`);
    }
    const event = read.event;
    if (!terminated) this.unterminated = true;
    this.checkSpelling(event, lineNo, terminated);
    if (event.eventHashComputed !== event.event_hash) {
      this.error(event.seq, lineNo, 'event_hash_mismatch', `seq ${event.seq}: event_hash ${event.event_hash} does not match the recomputed ${event.eventHashComputed}`);
    }
    this.report.event_count += 1;
    this.checkSession(event, lineNo);
    this.checkSequence(event, lineNo);
    this.checkGenesis(event, lineNo);
    this.checkLink(event, lineNo);
    this.checkPlacement(event, lineNo);
    this.noteSpecialEvent(event, lineNo);
    if (this.report.errors.length === 0) {
      this.report.verified_through_seq = event.seq;
      this.report.final_hash = event.event_hash;
    }
    this.options.onEvent?.(this.reader.fullEvent(event), lineNo);
    this.previous = event;
    this.previousMalformed = false;
  }

  tooLong(limit: number): void {
    this.stopped = true;
    const lineNo = this.lineNo + 1;
    this.error(null, lineNo, 'line_too_long', `line ${lineNo} is longer than ${limit} bytes: refused without reading the rest (the chain verifies only up to the line before)`);
  }

  finish(): ChainReport {
    const r = this.report;
    if (r.event_count === 0 && r.errors.length === 0) this.error(null, 0, 'genesis', 'the chain has no events (expected SESSION_START at seq 1)');
    // AgentOps Replay's verifier fails a session that neither ended nor was sealed; so do we.
    if (!this.ended && !this.lineSealed && r.event_count > 0 && !this.stopped) this.error(null, 0, 'session_incomplete', 'the chain has no SESSION_END and no CHAIN_SEAL: the run did not finish recording');
    if (this.issueOverflow > 0) r.errors.push({ seq: null, line: 0, rule: 'error_limit', message: `${this.issueOverflow} further issues not listed` });
    r.sealed = this.lineSealed && this.sealGood;
    if (!this.lineSealed) r.warnings.push({ seq: null, line: 0, rule: 'unsealed', message: 'the chain has no CHAIN_SEAL: it is not authoritative evidence' });
    this.summarize();
    r.status = r.errors.length === 0 ? 'PASS' : 'FAIL';
    r.classification = classify(r);
    return r;
  }

  /**
   * Any JSON spelling of an event is that event (the hash covers the parsed event), so other
   * spellings are noted, not failed, unless every line must be canonical.
   */
  private checkSpelling(event: EventLine, lineNo: number, terminated: boolean): void {
    if (event.respelled) this.tally(this.respelled, lineNo);
    if (this.options.canonicalLines) {
      if (!event.canonical) this.error(event.seq, lineNo, 'line_not_canonical', `line ${lineNo} is not the RFC 8785 (JCS) form of its event`);
      if (!terminated) this.error(event.seq, lineNo, 'line_not_canonical', `line ${lineNo} has no terminating newline`);
    } else if (!event.canonical) this.tally(this.nonCanonical, lineNo);
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
    note(this.nonCanonical, 'line_not_canonical', `${lines(this.nonCanonical)} spelled otherwise than RFC 8785 (JCS), as Python's json.dumps writes; accepted, since each event_hash covers the parsed event, not the line's bytes`);
    note(this.blank, 'blank_line', `${lines(this.blank)} blank, skipped`);
    note(this.respelled, 'number_spelling_agentops', `${lines(this.respelled)} with numbers written with a fraction or an exponent, hashed in AgentOps Replay's spelling of them (e.g. 2.0, 1e-05), as its reference verifier does`);
    if (this.unterminated && !this.options.canonicalLines) this.report.notes.push({ seq: null, line: this.lineNo, rule: 'final_line_unterminated', message: `line ${this.lineNo}, the last, has no newline after it; it is a complete event` });
  }

  private checkSession(event: EventLine, lineNo: number): void {
    if (this.report.session_id === null) this.report.session_id = this.reader.sessionId();
    else if (!this.reader.sessionIdIs(this.report.session_id)) {
      this.error(event.seq, lineNo, 'session_mismatch', `seq ${event.seq}: session_id ${this.reader.sessionId()} differs from the chain's ${this.report.session_id}`);
    }
  }

  /** File order is the chain order: seq must be exactly one more than the line before's. */
  private checkSequence(event: EventLine, lineNo: number): void {
    const prev = this.previous;
    if (prev === null || this.previousMalformed) return;
    if (event.seq === prev.seq + 1) return;
    if (event.seq === prev.seq) this.error(event.seq, lineNo, 'seq_duplicate', `seq ${event.seq} repeats the line before's seq`);
    else if (event.seq < prev.seq) this.error(event.seq, lineNo, 'line_order', `seq ${event.seq} comes after seq ${prev.seq}: lines are out of order`);
    else this.error(event.seq, lineNo, 'seq_gap', `seq ${event.seq} follows seq ${prev.seq}: ${event.seq - prev.seq === 2 ? `seq ${prev.seq + 1} is` : `seq ${prev.seq + 1}..${event.seq - 1} are`} missing`);
  }

  private checkGenesis(event: EventLine, lineNo: number): void {
    const first = this.report.event_count === 1;
    if (first && (event.seq !== 1 || event.event_type !== 'SESSION_START' || !this.reader.prevHashIs(GENESIS_PREV_HASH))) {
      this.error(event.seq, lineNo, 'genesis', `the first event must be seq 1, SESSION_START, prev_hash "0"*64; got seq ${event.seq}, ${event.event_type}, prev_hash ${this.reader.prevHash().slice(0, 12)}…`);
    } else if (!first && (event.event_type === 'SESSION_START' || event.seq === 1)) {
      this.error(event.seq, lineNo, 'genesis', `seq ${event.seq} (${event.event_type}) on line ${lineNo}: only the first event may be seq 1 / SESSION_START`);
    }
  }

  private checkLink(event: EventLine, lineNo: number): void {
    const prev = this.previous;
    if (prev === null || this.previousMalformed) return;
    if (!this.reader.prevHashIs(prev.event_hash)) {
      this.error(event.seq, lineNo, 'prev_hash_mismatch', `seq ${event.seq}: prev_hash ${this.reader.prevHash()} is not the event_hash of the line before (${prev.event_hash})`);
    }
  }

  /** SESSION_END once; after it only CHAIN_SEAL; after the seal nothing. */
  private checkPlacement(event: EventLine, lineNo: number): void {
    if (this.lineSealed) {
      this.error(event.seq, lineNo, 'seal_not_last', `seq ${event.seq} (${event.event_type}) follows CHAIN_SEAL: the seal must be the last line`);
      return;
    }
    if (event.event_type === 'CHAIN_SEAL') {
      this.lineSealed = true;
      if (!this.ended) this.error(event.seq, lineNo, 'seal_without_end', `seq ${event.seq}: CHAIN_SEAL without a SESSION_END before it`);
      this.checkSeal(this.reader.fullEvent(event), lineNo);
    } else if (this.ended) {
      this.error(event.seq, lineNo, 'event_after_end', `seq ${event.seq} (${event.event_type}) follows SESSION_END: only CHAIN_SEAL may`);
    }
    if (event.event_type === 'SESSION_END') this.ended = true;
  }

  private checkSeal(seal: ChainEvent, lineNo: number): void {
    const fieldFindings = checkSealFields(seal, this.previousMalformed ? null : this.previous);
    const verdict = checkSealSignature(seal, this.options);
    for (const f of [...fieldFindings, ...verdict.findings]) this.finding(f, seal.seq, lineNo);
    this.sealGood = fieldFindings.length === 0 && !verdict.findings.some((f) => f.severity === 'error');
    this.report.seal_trusted = this.sealGood && verdict.trusted;
    this.report.seal_public_key_sha256 = verdict.publicKeySha256;
  }

  /** LOG_DROP and CHAIN_BROKEN are honoured: they lower the classification, never vanish. */
  private noteSpecialEvent(line: EventLine, lineNo: number): void {
    if (line.event_type === 'LOG_DROP') {
      const p = this.reader.fullEvent(line).payload;
      this.report.drops += 1;
      if (!isLogDropPayload(p)) this.error(line.seq, lineNo, 'log_drop_payload', `seq ${line.seq}: LOG_DROP needs count (a positive integer), reason (a string) and seq_range_start <= seq_range_end (positive integers)`);
      else this.report.dropped_count += p.count as number;
      this.warning(line.seq, lineNo, 'log_drop_recorded', `seq ${line.seq}: the recorder dropped ${JSON.stringify(p.count)} event(s) (${JSON.stringify(p.reason)})`);
    } else if (line.event_type === 'CHAIN_BROKEN') {
      this.report.breaks += 1;
      this.warning(line.seq, lineNo, 'chain_broken_recorded', `seq ${line.seq}: the recorder recorded a broken chain (${JSON.stringify(this.reader.fullEvent(line).payload)})`);
    } else if (line.event_type === 'REDACTION') {
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

/**
 * What AgentOps Replay's SDK and spec write: a count of lost events, a reason, and the range of
 * seqs they would have had (the SDK writes one seq for all of them, often the LOG_DROP's own;
 * a server writes an earlier range). The spec names the four fields and their types; a range is
 * a first and a last seq, so first <= last.
 */
function isLogDropPayload(p: Record<string, unknown>): boolean {
  const positive = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
  return positive(p.count) && typeof p.reason === 'string' && p.reason !== '' && positive(p.seq_range_start) && positive(p.seq_range_end) && p.seq_range_start <= p.seq_range_end;
}

/**
 * Authority comes from a trusted seal only: an untrusted seal is NON_AUTHORITATIVE even with
 * drops (otherwise recording a LOG_DROP would raise an untrusted chain to PARTIAL).
 */
function classify(r: ChainReport): ChainClassification {
  if (r.status !== 'PASS' || !r.sealed || !r.seal_trusted) return 'NON_AUTHORITATIVE_EVIDENCE';
  return r.drops > 0 || r.breaks > 0 ? 'PARTIAL_AUTHORITATIVE_EVIDENCE' : 'AUTHORITATIVE_EVIDENCE';
}

function checkerWithSplitter(file: string, options: VerifyChainOptions): { checker: ChainChecker; splitter: LineSplitter } {
  const checker = new ChainChecker(file, options);
  return { checker, splitter: new LineSplitter(checker) };
}

/** Verifies chain lines held in memory (each without its newline; `truncatedLast` if the final one had none). */
export function verifyChainLines(lines: string[], options: VerifyChainOptions = {}, file = '<memory>', truncatedLast = false): ChainReport {
  const { checker, splitter } = checkerWithSplitter(file, options);
  if (lines.length > 0) splitter.push(Buffer.from(`${lines.join('\n')}${truncatedLast ? '' : '\n'}`, 'utf8'));
  splitter.finish();
  return checker.finish();
}

/**
 * Verifies a chain arriving in chunks (a ZIP entry's stream, say) without holding it.
 * @public (no caller yet: kept for verifying a capsule's chain in one pass)
 */
export async function verifyChainStream(chunks: AsyncIterable<Uint8Array>, file: string, options: VerifyChainOptions = {}): Promise<ChainReport> {
  const { checker, splitter } = checkerWithSplitter(file, options);
  for await (const chunk of chunks) {
    splitter.push(chunk);
    if (splitter.done) break;
  }
  splitter.finish();
  return checker.finish();
}

/** Streams the file: memory stays flat however long the chain or any line in it. Unreadable file: CapsuleError. */
export async function verifyChainFile(path: string, options: VerifyChainOptions = {}): Promise<ChainReport> {
  const { checker, splitter } = checkerWithSplitter(path, options);
  await splitFileLines(path, splitter, 'event chain');
  return checker.finish();
}
