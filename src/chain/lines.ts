/**
 * Longest chain line read (the newline excluded). Events hash large content instead of storing
 * it, so a real line is a few hundred bytes; a longer one is refused without reading the rest,
 * which keeps memory bounded whatever the file holds.
 */
export const MAX_CHAIN_LINE_BYTES = 16 * 1024 * 1024;

/** Receives each line of a chain file, in order. */
export interface LineSink {
  /**
   * bytes[start, end) is one line without its `\n` (a `\r` before it stays: it is JSON
   * whitespace). `terminated` is false only for a final line with no newline after it. The
   * bytes are valid only during the call.
   */
  line(bytes: Buffer, start: number, end: number, terminated: boolean): void;
  /** The next line is longer than the limit: reading stops here. */
  tooLong(limit: number): void;
}

const READ_BYTES = 1 << 20;
/** Below this much room the pending partial line moves to the front (or the buffer grows). */
const MIN_READ = 1 << 16;

/**
 * Splits bytes into lines in one reused buffer: no per-line allocation, and memory bounded by
 * the longest line allowed, however long the chain or any line in it.
 */
export class LineSplitter {
  private buf = Buffer.allocUnsafe(READ_BYTES);
  /** Where the line not yet delivered starts, where the data ends, how far it was searched. */
  private start = 0;
  private end = 0;
  private searched = 0;
  private stopped = false;

  constructor(private readonly sink: LineSink, private readonly maxLine = MAX_CHAIN_LINE_BYTES) {}

  get done(): boolean {
    return this.stopped;
  }

  /** A buffer to read the next bytes into (then `commit` how many were read). */
  space(): Buffer {
    if (this.buf.length - this.end < MIN_READ) {
      const pending = this.end - this.start;
      if (pending + MIN_READ > this.buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(Math.max(this.buf.length * 2, pending + READ_BYTES), this.maxLine + READ_BYTES + 1));
        this.buf.copy(bigger, 0, this.start, this.end);
        this.buf = bigger;
      } else this.buf.copyWithin(0, this.start, this.end);
      this.searched -= this.start;
      this.end = pending;
      this.start = 0;
    }
    return this.buf.subarray(this.end);
  }

  commit(count: number): void {
    this.end += count;
    const data = this.buf.subarray(0, this.end);
    for (;;) {
      const nl = data.indexOf(10, this.searched);
      if (nl === -1) {
        this.searched = this.end;
        break;
      }
      if (nl - this.start > this.maxLine) return this.stop();
      this.sink.line(this.buf, this.start, nl, true);
      this.start = nl + 1;
      this.searched = this.start;
      if (this.stopped) return;
    }
    if (this.end - this.start > this.maxLine) this.stop();
  }

  /** Copies bytes from elsewhere (a stream's chunks) into the splitter. */
  push(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length && !this.stopped) {
      const room = this.space();
      const n = Math.min(room.length, chunk.length - offset);
      room.set(chunk.subarray(offset, offset + n));
      offset += n;
      this.commit(n);
    }
  }

  /** The end of the input: a final line without a newline is delivered unterminated. */
  finish(): void {
    if (!this.stopped && this.end > this.start) this.sink.line(this.buf, this.start, this.end, false);
    this.stopped = true;
  }

  private stop(): void {
    this.stopped = true;
    this.sink.tooLong(this.maxLine);
  }
}
