import { CapsuleError } from '../errors.js';
import { parseJsonStrict } from '../json/parse.js';
import { publicKeyFromPem, verifyEd25519Strict, type SigningKey } from '../keys/ed25519.js';
import { validateAgainst } from '../schemas/registry.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

interface DsseSignature {
  keyid: string;
  sig: string;
}

export interface DsseEnvelope {
  payload: string;
  payloadType: string;
  /** Empty when no key was given: DSSE verifiers then report the envelope as unsigned. */
  signatures: DsseSignature[];
}

export interface TrustedKey {
  keyid: string;
  publicKeyPem: string;
}

export type DsseStatus = 'verified' | 'unsigned' | 'untrusted' | 'invalid';

export interface DsseVerification {
  ok: boolean;
  status: DsseStatus;
  message: string;
  /** The keyid whose signature verified. */
  keyid?: string;
  statement?: unknown;
}

/** DSSE v1 pre-authentication encoding: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}

/** Signs `payload` (Ed25519 over its PAE); keyid is the sha256 of the public key PEM, as everywhere in a capsule. */
export function signDsse(payload: Uint8Array, payloadType: string, key?: SigningKey): DsseEnvelope {
  const signatures = key ? [{ keyid: key.publicKeySha256, sig: key.sign(pae(payloadType, payload)).toString('base64') }] : [];
  return { payload: Buffer.from(payload).toString('base64'), payloadType, signatures };
}

/** Standard base64 only, canonical (re-encodes to the same text), so one envelope has one reading. */
function decodeBase64Strict(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

const fail = (status: DsseStatus, message: string, statement?: unknown): DsseVerification => ({ ok: false, status, message, ...(statement === undefined ? {} : { statement }) });

/**
 * Verifies an in-toto DSSE envelope: shape, payload type, strict base64, then each signature whose
 * keyid names a trusted key (strict Ed25519 over the rebuilt PAE; one bad signature from a
 * trusted key fails the envelope), then the statement parsed strictly and schema-checked.
 * No signatures → `unsigned`; no trusted key among them → `untrusted`.
 */
export function verifyDsseEnvelope(envelopeJson: unknown, trustedKeys: TrustedKey[] | undefined): DsseVerification {
  const issues = validateAgainst('dsse-envelope', envelopeJson);
  if (issues.length > 0) return fail('invalid', `DSSE envelope is malformed: ${issues[0]!.pointer || '/'}: ${issues[0]!.message}`);
  const envelope = envelopeJson as DsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return fail('invalid', `DSSE payloadType is ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
  const payload = decodeBase64Strict(envelope.payload);
  if (!payload) return fail('invalid', 'DSSE payload is not canonical standard base64');
  const signed = verifySignatures(envelope, payload, trustedKeys ?? []);
  if (signed.status === 'invalid') return signed;
  const parsed = parseStatement(payload);
  if ('error' in parsed) return fail('invalid', parsed.error);
  return { ...signed, statement: parsed.statement };
}

function verifySignatures(envelope: DsseEnvelope, payload: Buffer, trustedKeys: TrustedKey[]): DsseVerification {
  if (envelope.signatures.length === 0) return fail('unsigned', 'DSSE envelope is unsigned (no signatures)');
  const message = pae(envelope.payloadType, payload);
  let verifiedBy: string | undefined;
  for (const signature of envelope.signatures) {
    const key = trustedKeys.find((k) => k.keyid === signature.keyid);
    if (!key) continue;
    const sig = decodeBase64Strict(signature.sig);
    let publicKey: Buffer;
    try {
      publicKey = publicKeyFromPem(key.publicKeyPem);
    } catch (err) {
      return fail('invalid', `trusted key ${key.keyid}: ${(err as CapsuleError).message}`);
    }
    if (!sig || !verifyEd25519Strict(publicKey, message, sig)) return fail('invalid', `DSSE signature by key ${signature.keyid} does not verify (payload or signature altered)`);
    verifiedBy = signature.keyid;
  }
  if (!verifiedBy) return fail('untrusted', `DSSE envelope is signed by ${envelope.signatures.map((s) => s.keyid || '(no keyid)').join(', ')}, none of them a trusted key`);
  return { ok: true, status: 'verified', message: `DSSE signature verified with key ${verifiedBy}`, keyid: verifiedBy };
}

/** The statement, or why the payload is not a valid in-toto Statement v1. */
function parseStatement(payload: Buffer): { statement: unknown } | { error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    return { error: 'DSSE payload is not UTF-8' };
  }
  let value: unknown;
  try {
    value = parseJsonStrict(text, 'DSSE payload', { ijson: true }).value;
  } catch (err) {
    return { error: (err as Error).message };
  }
  const issues = validateAgainst('in-toto-statement', value);
  if (issues.length > 0) return { error: `DSSE payload is not an in-toto Statement v1: ${issues[0]!.pointer || '/'}: ${issues[0]!.message}` };
  return { statement: value };
}
