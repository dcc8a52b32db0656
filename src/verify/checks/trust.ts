import { CapsuleError } from '../../errors.js';
import { anchorAllows, hasAnyAnchor, hasKeyAnchor, loadTrustPolicy, type AnchorLists } from '../../trust/policy.js';
import { fail, pass, type CapsuleContext, type CheckResult } from './context.js';

export function checkTrustPolicyLoaded(ctx: CapsuleContext): CheckResult | null {
  const path = ctx.options.trustPolicyPath;
  if (path === undefined) return null;
  try {
    ctx.policy = loadTrustPolicy(path);
  } catch (err) {
    if (err instanceof CapsuleError) return fail(err.message, { code: err.code, ...err.location });
    throw err;
  }
  if (ctx.policy.notAfter !== null && Date.parse(ctx.policy.notAfter) < Date.now()) {
    return fail(`trust policy ${path} expired at ${ctx.policy.notAfter}`, { not_after: ctx.policy.notAfter });
  }
  const unknown = ctx.policy.unknownKeys;
  if (unknown.length > 0) {
    const message = `${path}: unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: no trust-policy spelling names ${unknown.length === 1 ? 'it' : 'them'}, so ${unknown.length === 1 ? 'it trusts' : 'they trust'} nothing (AGILAB ignores them)`;
    if (ctx.options.strict) return fail(`${message}; --strict refuses a policy it cannot fully read`, { unknown_keys: unknown });
    ctx.warnings.push(message);
  }
  return pass(`trust policy ${path}`, unknown.length > 0 ? { unknown_keys: unknown } : {});
}

export function checkTrustPolicyHasAnchor(ctx: CapsuleContext): CheckResult {
  if (!hasAnyAnchor(ctx.policy!)) return fail(`${ctx.policy!.path} declares no anchor (public key, signer, issuer or subject)`);
  return pass('trust policy declares at least one anchor');
}

/** Signer and issuer are self-declared labels: without a key or subject anchor nothing is authenticated. */
export function checkTrustPolicyHasKeyAnchor(ctx: CapsuleContext): CheckResult | null {
  if (hasKeyAnchor(ctx.policy!)) return pass('trust policy anchors a public key or subject hash');
  const message = `${ctx.policy!.path} anchors only self-declared names (signer/issuer): anyone can claim them; add allowed_public_key_sha256 or expected_subject_sha256`;
  if (ctx.options.strict) return fail(message);
  ctx.warnings.push(message);
  return null;
}

function allows(anchor: AnchorLists, value: string, what: string): CheckResult {
  if (anchor.lists.length === 0) return pass(`${what} not constrained by the policy`);
  if (!anchorAllows(anchor, value)) return fail(`${what} ${JSON.stringify(value)} is not in ${anchor.fields.join(' and ')}`, { value, fields: anchor.fields });
  return pass(`${what} ${JSON.stringify(value)} is trusted`, { value });
}

export function checkTrustPolicyAllowsPublicKey(ctx: CapsuleContext): CheckResult {
  const key = ctx.signature!.document.key.public_key_sha256;
  if (ctx.policy!.revokedPublicKeys.includes(key)) return fail(`public key ${key} is revoked by the policy`, { value: key });
  return allows(ctx.policy!.publicKeys, key, 'public key');
}

export function checkTrustPolicyAllowsSigner(ctx: CapsuleContext): CheckResult {
  return allows(ctx.policy!.signers, ctx.signature!.document.signer, 'signer');
}

export function checkTrustPolicyAllowsIssuer(ctx: CapsuleContext): CheckResult {
  return allows(ctx.policy!.issuers, ctx.signature!.document.issuer, 'issuer');
}

export function checkTrustPolicyAllowsSubject(ctx: CapsuleContext): CheckResult {
  return allows(ctx.policy!.subjects, ctx.capsuleSha256!, 'subject sha256');
}

/** Our extension: the evidence chain must reach at least the class the policy requires. */
export function checkTrustPolicyEvidenceClass(ctx: CapsuleContext): CheckResult | null {
  const required = ctx.policy?.requiredEvidenceClass;
  if (!required) return null;
  const rank = ['NON_AUTHORITATIVE_EVIDENCE', 'PARTIAL_AUTHORITATIVE_EVIDENCE', 'AUTHORITATIVE_EVIDENCE'];
  const actual = ctx.evidenceClass ?? null;
  if (actual === null || rank.indexOf(actual) < rank.indexOf(required)) return fail(`evidence class ${actual ?? 'none (no event chain)'} is below the required ${required}`, { required, actual });
  return pass(`evidence class ${actual} meets the required ${required}`);
}
