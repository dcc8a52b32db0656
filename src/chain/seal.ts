import { publicKeyFromPem, publicKeyIdentity, verifyEd25519Strict } from '../keys/ed25519.js';
import { SHA256_HEX } from '../hash/sha256.js';
import { sealMessage, type ChainEvent } from './events.js';

export interface SealTrust {
  /** Keys whose seals make a chain authoritative (sha256 of the SPKI PEM's ASCII bytes). */
  trustedPublicKeySha256?: string[];
  /** PEMs by their sha256, for seals that do not embed `signature.public_key_pem`. */
  publicKeys?: Map<string, string>;
}

export interface SealFinding {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

export interface SealVerdict {
  trusted: boolean;
  publicKeySha256: string | null;
  findings: SealFinding[];
}

const BASE64_64_BYTES = /^[A-Za-z0-9+/]{86}==$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The AgentOps CHAIN_SEAL fields, checked against the event the seal follows. `event_count`
 * counts the events before the seal (our recorder) or all of them with the seal (AgentOps
 * Replay's ingestion service); either is the chain's length, and only final_hash is signed.
 */
export function checkSealFields(seal: ChainEvent, previous: { event_hash: string } | null): SealFinding[] {
  const p = seal.payload;
  const out: SealFinding[] = [];
  for (const key of ['authority', 'server_timestamp', 'server_version'] as const) {
    if (typeof p[key] !== 'string') out.push({ severity: 'error', rule: 'seal_fields', message: `CHAIN_SEAL payload.${key} must be a string` });
  }
  if (previous === null || p.final_hash !== previous.event_hash) {
    out.push({ severity: 'error', rule: 'seal_final_hash', message: `CHAIN_SEAL final_hash ${JSON.stringify(p.final_hash)} is not the hash of the event before the seal (${previous?.event_hash ?? 'none'})` });
  }
  if (p.event_count !== seal.seq - 1 && p.event_count !== seal.seq) {
    out.push({ severity: 'error', rule: 'seal_event_count', message: `CHAIN_SEAL event_count ${JSON.stringify(p.event_count)} is neither the number of events before the seal (${seal.seq - 1}) nor with it (${seal.seq})` });
  }
  return out;
}

/**
 * The seal's Ed25519 signature over the ASCII hex of final_hash, with the key embedded as
 * `signature.public_key_pem` (or supplied by the caller). A valid signature makes the seal
 * trusted only when its key is in the trusted list; when a list is given and the key is not
 * in it, that is an error, not a downgrade.
 */
export function checkSealSignature(seal: ChainEvent, trust: SealTrust): SealVerdict {
  const trustList = trust.trustedPublicKeySha256 ?? [];
  const trustRequested = trustList.length > 0;
  const fail = (rule: string, message: string, publicKeySha256: string | null = null): SealVerdict => ({ trusted: false, publicKeySha256, findings: [{ severity: 'error', rule, message }] });
  const sig = seal.payload.signature;
  if (sig === undefined) {
    return { trusted: false, publicKeySha256: null, findings: [{ severity: trustRequested ? 'error' : 'warning', rule: 'seal_unsigned', message: 'CHAIN_SEAL has no signature: the chain cannot be authoritative' }] };
  }
  if (!isRecord(sig) || sig.algorithm !== 'ed25519' || typeof sig.public_key_sha256 !== 'string' || !SHA256_HEX.test(sig.public_key_sha256) || typeof sig.value !== 'string') {
    return fail('seal_signature_invalid', 'CHAIN_SEAL signature must be {algorithm:"ed25519", public_key_sha256 (64 hex), public_key_pem, value (base64)}');
  }
  const keySha = sig.public_key_sha256;
  const pem = typeof sig.public_key_pem === 'string' ? sig.public_key_pem : trust.publicKeys?.get(keySha);
  if (pem === undefined) {
    return { trusted: false, publicKeySha256: keySha, findings: [{ severity: trustRequested ? 'error' : 'warning', rule: 'seal_key_unavailable', message: `CHAIN_SEAL key ${keySha} is neither embedded nor supplied: the signature cannot be checked` }] };
  }
  let raw: Buffer;
  try {
    raw = publicKeyFromPem(pem);
  } catch (err) {
    return fail('seal_signature_invalid', `CHAIN_SEAL public key: ${(err as Error).message}`, keySha);
  }
  // The key's identity is computed from the key, so a re-wrapped PEM is the same (perhaps revoked) key.
  if (publicKeyIdentity(raw) !== keySha) return fail('seal_signature_invalid', `CHAIN_SEAL public_key_pem is not the key public_key_sha256 ${keySha} names`, keySha);
  if (!BASE64_64_BYTES.test(sig.value)) return fail('seal_signature_invalid', 'CHAIN_SEAL signature value is not the base64 of 64 bytes', keySha);
  if (!verifyEd25519Strict(raw, sealMessage(String(seal.payload.final_hash)), Buffer.from(sig.value, 'base64'))) {
    return fail('seal_signature_invalid', `CHAIN_SEAL signature does not verify under key ${keySha}`, keySha);
  }
  if (!trustRequested) {
    return { trusted: false, publicKeySha256: keySha, findings: [{ severity: 'warning', rule: 'seal_key_not_anchored', message: `CHAIN_SEAL signature is valid but no trusted keys were given, so key ${keySha} is not trusted` }] };
  }
  if (!trustList.includes(keySha)) return fail('seal_key_untrusted', `CHAIN_SEAL is signed by key ${keySha}, which is not in the trusted keys`, keySha);
  return { trusted: true, publicKeySha256: keySha, findings: [] };
}
