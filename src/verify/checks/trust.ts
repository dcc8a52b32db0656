import { publicKeyFileSha256 } from '../../keys/ed25519.js';
import { anchorAllows, hasAnyAnchor, hasKeyAnchor, trustedPublicKeys, type AnchorLists } from '../../trust/anchors.js';
import { fail, pass, type CheckContext, type Outcome } from './context.js';

export async function checkTrustPolicyLoaded(ctx: CheckContext): Promise<Outcome> {
  const path = ctx.options.trustPolicyPath;
  if (path === undefined) return null;
  // The reader (with its TOML parser) is loaded only for a run that names a policy.
  const policy = (await import('../../trust/policy.js')).loadTrustPolicy(path);
  if (policy.notAfter !== null && Date.parse(policy.notAfter) < Date.now()) {
    return fail(`trust policy ${path} expired at ${policy.notAfter}`, { not_after: policy.notAfter });
  }
  const unknown = policy.unknownKeys;
  if (unknown.length > 0) {
    const message = `${path}: unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: no trust-policy spelling names ${unknown.length === 1 ? 'it' : 'them'}, so ${unknown.length === 1 ? 'it trusts' : 'they trust'} nothing (AGILAB ignores them)`;
    if (ctx.options.strict) return fail(`${message}; --strict refuses a policy it cannot fully read`, { unknown_keys: unknown });
    ctx.warnings.push(message);
  }
  ctx.set('policy', policy);
  return pass(`trust policy ${path}`, unknown.length > 0 ? { unknown_keys: unknown } : {});
}

export function checkTrustPolicyHasAnchor(ctx: CheckContext): Outcome {
  const policy = ctx.get('policy');
  if (!hasAnyAnchor(policy)) return fail(`${policy.path} declares no anchor (public key, signer, issuer or subject)`);
  return pass('trust policy declares at least one anchor');
}

/** Signer and issuer are self-declared labels: without a key or subject anchor nothing is authenticated. */
export function checkTrustPolicyHasKeyAnchor(ctx: CheckContext): Outcome {
  const policy = ctx.get('policy');
  if (hasKeyAnchor(policy)) return pass('trust policy anchors a public key or subject hash');
  const message = `${policy.path} anchors only self-declared names (signer/issuer): anyone can claim them; add allowed_public_key_sha256 or expected_subject_sha256`;
  if (ctx.options.strict) return fail(message);
  ctx.warnings.push(message);
  return null;
}

function allows(anchor: AnchorLists, value: string, what: string): Outcome {
  if (anchor.lists.length === 0) return pass(`${what} not constrained by the policy`);
  if (!anchorAllows(anchor, value)) return fail(`${what} ${JSON.stringify(value)} is not in ${anchor.fields.join(' and ')}`, { value, fields: anchor.fields });
  return pass(`${what} ${JSON.stringify(value)} is trusted`, { value });
}

/** By the key's identity, computed from the key: a re-spelled PEM is still the (perhaps revoked) key it is. */
export function checkTrustPolicyAllowsPublicKey(ctx: CheckContext): Outcome {
  const policy = ctx.get('policy');
  const key = ctx.get('signingKey').identity;
  if (policy.revokedPublicKeys.includes(key)) return fail(`public key ${key} is revoked by the policy`, { value: key });
  return allows(policy.publicKeys, key, 'public key');
}

export function checkTrustPolicyAllowsSigner(ctx: CheckContext): Outcome {
  return allows(ctx.get('policy').signers, ctx.get('signature').signer, 'signer');
}

export function checkTrustPolicyAllowsIssuer(ctx: CheckContext): Outcome {
  return allows(ctx.get('policy').issuers, ctx.get('signature').issuer, 'issuer');
}

export function checkTrustPolicyAllowsSubject(ctx: CheckContext): Outcome {
  return allows(ctx.get('policy').subjects, ctx.get('capsule').scan.sha256, 'subject sha256');
}

