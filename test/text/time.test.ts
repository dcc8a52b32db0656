import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/record/time.js';

describe('parseInstant', () => {
  it('keeps sub-millisecond precision in nanoseconds and normalizes to UTC Z', () => {
    expect(parseInstant('2026-03-14T09:26:40.333333Z')).toEqual({ iso: '2026-03-14T09:26:40.333333Z', unixNanos: 1773480400333333000n, unixMillis: 1773480400333 });
    expect(parseInstant('2026-03-14T11:26:40.5+02:00')?.iso).toBe('2026-03-14T09:26:40.5Z');
    expect(parseInstant('2026-03-14T09:26:40.000000Z')?.iso).toBe('2026-03-14T09:26:40Z');
  });

  it('takes an offset-less Python isoformat() time as UTC', () => {
    expect(parseInstant('2026-03-14 09:26:40.123456')?.iso).toBe('2026-03-14T09:26:40.123456Z');
  });

  it('rejects what is not a timestamp', () => {
    for (const text of ['yesterday', '2026-03-14', '2026-13-14T09:26:40Z', '2026-03-14T09:26:40.1234567890Z']) expect(parseInstant(text), text).toBeUndefined();
  });
});
