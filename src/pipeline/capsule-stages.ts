import { basename, join } from 'node:path';
import { writeAgentplaneArtifacts } from '../agentplane/write.js';
import { writeRunMarkdownEvidence } from '../chain/markdown.js';
import type { ChainReport } from '../chain/report.js';
import { verifyChainFile } from '../chain/verify.js';
import { sha256File } from '../hash/sha256.js';
import type { LoadedRunManifest } from '../manifest/read.js';
import { writeRunManifest } from '../manifest/write.js';
import { buildPromotionFiles } from '../promotion/files.js';
import { finalDecision, packedDecision, type FinalDecision, type PackedDecision } from '../promotion/staged.js';
import type { RunRecord } from '../record/types.js';
import { signCapsule } from '../sign/sign.js';
import { verifyCapsule } from '../verify/capsule.js';
import type { VerificationReport } from '../verify/report.js';
import { freshRunFolderReport } from '../verify/run-folder.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { manifestOf, runStatus, type Judged, type OpenRun } from './job-stages.js';
import { packVerifiedRun } from './prove-manifest.js';
import { executionSummary } from './run-manifest.js';
import type { PipelineResult } from './types.js';

/** Where the capsule and its detached signature go. */
export function capsulePaths(run: OpenRun): { capsulePath: string; signaturePath: string } {
  const capsulePath = join(run.layout.root, `${run.vb.bundle.metadata.name}.agipack`);
  return { capsulePath, signaturePath: `${capsulePath}.sig.json` };
}

/**
 * Ends the chain with the run's status and draft decision, then seals it. Nothing enters the chain
 * after this: sealing, packing and signing are proven by the seal itself, the capsule manifest and
 * the detached signature, so the later stages are only timed and reported. Returns the sealed
 * chain as verified under the run's key.
 */
export async function sealStage(run: OpenRun, judged: Judged): Promise<ChainReport> {
  const { chain, signing } = run;
  chain.end({ run_id: run.runId, status: runStatus(run, judged), decision: judged.draft.decision.decision });
  run.log.detach();
  await run.log.run('seal', {}, () => {
    chain.seal(signing.key, { authority: TOOL_NAME, serverVersion: TOOL_VERSION });
    chain.close();
    return chain.lastSeq;
  }, (count) => ({ message: `event chain sealed (${count} events)` }));
  return verifyChainFile(run.layout.events, { trustedPublicKeySha256: [signing.key.publicKeySha256] });
}

/** Writes the evidence that tells the sealed run (Markdown reports, agentplane artifacts) and the run manifest last. */
export async function writeEvidence(run: OpenRun, judged: Judged, chainReport: ChainReport)
  : Promise<LoadedRunManifest> {
  const { vb, layout, placement, runId } = run;
  const { result, outputs, gates, draft: { decision } } = judged;
  const manifest = manifestOf(run, judged, chainReport);
  const createdAt = manifest.created_at;
  await writeRunMarkdownEvidence(layout.evidenceDir, {
    eventsPath: layout.events,
    report: chainReport,
    facts: {
      bundleName: vb.bundle.metadata.name, runId, lane: vb.bundle.spec.policy.lane, executor: placement.executor,
      argv: result.argv, outputs, gates, decision,
    },
    createdAt,
  });
  writeAgentplaneArtifacts(layout.agentplaneDir, { vb, placement, result, outputs, decision, manifest, createdAt });
  return writeRunManifest(layout.manifest, manifest);
}

/**
 * Packs the proof pack and the capsule from what this run made and verified (the manifest it
 * wrote, the chain it sealed), not by reading its folder back; the draft decision is packed as it
 * is when the run folder bears it out.
 */