/** `--public-key PEM` (repeatable): keys trusted without a policy file. */
export function checkPublicKeyLoaded(ctx: CheckContext): Outcome {
  const paths = ctx.options.publicKeyPaths ?? [];
  if (paths.length === 0) return null;
  const keys = paths.map(publicKeyFileSha256);
  ctx.set('anchorKeys', keys);
  return pass(`${keys.length} public key${keys.length === 1 ? '' : 's'} given as trust anchors`, { public_key_sha256: keys });
}

export function checkPublicKeyAllows(ctx: CheckContext): Outcome {
  const key = ctx.get('signingKey').identity;
  if (!ctx.get('anchorKeys').includes(key)) return fail(`public key ${key} is not one of the --public-key anchors`, { value: key });
  return pass(`public key ${key} is a --public-key anchor`, { value: key });
}

/** The anchor checks that must all have passed for the signer's key to count. */
const POLICY_ADMITS = ['capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer', 'capsule_trust_policy_allows_subject'];

/**
 * Origin is proven only by a signature that verified under every trust anchor given (policy,
 * --public-key); a policy anchoring only self-declared names proves nothing. Without any
 * anchor this is not listed (integrity only) unless --require-signature demands origin.
 */
export function checkOriginVerified(ctx: CheckContext): Outcome {
  const policyGiven = ctx.options.trustPolicyPath !== undefined;
  const keysGiven = (ctx.options.publicKeyPaths?.length ?? 0) > 0;
  const policy = ctx.maybe('policy');
  const authenticating = keysGiven || (policy !== undefined && hasKeyAnchor(policy));
  if (!authenticating) {
    const why = policyGiven ? 'the trust policy anchors no public key or subject hash' : 'no trust anchor was given (--trust-policy or --public-key)';
    if (ctx.options.requireSignature) return fail(`origin not verified: the signature verifies, but ${why}`);
    return null;
  }
  const refused = [
    ...(policyGiven ? POLICY_ADMITS.filter((id) => !ctx.passed(id)) : []),
    ...(keysGiven && !ctx.passed('capsule_public_key_allows') ? ['capsule_public_key_allows'] : []),
  ];
  if (refused.length > 0) return fail(`origin not verified: ${refused.join(', ')} did not pass`, { refused });
  const key = ctx.get('signingKey');
  ctx.set('origin', key);
  return pass(`origin verified: signed by key ${key.identity}, admitted by ${[policyGiven ? 'the trust policy' : '', keysGiven ? '--public-key' : ''].filter(Boolean).join(' and ')}`, { public_key_sha256: key.identity });
}

/**
 * Keys whose signatures count for the chain seal and the DSSE provenance: only once the
 * capsule's origin is verified, and then those the anchors name (and the verified signer).
 */
export function admittedKeys(ctx: CheckContext): string[] {
  const origin = ctx.maybe('origin');
  if (!origin) return [];
  const policy = ctx.maybe('policy');
  return [...new Set([origin.identity, ...(policy ? trustedPublicKeys(policy) : []), ...(ctx.maybe('anchorKeys') ?? [])])];
}

/** Our extension: the evidence chain must reach at least the class the policy requires. */
export function checkTrustPolicyEvidenceClass(ctx: CheckContext): Outcome {
  const required = ctx.get('policy').requiredEvidenceClass;
  if (!required) return null;
  const rank = ['NON_AUTHORITATIVE_EVIDENCE', 'PARTIAL_AUTHORITATIVE_EVIDENCE', 'AUTHORITATIVE_EVIDENCE'];
  const actual = ctx.maybe('chain')?.classification ?? null;
  if (actual === null || rank.indexOf(actual) < rank.indexOf(required)) return fail(`evidence class ${actual ?? 'none (no event chain)'} is below the required ${required}`, { required, actual });
  return pass(`evidence class ${actual} meets the required ${required}`);
}
