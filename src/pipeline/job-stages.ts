import { randomBytes } from 'node:crypto';
import { runCommand } from '../bundle/run-command.js';
import type { ValidatedBundle } from '../bundle/types.js';
import { ChainRecorder } from '../chain/recorder.js';
import type { ChainReport } from '../chain/report.js';
import { verifyChainFile } from '../chain/verify.js';
import { evaluateGates, type GateResult } from '../collect/gates.js';
import { collectOutputs } from '../collect/outputs.js';
import { buildRunEnv, type RunEnv } from '../execute/env.js';
import { writeJsonFile } from '../json/write.js';
import type { Placement } from '../execute/placement.js';
import { executorFor } from '../execute/registry.js';
import type { RunResult } from '../execute/types.js';
import type { RunManifest } from '../manifest/types.js';
import { placeBundle } from '../place/place.js';
import { draftDecision, type Draft } from '../promotion/staged.js';
import { compactStamp } from '../text/time.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { RunInputs } from './inputs.js';
import { withoutMachinePaths } from './machine-paths.js';
import { bundleJob, type Job, type StagedJob } from './job.js';
import type { Baseline } from '../diff/baseline.js';
import { compareDraft, type DraftComparison } from './baseline.js';
import { copyOutputs, describeLeftOut, leftOutGates, type CopiedOutputs } from './outputs.js';
import { refusePlantedLinks } from './planted-links.js';
import { buildRunManifest, executionSummary } from './run-manifest.js';
import { resolveSigning, type ResolvedSigning } from './signing.js';
import type { StageLog } from './stages.js';
import type { PipelineOptions } from './types.js';
import { createRunFolder, type RunLayout } from './workspace.js';
import { DEFAULT_LIMITS, refuseAboveTotalCap, type SizedFile } from '../zip/limits.js';

/** What to do when a run's outputs add up to more than a capsule may hold. */
const OUTPUTS_TOO_LARGE_HINT = 'The outputs were not copied (they are where the job left them); the run folder keeps '
  + 'the logs and the event chain. Name fewer outputs.';

/** Default cap for each stored log stream (the full stream is still hashed). */
const LOG_CAP_BYTES = 4 * 1024 * 1024;

/** What every stage from the run on reads: the bundle, where and how it runs, its folder, key and chain. */
export interface OpenRun extends StagedJob {
  options: PipelineOptions;
  log: StageLog;
  vb: ValidatedBundle;
  policy: RunInputs['policy'];
  placement: Placement;
  runEnv: RunEnv;
  command: { argv: string[]; cwd: string };
  layout: RunLayout;
  signing: ResolvedSigning;
  runId: string;
  chain: ChainRecorder;
}

/** The job's outcome as the gate stage judged it. */
export interface Judged {
  result: RunResult;
  outputs: CopiedOutputs['packed'];
  gates: GateResult[];
  draft: Draft;
  /** With a baseline: the run as judged, compared with it. */
  compared?: DraftComparison;
}

/** The job a run's options name: theirs, or the bundle file's (stateless, so asking twice is the same job). */
function jobOf(options: PipelineOptions): Job {
  return options.job ?? bundleJob(options.bundlePath, options.repoRoot);
}

export function validateStage(log: StageLog, options: PipelineOptions): Promise<ValidatedBundle> {
  const job = jobOf(options);
  return log.run('validate', job.args, () => job.validate(), (v) => ({
    message: `${v.bundle.metadata.name}@${v.bundle.metadata.version} (${job.describe?.(v) ?? v.format}) is valid`,
    result: { sha256: v.sha256, format: v.format },
  }));
}

