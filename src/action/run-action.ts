import path from 'node:path';
import * as core from '@actions/core';
import { sha256File } from '../hash/sha256.js';
import type { PipelineOptions, PipelineResult } from '../pipeline/types.js';
import type { Job } from '../pipeline/job.js';
import { commandJob } from '../wrap/job.js';
import { cliWords } from '../wrap/request.js';
import { attestCapsule } from './attest.js';
import { fetchBaseline } from './baseline-fetch.js';
import { decisionFailsCheck } from './fail-on.js';
import { readFailedRun } from './failed-run.js';
import { runNextSteps } from '../advice/from-run.js';
import { writeJobSummary } from './job-summary.js';
import { ACTION_SPELLING, parseActionInputs, type ActionInputs, type RunnerPaths } from './inputs.js';
import type { ActionOutcome, PublishedFile } from './outcome.js';
import { commentMarker, pullRequestNumber, upsertPrComment } from './pr-comment.js';
import { attachToRelease } from './release.js';
import { provisionVm, vmNeeds } from './provision.js';
import { registerSecrets } from './secrets.js';
import { stageLogger } from './stage-log.js';
import { renderComment, renderSummary } from './summary.js';
import { uploadCapsule } from './upload.js';

/** The engine the action adapts: injected so tests can run the adapter without it. */
export interface ActionEngine {
  runPipeline(options: PipelineOptions): Promise<PipelineResult>;
}

/**
 * Parse inputs → run the pipeline → publish (artifact, release, attestation, PR comment) →
 * outputs and summary → pass or fail the check on the decision.
 */
export async function runAction(engine: ActionEngine, paths: RunnerPaths): Promise<ActionOutcome> {
  const inputs = parseActionInputs((name) => core.getInput(name), paths);
  registerSecrets([inputs.keyPem, ...inputs.redact]);
  if (inputs.embeddedExample) core.notice('Neither bundle nor run was given: running the example embedded in this action (examples/hello). Give run: (your commands) or bundle: (a bundle file) to make a capsule of your own job.');
  const vm = vmNeeds(inputs);
  const provisionWarnings = vm ? await provisionVm(vm, paths.actionRoot) : [];
  const baselinePath = inputs.baseline && (await fetchBaseline(inputs.baseline, inputs.githubToken, paths.runnerTemp));
  const result = await runPipelineLogged(engine, inputs, baselinePath);
  const files = await publishedFiles(result);
  const outcome: ActionOutcome = {
    inputs,
    result,
    failedRun: readFailedRun(result.manifestPath),
    next: runNextSteps(result, {
      bundleArg: inputs.bundlePath ?? '.',
      trustPolicyPath: inputs.trustPolicyPath,
      cwd: paths.workspace,
      ...(inputs.command ? { wrapped: cliWords(inputs.command, paths.workspace) } : {}),
    }),
    files,
    upload: await uploadCapsule({ enabled: inputs.upload, name: inputs.artifactName, files: files.map((f) => f.path), retentionDays: inputs.retentionDays, overwrite: inputs.overwrite }),
    warnings: [...decisionWarnings(result, inputs), ...(result.baseline?.warnings ?? []), ...provisionWarnings],
    failures: [],
    fails: decisionFailsCheck(result.decision.decision, inputs.failOn),
    actionRoot: paths.actionRoot,
  };
  await publish(outcome);
  for (const w of outcome.warnings) core.warning(w);
  setOutputs(outcome);
  if (inputs.summary) await writeJobSummary(renderSummary(outcome));
  else core.info('summary: false: no job summary written (the outputs and this log carry the decision)');
  if (outcome.fails) core.setFailed(`Decision ${result.decision.decision} (fail-on: ${inputs.failOn}): ${result.decision.reason}`);
  for (const f of outcome.failures) core.setFailed(f);
  return outcome;
}

/**
 * What the reader must not miss, as warning annotations and summary lines: a manual-review
 * decision always (with fail-on: block the check stays green, and nothing else would show that
 * a person has to look), and a dev key.
 */
