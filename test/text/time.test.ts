import { describe, expect, it } from 'vitest';
import { compactStamp, isoMicros, isoSeconds, parseInstant } from '../../src/text/time.js';

describe('parseInstant', () => {
  it('keeps sub-millisecond precision in nanoseconds and normalizes to UTC Z', () => {
    expect(parseInstant('2026-03-14T09:26:40.333333Z')).toEqual({
      iso: '2026-03-14T09:26:40.333333Z',
      unixNanos: 1773480400333333000n,
      unixMillis: 1773480400333,
    });
    expect(parseInstant('2026-03-14T11:26:40.5+02:00')?.iso).toBe('2026-03-14T09:26:40.5Z');
    expect(parseInstant('2026-03-14T09:26:40.000000Z')?.iso).toBe('2026-03-14T09:26:40Z');
  });

  it('takes an offset-less Python isoformat() time as UTC', () => {
    expect(parseInstant('2026-03-14 09:26:40.123456')?.iso).toBe('2026-03-14T09:26:40.123456Z');
  });

  it('rejects what is not a timestamp', () => {
    for (const text of ['yesterday', '2026-03-14', '2026-13-14T09:26:40Z', '2026-03-14T09:26:40.1234567890Z'])
      expect(parseInstant(text), text).toBeUndefined();
  });
});

describe('time forms', () => {
  const at = new Date('2026-03-14T09:26:40.987Z');
  it('cuts to the second (AGILAB created_at), keeps microseconds (AgentOps), or packs for a file name', () => {
    expect(isoSeconds(at)).toBe('2026-03-14T09:26:40Z');
    expect(isoMicros(at)).toBe('2026-03-14T09:26:40.987000Z');
    expect(compactStamp(at)).toBe('20260314T092640Z');
  });
});
