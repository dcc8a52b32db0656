import { join } from 'node:path';
import { generateSigningKey, type SigningKey } from '../keys/ed25519.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { writeJsonFile } from '../json/write.js';

export interface ResolvedSigning {
  key: SigningKey;
  devKey: boolean;
  /** The trust policy the capsule is verified under: given, or a local one anchoring the dev key. */
  trustPolicyPath: string;
  localTrustPolicy: boolean;
}

/**
 * The key given (read with the other inputs, before the run), or a freshly generated dev key
 * saved 0600 in the run's `keys/` folder (never packed) with a local trust policy that
 * anchors exactly it.
 */
export function resolveSigning(given: SigningKey | null, options: { trustPolicyPath?: string }, keysDir: string): ResolvedSigning {
  let key: SigningKey;
  let devKey = false;
  if (given) key = given;
  else {
    const generated = generateSigningKey('generated dev key');
    writeFileAtomic(join(keysDir, 'dev-signing-key.pem'), generated.privateKeyPem, 0o600);
    writeFileAtomic(join(keysDir, 'dev-signing-key.pub.pem'), generated.key.publicKeyPem);
    key = generated.key;
    devKey = true;
  }
  if (options.trustPolicyPath) return { key, devKey, trustPolicyPath: options.trustPolicyPath, localTrustPolicy: false };
  const trustPolicyPath = join(keysDir, 'trust-policy.local.json');
  writeJsonFile(trustPolicyPath, {
    schema: 'agilab.proof_capsule_trust_policy.v1',
    allowed_public_key_sha256: [key.publicKeySha256],
  });
  return { key, devKey, trustPolicyPath, localTrustPolicy: true };
}
