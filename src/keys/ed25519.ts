import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import * as ed from '@noble/ed25519';
import { CapsuleError, describeFsError } from '../errors.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { readTextFile } from '../fsio/read.js';
import { sha256Hex } from '../hash/sha256.js';

// noble's verifier hashes R || A || M with the SHA-512 it is given: Node's, from the node:crypto every
// verify has loaded for SHA-256 already. (@noble/hashes' own, a 59 KB module that builds its round
// constants at load, cost every verify ~1 ms before any signature was in sight.)
ed.hashes.sha512 = (message: Uint8Array) => new Uint8Array(createHash('sha512').update(message).digest());

/** The group order L: a signature's S must be below it (RFC 8032 §5.1.7, canonical S). */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

/** A loaded private key. The PEM stays inside: nothing here logs or returns it. */
export interface SigningKey {
  publicKeyPem: string;
  publicKeySha256: string;
  /** Where it came from, for messages ("generated dev key", a path). */
  origin: string;
  sign(message: Uint8Array): Buffer;
}

/**
 * The one PEM text of an Ed25519 public key: the SPKI DER in base64 on one line (60 characters,
 * under PEM's 64-column wrap), `\n` line ends, a final `\n`. What OpenSSL, Node and Python's
 * cryptography write, so AGILAB's `public_key_sha256` of a key it wrote is this text's digest.
 */
export function canonicalPublicKeyPem(publicKey: Uint8Array): string {
  return `-----BEGIN PUBLIC KEY-----\n${Buffer.concat([SPKI_ED25519_PREFIX, publicKey]).toString('base64')}\n-----END PUBLIC KEY-----\n`;
}

/**
 * A key's identity (`public_key_sha256`): the SHA-256 of its canonical PEM, computed from the
 * key itself, so another spelling of the same key's PEM (CRLF, another line width) cannot
 * pass for another key, e.g. one not yet revoked.
 */
export function publicKeyIdentity(publicKey: Uint8Array): string {
  return sha256Hex(Buffer.from(canonicalPublicKeyPem(publicKey), 'ascii'));
}

/** The identity of the key a PEM holds (CapsuleError when it is not an Ed25519 SPKI PEM). */
export function publicKeySha256(pem: string): string {
  return publicKeyIdentity(publicKeyFromPem(pem));
}

/** True when `pem` is exactly the canonical text of its key. */
export function isCanonicalPublicKeyPem(pem: string): boolean {
  try {
    return pem === canonicalPublicKeyPem(publicKeyFromPem(pem));
  } catch {
    return false;
  }
}

function fromKeyObject(key: KeyObject, origin: string): SigningKey {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new CapsuleError('key_not_ed25519', `${origin}: key is ${key.asymmetricKeyType ?? 'not asymmetric'}, expected an Ed25519 private key (PKCS#8 PEM)`, { file: origin });
  }
  const raw = publicKeyFromPem(createPublicKey(key).export({ type: 'spki', format: 'pem' }) as string);
  return {
    publicKeyPem: canonicalPublicKeyPem(raw),
    publicKeySha256: publicKeyIdentity(raw),
    origin,
    sign: (message) => nodeSign(null, message, key),
  };
}

/** Parses an unencrypted PKCS#8 PEM Ed25519 private key. */
export function signingKeyFromPem(pem: string, origin: string): SigningKey {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch (err) {
    throw new CapsuleError('key_unreadable', `${origin}: not an unencrypted PKCS#8 PEM private key (${(err as Error).message})`, { file: origin });
  }
  return fromKeyObject(key, origin);
}

export function loadSigningKey(path: string): SigningKey {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CapsuleError('key_unreadable', `${path}: cannot read signing key: ${describeFsError(err)}`, { file: path });
  }
  return signingKeyFromPem(pem, path);
}

/** True when group or others can read the key file (it should be 0600). */
export function keyFileTooOpen(path: string): boolean {
  try {
    return (statSync(path).mode & 0o077) !== 0;
  } catch {
    return false; // loadSigningKey says why it cannot be read
  }
}

export interface GeneratedKey {
  privateKeyPem: string;
  key: SigningKey;
}

export function generateSigningKey(origin = 'generated key'): GeneratedKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  return { privateKeyPem, key: fromKeyObject(privateKey, origin) };
}

/** Writes a new key pair: the private key mode 0600, the public key beside it as `<path>.pub`. */
export function writeGeneratedKey(path: string): SigningKey {
  const { privateKeyPem, key } = generateSigningKey(path);
  writeFileAtomic(path, privateKeyPem, 0o600);
  writeFileAtomic(`${path}.pub`, key.publicKeyPem, 0o644);
  return key;
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * The raw 32-byte key from an SPKI PEM, accepting only Ed25519 (OID 1.3.101.112) in its
 * one DER form, so a PEM of another key type or with trailing bytes is rejected by name.
 */
export function publicKeyFromPem(pem: string): Buffer {
  const body = pem.match(/^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PUBLIC KEY-----\r?\n?$/);
  if (!body) throw new CapsuleError('public_key_invalid', 'public key is not a PEM "PUBLIC KEY" block');
  const der = Buffer.from(body[1]!.replace(/\s+/g, ''), 'base64');
  if (der.length !== 44 || !der.subarray(0, 12).equals(SPKI_ED25519_PREFIX)) {
    throw new CapsuleError('public_key_invalid', 'public key is not an Ed25519 SubjectPublicKeyInfo (OID 1.3.101.112, 32-byte key)');
  }
  return der.subarray(12);
}

/**
 * RFC 8032 verification with the strict rules OpenSSL lacks: canonical encodings of A and R,
 * S < L, and no small-order A or R (OpenSSL accepts A = R = identity, S = 0 for any message).
 */
export function verifyEd25519Strict(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  let A: ed.Point;
  let R: ed.Point;
  try {
    A = ed.Point.fromBytes(publicKey, false);
    R = ed.Point.fromBytes(signature.subarray(0, 32), false);
  } catch {
    return false;
  }
  if (A.isSmallOrder() || R.isSmallOrder()) return false;
  const s = Buffer.from(signature.subarray(32)).reverse();
  if (BigInt(`0x${s.toString('hex')}`) >= L) return false;
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/** The sha256 of the Ed25519 public key in a PEM file; what is wrong with it names the file. */
export function publicKeyFileSha256(path: string): string {
  const pem = readTextFile(path, 64 * 1024);
  try {
    return publicKeySha256(pem);
  } catch (err) {
    if (err instanceof CapsuleError) throw new CapsuleError(err.code, `${path}: ${err.message}`, { file: path });
    throw err;
  }
}
