import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/diff/compare.js';
import type { RunMetric, RunOutput, RunSide } from '../../src/manifest/run-diff.js';
import { CapsuleError } from '../../src/errors.js';
import { baselineGates } from '../../src/promotion/baseline-gates.js';
import { loadPromotionPolicy } from '../../src/promotion/policy.js';

const dir = mkdtempSync(join(tmpdir(), 'baseline-policy-'));
let n = 0;
function policyFrom(text: string, ext = 'json') {
  const path = join(dir, `p${n++}.${ext}`);
  writeFileSync(path, text);
  return loadPromotionPolicy(path);
}

const METRICS = 'artifacts/out/metrics.json';

function side(metrics: Record<string, number>, outputs: Record<string, string> = {}, output = METRICS): RunSide {
  return {
    name: 'x.agipack', kind: 'capsule', sha256: null, run_id: 'r', status: 'pass', verification_status: 'pass',
    evidence_class: null, bundle: null, command: { argv: [], cwd: '.' }, env: new Map(), secret_names: [],
    placement: null, duration_seconds: 1, decision: null, notes: [],
    metrics: Object.entries(metrics).map(([name, value]): RunMetric => ({ output, name, value })),
    outputs: Object.entries(outputs).map(([path, sha]): RunOutput => ({
      path, kind: 'model', sha256: sha.repeat(64), size_bytes: 10,
    })),
  };
}

/** A policy file whose baseline metrics are `metrics`, the metrics on line 3 (for located errors). */
const inPolicy = (metrics: string): string => `{\n  "baseline": {\n    "metrics": ${metrics}\n  }\n}`;

function gates(policy: object, baseline: RunSide | null, run: RunSide) {
  return baselineGates(policyFrom(JSON.stringify(policy)).baseline, baseline ? compareRuns(baseline, run) : null);
}

