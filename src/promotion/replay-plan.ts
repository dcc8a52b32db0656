import type { RunManifest } from '../manifest/types.js';

/** `agilab.replay_plan.v1`: what `capsule replay` and promotion/replay.sh do, without doing it. */
export interface ReplayPlan {
  schema: 'agilab.replay_plan.v1';
  run_id: string;
  path_id: string;
  label: string;
  /** AGILAB's fields (label, argv, cwd, env_overrides as recorded: secrets already redacted) and the names. */
  command: { label: string; argv: string[]; cwd: string; env_overrides: Record<string, string>; env_names: string[] };
  executor: string;
  /** The recorded bundle (relative to the manifest); null for a plain AGILAB manifest. */
  bundle: { path: string; sha256: string } | null;
  max_run_seconds: number | null;
  /** `path` is relative to the manifest (`artifacts/...`); `workspace_path` is where the run wrote it. */
  expected_outputs: { path: string; workspace_path: string; sha256: string }[];
  recorded_exit_code: number | null;
  steps: { id: string; description: string }[];
  /** AGILAB's: nothing runs without --execute. */
  safe_default: 'print-only';
  execute_requires: '--execute';
}

/** Outputs are collected from the workspace into `artifacts/<workspace path>` of the run folder. */
function workspacePathOf(artifactPath: string): string {
  return artifactPath.startsWith('artifacts/') ? artifactPath.slice('artifacts/'.length) : artifactPath;
}

export function buildReplayPlan(manifest: RunManifest): ReplayPlan {
  const pc = manifest.proof_capsule;
  const bundle = pc ? { path: pc.bundle.path, sha256: pc.bundle.sha256 } : null;
  const outputs = (pc?.outputs ?? []).map((o) => ({ path: o.path, workspace_path: workspacePathOf(o.path), sha256: o.sha256 }));
  const steps = [
    ...(bundle ? [{ id: 'copy_bundle', description: `Copy the folder of ${bundle.path} (sha256 ${bundle.sha256}) to a fresh workspace.` }] : []),
    { id: 'enter_cwd', description: `Change to ${manifest.command.cwd || '.'}${bundle ? ' inside the workspace' : ''}.` },
    { id: 'set_env', description: `Set the recorded env overrides; redacted ones (${redactedNames(manifest).join(', ') || 'none'}) must come from the caller.` },
    { id: 'run', description: `Run the recorded argv (${manifest.command.argv.length} arguments)${pc ? ` with the bundle's limit of ${pc.bundle.max_run_seconds} s` : ''}.` },
    ...(outputs.length > 0 ? [{ id: 'compare_outputs', description: `Recompute the SHA-256 of ${outputs.length} outputs and compare with the recorded digests.` }] : []),
  ];
  return {
    schema: 'agilab.replay_plan.v1',
    run_id: manifest.run_id,
    path_id: manifest.path_id,
    label: manifest.label,
    command: {
      label: manifest.command.label, argv: [...manifest.command.argv], cwd: manifest.command.cwd,
      env_overrides: { ...manifest.command.env_overrides }, env_names: Object.keys(manifest.command.env_overrides).sort(),
    },
    executor: pc?.execution.executor ?? 'process',
    bundle,
    max_run_seconds: pc?.bundle.max_run_seconds ?? null,
    expected_outputs: outputs,
    recorded_exit_code: pc?.execution.exit_code ?? null,
    steps,
    safe_default: 'print-only',
    execute_requires: '--execute',
  };
}

function redactedNames(manifest: RunManifest): string[] {
  return Object.entries(manifest.command.env_overrides)
    .filter(([, value]) => value === '<redacted>')
    .map(([name]) => name)
    .sort();
}
