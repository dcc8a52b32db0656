// What a loaded trust policy trusts, apart from reading one (./policy.ts): verify checks a capsule
// against these without loading the policy reader, whose TOML parser a run without --trust-policy
// never needs.

/** One anchor kind (key, signer, issuer, subject): every declared list must contain the value (AND across lists). */
export interface AnchorLists {
  /** The policy field each list came from, for messages. */
  fields: string[];
  lists: string[][];
}

/**
 * A loaded trust policy (docs/trust-policy.md), in every spelling AGILAB reads (`allowed_*`/
 * `trusted_*`, key or keys, `expected_subject_sha256`/`subject_sha256`). Each spelling is kept as its own list and all
 * must match, so writing two can only narrow what is trusted. Our extensions only tighten.
 */
export interface TrustPolicy {
  path: string;
  publicKeys: AnchorLists;
  signers: AnchorLists;
  issuers: AnchorLists;
  subjects: AnchorLists;
  revokedPublicKeys: string[];
  requiredEvidenceClass: string | null;
  notAfter: string | null;
  /** Keys no spelling names: AGILAB ignores them, so they trust nothing; verify warns, --strict refuses. */
  unknownKeys: string[];
}

/** True when every declared list of this anchor kind holds `value` exactly. */
export function anchorAllows(anchor: AnchorLists, value: string): boolean {
  return anchor.lists.every((list) => list.includes(value));
}

export function hasAnyAnchor(policy: TrustPolicy): boolean {
  return [policy.publicKeys, policy.signers, policy.issuers, policy.subjects].some((a) => a.lists.length > 0);
}

/**
 * The public keys this policy trusts: those every declared key list allows (lists AND
 * together, docs/trust-policy.md), minus revoked ones. Used wherever a key must be trusted by
 * itself, such as an event chain's seal, so all such places agree.
 */
export function trustedPublicKeys(policy: TrustPolicy): string[] {
  const [first = [], ...rest] = policy.publicKeys.lists;
  return first.filter((k) => rest.every((list) => list.includes(k)) && !policy.revokedPublicKeys.includes(k));
}

/** Signer and issuer names are self-declared; only a key or subject hash authenticates. */
export function hasKeyAnchor(policy: TrustPolicy): boolean {
  return policy.publicKeys.lists.length > 0 || policy.subjects.lists.length > 0;
}
