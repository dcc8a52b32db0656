import { describe, expect, it } from 'vitest';
import type { StageTiming } from '../../src/exports/otel.js';
import { buildOtelTrace } from '../../src/exports/otel.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { fixtureRecord } from './fixture-record.js';

const STAGES: StageTiming[] = [
  { stage: 'validate', status: 'pass', started_at: '2026-03-14T09:26:40.333333Z', finished_at: '2026-03-14T09:26:40.401Z' },
  { stage: 'place', status: 'pass', started_at: '2026-03-14T09:26:40.401Z', finished_at: '2026-03-14T09:26:40.52Z' },
  { stage: 'run', status: 'fail', started_at: '2026-03-14T09:26:40.52Z', finished_at: '2026-03-14T09:26:58.1Z' },
];

function withStages() {
  return fixtureRecord('capsule', (m) => { Object.assign(m.proof_capsule!, { stages: STAGES }); });
}

function spansOf(trace: Record<string, unknown>): Record<string, any>[] {
  return (trace as any).resourceSpans[0].scopeSpans[0].spans;
}

describe('OTLP/JSON trace', () => {
  it('root span for the run, one child per stage, linked by parentSpanId', () => {
    const trace = buildOtelTrace(withStages());
    expect(validateAgainst('otel-trace', trace)).toEqual([]);
    const [root, ...children] = spansOf(trace);
    expect(root!.parentSpanId).toBeUndefined();
    expect(children.map((s) => s.name)).toEqual(['validate', 'place', 'run']);
    for (const child of children) {
      expect(child.traceId).toBe(root!.traceId);
      expect(child.parentSpanId).toBe(root!.spanId);
    }
    expect(new Set([root, ...children].map((s) => s!.spanId)).size).toBe(4);
  });

  it('hex ids of 32 and 16, decimal-string nanoseconds, integer kind and status codes', () => {
    const spans = spansOf(buildOtelTrace(withStages()));
    for (const span of spans) {
      expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
      expect(span.startTimeUnixNano).toMatch(/^[1-9][0-9]*$/);
      expect(BigInt(span.endTimeUnixNano) >= BigInt(span.startTimeUnixNano)).toBe(true);
      expect(span.kind).toBe(1);
      expect(Number.isInteger(span.status.code)).toBe(true);
    }
    expect(spans[0]!.startTimeUnixNano).toBe('1773480400333333000');
    expect(spans[0]!.endTimeUnixNano).toBe('1773480418456789000');
    expect(spans.map((s) => s.status.code)).toEqual([1, 1, 1, 2]);
    expect(spans[3]!.status.message).toContain('run');
  });

  it('service.name is proof-capsule; exit code is an OTLP intValue string', () => {
    const trace = buildOtelTrace(fixtureRecord('capsule')) as any;
    expect(trace.resourceSpans[0].resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'proof-capsule' } });
    expect(trace.resourceSpans[0].scopeSpans[0].scope.name).toBe('proof-capsule');
    expect(spansOf(trace)[0]!.attributes).toContainEqual({ key: 'process.exit.code', value: { intValue: '0' } });
  });

  it('without recorded stages: a single run span; a failed AGILAB run has status ERROR', () => {
    expect(spansOf(buildOtelTrace(fixtureRecord('capsule')))).toHaveLength(1);
    const spans = spansOf(buildOtelTrace(fixtureRecord('agilab')));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.status.code).toBe(2);
    expect(spans[0]!.startTimeUnixNano).toBe('1762099435170000000');
  });

  it('the schema rejects a numeric nanosecond or a short span id', () => {
    const trace = buildOtelTrace(fixtureRecord('capsule')) as any;
    spansOf(trace)[0]!.startTimeUnixNano = 1773480400333333000;
    expect(validateAgainst('otel-trace', trace)).not.toEqual([]);
    const other = buildOtelTrace(fixtureRecord('capsule')) as any;
    spansOf(other)[0]!.spanId = 'abc';
    expect(validateAgainst('otel-trace', other)).not.toEqual([]);
  });
});
