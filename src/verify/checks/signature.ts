import { existsSync } from 'node:fs';
import { readTextFile } from '../../fsio/read.js';
import { canonicalPublicKeyPem, publicKeyFromPem, publicKeyIdentity, verifyEd25519Strict } from '../../keys/ed25519.js';
import { decodeBase64Strict, defaultSignaturePath, parseSignatureDocument, signatureMessage } from '../../sign/signature.js';
import { fail, pass, type CheckContext, type Outcome } from './context.js';

/** Signature documents are a few KiB; anything larger is not one. */
const MAX_SIGNATURE_BYTES = 64 * 1024;

/**
 * The named --signature (which must be readable: a signature that was asked for and cannot be
 * read is a failure, never "unsigned"), else `X.sig.json` beside the capsule. None, and none
 * required: not listed, a warning.
 */
export function checkSignaturePresent(ctx: CheckContext): Outcome {
  const named = ctx.options.signaturePath;
  const path = named ?? defaultSignaturePath(ctx.path);
  const anchored = ctx.options.trustPolicyPath !== undefined || (ctx.options.publicKeyPaths?.length ?? 0) > 0;
  if (named === undefined && !existsSync(path)) {
    if (ctx.options.requireSignature || anchored) return fail(`no detached signature at ${path}${anchored ? ' (a trust anchor was given, so the capsule must be signed)' : ''}`, { path });
    ctx.warnings.push(`capsule is unsigned (no ${path}): its integrity is checked, its origin is not`);
    return null;
  }
  ctx.set('signatureText', readTextFile(path, MAX_SIGNATURE_BYTES));
  return pass(`detached signature ${path}`, { path });
}

export function checkSignatureSchema(ctx: CheckContext): Outcome {
  const path = ctx.options.signaturePath ?? defaultSignaturePath(ctx.path);
  const document = parseSignatureDocument(ctx.get('signatureText'), path);
  ctx.set('signature', document);
  return pass(`${path} is ${document.schema}`);
}

/** The signature names this exact file: digest, size, and the message rebuilt from it. */
export function checkSignatureSubject(ctx: CheckContext): Outcome {
  const doc = ctx.get('signature');
  const { scan, file } = ctx.get('capsule');
  const problems: string[] = [];
  if (doc.subject.sha256 !== scan.sha256) problems.push(`signature is for sha256 ${doc.subject.sha256}, this capsule is ${scan.sha256}`);
  if (doc.subject.size_bytes !== file.size) problems.push(`signature subject is ${doc.subject.size_bytes} bytes, this capsule ${file.size}`);
  if (doc.signature.message !== signatureMessage(scan.sha256)) problems.push('signature.message is not the message for this capsule');
  if (problems.length > 0) return fail(problems[0]!, { problems });
  return pass(`signature subject is this capsule (sha256 ${scan.sha256})`);
}

/** An Ed25519 SPKI PEM with a 32-byte key, whose recorded sha256 is that key's identity. */
export function checkSignatureKey(ctx: CheckContext): Outcome {
  const key = ctx.get('signature').key;
  const raw = publicKeyFromPem(key.public_key_pem);
  const identity = publicKeyIdentity(raw);
  if (identity !== key.public_key_sha256) return fail(`key.public_key_sha256 ${key.public_key_sha256} is not the identity of the key in the PEM (${identity})`, { public_key_sha256: identity });
  ctx.set('signingKey', { raw, identity });
  return pass(`Ed25519 key ${identity}`, { public_key_sha256: identity });
}

/**
 * The PEM is the one canonical text of its key. Another spelling of the same key (CRLF line
 * ends, another line width) would hash to another public_key_sha256, so it is refused rather
 * than let a re-wrapped revoked key pass for a new one.
 */
export function checkSignatureKeyCanonical(ctx: CheckContext): Outcome {
  const pem = ctx.get('signature').key.public_key_pem;
  const { raw, identity } = ctx.get('signingKey');
  if (pem !== canonicalPublicKeyPem(raw)) return fail(`key.public_key_pem is not the canonical PEM of key ${identity} (re-wrapped, other line ends or missing final newline)`, { public_key_sha256: identity });
  return pass('key.public_key_pem is the canonical PEM of its key');
}

/** Strict RFC 8032 verification over the message rebuilt from the bytes the pass read. */
export function checkSignatureCryptographic(ctx: CheckContext): Outcome {
  const doc = ctx.get('signature');
  const { raw, identity } = ctx.get('signingKey');
  const signature = decodeBase64Strict(doc.signature.value);
  if (!signature) return fail('signature.value is not canonical padded base64');
  if (signature.length !== 64) return fail(`signature is ${signature.length} bytes, Ed25519 signatures are 64`);
  const ok = verifyEd25519Strict(raw, Buffer.from(signatureMessage(ctx.get('capsule').scan.sha256), 'utf8'), signature);
  if (!ok) return fail('Ed25519 signature does not verify (strict RFC 8032) for this capsule and key');
  return pass(`Ed25519 signature verifies with key ${identity}`);
}
