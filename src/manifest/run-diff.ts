/** An output of a run as its record names it: path relative to the manifest, and its digest. */
export interface RunOutput {
  path: string;
  kind: string;
  sha256: string;
  size_bytes: number;
}

/** One number read from a metrics output: `name` is its dotted path inside the JSON file. */
export interface RunMetric {
  output: string;
  name: string;
  value: number;
}

/**
 * What a comparison needs of one run, read from verified bytes (or, for the run being made,
 * from its own run folder). Environment values are never kept: only whether two match.
 */
export interface RunSide {
  /** The target as the user named it (a basename for capsules). */
  name: string;
  kind: 'capsule' | 'run-folder';
  /** The capsule's sha256, or the manifest's for a run folder. */
  sha256: string | null;
  run_id: string;
  status: string;
  verification_status: 'pass' | 'fail' | 'unknown';
  evidence_class: string | null;
  bundle: { name: string; version: string; sha256: string; lane: string } | null;
  command: { argv: string[]; cwd: string };
  /** Environment variable names, each with a digest of its recorded value (to tell "changed" apart, never to show). */
  env: Map<string, string>;
  secret_names: string[];
  placement: { site: string; executor: string; accel: string | null } | null;
  duration_seconds: number;
  decision: string | null;
  outputs: RunOutput[];
  metrics: RunMetric[];
  /** What could not be read (a metrics file that is not JSON, a decision not recorded). */
  notes: string[];
}

export type Change = 'same' | 'changed' | 'added' | 'removed';

export interface MetricDiff {
  output: string;
  name: string;
  a: number | null;
  b: number | null;
  /** b − a, rounded to 12 significant digits so 0.90 − 0.95 reads −0.05. */
  delta: number | null;
  /** delta / |a|; null when a is 0 or either side lacks the metric. */
  relative_delta: number | null;
  change: Change;
}

export interface OutputDiff {
  path: string;
  kind: string;
  change: Change;
  a: { sha256: string; size_bytes: number } | null;
  b: { sha256: string; size_bytes: number } | null;
}

/** A single recorded fact of both runs (bundle, command, placement, decision, evidence class). */
export interface FactDiff {
  field: string;
  a: string | null;
  b: string | null;
  change: Change;
}

export interface EnvDiff {
  name: string;
  /** `changed`: both runs set it, to different recorded values (the values are not shown). */
  change: Change;
  secret: boolean;
}

export interface SideSummary {
  name: string;
  kind: RunSide['kind'];
  sha256: string | null;
  run_id: string;
  verification_status: RunSide['verification_status'];
  evidence_class: string | null;
}

/** `proofcapsule.run_diff.v1`: what changed from run A (the baseline) to run B. */
export interface RunComparison {
  schema: 'proofcapsule.run_diff.v1';
  a: SideSummary;
  b: SideSummary;
  /** Metrics, outputs, facts and environment rows that are not `same` (timing never counts: it always differs). */
  differences: number;
  metrics: MetricDiff[];
  outputs: OutputDiff[];
  facts: FactDiff[];
  environment: EnvDiff[];
  timing: { a_seconds: number; b_seconds: number; delta_seconds: number };
  notes: string[];
}

/**
 * Floating-point differences rounded to 12 significant digits: 0.90 − 0.95 is −0.05, not
 * −0.04999999999999993, both when shown and when a gate compares it with a limit.
 */
export function roundDelta(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(12));
}
