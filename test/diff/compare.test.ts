import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/diff/compare.js';
import { roundDelta } from '../../src/manifest/run-diff.js';
import { metricsOf } from '../../src/diff/metrics.js';
import type { RunSide } from '../../src/manifest/run-diff.js';
import { validateAgainst } from '../../src/schemas/registry.js';

function side(overrides: Partial<RunSide> = {}): RunSide {
  return {
    name: 'a.agipack', kind: 'capsule', sha256: 'a'.repeat(64), run_id: 'run-a', status: 'pass', verification_status: 'pass', evidence_class: 'AUTHORITATIVE_EVIDENCE',
    bundle: { name: 'b', version: '1', sha256: 'b'.repeat(64), lane: 'dev' }, command: { argv: ['sh', 'x.sh'], cwd: '.' },
    env: new Map(), secret_names: [], placement: { site: 'local', executor: 'process', accel: null }, duration_seconds: 1, decision: 'promote',
    outputs: [], metrics: [], notes: [], ...overrides,
  };
}

describe('metricsOf', () => {
  it('reads every numeric leaf by dotted path, and nothing else', () => {
    const notes: string[] = [];
    const metrics = metricsOf('m.json', Buffer.from('{"accuracy": 0.9, "eval": {"f1": 0.8, "name": "x", "ok": true}, "per_class": [0.7, 0.6]}'), notes);
    expect(metrics.map((m) => [m.name, m.value])).toEqual([['accuracy', 0.9], ['eval.f1', 0.8], ['per_class.0', 0.7], ['per_class.1', 0.6]]);
    expect(notes).toEqual([]);
  });

  it('notes a metrics output that is not JSON instead of failing the comparison', () => {
    const notes: string[] = [];
    expect(metricsOf('m.csv', Buffer.from('accuracy,0.9\n'), notes)).toEqual([]);
    expect(notes[0]).toMatch(/^m\.csv: a metrics output that is not JSON/);
  });
});

describe('compareRuns', () => {
  it('rounds float noise away: 0.90 - 0.95 is -0.05', () => {
    expect(0.9 - 0.95).not.toBe(-0.05);
    expect(roundDelta(0.9 - 0.95)).toBe(-0.05);
    expect(roundDelta(0.95 - 0.94)).toBe(0.01);
  });

  it('marks metrics and outputs added, removed and changed; relative delta is null against 0', () => {
    const out = (path: string, sha: string) => ({ path, kind: 'file', sha256: sha.repeat(64), size_bytes: 3 });
    const a = side({
      metrics: [{ output: 'm.json', name: 'accuracy', value: 0.95 }, { output: 'm.json', name: 'errors', value: 0 }, { output: 'm.json', name: 'old', value: 1 }],
      outputs: [out('keep', 'c'), out('edit', 'd'), out('gone', 'e')],
      env: new Map([['SEED', 'x'], ['OLD', 'y']]),
    });
    const b = side({
      name: 'b.agipack', run_id: 'run-b',
      metrics: [{ output: 'm.json', name: 'accuracy', value: 0.9 }, { output: 'm.json', name: 'errors', value: 2 }, { output: 'm.json', name: 'new', value: 5 }],
      outputs: [out('keep', 'c'), out('edit', 'f'), out('born', '1')],
      env: new Map([['SEED', 'z'], ['NEW', 'y']]),
      decision: 'block',
    });
    const c = compareRuns(a, b);
    expect(validateAgainst('run-diff', c)).toEqual([]);
    expect(c.metrics.map((m) => [m.name, m.change, m.delta, m.relative_delta])).toEqual([
      ['accuracy', 'changed', -0.05, roundDelta(-0.05 / 0.95)],
      ['errors', 'changed', 2, null],
      ['old', 'removed', null, null],
      ['new', 'added', null, null],
    ]);
    expect(c.outputs.map((o) => [o.path, o.change])).toEqual([['keep', 'same'], ['edit', 'changed'], ['gone', 'removed'], ['born', 'added']]);
    expect(c.environment.map((e) => [e.name, e.change])).toEqual([['NEW', 'added'], ['OLD', 'removed'], ['SEED', 'changed']]);
    expect(c.facts.filter((f) => f.change !== 'same').map((f) => f.field)).toEqual(['decision']);
    expect(c.differences).toBe(4 + 3 + 1 + 3);
  });

  it('finds no difference between a run and itself', () => {
    const a = side({ metrics: [{ output: 'm.json', name: 'accuracy', value: 0.95 }], env: new Map([['SEED', 'x']]) });
    expect(compareRuns(a, a).differences).toBe(0);
  });
});
