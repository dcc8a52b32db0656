import type { StageBar } from './types.js';
import { asArray, asRecord, asString } from '../json/untrusted.js';

/** Bars placed on the span from the first stage start to the last stage finish. */
export function stageBars(stages: unknown): StageBar[] {
  const rows = asArray(stages).map(asRecord).map((s) => ({
    stage: asString(s.stage) ?? '',
    status: asString(s.status) ?? 'unknown',
    started_at: asString(s.started_at) ?? '',
    finished_at: asString(s.finished_at) ?? '',
    message: asString(s.message) ?? '',
    start: Date.parse(asString(s.started_at) ?? ''),
    end: Date.parse(asString(s.finished_at) ?? ''),
  }));
  const timed = rows.filter(isTimed);
  const first = Math.min(...timed.map((r) => r.start));
  const span = Math.max(1, Math.max(...timed.map((r) => r.end)) - first);
  return rows.map((r) => {
    const { start, end, ...row } = r;
    const ok = isTimed(r);
    return {
      ...row,
      duration_ms: ok ? end - start : null,
      offset_pct: ok ? round2(((start - first) / span) * 100) : null,
      width_pct: ok ? round2(Math.max(0.5, ((end - start) / span) * 100)) : null,
    };
  });
}

function isTimed(r: { start: number; end: number }): boolean {
  return Number.isFinite(r.start) && Number.isFinite(r.end) && r.end >= r.start;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
