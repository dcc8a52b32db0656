import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { MAX_CHAIN_LINE_BYTES } from './lines.js';
import { dirname } from 'node:path';
import { CapsuleError, describeFsError } from '../errors.js';
import { canonicalJson } from '../json/canonical.js';
import type { SigningKey } from '../keys/ed25519.js';
import { redactPayload, type RedactionRules } from './redact.js';
import {
  GENESIS_PREV_HASH,
  eventHash,
  sealMessage,
  type ChainEvent,
  type EventType,
  type Payload,
} from './events.js';
import { isoMicros } from '../text/time.js';

export interface RecorderOptions {
  sessionId?: string;
  /** Payload of the SESSION_START written by `create`. */
  start?: Payload;
  secretValues?: string[];
  redactKeys?: string[];
  clock?: () => Date;
  /** Most events `enqueue` holds before it drops (and later records a LOG_DROP). */
  maxQueue?: number;
}

export interface SealOptions {
  authority: string;
  serverVersion: string;
}

/** Types with their own method, so their payloads always have the documented shape. */
const RESERVED: ReadonlySet<EventType> = new Set(['SESSION_START', 'SESSION_END', 'CHAIN_SEAL', 'LOG_DROP', 'REDACTION']);

interface Queued {
  type: EventType;
  payload: Payload;
}

/**
 * Appends a hash-chained event log. Each event is one `writeSync` of a full line followed by
 * `fsyncSync`: a crash leaves every earlier line intact and at most one partial final line,
 * which the verifier reports as `truncated_final_line`.
 */
export class ChainRecorder {
  readonly path: string;
  readonly sessionId: string;
  private readonly fd: number;
  private readonly rules: RedactionRules;
  private readonly clock: () => Date;
  private readonly maxQueue: number;
  private readonly queue: Queued[] = [];
  private queueDropped = 0;
  private seq = 0;
  private head = GENESIS_PREV_HASH;
  private state: 'open' | 'ended' | 'sealed' | 'closed' = 'open';

  private constructor(path: string, fd: number, options: RecorderOptions) {
    this.path = path;
    this.fd = fd;
    this.sessionId = options.sessionId ?? randomUUID();
    this.rules = { secretValues: options.secretValues ?? [], redactKeys: options.redactKeys ?? [] };
    this.clock = options.clock ?? (() => new Date());
    this.maxQueue = options.maxQueue ?? 10_000;
  }

  /** Creates the file (never overwrites evidence) and writes SESSION_START as seq 1. */
  static create(path: string, options: RecorderOptions = {}): ChainRecorder {
    mkdirSync(dirname(path), { recursive: true });
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (err) {
      throw new CapsuleError('chain_create_failed', `${path}: cannot create event chain: ${describeFsError(err)}`, { file: path });
    }
    const recorder = new ChainRecorder(path, fd, options);
    recorder.write('SESSION_START', options.start ?? {});
    return recorder;
  }

  get lastSeq(): number {
    return this.seq;
  }

  get lastHash(): string {
    return this.head;
  }

  append(type: EventType, payload: Payload): ChainEvent {
    if (RESERVED.has(type)) throw new CapsuleError('chain_event_reserved', `${this.path}: ${type} is written by its own recorder method, not append()`, { file: this.path });
    this.flush();
    return this.write(type, payload);
  }

  /** Buffers an event for a later `flush`; beyond `maxQueue` the event is dropped and counted. */
  enqueue(type: EventType, payload: Payload): void {
    if (RESERVED.has(type)) throw new CapsuleError('chain_event_reserved', `${this.path}: ${type} cannot be queued`, { file: this.path });
    this.assertState('open');
    if (this.queue.length >= this.maxQueue) this.queueDropped += 1;
    else this.queue.push({ type, payload });
  }

  /** Writes queued events, then one LOG_DROP for any that overflowed the queue. */
  flush(): void {
    for (const item of this.queue.splice(0)) this.write(item.type, item.payload);
    if (this.queueDropped > 0) {
      const count = this.queueDropped;
      this.queueDropped = 0;
      this.drop(count, 'buffer_overflow');
    }
  }