function decisionWarnings(result: PipelineResult, inputs: ActionInputs): string[] {
  const warnings: string[] = [];
  if (result.decision.decision === 'manual-review') {
    const check = decisionFailsCheck('manual-review', inputs.failOn) ? 'this check fails' : `this check stays green (fail-on: ${inputs.failOn})`;
    warnings.push(`Manual review needed before promotion: ${result.decision.reason.replace(/\.$/, '')}. ${check}; route it to a reviewer (the reusable workflow waits on a protected environment).`);
  }
  if (result.devKey) warnings.push('Signed with a dev key generated for this run: no trust policy anchors it. Pass `signing-key` from a secret to sign with a key a policy can trust.');
  return warnings;
}

/** The bundle to run, or the `run:` command wrapped in place in the workspace. */
function jobInput(inputs: ActionInputs): { bundlePath: string } | { job: Job } {
  if (!inputs.command) return { bundlePath: inputs.bundlePath! };
  return { job: commandJob(inputs.command, { outDir: inputs.outDir, executor: inputs.executor, spelling: ACTION_SPELLING }) };
}

async function runPipelineLogged(engine: ActionEngine, inputs: ActionInputs, baselinePath?: string):
Promise<PipelineResult> {
  const log = stageLogger();
  try {
    return await engine.runPipeline({
      ...jobInput(inputs),
      outDir: inputs.outDir,
      executor: inputs.executor,
      keyPem: inputs.keyPem,
      keyPath: inputs.keyPath,
      signer: inputs.signer,
      issuer: inputs.issuer,
      trustPolicyPath: inputs.trustPolicyPath,
      policyPath: inputs.policyPath,
      baselinePath,
      baselineTrustPolicyPath: inputs.baselineTrustPolicyPath,
      secretValues: inputs.redact,
      onStage: log.onStage,
      onOutput: log.onOutput,
    });
  } finally {
    log.close();
  }
}

async function publishedFiles(result: PipelineResult): Promise<PublishedFile[]> {
  const sig = await sha256File(result.signaturePath);
  return [
    { role: 'capsule', path: result.capsulePath, size: result.capsuleSize, sha256: result.capsuleSha256 },
    { role: 'signature', path: result.signaturePath, size: sig.size, sha256: sig.sha256 },
  ];
}

/** The steps after the artifact: each one the user asked for, none of them silently skipped. */
async function publish(o: ActionOutcome): Promise<void> {
  const { inputs, result } = o;
  if (inputs.releaseTag !== undefined) {
    try {
      o.release = await attachToRelease(inputs.githubToken, inputs.releaseTag, o.files.map((f) => f.path));
    } catch (err) {
      o.failures.push(`Attaching to release ${inputs.releaseTag} failed: ${(err as Error).message}`);
    }
  }
  if (inputs.attest) {
    o.attestation = await attestCapsule(inputs.githubToken, path.basename(result.capsulePath), result.capsuleSha256);
    if (o.attestation.status === 'failed') o.warnings.push(`attest: true, but no attestation was made: ${o.attestation.reason}`);
  }
  if (inputs.commentOnPr) {
    const pr = pullRequestNumber();
    if (pr === undefined) {
      core.info('comment-on-pr: this run is not for a pull request; no comment');
    } else {
      try {
        o.comment = await upsertPrComment(inputs.githubToken, pr, commentMarker(inputs.artifactName), renderComment(o));
      } catch (err) {
        // Pull requests from forks get a read-only token: the gate still holds, the comment is a courtesy.
        o.warnings.push(`Could not comment on pull request #${pr}: ${(err as Error).message}`);
      }
    }
  }
}

function setOutputs(o: ActionOutcome): void {
  const r = o.result;
  core.setOutput('capsule-path', r.capsulePath);
  core.setOutput('capsule-sha256', r.capsuleSha256);
  core.setOutput('signature-path', r.signaturePath);
  core.setOutput('run-dir', r.runDir);
  core.setOutput('public-key-sha256', r.publicKeySha256);
  core.setOutput('decision', r.decision.decision);
  core.setOutput('decision-reason', r.decision.reason);
  core.setOutput('evidence-class', r.evidenceClass);
  core.setOutput('artifact-id', o.upload.status === 'uploaded' ? String(o.upload.id) : '');
  core.setOutput('artifact-url', o.upload.status === 'uploaded' ? o.upload.url : '');
  core.setOutput('attestation-id', o.attestation?.status === 'attested' ? (o.attestation.id ?? '') : '');
  core.setOutput('attestation-url', o.attestation?.status === 'attested' ? (o.attestation.url ?? '') : '');
}
