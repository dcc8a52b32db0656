import { parseJsonStrict } from '../json/parse.js';
import { assertValid } from '../schemas/registry.js';

/** `<capsule>.sig.json` (docs/capsule.md). */
export interface CapsuleSignature {
  schema: 'agilab.proof_capsule_signature.v1';
  created_at: string;
  signature_type: 'detached';
  subject: { media_type: typeof CAPSULE_MEDIA_TYPE; path: string; sha256: string; size_bytes: number };
  signer: string;
  issuer: string;
  key: { algorithm: 'ed25519'; public_key_pem: string; public_key_sha256: string };
  signature: { algorithm: 'ed25519'; message: string; encoding: 'base64'; value: string };
}

export const CAPSULE_MEDIA_TYPE = 'application/vnd.agilab.proof-capsule+zip';
export const SIGNATURE_SCHEMA = 'agilab.proof_capsule_signature.v1';

/** The exact signed bytes; always rebuilt from the real capsule's digest, never read from the document. */
export function signatureMessage(capsuleSha256: string): string {
  return `${SIGNATURE_SCHEMA}\nsha256:${capsuleSha256}\n`;
}

/** `X.agipack` → `X.agipack.sig.json`: where `sign` writes and `verify` looks by default. */
export function defaultSignaturePath(capsulePath: string): string {
  return `${capsulePath}.sig.json`;
}

/** Parses a signature document with the signed-document JSON rules and the exact schema. */
export function parseSignatureDocument(text: string, path: string): CapsuleSignature {
  const doc = parseJsonStrict(text, path, { ijson: true });
  assertValid('capsule-signature', doc.value, path, doc);
  return doc.value as CapsuleSignature;
}

/**
 * Strict base64 (RFC 4648 §4, padded, no whitespace): Node's decoder skips bad characters,
 * which would let two different strings decode to one signature.
 */
export function decodeBase64Strict(value: string): Buffer | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) return null;
  const bytes = Buffer.from(value, 'base64');
  return bytes.toString('base64') === value ? bytes : null;
}
