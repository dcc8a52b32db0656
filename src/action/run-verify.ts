import { existsSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { VerificationReport, VerifyOptions } from '../verify/report.js';
import { downloadCapsule } from './download.js';
import type { RunnerPaths } from './inputs.js';
import { writeJobSummary } from './job-summary.js';
import { parseVerifyInputs } from './verify-inputs.js';
import { renderVerifySummary } from './verify-summary.js';

/** The verifier the action adapts: injected so tests can run the adapter without it. */
export interface VerifyEngine {
  verifyCapsule(capsulePath: string, options: VerifyOptions): Promise<VerificationReport>;
}

/** Verify one capsule strictly under a trust policy; the check fails unless every named check passes. */
export async function runVerify(engine: VerifyEngine, paths: RunnerPaths): Promise<VerificationReport> {
  const inputs = parseVerifyInputs((name) => core.getInput(name), paths.workspace);
  const capsulePath =
    inputs.capsulePath ??
    (await downloadCapsule(inputs.artifactName!, mkdtempSync(path.join(paths.runnerTemp, 'proof-capsule-verify-')), inputs.runId === undefined ? undefined : { runId: inputs.runId, token: inputs.githubToken }));
  // The signature travels beside the capsule (`<capsule>.sig.json`) unless given elsewhere.
  const beside = `${capsulePath}.sig.json`;
  const signaturePath = inputs.signaturePath ?? (existsSync(beside) ? beside : undefined);
  const publicKeyPaths = inputs.publicKeyPaths.length > 0 ? { publicKeyPaths: inputs.publicKeyPaths } : {};
  // Unanchored (allowed explicitly): no origin can be proven, so none is demanded; the summary says so.
  const anchored = inputs.trustPolicyPath !== undefined || inputs.publicKeyPaths.length > 0;
  const requireSignature = anchored && inputs.requireSignature;
  const options = { signaturePath, trustPolicyPath: inputs.trustPolicyPath, ...publicKeyPaths, requireSignature, strict: true };
  const report = await engine.verifyCapsule(capsulePath, options);
  for (const c of report.checks) core.info(`${c.status === 'pass' ? '✅' : '❌'} ${c.id}: ${c.summary}`);
  for (const w of report.warnings) core.warning(w);
  core.setOutput('status', report.status);
  core.setOutput('evidence-class', report.evidence_class ?? '');
  core.setOutput('capsule-path', capsulePath);
  await writeJobSummary(renderVerifySummary(report, signaturePath, inputs.trustPolicyPath));
  if (report.status !== 'pass') {
    core.setFailed(`${path.basename(capsulePath)} failed verification: ${report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id} (${c.summary})`).join('; ')}`);
  }
  return report;
}
