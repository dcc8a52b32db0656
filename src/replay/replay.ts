import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import { readRunManifest } from '../manifest/read.js';
import { buildReplayPlan, type ReplayPlan } from '../promotion/replay-plan.js';
import { extractVerifiedCapsule } from './extract.js';
import type { VerifyOptions } from '../verify/report.js';
import { openVerifiedCapsule } from '../verify/capsule.js';
import { isCapsuleTarget, resolveRunManifestPath } from '../verify/run-folder.js';
import { validateBundle } from '../bundle/validate.js';
import { runCommand } from '../bundle/run-command.js';
import { buildRunEnv } from '../execute/env.js';
import { executorFor } from '../execute/registry.js';
import { placeBundle } from '../place/place.js';
import { collectOutputs } from '../collect/outputs.js';
import { copyBundle } from '../pipeline/workspace.js';
import type { ExecutorKind } from '../execute/placement.js';

export interface ReplayOptions extends Pick<VerifyOptions, 'signaturePath' | 'trustPolicyPath' | 'publicKeyPaths'> {
  execute?: boolean;
  executor?: 'auto' | ExecutorKind;
  /** Run a bundle whose origin is not verified (an unsigned or unanchored capsule, a run folder) on this host anyway. */
  allowUntrusted?: boolean;
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
  /** Told, before anything runs, when `allowUntrusted` is what lets it run. */
  onUntrusted?: (why: string) => void;
}

interface OutputComparison {
  path: string;
  expected: string;
  actual: string | null;
  match: boolean;
}

export interface ReplayResult {
  schema: 'proofcapsule.replay_result.v1';
  plan: ReplayPlan;
  executed: null | {
    executor: ExecutorKind;
    status: 'match' | 'mismatch';
    exit_code: number | null;
    recorded_exit_code: number | null;
    outputs: OutputComparison[];
    notes: string[];
  };
}

/**
 * `capsule replay`: prints the recorded plan; with `execute`, re-runs the recorded bundle in a
 * fresh workspace (same executor kind where this machine has it) and compares output hashes.
 * A capsule is verified before anything is unpacked from it.
 */
export async function replayRun(target: string, options: ReplayOptions = {}): Promise<ReplayResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'capsule-replay-'));
  try {
    const { manifestPath, untrusted } = await manifestOf(target, scratch, options);
    const { manifest } = await readRunManifest(manifestPath);
    const plan = buildReplayPlan(manifest);
    if (!options.execute) return { schema: 'proofcapsule.replay_result.v1', plan, executed: null };
    if (!plan.bundle) {
      throw new CapsuleError('replay_no_bundle', `${target}: the manifest records no bundle (a plain AGILAB manifest), so there is nothing to re-run; the plan above says what ran`, { file: target });
    }
    if (untrusted !== null) {
      if (!options.allowUntrusted) {
        throw new CapsuleError('replay_untrusted', `${target}: not run, because ${untrusted}. Give the key that must have signed it (--public-key KEY.pem or --trust-policy POLICY), or pass --allow-untrusted to run code nobody vouched for on this host`, { file: target });
      }
      options.onUntrusted?.(untrusted);
    }
    const executed = await execute(plan, dirname(manifestPath), scratch, options);
    if (untrusted !== null) executed.notes.unshift(`run with --allow-untrusted: ${untrusted}`);
    return { schema: 'proofcapsule.replay_result.v1', plan, executed };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The manifest to replay: a capsule is verified and unpacked from the bytes verified; `untrusted`
 * says why its bundle's origin is not proven (null when a signature verified under an anchor).
 */
async function manifestOf(target: string, scratch: string, options: ReplayOptions): Promise<{ manifestPath: string; untrusted: string | null }> {
  if (!isCapsuleTarget(target)) return { manifestPath: resolveRunManifestPath(target), untrusted: 'a run folder carries no signature, so nothing proves who wrote its bundle' };
  const verified = await openVerifiedCapsule(target, { signaturePath: options.signaturePath, trustPolicyPath: options.trustPolicyPath, publicKeyPaths: options.publicKeyPaths });
  try {
    const unpacked = join(scratch, 'capsule');
    await extractVerifiedCapsule(verified, unpacked);
    const origin = verified.report.origin;
    return { manifestPath: join(unpacked, 'run_manifest.snapshot.json'), untrusted: origin.verified ? null : `the capsule's origin is not verified (${origin.summary.replace(/^origin not verified: /, '').replace(/; this verifies integrity only$/, '')})` };
  } finally {
    verified.close();
  }
}

async function execute(plan: ReplayPlan, manifestDir: string, scratch: string, options: ReplayOptions): Promise<NonNullable<ReplayResult['executed']>> {
  const notes: string[] = [];
  // The capsule's bundle/ copy is laid out from the bundle's root, so it is the root here.
  const vb = validateBundle(resolve(manifestDir, plan.bundle!.path), { repoRoot: resolve(manifestDir, 'bundle') });
  if (vb.sha256 !== plan.bundle!.sha256) notes.push(`the bundle file's sha256 is ${vb.sha256}, the recording says ${plan.bundle!.sha256}`);
  const wanted = options.executor ?? (plan.executor as ExecutorKind);
  const placement = await placeBundle(vb, { executorOverride: wanted }).catch(async (err: Error) => {
    notes.push(`the recorded executor ${wanted} is not available here (${err.message.split('\n')[0]}); replaying with the process executor`);
    return placeBundle(vb, { executorOverride: 'process' });
  });
  const workspace = join(scratch, 'workspace');
  copyBundle(vb, workspace);
  const command = runCommand(vb);
  const env = buildRunEnv(vb.bundle, process.env, {});
  const result = await executorFor(placement.executor).run({
    bundle: vb,
    placement,
    workspace,
    logsDir: join(scratch, 'logs'),
    argv: command.argv,
    cwd: command.cwd,
    env: env.env,
    secretValues: env.secretValues,
    timeoutSeconds: vb.bundle.spec.policy.maxRunSeconds,
    logCapBytes: 1024 * 1024,
    onOutput: options.onOutput,
  });
  const found = new Map((await collectOutputs(workspace, vb.bundle.spec.outputs)).outputs.map((o) => [o.path, o.sha256]));
  const outputs = plan.expected_outputs.map((o) => {
    const actual = found.get(o.workspace_path) ?? null;
    return { path: o.workspace_path, expected: o.sha256, actual, match: actual === o.sha256 };
  });
  const exitMatches = result.exitCode === plan.recorded_exit_code;
  if (!exitMatches) notes.push(`exit code ${result.exitCode} differs from the recorded ${plan.recorded_exit_code}`);
  return {
    executor: placement.executor,
    status: exitMatches && outputs.every((o) => o.match) ? 'match' : 'mismatch',
    exit_code: result.exitCode,
    recorded_exit_code: plan.recorded_exit_code,
    outputs,
    notes,
  };
}
