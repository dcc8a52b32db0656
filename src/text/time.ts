/**
 * The time forms documents use, in one place so every writer formats (and every reader
 * parses) an instant the same way. Everything is UTC.
 */

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
  const iso = `${isoSeconds(new Date(millis)).slice(0, 19)}${trimmed ? `.${trimmed}` : ''}Z`;
  return { iso, unixNanos, unixMillis: Number(unixNanos / 1_000_000n) };
}

/** `YYYY-MM-DDTHH:MM:SSZ` (AGILAB's created_at form): the fraction is cut, not rounded. */
export function isoSeconds(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/** `YYYY-MM-DDTHH:MM:SS.ffffffZ` (AgentOps event timestamps): JS clocks give ms, so the last three digits are 0. */
export function isoMicros(at: Date): string {
  return at.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** `YYYYMMDDTHHMMSSZ`: a time that can sit in a file name or an id. */
export function compactStamp(at: Date): string {
  return isoSeconds(at).replace(/[-:]/g, '');
}