describe('the baseline section of a promotion policy', () => {
  it("blocks a drop beyond max_drop with the issue's sentence, passes a drop within it", () => {
    const policy = { baseline: { metrics: { accuracy: { max_drop: 0.01 } } } };
    const [worse] = gates(policy, side({ accuracy: 0.95 }), side({ accuracy: 0.9 }));
    const summary = 'accuracy 0.9 vs baseline 0.95: dropped 0.05 > 0.01';
    expect(worse).toMatchObject({ id: 'baseline_metric:accuracy:max_drop', status: 'fail', summary });
    expect(worse!.details).toMatchObject({ run: 0.9, baseline: 0.95, delta: -0.05, allowed: 0.01 });
    // 0.95 - 0.94 is 0.010000000000000009 in doubles: exactly at the limit passes.
    expect(gates(policy, side({ accuracy: 0.95 }), side({ accuracy: 0.94 }))[0]).toMatchObject(
      { status: 'pass', summary: 'accuracy 0.94 vs baseline 0.95: dropped 0.01 ≤ 0.01' },
    );
    expect(gates(policy, side({ accuracy: 0.95 }), side({ accuracy: 0.95 }))[0]).toMatchObject(
      { status: 'pass', summary: 'accuracy 0.95 vs baseline 0.95: unchanged' },
    );
    expect(gates(policy, side({ accuracy: 0.95 }), side({ accuracy: 0.97 }))[0]!.summary).toBe(
      'accuracy 0.97 vs baseline 0.95: rose 0.02',
    );
  });

  it('reads "N%" as relative to the baseline value, and max_rise alone as lower-is-better', () => {
    const metrics = { loss: { max_rise: '10%' }, latency_ms: { max_rise: 5, min_improvement: '0%' } };
    const policy = { baseline: { metrics } };
    const result = gates(policy, side({ loss: 0.2, latency_ms: 100 }), side({ loss: 0.23, latency_ms: 103 }));
    expect(result.map((g) => [g.id, g.status, g.summary])).toEqual([
      ['baseline_metric:loss:max_rise', 'fail', 'loss 0.23 vs baseline 0.2: rose 0.03 > 10% (0.02)'],
      ['baseline_metric:latency_ms:max_rise', 'pass', 'latency_ms 103 vs baseline 100: rose 3 ≤ 5'],
      ['baseline_metric:latency_ms:min_improvement', 'fail',
        'latency_ms 103 vs baseline 100: improved -3 < 0% (0) required (lower is better)'],
    ]);
  });

  it('min_improvement: the run must beat the baseline by at least the amount', () => {
    const policy = { baseline: { metrics: { f1: { min_improvement: 0.01 } } } };
    expect(gates(policy, side({ f1: 0.8 }), side({ f1: 0.82 }))[0]).toMatchObject(
      { status: 'pass', summary: 'f1 0.82 vs baseline 0.8: improved 0.02 ≥ 0.01 required (higher is better)' },
    );
    expect(gates(policy, side({ f1: 0.8 }), side({ f1: 0.8 }))[0]!.status).toBe('fail');
  });

  it('fails a metric that either run lacks (a typo cannot pass), and one two outputs share unless qualified', () => {
    const typo = { baseline: { metrics: { acuracy: { max_drop: 0 } } } };
    const missing = gates(typo, side({ accuracy: 1 }), side({ accuracy: 1 }))[0]!;
    const summary = 'acuracy is in the metrics outputs of neither the run nor the baseline, so it cannot be compared.';
    expect(missing).toMatchObject({ status: 'fail', summary });
    expect(gates({ baseline: { metrics: { f1: { max_drop: 0 } } } }, side({ f1: 1 }), side({}))[0]!.summary).toBe(
      "f1 is not in the run's metrics outputs, so it cannot be compared.",
    );

    const two = (v: number): RunSide => ({
      ...side({ acc: v }),
      metrics: [...side({ acc: v }).metrics, ...side({ acc: v }, {}, 'artifacts/eval.json').metrics],
    });
    expect(gates({ baseline: { metrics: { acc: { max_drop: 0 } } } }, two(1), two(1))[0]!.summary).toMatch(/^acc is in more than one metrics output/);
    expect(gates({ baseline: { metrics: { 'eval.json#acc': { max_drop: 0 } } } }, two(1), two(1))[0]).toMatchObject(
      { id: 'baseline_metric:eval.json#acc:max_drop', status: 'pass' },
    );
  });

  it('unchanged_outputs: byte-identical passes; changed, removed or new fails', () => {
    const unchanged = ['out/model.json', 'artifacts/out/vocab.txt', 'out/gone.bin', 'out/new.bin'];
    const policy = { baseline: { unchanged_outputs: unchanged } };
    const before = { 'artifacts/out/model.json': 'a', 'artifacts/out/vocab.txt': 'b', 'artifacts/out/gone.bin': 'c' };
    const after = { 'artifacts/out/model.json': 'd', 'artifacts/out/vocab.txt': 'b', 'artifacts/out/new.bin': 'e' };
    const result = gates(policy, side({}, before), side({}, after));
    expect(result.map((g) => [g.id, g.status])).toEqual([
      ['baseline_output:out/model.json:unchanged', 'fail'],
      ['baseline_output:artifacts/out/vocab.txt:unchanged', 'pass'],
      ['baseline_output:out/gone.bin:unchanged', 'fail'],
      ['baseline_output:out/new.bin:unchanged', 'fail'],
    ]);
    expect(result[0]!.summary).toBe(
      `out/model.json changed: sha256 ${'d'.repeat(64)} (10 B) vs baseline ${'a'.repeat(64)} (10 B).`,
    );
  });

  it('without a baseline: every gate skipped, unless the policy requires one', () => {
    const policy = { baseline: { metrics: { accuracy: { max_drop: 0.01 } }, unchanged_outputs: ['out/model.json'] } };
    expect(gates(policy, null, side({})).map((g) => g.status)).toEqual(['skip', 'skip']);
    const required = gates({ baseline: { ...policy.baseline, required: true } }, null, side({}));
    expect(required[0]).toMatchObject({ id: 'baseline_present', status: 'fail' });
    expect(baselineGates(loadPromotionPolicy().baseline, null)).toEqual([]);
  });

  it('reads the same section from TOML, and refuses a bad limit naming the file, pointer and line', () => {
    const toml = policyFrom('[baseline]\nunchanged_outputs = ["out/model.json"]\n'
      + '[baseline.metrics.accuracy]\nmax_drop = 0.01\n[baseline.metrics.loss]\nmax_rise = "5%"\n', 'toml');
    const metrics = { accuracy: { max_drop: 0.01 }, loss: { max_rise: '5%' } };
    const json = policyFrom(JSON.stringify({ baseline: { unchanged_outputs: ['out/model.json'], metrics } }));
    expect(toml.baseline).toEqual(json.baseline);
    expect(json.baseline!.metrics[1]).toEqual(
      { metric: 'loss', limits: { max_rise: { value: 0.05, relative: true, text: '5%' } }, better: 'lower' },
    );
    for (const [text, pointer] of [
      [inPolicy('{ "accuracy": { "max_drop": "a lot" } }'), '/baseline/metrics/accuracy/max_drop'],
      [inPolicy('{ "accuracy": { "max_drop": -0.1 } }'), '/baseline/metrics/accuracy/max_drop'],
      [inPolicy('{ "accuracy": { "better": "higher" } }'), '/baseline/metrics/accuracy'],
      [inPolicy('{ "accuracy": { "max_dorp": 0.1 } }'), '/baseline/metrics/accuracy/max_dorp'],
    ] as const) {
      let error: unknown;
      try {
        policyFrom(text);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(CapsuleError);
      expect((error as CapsuleError).code).toBe('schema_invalid');
      expect((error as CapsuleError).message).toContain(`:3:`);
      expect((error as CapsuleError).message).toContain(pointer);
    }
  });
});