export function placeStage(log: StageLog, vb: ValidatedBundle, options: PipelineOptions): Promise<Placement> {
  const override = options.executor ?? 'auto';
  return log.run('place', { intent: vb.bundle.spec.executor.backendIntent, override },
    () => placeBundle(vb, { inventoryPath: options.inventoryPath, executorOverride: override }),
    (p) => {
      const where = `${p.executor}${p.accel ? ` (${p.accel})` : ''} on ${p.site}`;
      const message = `${where}${p.warnings.length ? `; ${p.warnings.join('; ')}` : ''}`;
      return { status: p.warnings.length > 0 ? 'warn' : 'pass', message, result: p };
    });
}

/**
 * Claims the run folder, takes the key read with the other inputs, opens the chain (every later
 * stage is recorded in it), stages the bundle.
 */
export async function openRun(
  log: StageLog,
  vb: ValidatedBundle,
  placement: Placement,
  inputs: RunInputs,
  options: PipelineOptions,
): Promise<OpenRun> {
  const runEnv = buildRunEnv(vb.bundle, process.env, { extraSecretValues: options.secretValues ?? [] });
  const command = runCommand(vb);
  const layout = createRunFolder(options.outDir, options.outDirNumbered);
  const signing = resolveSigning(inputs.key, options, layout.keysDir);
  const { name, version } = vb.bundle.metadata;
  const runId = `${name}-${compactStamp(new Date())}-${randomBytes(3).toString('hex')}`;
  const chain = ChainRecorder.create(layout.events, {
    secretValues: runEnv.secretValues,
    start: {
      run_id: runId, bundle: name, bundle_version: version, bundle_sha256: vb.sha256,
      tool: `${TOOL_NAME}@${TOOL_VERSION}`,
    },
  });
  log.attach(chain);
  const run = { options, log, vb, policy: inputs.policy, placement, runEnv, command, layout, signing, runId, chain };
  try {
    const stageContext = { layout, command, rules: inputs.ignoreRules, secretValues: runEnv.secretValues };
    return { ...run, ...(await jobOf(options).stage(vb, stageContext)) };
  } catch (err) {
    chain.close();
    throw err;
  }
}

export function runStage(run: OpenRun): Promise<RunResult> {
  const { vb, placement, layout, command, runEnv, workspace } = run;
  const maxRunSeconds = vb.bundle.spec.policy.maxRunSeconds;
  const envNames = Object.keys(runEnv.env).sort();
  const args = { argv: command.argv, cwd: command.cwd, env_names: envNames, executor: placement.executor };
  // What the executor wrote down is recorded without this machine's run and bundle folders.
  const folders = { runFolder: layout.root, bundleDir: vb.dir };
  return run.log.run('run', args,
    async () => withoutMachinePaths(await executorFor(placement.executor).run({
      bundle: vb,
      placement,
      workspace,
      skip: run.collect.skip,
      skipFolder: run.collect.skipFolder,
      logsDir: layout.logsDir,
      argv: command.argv,
      cwd: command.cwd,
      env: runEnv.env,
      secretValues: runEnv.secretValues,
      timeoutSeconds: maxRunSeconds,
      logCapBytes: LOG_CAP_BYTES,
      onOutput: run.options.onOutput,
    }), folders),
    (r) => ({
      status: r.status === 'pass' ? 'pass' : 'fail',
      message: executionSummary(r, maxRunSeconds),
      result: {
        exit_code: r.exitCode, signal: r.signal, timed_out: r.timedOut,
        stdout_sha256: r.logs.stdout.sha256, stderr_sha256: r.logs.stderr.sha256,
      },
    }));
}

