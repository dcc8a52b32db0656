import { LineBatchReader, RECORD_SLACK, type SideEntry } from './line-records.js';
import { Counter, MAX_WORKERS, type ChainWorkers } from './workers.js';

/** Where records go to be checked, in file order. */
export interface RecordSink {
  /** Nothing more is wanted (a line was too long to read). */
  readonly done: boolean;
  /** The records that follow were read as a new batch. */
  beginBatch(): void;
  consume(records: Buffer, length: number, side: readonly SideEntry[]): void;
}

/** Reads up to `length` bytes of the file at its current position into buffer[offset...]; 0 at its end. */
export type ReadFile = (buffer: Buffer, offset: number, length: number) => Promise<number>;

/** A run of whole lines in a shared buffer, to be read into records (line-records.ts). */
export interface BatchJob {
  bytes: SharedArrayBuffer;
  length: number;
  /** The batch ends the file, and its last line has no newline. */
  unterminatedLast: boolean;
  records: SharedArrayBuffer;
}

export interface BatchResult {
  /** Bytes of records written. */
  length: number;
  side: SideEntry[];
}

/** Reads batches somewhere else than in the caller's turn (worker threads), in any order. */
export interface BatchRunner {
  run(job: BatchJob): Promise<BatchResult>;
  /**
   * Batches read now are better small (checkInBatches): a worker is still starting, or this
   * thread has read too few lines yet for its code to be optimised.
   */
  warming(): boolean;
  close(): void;
}

/** Reads one batch: what a worker thread does with each job. */
export function readBatch(reader: LineBatchReader, job: BatchJob): BatchResult {
  reader.begin(new Uint8Array(job.records));
  reader.lines(Buffer.from(job.bytes, 0, job.length), 0, job.length, job.unterminatedLast);
  return { length: reader.length, side: reader.side };
}

/**
 * Reads every batch on this thread, each after a delay of `delayMs()` (so batches finish out of
 * order), warming while `warming()` says so: the batched path without threads, for tests.
 */
export function inlineBatchRunner(
  maxLine: number,
  delayMs: () => number = () => 0,
  warming: () => boolean = () => false,
): BatchRunner {
  const reader = new LineBatchReader({ maxLine });
  return {
    run: (job) => new Promise((resolve) => setTimeout(() => resolve(readBatch(reader, job)), delayMs())),
    warming,
    close() {},
  };
}

/** Batches a worker holds at most (one being read, one waiting): any more are read on this thread. */
const WORKER_QUEUE = 2;
/**
 * Bytes of lines this thread reads in small batches: some 2,500 AgentOps lines, about as many as
 * V8 runs before it has optimised the reader's hot functions. Past four times as many read in
 * all, batches are whole slots whatever this thread has read (the workers may be reading them all).
 */
const HERE_WARM_BYTES = 1 << 20;

/**
 * Reads batches in the worker threads given (started by `startChainWorkers`, whose count it
 * takes) beside this thread. A batch goes to a started worker with room in its queue, else it
 * is read here at once, so this thread works while the workers start and whenever they are behind.
 * Closing it stops the workers.
 */
export function threadedBatchRunner(maxLine: number, started: ChainWorkers): BatchRunner {
  const here = new LineBatchReader({ maxLine });
  // What a worker holds is what it was sent less what it says it finished: its count is seen at
  // once, while its messages wait for this thread's next turn of the event loop (after reading
  // a batch here, say), and a worker thought busy would sit idle meanwhile. A worker still
  // starting holds no batch: this thread reads them, instead of waiting for it later.
  const workers = started.threads.map(({ thread, counters }) => ({ thread, counters, sent: 0 }));
  const held = (w: (typeof workers)[number]) => (Atomics.load(w.counters, Counter.Ready) === 0
    ? Infinity
    : w.sent - Atomics.load(w.counters, Counter.Finished));
  const waiting = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.thread.on('message', (m: BatchResult & { id: number }) => {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      w?.resolve(m);
    });
    worker.thread.on('error', failAll);
    worker.thread.on('exit', (code) => failAll(new Error(`chain worker exited (code ${code})`)));
  }
  let next = 0;
  let readHere = 0;
  let readAll = 0;
  return {
    warming: () => (readHere < HERE_WARM_BYTES && readAll < 4 * HERE_WARM_BYTES) ||
      workers.some((w) => Atomics.load(w.counters, Counter.Ready) === 0),
    run: (job) => {
      if (failure) return Promise.reject(failure);
      readAll += job.length;
      const worker = workers.reduce((a, b) => (held(b) < held(a) ? b : a));
      if (held(worker) >= WORKER_QUEUE) {
        readHere += job.length;
        return Promise.resolve(readBatch(here, job));
      }
      worker.sent += 1;
      return new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.thread.postMessage({ id, ...job });
      });
    },
    close: () => {
      failure ??= new Error('chain workers closed');
      started.close();
    },
  };
}

