import { InputParser, type InputReader } from './inputs.js';

/** The verify action's inputs: a capsule on disk, or an artifact holding one. */
export interface VerifyInputs {
  capsulePath?: string;
  signaturePath?: string;
  artifactName?: string;
  /** Another workflow run to download the artifact from (needs github-token with actions: read). */
  runId?: number;
  githubToken: string;
  trustPolicyPath?: string;
  /** Ed25519 public key PEM files whose keys are trust anchors. */
  publicKeyPaths: string[];
  requireSignature: boolean;
  /** No anchor given, on purpose: integrity only, the summary says so. */
  allowUnanchored: boolean;
}

export function parseVerifyInputs(read: InputReader, workspace: string): VerifyInputs {
  const p = new InputParser(read, workspace);
  const inputs: VerifyInputs = {
    capsulePath: p.file('capsule'),
    signaturePath: p.file('signature'),
    artifactName: p.text('artifact-name'),
    githubToken: p.text('github-token') ?? '',
    trustPolicyPath: p.file('trust-policy'),
    publicKeyPaths: p.files('public-key'),
    requireSignature: p.flag('require-signature', true),
    allowUnanchored: p.flag('allow-unanchored', false),
  };
  // A gate that anything passes is open by default: a throwaway dev key signs as well as any.
  if (inputs.trustPolicyPath === undefined && inputs.publicKeyPaths.length === 0 && !inputs.allowUnanchored) {
    p.problem('trust-policy', 'or "public-key" must name a trust anchor: without one a capsule signed by any key passes '
      + '(set "allow-unanchored: true" to check integrity only)');
  }
  if ((inputs.capsulePath === undefined) === (inputs.artifactName === undefined)) {
    p.problem('capsule', 'or "artifact-name": give exactly one (a .agipack path, or the artifact that holds it)');
  }
  const runId = p.text('run-id');
  if (runId !== undefined) {
    if (!/^\d+$/.test(runId)) p.problem('run-id', `must be a workflow run id (digits; got ${JSON.stringify(runId)})`);
    else inputs.runId = Number(runId);
    if (inputs.artifactName === undefined) p.problem('run-id', 'needs "artifact-name"');
    if (inputs.githubToken === '') p.problem('github-token', 'is empty, but run-id needs it');
  }
  p.finish();
  return inputs;
}
