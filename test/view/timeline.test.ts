import { describe, expect, it } from 'vitest';
import { stageBars } from '../../src/view/timeline.js';

describe('stageBars', () => {
  it('places bars on the span from the first start to the last finish', () => {
    const bars = stageBars([
      { stage: 'a', status: 'pass', started_at: '2026-01-01T00:00:00.000Z', finished_at: '2026-01-01T00:00:01.000Z', message: '' },
      { stage: 'b', status: 'fail', started_at: '2026-01-01T00:00:03.000Z', finished_at: '2026-01-01T00:00:04.000Z', message: '' },
    ]);
    expect(bars.map((b) => [b.offset_pct, b.width_pct, b.duration_ms])).toEqual([[0, 25, 1000], [75, 25, 1000]]);
  });

  it('gives no bar to a stage whose times do not parse or run backwards, and reads no shape as given', () => {
    const bars = stageBars([
      { stage: 'bad', started_at: 'not a time', finished_at: '2026-01-01T00:00:01.000Z' },
      { stage: 'backwards', started_at: '2026-01-01T00:00:02.000Z', finished_at: '2026-01-01T00:00:01.000Z' },
      42,
    ]);
    expect(bars.map((b) => [b.stage, b.offset_pct, b.width_pct, b.duration_ms])).toEqual([['bad', null, null, null], ['backwards', null, null, null], ['', null, null, null]]);
    expect(stageBars('not an array')).toEqual([]);
  });
});
