import type { Ignore } from 'ignore';
import type { ValidatedBundle } from '../bundle/types.js';
import { loadSigningKey, signingKeyFromPem, type SigningKey } from '../keys/ed25519.js';
import { loadPromotionPolicy, type PromotionPolicy } from '../promotion/policy.js';
import { loadTrustPolicy } from '../trust/policy.js';
import type { PipelineOptions } from './types.js';
import { readCapsuleIgnore } from './staging.js';

/** Every file a run takes besides the bundle (the executor inventory is read by placement, also before the run). */
export interface RunInputs {
  policy: PromotionPolicy;
  /** The signing key given, or null for a generated dev key. */
  key: SigningKey | null;
  ignoreRules: Ignore;
}

/**
 * Reads and validates every input file before the run folder is claimed or anything runs:
 * a bad policy, trust policy, key or `.capsuleignore` is exit 2 with nothing run and no
 * run folder left behind. The trust policy is read again by verify; this read is its check.
 */
export function readRunInputs(options: PipelineOptions, vb: ValidatedBundle): RunInputs {
  const policy = loadPromotionPolicy(options.policyPath);
  if (options.trustPolicyPath) loadTrustPolicy(options.trustPolicyPath);
  const key = options.keyPem ? signingKeyFromPem(options.keyPem, 'signing key (from input)')
    : options.keyPath ? loadSigningKey(options.keyPath) : null;
  return { policy, key, ignoreRules: readCapsuleIgnore(vb.dir) };
}
