import { CapsuleError } from '../errors.js';
import type { JsonDocument } from '../json/parse.js';
import type { RunManifest } from '../manifest/types.js';
import { isoSeconds, parseInstant, type Instant } from '../text/time.js';
import type { RunRecord } from './types.js';

/**
 * The one time rule of every document built from a run (pack, exports, promotion verbs), so
 * the same run gives the same times whichever command builds them: SOURCE_DATE_EPOCH wins;
 * else the run's finish time; else its created_at. Second precision, UTC (an offset-less
 * AGILAB time is UTC). Neither readable is an error naming the manifest's line.
 */
export function recordTime(manifest: RunManifest, file: string, doc?: JsonDocument): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch))
      throw new CapsuleError(
        'source_date_epoch_invalid',
        `SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds`,
      );
    return isoSeconds(new Date(Number(epoch) * 1000));
  }
  const at = parseInstant(manifest.timing.finished_at) ?? parseInstant(manifest.created_at);
  if (at) return isoSeconds(new Date(at.unixMillis));
  const pointer = '/timing/finished_at';
  const where = doc ? doc.locate(pointer) : undefined;
  const prefix = where ? `${file}:${where.line}:${where.column}` : file;
  const finished = JSON.stringify(manifest.timing.finished_at);
  const message = `${prefix}: ${pointer} ${finished} is not an RFC 3339 timestamp (nor is /created_at)`;
  throw new CapsuleError('manifest_time_invalid', message, { file, pointer, ...where });
}

/** The record's deterministic time; an unreadable one is a bug in whoever built the record. */
export function recordInstant(record: RunRecord): Instant {
  const at = parseInstant(record.createdAt);
  if (!at) {
    throw new CapsuleError(
      'record_time_invalid',
      `${record.manifestPath}: run record time ${JSON.stringify(record.createdAt)} is not an RFC 3339 timestamp`,
      { file: record.manifestPath },
    );
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
