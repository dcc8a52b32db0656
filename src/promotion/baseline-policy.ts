/** A limit against the baseline: absolute (in the metric's unit) or a fraction of the baseline's value. */
export interface Threshold {
  value: number;
  relative: boolean;
  /** As written in the policy (`0.01`, `2%`), for messages. */
  text: string;
}

export type MetricLimit = 'max_drop' | 'max_rise' | 'min_improvement';
export const METRIC_LIMITS: MetricLimit[] = ['max_drop', 'max_rise', 'min_improvement'];

export interface BaselineMetricRule {
  /** `accuracy`, or `<output>#<name>` when two metrics outputs have the name. */
  metric: string;
  limits: Partial<Record<MetricLimit, Threshold>>;
  better: 'higher' | 'lower';
}

/** The `baseline` section of a promotion policy, normalized (docs/policy.md). */
export interface BaselinePolicy {
  required: boolean;
  metrics: BaselineMetricRule[];
  unchanged_outputs: string[];
}

/** The file form (schemas/promotion-policy-baseline.schema.json), already schema-valid. */
export interface BaselinePolicyFile {
  required?: boolean;
  metrics?: Record<string, Partial<Record<MetricLimit, number | string>> & { better?: 'higher' | 'lower' }>;
  unchanged_outputs?: string[];
}

export function normalizeBaselinePolicy(file: BaselinePolicyFile | undefined): BaselinePolicy | null {
  if (file === undefined) return null;
  const metrics = Object.entries(file.metrics ?? {}).map(([metric, rule]): BaselineMetricRule => {
    const limits: BaselineMetricRule['limits'] = {};
    for (const limit of METRIC_LIMITS) if (rule[limit] !== undefined) limits[limit] = threshold(rule[limit]);
    // A metric only capped from above (a loss, a latency) is one where lower is better.
    const better = rule.better ?? (rule.max_rise !== undefined && rule.max_drop === undefined ? 'lower' : 'higher');
    return { metric, limits, better };
  });
  return { required: file.required ?? false, metrics, unchanged_outputs: file.unchanged_outputs ?? [] };
}

function threshold(written: number | string): Threshold {
  if (typeof written === 'number') return { value: written, relative: false, text: String(written) };
  return { value: Number(written.slice(0, -1)) / 100, relative: true, text: written };
}
