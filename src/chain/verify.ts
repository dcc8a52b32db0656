import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { CapsuleError } from '../errors.js';
import { canonicalJson } from '../json/canonical.js';
import { sha256Hex, SHA256_HEX } from '../hash/sha256.js';
import { EVENT_FIELDS, GENESIS_PREV_HASH, TIMESTAMP_PATTERN, UUID_V4_PATTERN, isEventType, type ChainEvent } from './events.js';
import { MAX_ISSUES, type ChainClassification, type ChainReport } from './report.js';
import { checkSealFields, checkSealSignature, type SealFinding, type SealTrust } from './seal.js';

export type VerifyChainOptions = SealTrust;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks one chain line by line in file order, keeping only the previous event and counters,
 * so memory does not grow with the chain. Each named check adds issues; a line that fails
 * the structural checks is not linked to, so one bad line does not cascade.
 */
class ChainChecker {
  private readonly report: ChainReport;
  private previous: ChainEvent | null = null;
  private previousMalformed = false;
  private ended = false;
  private lineSealed = false;
  private sealGood = false;
  private issueOverflow = 0;

  constructor(file: string, private readonly trust: VerifyChainOptions) {
    this.report = {
      schema: 'proofcapsule.chain_report.v1',
      file,
      status: 'PASS',
      classification: 'NON_AUTHORITATIVE_EVIDENCE',
      errors: [],
      warnings: [],
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

  /** `terminated` is false only for a final line with no newline after it. */
  line(bytes: Buffer, lineNo: number, terminated: boolean): void {
    if (!terminated) {
      this.error(null, lineNo, 'truncated_final_line', `line ${lineNo} has no terminating newline: an incomplete write (the chain verifies only up to the line before)`);
      return;
    }
    const event = this.parseEvent(bytes, lineNo);
    if (event === null) {
      this.previousMalformed = true;
      return;
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
    this.previous = event;
    this.previousMalformed = false;
  }

  finish(): ChainReport {
    const r = this.report;
    if (r.event_count === 0 && r.errors.length === 0) this.error(null, 0, 'genesis', 'the chain has no events (expected SESSION_START at seq 1)');
    if (this.issueOverflow > 0) r.errors.push({ seq: null, line: 0, rule: 'error_limit', message: `${this.issueOverflow} further issues not listed` });
    r.sealed = this.lineSealed && this.sealGood;
    if (!this.lineSealed) r.warnings.push({ seq: null, line: 0, rule: 'unsealed', message: 'the chain has no CHAIN_SEAL: it is not authoritative evidence' });
    if (!this.ended) r.warnings.push({ seq: null, line: 0, rule: 'session_not_ended', message: 'the chain has no SESSION_END: the run did not finish recording' });
    r.status = r.errors.length === 0 ? 'PASS' : 'FAIL';
    r.classification = classify(r);
    return r;
  }

  private parseEvent(bytes: Buffer, lineNo: number): ChainEvent | null {
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      this.error(null, lineNo, 'json_parse', `line ${lineNo} is not valid UTF-8`);
      return null;
    }
    if (text.trim() === '') {
      this.error(null, lineNo, 'json_parse', `line ${lineNo} is empty`);
      return null;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      this.error(null, lineNo, 'json_parse', `line ${lineNo} is not JSON: ${(err as Error).message}`);
      return null;
    }
    if (!this.checkFields(value, lineNo)) return null;
    const event = value as ChainEvent;
    const { event_hash: recorded, ...unhashed } = event;
    const canonical = canonicalJson(unhashed);
    // Lines are the JCS form of the whole event (event_hash sorts first), so every byte of the
    // file is covered by a hash: no second spelling of one event, no duplicate keys, no lossy numbers.
    if (text !== `{"event_hash":${JSON.stringify(recorded)},${canonical.slice(1)}`) {
      this.error(event.seq, lineNo, 'line_not_canonical', `line ${lineNo} is not the RFC 8785 (JCS) form of its event`);
      return null;
    }
    const computed = sha256Hex(Buffer.from(canonical, 'utf8'));
    if (computed !== recorded) {
      this.error(event.seq, lineNo, 'event_hash_mismatch', `seq ${event.seq}: event_hash ${recorded} does not match the recomputed ${computed}`);
    }
    return event;
  }

  /** Exactly the seven fields, each of its type. */
  private checkFields(value: unknown, lineNo: number): boolean {
    if (!isRecord(value)) {
      this.error(null, lineNo, 'field_set', `line ${lineNo} is not a JSON object`);
      return false;
    }
    const keys = Object.keys(value).sort();
    const seq = Number.isSafeInteger(value.seq) ? (value.seq as number) : null;
    if (keys.length !== EVENT_FIELDS.length || keys.some((k, i) => k !== EVENT_FIELDS[i])) {
      const missing = EVENT_FIELDS.filter((k) => !keys.includes(k));
      const extra = keys.filter((k) => !(EVENT_FIELDS as readonly string[]).includes(k));
      this.error(seq, lineNo, 'field_set', `line ${lineNo}: an event has exactly ${EVENT_FIELDS.join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}`);
      return false;
    }
    const wrong: string[] = [];
    if (seq === null || seq < 1) wrong.push('seq (a positive integer)');
    if (typeof value.session_id !== 'string' || !UUID_V4_PATTERN.test(value.session_id)) wrong.push('session_id (a lowercase UUIDv4)');
    if (typeof value.timestamp !== 'string' || !TIMESTAMP_PATTERN.test(value.timestamp)) wrong.push('timestamp (YYYY-MM-DDTHH:MM:SS.ffffffZ)');
    if (!isRecord(value.payload)) wrong.push('payload (an object)');
    if (typeof value.prev_hash !== 'string' || !SHA256_HEX.test(value.prev_hash)) wrong.push('prev_hash (64 lowercase hex)');
    if (typeof value.event_hash !== 'string' || !SHA256_HEX.test(value.event_hash)) wrong.push('event_hash (64 lowercase hex)');
    if (wrong.length > 0) {
      this.error(seq, lineNo, 'field_type', `line ${lineNo}: wrong type or format: ${wrong.join(', ')}`);
      return false;
    }
    if (!isEventType(value.event_type)) {
      this.error(seq, lineNo, 'event_type_unknown', `line ${lineNo}: event_type ${JSON.stringify(value.event_type)} is not one of the 12 AgentOps Replay types`);
      return false;
    }
    return true;
  }

  private checkSession(event: ChainEvent, lineNo: number): void {
    if (this.report.session_id === null) this.report.session_id = event.session_id;
    else if (event.session_id !== this.report.session_id) {
      this.error(event.seq, lineNo, 'session_mismatch', `seq ${event.seq}: session_id ${event.session_id} differs from the chain's ${this.report.session_id}`);
    }
  }

  /** File order is the chain order: seq must be exactly one more than the line before's. */
  private checkSequence(event: ChainEvent, lineNo: number): void {
    const prev = this.previous;
    if (prev === null || this.previousMalformed) return;
    if (event.seq === prev.seq + 1) return;
    if (event.seq === prev.seq) this.error(event.seq, lineNo, 'seq_duplicate', `seq ${event.seq} repeats the line before's seq`);
    else if (event.seq < prev.seq) this.error(event.seq, lineNo, 'line_order', `seq ${event.seq} comes after seq ${prev.seq}: lines are out of order`);
    else this.error(event.seq, lineNo, 'seq_gap', `seq ${event.seq} follows seq ${prev.seq}: ${event.seq - prev.seq === 2 ? `seq ${prev.seq + 1} is` : `seq ${prev.seq + 1}..${event.seq - 1} are`} missing`);
  }

  private checkGenesis(event: ChainEvent, lineNo: number): void {
    const first = lineNo === 1;
    if (first && (event.seq !== 1 || event.event_type !== 'SESSION_START' || event.prev_hash !== GENESIS_PREV_HASH)) {
      this.error(event.seq, lineNo, 'genesis', `line 1 must be seq 1, SESSION_START, prev_hash "0"*64; got seq ${event.seq}, ${event.event_type}, prev_hash ${event.prev_hash.slice(0, 12)}…`);
    } else if (!first && (event.event_type === 'SESSION_START' || event.seq === 1)) {
      this.error(event.seq, lineNo, 'genesis', `seq ${event.seq} (${event.event_type}) on line ${lineNo}: only line 1 may be seq 1 / SESSION_START`);
    }
  }

  private checkLink(event: ChainEvent, lineNo: number): void {
    const prev = this.previous;
    if (prev === null || this.previousMalformed) return;
    if (event.prev_hash !== prev.event_hash) {
      this.error(event.seq, lineNo, 'prev_hash_mismatch', `seq ${event.seq}: prev_hash ${event.prev_hash} is not the event_hash of the line before (${prev.event_hash})`);
    }
  }

  /** SESSION_END once; after it only CHAIN_SEAL; after the seal nothing. */
  private checkPlacement(event: ChainEvent, lineNo: number): void {
    if (this.lineSealed) {
      this.error(event.seq, lineNo, 'seal_not_last', `seq ${event.seq} (${event.event_type}) follows CHAIN_SEAL: the seal must be the last line`);
      return;
    }
    if (event.event_type === 'CHAIN_SEAL') {
      this.lineSealed = true;
      if (!this.ended) this.error(event.seq, lineNo, 'seal_without_end', `seq ${event.seq}: CHAIN_SEAL without a SESSION_END before it`);
      this.checkSeal(event, lineNo);
    } else if (this.ended) {
      this.error(event.seq, lineNo, 'event_after_end', `seq ${event.seq} (${event.event_type}) follows SESSION_END: only CHAIN_SEAL may`);
    }
    if (event.event_type === 'SESSION_END') this.ended = true;
  }

  private checkSeal(event: ChainEvent, lineNo: number): void {
    const fieldFindings = checkSealFields(event, this.previousMalformed ? null : this.previous);
    const verdict = checkSealSignature(event, this.trust);
    for (const f of [...fieldFindings, ...verdict.findings]) this.finding(f, event.seq, lineNo);
    this.sealGood = fieldFindings.length === 0 && !verdict.findings.some((f) => f.severity === 'error');
    this.report.seal_trusted = this.sealGood && verdict.trusted;
    this.report.seal_public_key_sha256 = verdict.publicKeySha256;
  }

  /** LOG_DROP and CHAIN_BROKEN are honoured: they lower the classification, never vanish. */
  private noteSpecialEvent(event: ChainEvent, lineNo: number): void {
    const p = event.payload;
    if (event.event_type === 'LOG_DROP') {
      this.report.drops += 1;
      const valid = Number.isSafeInteger(p.count) && (p.count as number) >= 1 && typeof p.reason === 'string'
        && Number.isSafeInteger(p.seq_range_start) && p.seq_range_end === event.seq && (p.seq_range_start as number) < event.seq;
      if (!valid) this.error(event.seq, lineNo, 'log_drop_payload', `seq ${event.seq}: LOG_DROP needs count >= 1, reason, seq_range_start < seq_range_end = its own seq`);
      else this.report.dropped_count += p.count as number;
      this.warning(event.seq, lineNo, 'log_drop_recorded', `seq ${event.seq}: the recorder dropped ${JSON.stringify(p.count)} event(s) (${JSON.stringify(p.reason)})`);
    } else if (event.event_type === 'CHAIN_BROKEN') {
      this.report.breaks += 1;
      this.warning(event.seq, lineNo, 'chain_broken_recorded', `seq ${event.seq}: the recorder recorded a broken chain (${JSON.stringify(p)})`);
    } else if (event.event_type === 'REDACTION') {
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
 * Authority comes from a trusted seal only: an untrusted seal is NON_AUTHORITATIVE even with
 * drops (otherwise recording a LOG_DROP would raise an untrusted chain to PARTIAL).
 */
function classify(r: ChainReport): ChainClassification {
  if (r.status !== 'PASS' || !r.sealed || !r.seal_trusted) return 'NON_AUTHORITATIVE_EVIDENCE';
  return r.drops > 0 || r.breaks > 0 ? 'PARTIAL_AUTHORITATIVE_EVIDENCE' : 'AUTHORITATIVE_EVIDENCE';
}

/** Verifies chain lines held in memory (each without its newline; `truncatedLast` if the final one had none). */
export function verifyChainLines(lines: string[], options: VerifyChainOptions = {}, file = '<memory>', truncatedLast = false): ChainReport {
  const checker = new ChainChecker(file, options);
  lines.forEach((line, i) => checker.line(Buffer.from(line, 'utf8'), i + 1, !(truncatedLast && i === lines.length - 1)));
  return checker.finish();
}

/** Streams the file: memory stays flat however long the chain is. Unreadable file: CapsuleError. */
export async function verifyChainFile(path: string, options: VerifyChainOptions = {}): Promise<ChainReport> {
  try {
    await access(path, constants.R_OK);
  } catch (err) {
    throw new CapsuleError('file_unreadable', `${path}: cannot read event chain: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file: path });
  }
  const checker = new ChainChecker(path, options);
  let pending: Buffer[] = [];
  let lineNo = 0;
  try {
    // 64 KiB reads: 1 MiB chunks held as external memory until GC made peak RSS grow with chain length.
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
      const buf = chunk as Buffer;
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
        pending.push(buf.subarray(start, nl));
        checker.line(pending.length === 1 ? pending[0]! : Buffer.concat(pending), ++lineNo, true);
        pending = [];
        start = nl + 1;
      }
      if (start < buf.length) pending.push(buf.subarray(start));
    }
  } catch (err) {
    throw new CapsuleError('file_unreadable', `${path}: cannot read event chain: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file: path });
  }
  if (pending.length > 0) checker.line(Buffer.concat(pending), ++lineNo, false);
  return checker.finish();
}
