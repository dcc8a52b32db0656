import { CapsuleError } from '../errors.js';
import { parseJsonStrict } from '../json/parse.js';
import type { RunMetric } from '../manifest/run-diff.js';

/** A metrics file with more numbers than this is a data set, not a summary: the rest is noted, not compared. */
export const MAX_METRICS_PER_OUTPUT = 1000;

/**
 * The numbers of one metrics output (JSON): every numeric leaf, named by its dotted path
 * (`accuracy`, `eval.f1`, `per_class.0`). A file that is not JSON yields no metrics and a
 * note; booleans and strings are not metrics.
 */
export function metricsOf(output: string, bytes: Buffer, notes: string[]): RunMetric[] {
  let value: unknown;
  try {
    value = parseJsonStrict(bytes.toString('utf8'), output).value;
  } catch (err) {
    if (!(err instanceof CapsuleError)) throw err;
    notes.push(`${output}: a metrics output that is not JSON, so no metrics are read from it (${err.message.split('\n')[0]})`);
    return [];
  }
  const metrics: RunMetric[] = [];
  const walk = (node: unknown, name: string): void => {
    if (metrics.length > MAX_METRICS_PER_OUTPUT) return;
    if (typeof node === 'number') metrics.push({ output, name: name || '(value)', value: node });
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, name ? `${name}.${i}` : String(i)));
    else if (typeof node === 'object' && node !== null) for (const [key, item] of Object.entries(node)) walk(item, name ? `${name}.${key}` : key);
  };
  walk(value, '');
  if (metrics.length > MAX_METRICS_PER_OUTPUT) {
    notes.push(`${output}: more than ${MAX_METRICS_PER_OUTPUT} numbers; only the first ${MAX_METRICS_PER_OUTPUT} are compared`);
    metrics.length = MAX_METRICS_PER_OUTPUT;
  }
  return metrics;
}
