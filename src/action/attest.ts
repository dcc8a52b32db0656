import * as core from '@actions/core';
import { attestProvenance } from '@actions/attest';

export type AttestOutcome = { status: 'attested'; id?: string; url?: string } | { status: 'failed'; reason: string };

/**
 * SLSA build provenance for the capsule's digest, stored with GitHub's attestations API.
 * Never silent: a missing OIDC permission or a failed call comes back as a reason to warn with.
 */
export async function attestCapsule(token: string, name: string, sha256: string): Promise<AttestOutcome> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    return { status: 'failed', reason: 'no OIDC token in this job: add `permissions: id-token: write` (and `attestations: write`) to attest' };
  }
  try {
    const attestation = await attestProvenance({ subjects: [{ name, digest: { sha256 } }], token });
    const id = attestation.attestationID;
    const url = id ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY ?? ''}/attestations/${id}` : undefined;
    return { status: 'attested', id, url };
  } catch (err) {
    const reason = `attestation failed: ${(err as Error).message}`;
    core.debug((err as Error).stack ?? reason);
    return { status: 'failed', reason };
  }
}