  /**
   * Records that `count` events were lost. `seq_range_start` is the last event recorded before
   * the loss and `seq_range_end` this LOG_DROP's own seq: the lost events fell between them.
   */
  drop(count: number, reason: 'buffer_overflow' | 'internal_error'): ChainEvent {
    if (!Number.isInteger(count) || count < 1) throw new CapsuleError('chain_drop_count', `${this.path}: LOG_DROP count must be a positive integer, got ${count}`, { file: this.path });
    return this.write('LOG_DROP', { count, reason, seq_range_start: this.seq, seq_range_end: this.seq + 1 });
  }

  end(payload: Payload): ChainEvent {
    this.flush();
    const event = this.write('SESSION_END', payload);
    this.state = 'ended';
    return event;
  }

  /** Writes CHAIN_SEAL (prev_hash = SESSION_END's hash) and closes the file. */
  seal(key: SigningKey, options: SealOptions): ChainEvent {
    this.assertState('ended');
    const finalHash = this.head;
    const event = this.writeEvent('CHAIN_SEAL', {
      final_hash: finalHash,
      authority: options.authority,
      event_count: this.seq,
      server_timestamp: isoMicros(this.clock()),
      server_version: options.serverVersion,
      signature: {
        algorithm: 'ed25519',
        public_key_pem: key.publicKeyPem,
        public_key_sha256: key.publicKeySha256,
        value: key.sign(sealMessage(finalHash)).toString('base64'),
      },
    });
    this.state = 'sealed';
    this.close();
    return event;
  }

  /** Closes without sealing (an unsealed chain is NON_AUTHORITATIVE evidence). */
  close(): void {
    if (this.state === 'closed') return;
    closeSync(this.fd);
    this.state = 'closed';
  }

  private assertState(expected: 'open' | 'ended'): void {
    if (this.state !== expected) {
      throw new CapsuleError('chain_state', `${this.path}: cannot record: the chain is ${this.state}${expected === 'ended' ? ' (seal needs SESSION_END first)' : ''}`, { file: this.path });
    }
  }

  /** Redacts, writes the event, then a REDACTION event naming what was redacted. */
  private write(type: EventType, payload: Payload): ChainEvent {
    this.assertState('open');
    const redacted = redactPayload(payload, this.rules);
    const event = this.writeEvent(type, redacted.payload);
    if (redacted.hashedPointers.length + redacted.secretPointers.length > 0) {
      this.writeEvent('REDACTION', {
        redaction_reason: redacted.secretPointers.length > 0 ? 'secret_value' : 'sensitive_content',
        redacted_seq: event.seq,
        redacted_event_hash: event.event_hash,
        hashed_pointers: redacted.hashedPointers,
        secret_pointers: redacted.secretPointers,
      });
    }
    return event;
  }

  private writeEvent(type: EventType, payload: Payload): ChainEvent {
    const unhashed = {
      seq: this.seq + 1,
      event_type: type,
      session_id: this.sessionId,
      timestamp: isoMicros(this.clock()),
      payload,
      prev_hash: this.head,
    };
    let hashed: string;
    try {
      hashed = eventHash(unhashed);
    } catch (err) {
      if (!(err instanceof CapsuleError)) throw err;
      throw new CapsuleError('chain_event_unrepresentable', `${this.path}: cannot record ${type}: ${err.message}`, { file: this.path });
    }
    const event: ChainEvent = { ...unhashed, event_hash: hashed };
    const line = Buffer.from(`${canonicalJson(event)}\n`, 'utf8');
    // The verifier refuses longer lines unread; writing one would record an unverifiable chain.
    if (line.length - 1 > MAX_CHAIN_LINE_BYTES) throw new CapsuleError('chain_line_too_long', `${this.path}: cannot record ${type}: its line would be ${line.length - 1} bytes, more than the ${MAX_CHAIN_LINE_BYTES} a chain line may be (hash large content instead of storing it)`, { file: this.path });
    const written = writeSync(this.fd, line);
    if (written !== line.length) throw new CapsuleError('chain_write_short', `${this.path}: short write (${written} of ${line.length} bytes)`, { file: this.path });
    fsyncSync(this.fd);
    this.seq = event.seq;
    this.head = event.event_hash;
    return event;
  }
}
