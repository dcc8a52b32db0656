import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import { validateBundle } from '../bundle/validate.js';
import { placeBundle } from '../place/place.js';
import { executorFor } from '../execute/registry.js';
import { buildRunEnv } from '../execute/env.js';
import { runCommand } from '../bundle/run-command.js';
import { collectOutputs } from '../collect/outputs.js';
import { evaluateGates, type GateResult } from '../collect/gates.js';
import { ChainRecorder } from '../chain/recorder.js';
import { verifyChainFile } from '../chain/verify.js';
import type { ChainReport } from '../chain/report.js';
import { writeRunMarkdownEvidence } from '../chain/markdown.js';
import { writeAgentplaneArtifacts } from '../agentplane/write.js';
import { buildPromotionFiles } from '../promotion/files.js';
import { loadPromotionPolicy } from '../promotion/policy.js';
import { draftDecision, finalDecision, packedDecision } from '../promotion/staged.js';
import { packVerifiedRun } from './prove-manifest.js';
import { signCapsule } from '../sign/sign.js';
import { verifyCapsule } from '../verify/capsule.js';
import { writeRunManifest } from '../manifest/write.js';
import type { RunRecord } from '../record/types.js';
import { freshRunFolderReport } from '../verify/run-folder.js';
import { sha256File } from '../hash/sha256.js';
import { compactStamp } from '../text/time.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { RunManifest } from '../manifest/types.js';
import type { PipelineOptions, PipelineResult } from './types.js';
import { StageLog } from './stages.js';
import { createRunFolder, stageBundle } from './workspace.js';
import { resolveSigning } from './signing.js';
import { buildRunManifest, executionSummary } from './run-manifest.js';
import { copyOutputs, describeLeftOut, leftOutGates } from './outputs.js';

/** Default cap for each stored log stream (the full stream is still hashed). */
const LOG_CAP_BYTES = 4 * 1024 * 1024;

