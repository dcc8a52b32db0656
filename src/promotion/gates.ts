import { existsSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import type { RunManifest } from '../manifest/types.js';
import { isSecretLookingKey } from '../bundle/secrets.js';
import type { GateResult } from '../collect/gates.js';
import { isGateId, type GateId, type PromotionPolicy } from './policy.js';

/** A gate of the promotion policy: a rule of the policy report (AGILAB `rules[]` plus `label`). */
export interface PolicyGateResult extends GateResult {
  /**
   * A gate id, an id the policy selected that no gate has (then the rule fails), or a baseline
   * gate's own id (`baseline_metric:accuracy:max_drop`).
   */
  id: string;
}

export interface GateInput {
  manifest: RunManifest;
  policy: PromotionPolicy;
  /** The manifest on disk; artifact paths resolve against its folder. Without it, the artifact gate is skipped. */
  manifestPath?: string;
}

function result(id: string, label: string, passed: boolean, summary: string, details: Record<string, unknown> = {}): PolicyGateResult {
  return { id, label, status: passed ? 'pass' : 'fail', summary, details };
}

function skipped(id: GateId, label: string, summary: string): PolicyGateResult {
  return { id, label, status: 'skip', summary, details: {} };
}

function manifestExists(): PolicyGateResult {
  // Reaching a gate means the manifest was read; kept so AGILAB policies naming it still work.
  return result('manifest_exists', 'Run manifest exists', true, 'Run manifest exists.');
}

function manifestSchemaSupported(input: GateInput): PolicyGateResult {
  return result('manifest_schema_supported', 'Run manifest schema is supported', true, 'Run manifest schema is supported.', {
    kind: input.manifest.kind,
    schema_version: input.manifest.schema_version,
  });
}

function manifestStatusPass({ manifest }: GateInput): PolicyGateResult {
  return result('manifest_status_pass', 'Run status is pass', manifest.status === 'pass', `Run manifest status is '${manifest.status}'.`, {
    expected: 'pass',
    actual: manifest.status,
  });
}

function validationsPass({ manifest, policy }: GateInput): PolicyGateResult {
  const label = 'Required validations pass';
  const byLabel = new Map(manifest.validations.map((v) => [v.label, v.status]));
  if (policy.required_validations === 'all') {
    const failed = manifest.validations.filter((v) => v.status !== 'pass').map((v) => v.label);
    const passed = failed.length === 0 && manifest.validations.length > 0;
    const summary = passed ? 'All manifest validations passed.' : manifest.validations.length === 0 ? 'Manifest has no validations.' : `Failing validations: ${failed.join(', ')}.`;
    return result('validations_pass', label, passed, summary, { required: 'all', failed_validations: failed, validation_count: manifest.validations.length });
  }
  const missing = policy.required_validations.filter((l) => !byLabel.has(l));
  const failed = policy.required_validations.filter((l) => byLabel.has(l) && byLabel.get(l) !== 'pass');
  const passed = missing.length === 0 && failed.length === 0;
  const problems = [failed.length ? `failing: ${failed.join(', ')}` : '', missing.length ? `missing: ${missing.join(', ')}` : ''].filter(Boolean);
  return result('validations_pass', label, passed, passed ? 'All required validations passed.' : `Required validations ${problems.join('; ')}.`, {
    required: policy.required_validations,
    failed_validations: failed,
    missing_validations: missing,
  });
}

function declaredArtifactsPresent({ manifest, manifestPath }: GateInput): PolicyGateResult {
  const label = 'Declared artifacts are present';
  if (manifestPath === undefined) return skipped('declared_artifacts_present', label, 'No manifest file to resolve artifact paths against.');
  const base = dirname(manifestPath);
  const missing = manifest.artifacts.filter((a) => a.exists && !existsSync(isAbsolute(a.path) ? a.path : join(base, a.path))).map((a) => a.path);
  return result(
    'declared_artifacts_present',
    label,
    missing.length === 0,
    missing.length === 0 ? 'All artifacts declared present exist.' : `Artifacts declared present are missing: ${missing.join(', ')}.`,
    { artifact_count: manifest.artifacts.length, missing },
  );
}

function commandPresent({ manifest }: GateInput): PolicyGateResult {
  const n = manifest.command.argv.length;
  return result('command_present', 'Replay command is recorded', n > 0, n > 0 ? 'Replay command is recorded.' : 'Replay command is missing.', { argv_count: n });
}

/**
 * A capsule run replays from its recorded bundle, so the bundle digest is what makes it
 * replayable; a plain AGILAB manifest needs its executable on PATH, as AGILAB checks.
 */
function replayAvailable({ manifest, manifestPath }: GateInput): PolicyGateResult {
  const label = 'Replay is available';
  const executable = manifest.command.argv[0] ?? '';
  const bundle = manifest.proof_capsule?.bundle;
  if (bundle) {
    const ok = executable !== '';
    return result('replay_available', label, ok, ok ? `Replay runs the recorded argv in a fresh copy of ${bundle.path} (sha256 ${bundle.sha256}).` : 'No argv recorded to replay.', {
      executable,
      bundle: bundle.path,
      bundle_sha256: bundle.sha256,
    });
  }
  const ok = executable !== '' && executableResolvable(executable, manifestPath);
  return result('replay_available', label, ok, ok ? 'Replay command has a resolvable executable.' : 'Replay command executable is not resolvable on PATH.', { executable });
}

function executableResolvable(executable: string, manifestPath?: string): boolean {
  if (executable.includes('/')) return existsSync(isAbsolute(executable) ? executable : resolve(manifestPath ? dirname(manifestPath) : '.', executable));
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, executable)));
}

