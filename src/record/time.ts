import { CapsuleError } from '../errors.js';
import type { RunRecord } from './types.js';

/** One instant, kept to the nanosecond the source gave (OTLP wants nanoseconds, JS Dates stop at ms). */
export interface Instant {
  /** RFC 3339 in UTC, `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, trailing zeros of the fraction dropped. */
  iso: string;
  unixNanos: bigint;
  unixMillis: number;
}

/** AGILAB writes Python `isoformat()` times, sometimes without an offset: those are taken as UTC. */
const RFC3339ISH = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?$/;

export function parseInstant(text: string): Instant | undefined {
  const m = RFC3339ISH.exec(text);
  if (!m) return undefined;
  const offset = !m[4] || m[4].toUpperCase() === 'Z' ? 'Z' : m[4].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const millis = Date.parse(`${m[1]}T${m[2]}${offset}`);
  if (Number.isNaN(millis)) return undefined;
  const fraction = (m[3] ?? '').padEnd(9, '0');
  const unixNanos = BigInt(millis) * 1_000_000n + BigInt(fraction);
  const trimmed = fraction.replace(/0+$/, '');
  const iso = `${new Date(millis).toISOString().slice(0, 19)}${trimmed ? `.${trimmed}` : ''}Z`;
  return { iso, unixNanos, unixMillis: Number(unixNanos / 1_000_000n) };
}

/** The record's deterministic time; an unreadable one is a bug in whoever built the record. */
export function recordInstant(record: RunRecord): Instant {
  const at = parseInstant(record.createdAt);
  if (!at) {
    throw new CapsuleError('record_time_invalid', `${record.manifestPath}: run record time ${JSON.stringify(record.createdAt)} is not an RFC 3339 timestamp`, { file: record.manifestPath });
  }
  return at;
}

/**
 * Start and end of the run from the manifest's `timing`; a time that does not parse falls back
 * to the record's time, so every export still carries the same deterministic instants.
 */
export function runInterval(record: RunRecord): { start: Instant; end: Instant } {
  const fallback = recordInstant(record);
  const end = parseInstant(record.manifest.timing.finished_at) ?? fallback;
  const start = parseInstant(record.manifest.timing.started_at) ?? end;
  return { start: start.unixNanos <= end.unixNanos ? start : end, end };
}
