import { roundDelta, type MetricDiff, type OutputDiff, type RunComparison } from '../manifest/run-diff.js';
import type { BaselineMetricRule, BaselinePolicy, MetricLimit, Threshold } from './baseline-policy.js';
import type { PolicyGateResult as GateResult } from './gates.js';

/**
 * The baseline section's gates, one per metric limit and per output that must be unchanged,
 * each with its own id (`baseline_metric:accuracy:max_drop`, `baseline_output:out/model.json:unchanged`)
 * so a report, the dossier and the summary name exactly which comparison failed. Without a
 * baseline they are skipped, unless the policy requires one (`baseline_present` fails).
 */
export function baselineGates(policy: BaselinePolicy | null, comparison: RunComparison | null): GateResult[] {
  if (policy === null) return [];
  const gates: GateResult[] = [];
  if (policy.required) {
    const label = 'A verified baseline was given';
    gates.push(comparison
      ? gate('baseline_present', label, 'pass', `Baseline ${comparison.a.name} (run ${comparison.a.run_id}) verified.`,
        { baseline: comparison.a })
      : gate('baseline_present', label, 'fail',
        'The policy requires a baseline (baseline.required) and none was given: pass --baseline CAPSULE.'));
  }
  for (const rule of policy.metrics) {
    for (const [limit, threshold] of Object.entries(rule.limits) as [MetricLimit, Threshold][]) {
      const id = `baseline_metric:${rule.metric}:${limit}`;
      const label = metricLabel(rule, limit, threshold);
      gates.push(comparison
        ? metricGate(id, label, rule, limit, threshold, comparison)
        : gate(id, label, 'skip', NO_BASELINE));
    }
  }
  for (const path of policy.unchanged_outputs) {
    const id = `baseline_output:${path}:unchanged`;
    const label = `${path} is unchanged from the baseline`;
    gates.push(comparison ? outputGate(id, label, path, comparison) : gate(id, label, 'skip', NO_BASELINE));
  }
  return gates;
}

const NO_BASELINE = 'No baseline given: nothing to compare with.';

type Details = Record<string, unknown>;

function gate(id: string, label: string, status: GateResult['status'], summary: string, details: Details = {}):
GateResult {
  return { id, label, status, summary, details };
}

function metricLabel(rule: BaselineMetricRule, limit: MetricLimit, t: Threshold): string {
  const by = t.relative ? `${t.text} of the baseline` : t.text;
  if (limit === 'max_drop') return `${rule.metric} drops at most ${by} below the baseline`;
  if (limit === 'max_rise') return `${rule.metric} rises at most ${by} above the baseline`;
  return `${rule.metric} improves on the baseline by at least ${by} (${rule.better} is better)`;
}

/** `accuracy` matches that name in any metrics output; `out/m.json#accuracy` names the output too. */
function findMetric(metrics: MetricDiff[], key: string): MetricDiff[] {
  const hash = key.lastIndexOf('#');
  if (hash > 0) {
    const [output, name] = [key.slice(0, hash), key.slice(hash + 1)];
    const inOutput = (m: MetricDiff): boolean => m.output === output || m.output === `artifacts/${output}`;
    const qualified = metrics.filter((m) => m.name === name && inOutput(m));
    if (qualified.length > 0) return qualified;
  }
  return metrics.filter((m) => m.name === key);
}

function metricGate(id: string, label: string, rule: BaselineMetricRule, limit: MetricLimit, t: Threshold,
  c: RunComparison): GateResult {
  const found = findMetric(c.metrics, rule.metric);
  if (found.length > 1) {
    const outputs = found.map((m) => m.output);
    const summary = `${rule.metric} is in more than one metrics output (${outputs.join(', ')}): `
      + `name it as <output>#${rule.metric} in the policy.`;
    return gate(id, label, 'fail', summary, { outputs });
  }
  const m = found[0];
  if (m === undefined || m.a === null || m.b === null) {
    const where = m === undefined
      ? 'is in the metrics outputs of neither the run nor the baseline'
      : m.b === null ? "is not in the run's metrics outputs" : "is not in the baseline's metrics outputs";
    const details = { metric: rule.metric, run: m?.b ?? null, baseline: m?.a ?? null };
    return gate(id, label, 'fail', `${rule.metric} ${where}, so it cannot be compared.`, details);
  }
  const { a, b } = m;
  const allowed = roundDelta(t.relative ? t.value * Math.abs(a) : t.value);
  const shown = t.relative ? `${t.text} (${allowed})` : t.text;
  const head = `${rule.metric} ${b} vs baseline ${a}`;
  const details = {
    metric: m.name, output: m.output, run: b, baseline: a, delta: m.delta, relative_delta: m.relative_delta,
    limit, threshold: t.text, allowed,
  };
  if (limit === 'max_drop') {
    const drop = roundDelta(a - b);
    const ok = drop <= allowed;
    const summary = drop > 0
      ? `${head}: dropped ${drop} ${ok ? '≤' : '>'} ${shown}`
      : `${head}: ${drop === 0 ? 'unchanged' : `rose ${-drop}`}`;
    return gate(id, label, ok ? 'pass' : 'fail', summary, details);
  }
  if (limit === 'max_rise') {
    const rise = roundDelta(b - a);
    const ok = rise <= allowed;
    const summary = rise > 0
      ? `${head}: rose ${rise} ${ok ? '≤' : '>'} ${shown}`
      : `${head}: ${rise === 0 ? 'unchanged' : `dropped ${-rise}`}`;
    return gate(id, label, ok ? 'pass' : 'fail', summary, details);
  }
  const gain = roundDelta(rule.better === 'higher' ? b - a : a - b);
  const ok = gain >= allowed;
  const summary = `${head}: improved ${gain} ${ok ? '≥' : '<'} ${shown} required (${rule.better} is better)`;
  return gate(id, label, ok ? 'pass' : 'fail', summary, { ...details, improvement: gain });
}

function outputGate(id: string, label: string, path: string, c: RunComparison): GateResult {
  const o: OutputDiff | undefined = c.outputs.find((x) => x.path === path || x.path === `artifacts/${path}`);
  const details = { path, run: o?.b ?? null, baseline: o?.a ?? null };
  if (!o || o.change === 'added') {
    return gate(id, label, 'fail', `${path}: the baseline has no such output, so it cannot be unchanged.`, details);
  }
  if (o.change === 'removed') {
    return gate(id, label, 'fail', `${path}: the run did not produce it (the baseline did).`, details);
  }
  if (o.change === 'changed') {
    const [run, base] = [o.b!, o.a!];
    const summary = `${path} changed: sha256 ${run.sha256} (${run.size_bytes} B) `
      + `vs baseline ${base.sha256} (${base.size_bytes} B).`;
    return gate(id, label, 'fail', summary, details);
  }
  return gate(id, label, 'pass', `${path} is byte-identical to the baseline's (sha256 ${o.b!.sha256}).`, details);
}