export function collectStage(run: OpenRun): Promise<CopiedOutputs> {
  const { layout, vb } = run;
  const leftOut = (c: CopiedOutputs) => (c.leftOut.length > 0 ? `; left out: ${describeLeftOut(c.leftOut)}` : '');
  return run.log.run('collect', { globs: vb.bundle.spec.outputs },
    async () => {
      // The job has ended, and ran as the user: it may have rewritten the inventory on disk to
      // match a bundle/ file it replaced. The one taken before it started is what is packed.
      refusePlantedLinks(layout);
      writeJsonFile(layout.stagedInventory, run.inventory);
      // Held to the capsule's total cap before a byte is read or copied (outputs above the
      // per-entry cap are referenced, not packed).
      const beforeHashing = (found: SizedFile[]) => refuseAboveTotalCap(
        found.filter((f) => f.size <= DEFAULT_LIMITS.maxEntryBytes), layout.root, OUTPUTS_TOO_LARGE_HINT);
      const collection = await collectOutputs(run.workspace, vb.bundle.spec.outputs, { ...run.collect, beforeHashing });
      return copyOutputs(layout, run.workspace, collection, run.runEnv.secretValues);
    },
    (c) => ({
      status: c.leftOut.length > 0 ? 'fail' : 'pass',
      message: `${c.packed.length} output file(s)${leftOut(c)}`,
      result: { packed: c.packed, left_out: c.leftOut.map((l) => l.path) },
    }));
}

/**
 * The gates, and the run's one promotion decision (a draft), taken on the evidence as it will be
 * once sealed with a trusted key; it is recorded in the chain and packed as it is.
 */
export function gateStage(run: OpenRun, result: RunResult, collected: CopiedOutputs, baseline?: Baseline):
Promise<Judged> {
  const { vb, layout, options } = run;
  const validations = vb.bundle.spec.validations ?? [];
  const compareWith = baseline && { baseline: baseline.side.sha256 };
  const input = { validations, policy: options.policyPath ?? 'default', ...compareWith };
  return run.log.run('gate', input, async () => {
    const outputs = collected.packed;
    const gates = [
      ...evaluateGates(validations, { exitCode: result.exitCode, outputs, workspace: run.workspace }),
      ...leftOutGates(collected.leftOut, run.runEnv.secretNames),
    ];
    const judged = { result, outputs, gates };
    const unsealed = await verifyChainFile(layout.events);
    const manifest = manifestOf(run, judged, unsealed);
    const capsuleName = `${vb.bundle.metadata.name}.agipack`;
    const compared = baseline && await compareDraft(baseline, manifest, layout.root, capsuleName);
    const draft = draftDecision(manifest, run.policy, layout.manifest, compared?.comparison);
    return { ...judged, draft, ...(compared && { compared }) };
  }, ({ gates, draft: { decision } }) => ({
    status: decision.decision === 'promote' ? 'pass' : decision.decision === 'block' ? 'fail' : 'warn',
    message: `${gates.filter((x) => x.status === 'pass').length}/${gates.length} bundle validation(s) passed; `
      + `decision ${decision.decision}`,
    result: { gates, decision: decision.decision, reason: decision.reason },
  }));
}

/** The run's status: unknown after a timeout the bundle tolerates; else pass only if the job and every gate passed. */
export function runStatus(run: OpenRun, judged: Omit<Judged, 'draft'>): RunManifest['status'] {
  const { result, gates } = judged;
  if (result.timedOut && !run.vb.bundle.spec.policy.failOnTimeout) return 'unknown';
  return result.status === 'pass' && gates.every((g) => g.status === 'pass') ? 'pass' : 'fail';
}

/** The run manifest on what is known now: the chain as `chain` reports it, the stages timed so far. */
export function manifestOf(run: OpenRun, judged: Omit<Judged, 'draft'>, chain: ChainReport): RunManifest {
  const { runId, vb, placement, runEnv, signing, layout } = run;
  return buildRunManifest({
    runId, vb, placement, result: judged.result, outputs: judged.outputs, gates: judged.gates,
    status: runStatus(run, judged), chain,
    secretNames: runEnv.secretNames, secretValues: runEnv.secretValues,
    signing: { public_key_sha256: signing.key.publicKeySha256, dev_key: signing.devKey },
    stages: run.log.toManifest(), layout, redactedBundleFiles: run.redactedBundleFiles, inventory: run.inventory,
    inPlace: run.inPlace?.(judged.outputs),
  });
}
