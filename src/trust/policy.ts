import { extname } from 'node:path';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { CapsuleError } from '../errors.js';
import { readTextFile } from '../fsio/read.js';
import { MAX_JSON_DEPTH, readJsonFile, type JsonDocument } from '../json/parse.js';
import { assertValid, unknownTopLevelKeys } from '../schemas/registry.js';
import { trustedPublicKeys, type AnchorLists, type TrustPolicy } from './anchors.js';

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

/** The public keys the trust policy at `path` trusts (trustedPublicKeys); none without a path (or an empty one). */
export function trustedKeysIn(path: string | undefined): string[] {
  return path ? trustedPublicKeys(loadTrustPolicy(path)) : [];
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