export async function proveStage(run: OpenRun, judged: Judged, loaded: LoadedRunManifest, chainReport: ChainReport)
  : Promise<PackedDecision> {
  const { layout, signing, policy } = run;
  const { capsulePath } = capsulePaths(run);
  const folderReport = freshRunFolderReport(loaded, chainReport, basename(layout.manifest));
  const packed = packedDecision(judged.draft.decision, folderReport);
  const decided = { decision: packed, policyReport: judged.draft.policyReport };
  const promotion = (record: RunRecord) =>
    buildPromotionFiles(record, undefined, { policy, key: signing.key, decided });
  const options = { exportPath: capsulePath, outputDir: join(layout.root, 'proof'), key: signing.key };
  await run.log.run('prove', {}, () => packVerifiedRun(loaded, folderReport, options, promotion),
    () => ({ message: `packed ${basename(capsulePath)} and the proof pack in proof/` }));
  return packed;
}

export async function signStage(run: OpenRun): Promise<void> {
  const { signing, options } = run;
  const { capsulePath, signaturePath } = capsulePaths(run);
  const how = signing.devKey ? 'dev-signed with a generated key (not a release signature):' : 'signed';
  const signed = { signaturePath, signer: options.signer, issuer: options.issuer };
  await run.log.run('sign', {}, () => signCapsule(capsulePath, signing.key, signed),
    () => ({ status: signing.devKey ? 'warn' : 'pass', message: `${how} ${basename(signaturePath)}` }));
}

/** Verifies the signed capsule strictly, as anyone receiving it would, under the run's trust policy. */
export function verifyStage(run: OpenRun): Promise<VerificationReport> {
  const { signing } = run;
  const { capsulePath, signaturePath } = capsulePaths(run);
  const under = signing.localTrustPolicy ? 'the local trust policy' : basename(signing.trustPolicyPath);
  const options = { signaturePath, trustPolicyPath: signing.trustPolicyPath, strict: true, requireSignature: true };
  return run.log.run('verify', {}, () => verifyCapsule(capsulePath, options), (v) => ({
    status: v.status === 'pass' ? 'pass' : 'fail',
    message: `${v.status === 'pass' ? 'verified' : 'FAILED'} under ${under} (${v.checks.length} checks)`,
  }));
}

export function decideStage(run: OpenRun, packed: PackedDecision, verification: VerificationReport)
  : Promise<FinalDecision> {
  return run.log.run('decide', {}, () => finalDecision(packed, verification), (d) => ({
    status: d.decision === 'promote' ? 'pass' : d.decision === 'block' ? 'fail' : 'warn',
    message: `${d.decision}: ${d.reason}`,
  }));
}

/** What the run returns to the CLI and the Action. */
export async function pipelineResult(
  run: OpenRun,
  judged: Judged,
  outcome: { decision: FinalDecision; verification: VerificationReport; chainReport: ChainReport },
): Promise<PipelineResult> {
  const { capsulePath, signaturePath } = capsulePaths(run);
  const { verification } = outcome;
  // The bytes the verify stage read and checked, not a second read of a path that may have changed.
  const { sha256, size_bytes } = verification.capsule;
  const digest = sha256 !== null && size_bytes !== null ? { sha256, size: size_bytes } : await sha256File(capsulePath);
  return {
    decision: outcome.decision,
    evidenceClass: verification.evidence_class ?? outcome.chainReport.classification,
    runDir: run.layout.root,
    manifestPath: run.layout.manifest,
    capsulePath,
    capsuleSha256: digest.sha256,
    capsuleSize: digest.size,
    signaturePath,
    publicKeySha256: run.signing.key.publicKeySha256,
    devKey: run.signing.devKey,
    selfAnchored: run.signing.localTrustPolicy,
    verification,
    job: {
      argv: judged.result.argv, exitCode: judged.result.exitCode, signal: judged.result.signal,
      timedOut: judged.result.timedOut,
      summary: executionSummary(judged.result, run.vb.bundle.spec.policy.maxRunSeconds),
    },
    gates: judged.gates.map(({ label, status, summary }) => ({ label, status, summary })),
    outputs: judged.outputs.map(({ path, sha256, size_bytes }) => ({ path, sha256, size_bytes })),
    stages: run.log.stages,
  };
}