/**
 * The main job: Bundle → validate → place → run → evidence → capsule → sign → verify → decide.
 * Every stage is timed and, once the chain is open, recorded in it; the chain is sealed before
 * the capsule is packed, so it covers everything up to the decision.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const log = new StageLog(options.onStage);

  const vb = await log.run('validate', { bundle: options.bundlePath }, () => validateBundle(options.bundlePath, { repoRoot: options.repoRoot }), (v) => ({
    message: `${v.bundle.metadata.name}@${v.bundle.metadata.version} (${v.format}) is valid`,
    result: { sha256: v.sha256, format: v.format },
  }));
  const policy = loadPromotionPolicy(options.policyPath);
  const placement = await log.run('place', { intent: vb.bundle.spec.executor.backendIntent, override: options.executor ?? 'auto' },
    () => placeBundle(vb, { inventoryPath: options.inventoryPath, executorOverride: options.executor ?? 'auto' }),
    (p) => ({ status: p.warnings.length > 0 ? 'warn' : 'pass', message: `${p.executor}${p.accel ? ` (${p.accel})` : ''} on ${p.site}${p.warnings.length ? `; ${p.warnings.join('; ')}` : ''}`, result: p }));
  const runEnv = buildRunEnv(vb.bundle, process.env, { extraSecretValues: options.secretValues ?? [] });
  const command = runCommand(vb);

  const layout = createRunFolder(options.outDir);
  const signing = resolveSigning(options, layout.keysDir);
  const runId = `${vb.bundle.metadata.name}-${compactStamp(new Date())}-${randomBytes(3).toString('hex')}`;
  const chain = ChainRecorder.create(layout.events, {
    secretValues: runEnv.secretValues,
    start: { run_id: runId, bundle: vb.bundle.metadata.name, bundle_version: vb.bundle.metadata.version, bundle_sha256: vb.sha256, tool: `${TOOL_NAME}@${TOOL_VERSION}` },
  });
  log.attach(chain);
  const redactedBundleFiles = await stageBundle(vb, layout, runEnv.secretValues);

  const result = await log.run('run', { argv: command.argv, cwd: command.cwd, env_names: Object.keys(runEnv.env).sort(), executor: placement.executor },
    () => executorFor(placement.executor).run({
      bundle: vb,
      placement,
      workspace: layout.workspace,
      logsDir: layout.logsDir,
      argv: command.argv,
      cwd: command.cwd,
      env: runEnv.env,
      secretValues: runEnv.secretValues,
      timeoutSeconds: vb.bundle.spec.policy.maxRunSeconds,
      logCapBytes: LOG_CAP_BYTES,
      onOutput: options.onOutput,
    }),
    (r) => ({ status: r.status === 'pass' ? 'pass' : 'fail', message: executionSummary(r, vb.bundle.spec.policy.maxRunSeconds), result: { exit_code: r.exitCode, signal: r.signal, timed_out: r.timedOut, stdout_sha256: r.logs.stdout.sha256, stderr_sha256: r.logs.stderr.sha256 } }));

  const { packed: outputs, leftOut } = await log.run('collect', { globs: vb.bundle.spec.outputs },
    async () => copyOutputs(layout, await collectOutputs(layout.workspace, vb.bundle.spec.outputs), runEnv.secretValues),
    (c) => ({
      status: c.leftOut.length > 0 ? 'fail' : 'pass',
      message: `${c.packed.length} output file(s)${c.leftOut.length > 0 ? `; left out: ${describeLeftOut(c.leftOut)}` : ''}`,
      result: { packed: c.packed, left_out: c.leftOut.map((l) => l.path) },
    }));

  const status = (gates: { status: string }[]): RunManifest['status'] =>
    result.timedOut && !vb.bundle.spec.policy.failOnTimeout ? 'unknown' : result.status === 'pass' && gates.every((g) => g.status === 'pass') ? 'pass' : 'fail';
  const manifestFor = (gates: GateResult[], chainReport: ChainReport) => buildRunManifest({
    runId, vb, placement, result, outputs, gates, status: status(gates), chain: chainReport,
    secretNames: runEnv.secretNames, secretValues: runEnv.secretValues,
    signing: { public_key_sha256: signing.key.publicKeySha256, dev_key: signing.devKey },
    stages: log.toManifest(), layout, redactedBundleFiles,
  });

  // The gate stage takes the decision on the evidence as it will be once sealed with a trusted
  // key; it is recorded in the chain, and `prove` re-derives it from the same manifest.
  const { gates, draft } = await log.run('gate', { validations: vb.bundle.spec.validations ?? [], policy: options.policyPath ?? 'default' }, async () => {
    const gates = [...evaluateGates(vb.bundle.spec.validations ?? [], { exitCode: result.exitCode, outputs, workspace: layout.workspace }), ...leftOutGates(leftOut, runEnv.secretNames)];
    const draft = draftDecision(manifestFor(gates, await verifyChainFile(layout.events)), policy, layout.manifest);
    return { gates, draft, decision: draft.decision };
  }, ({ gates, decision }) => ({
    status: decision.decision === 'promote' ? 'pass' : decision.decision === 'block' ? 'fail' : 'warn',
    message: `${gates.filter((x) => x.status === 'pass').length}/${gates.length} bundle validation(s) passed; decision ${decision.decision}`,
    result: { gates, decision: decision.decision, reason: decision.reason },
  }));
  const decision = draft.decision;
  chain.end({ run_id: runId, status: status(gates), decision: decision.decision });
  // The chain closes here; sealing, packing and signing are proven by the seal itself, the
  // capsule manifest and the detached signature, so later stages are only timed and reported.
  log.detach();
  await log.run('seal', {}, () => {
    chain.seal(signing.key, { authority: TOOL_NAME, serverVersion: TOOL_VERSION });
    chain.close();
    return chain.lastSeq;
  }, (count) => ({ message: `event chain sealed (${count} events)` }));

  const chainReport = await verifyChainFile(layout.events, { trustedPublicKeySha256: [signing.key.publicKeySha256] });
  const manifest = manifestFor(gates, chainReport);
  await writeRunMarkdownEvidence(layout.evidenceDir, {
    eventsPath: layout.events,
    report: chainReport,
    facts: { bundleName: vb.bundle.metadata.name, runId, lane: vb.bundle.spec.policy.lane, executor: placement.executor, argv: result.argv, outputs, gates, decision },
    createdAt: manifest.created_at,
  });
  writeAgentplaneArtifacts(layout.agentplaneDir, { vb, placement, result, outputs, decision, manifest, createdAt: manifest.created_at });
  const loaded = writeRunManifest(layout.manifest, manifest);

  const capsulePath = join(layout.root, `${vb.bundle.metadata.name}.agipack`);
  const signaturePath = `${capsulePath}.sig.json`;
  // The pack rests on what this run made and verified, not on reading its folder back.
  const folderReport = freshRunFolderReport(loaded, chainReport, basename(layout.manifest));
  const packed = packedDecision(decision, folderReport);
  const promotion = (record: RunRecord) => buildPromotionFiles(record, undefined, { policy, key: signing.key, decided: { decision: packed, policyReport: draft.policyReport } });
  await log.run('prove', {}, () => packVerifiedRun(loaded, folderReport, { exportPath: capsulePath, outputDir: join(layout.root, 'proof'), key: signing.key }, promotion),
    () => ({ message: `packed ${basename(capsulePath)} and the proof pack in proof/` }));
  await log.run('sign', {}, () => signCapsule(capsulePath, signing.key, { signaturePath, signer: options.signer, issuer: options.issuer }),
    () => ({ status: signing.devKey ? 'warn' : 'pass', message: `${signing.devKey ? 'dev-signed with a generated key (not a release signature):' : 'signed'} ${basename(signaturePath)}` }));
  const verification = await log.run('verify', {}, () => verifyCapsule(capsulePath, { signaturePath, trustPolicyPath: signing.trustPolicyPath, strict: true, requireSignature: true }),
    (v) => ({ status: v.status === 'pass' ? 'pass' : 'fail', message: `${v.status === 'pass' ? 'verified' : 'FAILED'} under ${signing.localTrustPolicy ? 'the local trust policy' : basename(signing.trustPolicyPath)} (${v.checks.length} checks)` }));
  const final = await log.run('decide', {}, () => finalDecision(packed, verification),
    (d) => ({ status: d.decision === 'promote' ? 'pass' : d.decision === 'block' ? 'fail' : 'warn', message: `${d.decision}: ${d.reason}` }));
  const digest = await sha256File(capsulePath);
  return {
    decision: final,
    evidenceClass: verification.evidence_class ?? chainReport.classification,
    runDir: layout.root,
    manifestPath: layout.manifest,
    capsulePath,
    capsuleSha256: digest.sha256,
    capsuleSize: digest.size,
    signaturePath,
    publicKeySha256: signing.key.publicKeySha256,
    devKey: signing.devKey,
    verification,
    gates: gates.map(({ label, status: s, summary }) => ({ label, status: s, summary })),
    outputs: outputs.map(({ path, sha256, size_bytes }) => ({ path, sha256, size_bytes })),
    stages: log.stages,
  };
}
