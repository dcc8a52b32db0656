import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { OPEN_TO_READ } from './read.js';

/** How much of a log's end the summary and the page show without a click. */
const TAIL_LINES = 20;
export const TAIL_BYTES = 4096;
const LINE_CHARS = 300;

export interface Tail {
  lines: string[];
  /** Lines before these were left out (the page and the summary say so). */
  cut: boolean;
}

/**
 * The last non-empty lines of a log, each cut at 300 characters: what a reader needs to see
 * why a job failed, small enough to sit above the fold.
 */
export function lastLines(text: string, maxLines = TAIL_LINES): Tail {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  while (all.length > 0 && all[all.length - 1]!.trim() === '') all.pop();
  const lines = all.slice(-maxLines).map((l) => (l.length > LINE_CHARS ? `${l.slice(0, LINE_CHARS)}…` : l));
  return { lines, cut: all.length > lines.length };
}

/** The last `maxBytes` of a file (a log can be megabytes; its end is what explains a failure). */
export function readFileTail(path: string, maxBytes = TAIL_BYTES): { text: string; cut: boolean } {
  const fd = openSync(path, OPEN_TO_READ);
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, maxBytes);
    const buf = Buffer.alloc(length);
    const read = readSync(fd, buf, 0, length, size - length);
    return { text: dropPartialFirstLine(buf.subarray(0, read).toString('utf8'), size > length), cut: size > length };
  } finally {
    closeSync(fd);
  }
}

/** A read that starts mid-file starts mid-line (maybe mid-character): drop up to the first newline. */
export function dropPartialFirstLine(text: string, startedMidFile: boolean): string {
  if (!startedMidFile) return text;
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(nl + 1);
}
