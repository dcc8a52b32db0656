import { extname } from 'node:path';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { CapsuleError } from '../errors.js';
import { readTextFile } from '../fsio/read.js';
import { MAX_JSON_DEPTH, readJsonFile, type JsonDocument } from '../json/parse.js';
import { assertValid, unknownTopLevelKeys } from '../schemas/registry.js';

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

const SPELLINGS = {
  publicKeys: ['allowed_public_key_sha256', 'allowed_public_keys_sha256', 'trusted_public_key_sha256', 'trusted_public_keys_sha256'],
  signers: ['allowed_signers', 'trusted_signers'],
  issuers: ['allowed_issuers', 'trusted_issuers'],
  subjects: ['expected_subject_sha256', 'subject_sha256'],
} as const;

/** JSON (strict: no duplicate keys, I-JSON numbers) or TOML (`.toml`, `.tml`, as AGILAB reads them); schema-validated either way. */
export function loadTrustPolicy(path: string): TrustPolicy {
  const value = ['.toml', '.tml'].includes(extname(path).toLowerCase()) ? readTomlPolicy(path) : readJsonPolicy(path);
  const raw = value as Record<string, unknown>;
  const anchors = (fields: readonly string[]): AnchorLists => {
    const present = fields.filter((f) => raw[f] !== undefined);
    return { fields: present, lists: present.map((f) => toList(raw[f])) };
  };
  return {
    path,
    publicKeys: anchors(SPELLINGS.publicKeys),
    signers: anchors(SPELLINGS.signers),
    issuers: anchors(SPELLINGS.issuers),
    subjects: anchors(SPELLINGS.subjects),
    revokedPublicKeys: toList(raw.revoked_public_key_sha256),
    requiredEvidenceClass: (raw.required_evidence_class as string | undefined) ?? null,
    notAfter: (raw.not_after as string | undefined) ?? null,
    unknownKeys: unknownTopLevelKeys('trust-policy', raw),
  };
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

function toList(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as string[]) : [value as string];
}

function readJsonPolicy(path: string): unknown {
  const doc: JsonDocument = readJsonFile(path, { ijson: true });
  assertValid('trust-policy', doc.value, path, doc);
  return doc.value;
}

function readTomlPolicy(path: string): unknown {
  const text = readTextFile(path);
  let value: Record<string, unknown>;
  try {
    value = parseToml(text, { maxDepth: MAX_JSON_DEPTH }) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof TomlError) throw new CapsuleError('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${err.message.split('\n')[0]}`, { file: path, line: err.line, column: err.column });
    throw err;
  }
  // A TOML datetime is an object; the schema wants the RFC 3339 string it was written as.
  if (value.not_after instanceof TomlDate) value.not_after = value.not_after.toISOString();
  assertValid('trust-policy', value, path);
  return value;
}