interface Slot {
  shared: SharedArrayBuffer;
  bytes: Buffer;
  records: SharedArrayBuffer;
  recordBytes: Buffer;
}

function slot(size: number): Slot {
  const shared = new SharedArrayBuffer(size);
  const records = new SharedArrayBuffer(size + RECORD_SLACK);
  return { shared, bytes: Buffer.from(shared), records, recordBytes: Buffer.from(records) };
}

/**
 * Slots in flight at most: twice each worker's queue and one read here. Records are checked in file
 * order, so a slot is free only once every batch before it is: with just the queues' worth, this
 * thread filled every slot while a worker was still on its first (unoptimised) batch and then sat idle
 * until it finished (some 60 ms of a 100k-event AgentOps log in a profile of `chain verify`). Twice as
 * many let it read on meanwhile: ~3% less wall time on interleaved A/Bs, for at most 8 MiB more memory
 * (a slot and its records are 1 MiB; 1-5 MiB more peak RSS measured, bench/chain.mjs).
 */
const SLOTS = 2 * (MAX_WORKERS * WORKER_QUEUE + 2);

interface Batch {
  slot: Slot;
  result: Promise<BatchResult>;
  done: BatchResult | null;
}

/**
 * Reads the file front to back into shared slots of whole lines, has the runner read each slot's
 * lines into records, and feeds the records to the checker in file order. Every byte is read once,
 * here, so the checks are about one sequence of bytes however the file changes meanwhile; memory
 * is the slots in flight. Returns null at the end of the file, or, when a line is longer than a
 * slot, the bytes read of it: the caller reads the rest of the file on its own thread.
 *
 * While the runner is warming, a slot is filled only to `warmingBytes` (on to the end of a line).
 * A batch read here before the code is optimised takes some 30 µs a line: a whole slot (~1,200
 * such lines) would keep a worker that has just started, or that has finished its batches, waiting
 * for the next until this thread is done with it.
 */
export async function checkInBatches(
  read: ReadFile,
  checker: RecordSink,
  runner: BatchRunner,
  slotBytes: number,
  warmingBytes = slotBytes,
): Promise<Buffer | null> {
  const free: Slot[] = [];
  const inFlight: Batch[] = [];
  let slots = 0;
  const consumeOldest = async () => {
    const batch = inFlight.shift()!;
    const r = await batch.result;
    if (!checker.done) {
      checker.beginBatch();
      checker.consume(batch.slot.recordBytes, r.length, r.side);
    }
    free.push(batch.slot);
  };
  const dispatch = async (s: Slot, length: number, unterminatedLast: boolean) => {
    const job = { bytes: s.shared, length, unterminatedLast, records: s.records };
    const batch: Batch = { slot: s, result: runner.run(job), done: null };
    void batch.result.then((r) => (batch.done = r), () => undefined);
    inFlight.push(batch);
    await Promise.resolve();
    // What is ready in file order is checked now, so its slot is free for the next read.
    while (inFlight.length > 0 && inFlight[0]!.done !== null) await consumeOldest();
  };
  const take = async () => {
    if (free.length === 0 && slots >= SLOTS) await consumeOldest();
    return free.pop() ?? (slots++, slot(slotBytes));
  };
  // Fills a slot from the file after `carry` (the bytes after the last newline of the slot read
  // before, copied to its front at once), to `limit` bytes or, if no line ends before, on until one
  // does or the slot is full; resolves to how many bytes it holds and whether the file ended. Each
  // slot is read while the one before is read into records, here or in a worker.
  const fill = (s: Slot, carry: Buffer | null, limit: number) => {
    const filled = carry === null ? 0 : carry.copy(s.bytes, 0);
    const reading = (async () => {
      let n = filled;
      let end = false;
      while (!end && n < slotBytes && (n < limit || s.bytes.lastIndexOf(0x0a, n - 1) === -1)) {
        const got = await read(s.bytes, n, (n < limit ? limit : slotBytes) - n);
        end = got === 0;
        n += got;
      }
      return { filled: n, end };
    })();
    // Awaited below; if a batch fails first, this read's own failure is not a second error.
    reading.catch(() => undefined);
    return reading;
  };
  const limit = () => (runner.warming() ? Math.min(warmingBytes, slotBytes) : slotBytes);
  let s = await take();
  let next = fill(s, null, limit());
  for (;;) {
    const { filled, end } = await next;
    if (checker.done) break;
    const lastNewline = filled > 0 ? s.bytes.lastIndexOf(0x0a, filled - 1) : -1;
    if (end) {
      if (filled > 0) await dispatch(s, filled, lastNewline !== filled - 1);
      break;
    }
    if (lastNewline === -1) {
      while (inFlight.length > 0) await consumeOldest();
      return checker.done ? null : s.bytes.subarray(0, filled);
    }
    const following = await take();
    next = fill(following, s.bytes.subarray(lastNewline + 1, filled), limit());
    await dispatch(s, lastNewline + 1, false);
    s = following;
  }
  while (inFlight.length > 0) await consumeOldest();
  return null;
}
