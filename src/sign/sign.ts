import { basename } from 'node:path';
import { CapsuleError } from '../errors.js';
import { sha256File } from '../hash/sha256.js';
import { writeJsonFile } from '../json/write.js';
import type { SigningKey } from '../keys/ed25519.js';
import { isoSeconds } from '../text/time.js';
import { CAPSULE_MEDIA_TYPE, SIGNATURE_SCHEMA, defaultSignaturePath, signatureMessage, type CapsuleSignature } from './signature.js';

export interface SignOptions {
  signaturePath?: string;
  signer?: string;
  issuer?: string;
  /** The document's created_at; defaults to now (the signature is made now, unlike the capsule). */
  createdAt?: string;
  /** The digest of the capsule as verified before signing: a file changed since is not signed. */
  expectedSha256?: string;
}

/**
 * Writes the detached `<capsule>.sig.json` (docs/capsule.md). The capsule is streamed once for
 * its digest; the signed bytes are the fixed message naming that digest.
 */
export async function signCapsule(capsulePath: string, key: SigningKey, options: SignOptions = {}): Promise<{ path: string; document: CapsuleSignature }> {
  const { sha256, size } = await sha256File(capsulePath);
  if (options.expectedSha256 !== undefined && sha256 !== options.expectedSha256) {
    throw new CapsuleError('capsule_changed', `${capsulePath}: changed since it was verified (sha256 ${options.expectedSha256}, now ${sha256}); not signed`, { file: capsulePath });
  }
  const message = signatureMessage(sha256);
  const document: CapsuleSignature = {
    schema: SIGNATURE_SCHEMA,
    created_at: options.createdAt ?? isoSeconds(new Date()),
    signature_type: 'detached',
    subject: { media_type: CAPSULE_MEDIA_TYPE, path: basename(capsulePath), sha256, size_bytes: size },
    signer: options.signer ?? 'proof-capsule',
    issuer: options.issuer ?? 'local',
    key: { algorithm: 'ed25519', public_key_pem: key.publicKeyPem, public_key_sha256: key.publicKeySha256 },
    signature: { algorithm: 'ed25519', message, encoding: 'base64', value: key.sign(Buffer.from(message, 'utf8')).toString('base64') },
  };
  const path = options.signaturePath ?? defaultSignaturePath(capsulePath);
  writeJsonFile(path, document);
  return { path, document };
}