function secretEnvValuesRedacted({ manifest }: GateInput): PolicyGateResult {
  const exposed = Object.entries(manifest.command.env_overrides)
    .filter(([key, value]) => isSecretLookingKey(key) && value !== '' && value !== '<redacted>')
    .map(([key]) => key);
  return result(
    'secret_env_values_redacted',
    'Secret-like env values are redacted',
    exposed.length === 0,
    exposed.length === 0 ? 'No secret-like environment values are stored in clear text.' : `Secret-like environment values are stored in clear text: ${exposed.join(', ')}.`,
    { exposed_names: exposed },
  );
}

function runNotTimedOut({ manifest }: GateInput): PolicyGateResult {
  const label = 'Run finished within its time limit';
  const pc = manifest.proof_capsule;
  if (!pc) return skipped('run_not_timed_out', label, 'Plain AGILAB manifest: no executor record to check for a timeout.');
  const timedOut = pc.execution.timed_out;
  if (timedOut && !pc.bundle.fail_on_timeout) {
    // The bundle chose not to fail on timeout: the run's status (unknown) decides, through manual review.
    return skipped('run_not_timed_out', label, `Run timed out at ${pc.bundle.max_run_seconds} s; the bundle sets failOnTimeout: false, so the timeout alone does not block.`);
  }
  return result(
    'run_not_timed_out',
    label,
    !timedOut,
    timedOut ? `Run timed out: stopped after the bundle's limit of ${pc.bundle.max_run_seconds} s.` : `Run finished within the bundle's limit of ${pc.bundle.max_run_seconds} s.`,
    { timed_out: timedOut, max_run_seconds: pc.bundle.max_run_seconds, duration_seconds: manifest.timing.duration_seconds },
  );
}

function requiredOutputsPresent({ manifest, policy }: GateInput): PolicyGateResult {
  const recorded = new Set([
    ...manifest.artifacts.filter((a) => a.exists).map((a) => a.path),
    ...(manifest.proof_capsule?.outputs ?? []).map((o) => o.path),
  ]);
  // A policy may name an output by its bundle path ("model.bin") or its run-folder path ("artifacts/model.bin").
  const missing = policy.required_outputs.filter((p) => !recorded.has(p) && !recorded.has(`artifacts/${p}`));
  return result(
    'required_outputs_present',
    'Required outputs were produced',
    missing.length === 0,
    missing.length === 0 ? `All ${policy.required_outputs.length} required outputs were produced.` : `Required outputs missing: ${missing.join(', ')}.`,
    { required: policy.required_outputs, missing },
  );
}

function durationWithinLimit({ manifest, policy }: GateInput): PolicyGateResult {
  const limit = policy.max_duration_seconds ?? Infinity;
  const actual = manifest.timing.duration_seconds;
  return result(
    'duration_within_limit',
    'Run duration is within the policy limit',
    actual <= limit,
    `Run took ${actual} s; the policy allows ${limit} s.`,
    { duration_seconds: actual, max_duration_seconds: limit },
  );
}

const GATES: Record<GateId, (input: GateInput) => PolicyGateResult> = {
  manifest_exists: manifestExists,
  manifest_schema_supported: manifestSchemaSupported,
  manifest_status_pass: manifestStatusPass,
  validations_pass: validationsPass,
  declared_artifacts_present: declaredArtifactsPresent,
  command_present: commandPresent,
  replay_available: replayAvailable,
  secret_env_values_redacted: secretEnvValuesRedacted,
  run_not_timed_out: runNotTimedOut,
  required_outputs_present: requiredOutputsPresent,
  duration_within_limit: durationWithinLimit,
};

/** A selected id no gate has fails as its own rule, as in AGILAB, naming where the policy wrote it. */
function unknownRule(id: string, { policy }: GateInput): PolicyGateResult {
  const where = policy.unknown_rules[id];
  return result(id, 'Unknown policy rule', false, `Unknown or unsupported policy rule: ${id}${where ? ` (${where})` : ''}.`, { known_rules: [...Object.keys(GATES)], ...(where ? { written_at: where } : {}) });
}

export function runGate(id: string, input: GateInput): PolicyGateResult {
  return isGateId(id) ? GATES[id](input) : unknownRule(id, input);
}
