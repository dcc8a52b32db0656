import { existsSync } from 'node:fs';
import { CapsuleError } from '../../errors.js';
import { publicKeyFromPem, publicKeySha256, verifyEd25519Strict } from '../../keys/ed25519.js';
import { decodeBase64Strict, defaultSignaturePath, readSignatureFile, signatureMessage } from '../../sign/signature.js';
import { fail, pass, type CapsuleContext, type CheckResult } from './context.js';

/** The given --signature, else `X.sig.json` beside the capsule. Absent and not required: not listed, a warning. */
export function checkSignaturePresent(ctx: CapsuleContext): CheckResult | null {
  const path = ctx.options.signaturePath ?? defaultSignaturePath(ctx.path);
  const required = ctx.options.requireSignature || ctx.options.trustPolicyPath !== undefined;
  if (existsSync(path)) {
    ctx.signaturePath = path;
    return pass(`detached signature ${path}`, { path });
  }
  if (required) return fail(`no detached signature at ${path}${ctx.options.trustPolicyPath ? ' (a trust policy needs a signed capsule)' : ''}`, { path });
  ctx.warnings.push(`capsule is unsigned (no ${path}); its integrity is checked, its origin is not`);
  return null;
}

export function checkSignatureSchema(ctx: CapsuleContext): CheckResult {
  try {
    ctx.signature = readSignatureFile(ctx.signaturePath!, ctx.limits.maxDocumentBytes);
  } catch (err) {
    if (err instanceof CapsuleError) return fail(err.message, { code: err.code });
    throw err;
  }
  return pass(`${ctx.signaturePath} is ${ctx.signature.document.schema}`);
}

/** The signature names this exact file: digest, size, and the message rebuilt from it. */
export function checkSignatureSubject(ctx: CapsuleContext): CheckResult {
  const doc = ctx.signature!.document;
  const expected = signatureMessage(ctx.capsuleSha256!);
  const problems: string[] = [];
  if (doc.subject.sha256 !== ctx.capsuleSha256) problems.push(`signature is for sha256 ${doc.subject.sha256}, this capsule is ${ctx.capsuleSha256}`);
  if (doc.subject.size_bytes !== ctx.capsuleSize) problems.push(`signature subject is ${doc.subject.size_bytes} bytes, this capsule ${ctx.capsuleSize}`);
  if (doc.signature.message !== expected) problems.push('signature.message is not the message for this capsule');
  if (problems.length > 0) return fail(problems[0]!, { problems });
  return pass(`signature subject is this capsule (sha256 ${ctx.capsuleSha256})`);
}

/** An Ed25519 SPKI PEM with a 32-byte key, whose recorded sha256 is of those exact PEM bytes. */
export function checkSignatureKey(ctx: CapsuleContext): CheckResult {
  const key = ctx.signature!.document.key;
  try {
    publicKeyFromPem(key.public_key_pem);
  } catch (err) {
    if (err instanceof CapsuleError) return fail(err.message, { code: err.code });
    throw err;
  }
  if (!key.public_key_pem.endsWith('\n')) return fail('key.public_key_pem must end with "\\n"');
  const actual = publicKeySha256(key.public_key_pem);
  if (actual !== key.public_key_sha256) return fail(`key.public_key_sha256 ${key.public_key_sha256} is not the sha256 of the PEM (${actual})`);
  return pass(`Ed25519 key ${actual}`, { public_key_sha256: actual });
}

/** Strict RFC 8032 verification over the message rebuilt from the real file. */
export function checkSignatureCryptographic(ctx: CapsuleContext): CheckResult {
  const doc = ctx.signature!.document;
  const signature = decodeBase64Strict(doc.signature.value);
  if (!signature) return fail('signature.value is not canonical padded base64');
  if (signature.length !== 64) return fail(`signature is ${signature.length} bytes, Ed25519 signatures are 64`);
  const ok = verifyEd25519Strict(publicKeyFromPem(doc.key.public_key_pem), Buffer.from(signatureMessage(ctx.capsuleSha256!), 'utf8'), signature);
  if (!ok) return fail('Ed25519 signature does not verify (strict RFC 8032) for this capsule and key');
  return pass(`Ed25519 signature verifies with key ${doc.key.public_key_sha256}`);
}
