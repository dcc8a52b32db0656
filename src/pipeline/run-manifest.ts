import { arch, platform, release } from 'node:os';
import type { ValidatedBundle } from '../bundle/types.js';
import type { RunResult } from '../execute/types.js';
import { isSecretLookingKey } from '../bundle/secrets.js';
import type { Placement } from '../execute/placement.js';
import type { RunExtension, RunManifest } from '../manifest/types.js';
import type { ChainReport } from '../chain/report.js';
import type { GateResult } from '../collect/gates.js';
import { isoSeconds } from '../text/time.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { RunLayout } from './workspace.js';
import { relativeToRun } from './workspace.js';
import type { StagedInventory } from './staging.js';


export interface ManifestInputs {
  runId: string;
  vb: ValidatedBundle;
  placement: Placement;
  result: RunResult;
  outputs: { path: string; kind: RunExtension['outputs'][number]['kind']; sha256: string; size_bytes: number }[];
  gates: GateResult[];
  status: RunManifest['status'];
  chain: ChainReport;
  secretNames: string[];
  secretValues: string[];
  signing: RunExtension['signing'];
  stages: RunExtension['stages'];
  layout: RunLayout;
  /** Files of the capsule's bundle/ copy in which secret values were replaced by [REDACTED]. */
  redactedBundleFiles: string[];
  /** What of the bundle folder was staged, and which of its files are packed. */
  inventory: StagedInventory;
  /** A command run in place (`capsule run -- CMD`): its folder, git facts, materials. */
  inPlace?: NonNullable<RunExtension['in_place']>;
}

export function buildRunManifest(m: ManifestInputs): RunManifest {
  const { vb, result, layout } = m;
  const b = vb.bundle;
  const envOverrides: Record<string, string> = {};
  for (const [k, v] of Object.entries(b.spec.run.env ?? {})) {
    envOverrides[k] = isSecretLookingKey(k) || m.secretValues.some((s) => s && v.includes(s)) ? '<redacted>' : v;
  }
  for (const name of m.secretNames) envOverrides[name] = '<redacted>';
  const logs = {
    stdout: { ...result.logs.stdout, path: relativeToRun(layout, result.logs.stdout.path) },
    stderr: { ...result.logs.stderr, path: relativeToRun(layout, result.logs.stderr.path) },
  };
  return {
    schema_version: 1,
    kind: 'agilab.run_manifest',
    run_id: m.runId,
    path_id: `${b.metadata.name}@${b.metadata.version}`,
    label: b.metadata.name,
    status: m.status,
    command: { label: b.metadata.name, argv: result.argv, cwd: result.cwd, env_overrides: envOverrides },
    environment: {
      // AGILAB's environment block is Python-shaped; a capsule run is not a Python run, so
      // these stay empty and the Node version is recorded in proof_capsule.tool.
      python_version: '',
      python_executable: '',
      platform: `${platform()}-${release()}-${arch()}`,
      // The bundle folder as the capsule holds it (relative to the manifest), not this machine's path.
      repo_root: 'bundle',
      active_app: b.metadata.name,
      app_name: b.metadata.name,
    },
    timing: {
      started_at: result.startedAt,
      finished_at: result.finishedAt,
      duration_seconds: result.durationSeconds,
      target_seconds: b.spec.policy.maxRunSeconds,
    },
    artifacts: [
      ...m.outputs.map((o) => ({ name: o.path, path: `artifacts/${o.path}`, kind: o.kind, exists: true, size_bytes: o.size_bytes })),
      { name: 'stdout', path: logs.stdout.path, kind: 'log', exists: true, size_bytes: logs.stdout.storedBytes },
      { name: 'stderr', path: logs.stderr.path, kind: 'log', exists: true, size_bytes: logs.stderr.storedBytes },
    ],
    validations: [
      {
        label: 'execution',
        status: result.status === 'pass' ? 'pass' : 'fail',
        summary: executionSummary(result, b.spec.policy.maxRunSeconds),
        details: { exit_code: result.exitCode, signal: result.signal, timed_out: result.timedOut, diagnostics: result.diagnostics },
      },
      ...m.gates,
    ],
    created_at: isoSeconds(new Date(result.finishedAt)),
    proof_capsule: {
      schema: 'proofcapsule.run_extension.v1',
      tool: { name: TOOL_NAME, version: TOOL_VERSION, node_version: process.version },
      bundle: {
        name: b.metadata.name,
        version: b.metadata.version,
        path: `bundle/${m.inPlace ? 'bundle.json' : relativeBundleFile(vb)}`,
        sha256: vb.sha256,
        format: vb.format,
        lane: b.spec.policy.lane,
        human_gate_required: b.spec.policy.humanGateRequired,
        max_run_seconds: b.spec.policy.maxRunSeconds,
        fail_on_timeout: b.spec.policy.failOnTimeout,
        ...(m.redactedBundleFiles.length > 0 ? { redacted_files: m.redactedBundleFiles } : {}),
        packed_files: m.inventory.packed,
        staged: {
          inventory: relativeToRun(layout, layout.stagedInventory),
          files: m.inventory.files.length,
          bytes: m.inventory.files.reduce((n, f) => n + f.size_bytes, 0),
          excluded: m.inventory.excluded.length,
        },
      },
      placement: { site: m.placement.site, executor: m.placement.executor, accel: m.placement.accel, rejected: m.placement.rejected, warnings: m.placement.warnings },
      execution: {
        executor: result.executor,
        exit_code: result.exitCode,
        signal: result.signal,
        timed_out: result.timedOut,
        diagnostics: result.diagnostics,
        details: result.details,
        logs,
      },
      outputs: m.outputs.map((o) => ({ ...o, path: `artifacts/${o.path}` })),
      evidence: {
        events: relativeToRun(layout, layout.events),
        session_id: m.chain.session_id ?? '',
        event_count: m.chain.event_count,
        final_hash: m.chain.final_hash ?? '',
        classification: m.chain.classification,
        seal_public_key_sha256: m.chain.seal_public_key_sha256,
      },
      ...(m.inPlace ? { in_place: m.inPlace } : {}),
      secrets: { names: [...m.secretNames].sort() },
      signing: m.signing,
      stages: m.stages,
    },
  };
}

export function executionSummary(result: RunResult, maxRunSeconds: number): string {
  if (result.timedOut) return `timed out after ${maxRunSeconds}s (maxRunSeconds); the process group was killed`;
  if (result.diagnostics.length > 0 && result.status === 'fail') return result.diagnostics.join('; ');
  if (result.signal) return `killed by ${result.signal}`;
  return `exited with code ${result.exitCode}`;
}

function relativeBundleFile(vb: ValidatedBundle): string {
  const rel = vb.path.startsWith(vb.dir) ? vb.path.slice(vb.dir.length).replace(/^[\\/]+/, '') : 'bundle.json';
  return rel.split(/[\\/]/).join('/');
}
