import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import { readRunManifest } from '../manifest/read.js';
import { buildReplayPlan, type ReplayPlan } from '../promotion/replay-plan.js';
import { extractVerifiedCapsule } from './extract.js';
import type { VerifyOptions } from '../verify/report.js';
import { openVerifiedCapsule } from '../verify/capsule.js';
import { resolveRunManifestPath } from '../verify/run-folder.js';
import { isCapsuleTarget } from '../verify/target.js';
import { validateBundle } from '../bundle/validate.js';
import { runCommand } from '../bundle/run-command.js';
import { buildRunEnv } from '../execute/env.js';
import { executorFor } from '../execute/registry.js';
import { placeBundle } from '../place/place.js';
import { collectOutputs } from '../collect/outputs.js';
import { copyBundle } from '../pipeline/workspace.js';
import { replayRecordedCommand } from './recorded-command.js';
import type { ExecutorKind } from '../execute/placement.js';

export interface ReplayOptions extends Pick<VerifyOptions, 'signaturePath' | 'trustPolicyPath' | 'publicKeyPaths'> {
  execute?: boolean;
  executor?: 'auto' | ExecutorKind;
  /** Run a bundle whose origin is not verified (an unsigned or unanchored capsule, a run folder) on this host anyway. */
  allowUntrusted?: boolean;
  /** AGILAB's `--timeout`: seconds before the re-run is stopped (a bundle's own limit otherwise). */
  timeoutSeconds?: number;
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

/** A bundle re-run: its outputs compared with the recorded digests. */
export interface BundleReplay {
  executor: ExecutorKind;
  status: 'match' | 'mismatch';
  exit_code: number | null;
  recorded_exit_code: number | null;
  outputs: OutputComparison[];
  notes: string[];
}

/**
 * AGILAB's `agilab.replay_plan.v1` (our plan carries AGILAB's fields), and after `--execute`
 * AGILAB's `status`/`returncode` with either `executed` (a recorded bundle, outputs compared)
 * or, for a recorded command, its `stdout`/`stderr`.
 */
export type ReplayResult = ReplayPlan & {
  source_capsule?: string;
  executed: BundleReplay | null;
  status?: 'pass' | 'fail';
  returncode?: number | null;
  stdout?: string;
  stderr?: string;
  timed_out?: boolean;
  notes?: string[];
};

/**
 * `capsule replay`: prints the recorded plan; with `execute`, re-runs the recorded bundle in a
 * fresh workspace (same executor kind where this machine has it) and compares output hashes,
 * or, for a manifest without a bundle (AGILAB's), runs the recorded command as AGILAB does.
 * A capsule is verified before anything is unpacked from it; nothing whose origin is not
 * verified runs without `allowUntrusted`.
 */
export async function replayRun(target: string, options: ReplayOptions = {}): Promise<ReplayResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'capsule-replay-'));
  try {
    const { manifestPath, untrusted } = await manifestOf(target, scratch, options);
    const { manifest } = await readRunManifest(manifestPath);
    const plan = { ...buildReplayPlan(manifest), ...(isCapsuleTarget(target) ? { source_capsule: target } : {}) };
    if (!options.execute) return { ...plan, executed: null };
    if (untrusted !== null) {
      if (!options.allowUntrusted) {
        throw new CapsuleError('replay_untrusted', `${target}: not run, because ${untrusted}. Give the key that must have signed it (--public-key KEY.pem or --trust-policy POLICY), or pass --allow-untrusted to run code nobody vouched for on this host`, { file: target });
      }
      options.onUntrusted?.(untrusted);
    }
    const allowed = untrusted === null ? [] : [`run with --allow-untrusted: ${untrusted}`];
    if (!plan.bundle) {
      const ran = await replayRecordedCommand(manifest, dirname(resolve(manifestPath)), options);
      return { ...plan, executed: null, ...ran, notes: [...allowed, ...ran.notes] };
    }
    const executed = await execute(plan, dirname(manifestPath), scratch, options);
    executed.notes.unshift(...allowed);
    return { ...plan, executed, status: executed.status === 'match' ? 'pass' : 'fail', returncode: executed.exit_code };
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
    return { manifestPath: join(unpacked, 'run_manifest.snapshot.json'), untrusted: origin.verified ? null : `the capsule's origin is not verified: ${origin.summary.replace(/^origin not verified: /, '').replace(/; this verifies integrity only$/, '')}` };
  } finally {
    verified.close();
  }
}

async function execute(plan: ReplayPlan, manifestDir: string, scratch: string, options: ReplayOptions): Promise<BundleReplay> {
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
  // The recorded command is what ran; the bundle's own is only a cross-check.
  const command = { argv: plan.command.argv, cwd: plan.command.cwd || '.' };
  const fromBundle = runCommand(vb);
  if (JSON.stringify(fromBundle) !== JSON.stringify(command)) {
    notes.push(`the bundle's command is ${JSON.stringify(fromBundle.argv)} in ${fromBundle.cwd}; the recorded one (${JSON.stringify(command.argv)} in ${command.cwd}) is run`);
  }
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
    timeoutSeconds: options.timeoutSeconds ?? vb.bundle.spec.policy.maxRunSeconds,
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
