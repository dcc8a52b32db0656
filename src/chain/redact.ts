import { CapsuleError } from '../errors.js';
import { canonicalBytes } from '../json/canonical.js';
import { escapePointer } from '../json/parse.js';
import { sha256Hex } from '../hash/sha256.js';
import { REDACTED, type Payload } from './events.js';

export interface RedactionRules {
  /** Values that must never be written, not even hashed: every occurrence becomes "[REDACTED]". */
  secretValues: string[];
  /** Keys (at any depth) whose value is replaced by "[REDACTED]" with a sibling `<key>_hash`. */
  redactKeys: string[];
}

export interface RedactedPayload {
  payload: Payload;
  /** JSON pointers of values replaced under `redactKeys` (each now has a `_hash` sibling). */
  hashedPointers: string[];
  /** JSON pointers of strings or keys a secret value was scrubbed from (no hash kept). */
  secretPointers: string[];
}

/**
 * Secrets are scrubbed first, so a `_hash` sibling never hashes content that held a secret.
 * A string is hashed as its UTF-8 bytes (matching content_hash conventions); any other
 * value as its RFC 8785 bytes.
 */
export function redactPayload(payload: Payload, rules: RedactionRules): RedactedPayload {
  const secrets = rules.secretValues.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  const hashKeys = new Set(rules.redactKeys);
  const result: RedactedPayload = { payload: {}, hashedPointers: [], secretPointers: [] };
  result.payload = walk(payload, '', secrets, hashKeys, result) as Payload;
  // A scrubbed key whose value was scrubbed too is one place, listed once.
  result.secretPointers = [...new Set(result.secretPointers)];
  return result;
}

function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/** An own property even for "__proto__", which plain assignment would turn into a prototype change. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function walk(value: unknown, pointer: string, secrets: string[], hashKeys: Set<string>, result: RedactedPayload): unknown {
  if (typeof value === 'string') {
    const clean = scrub(value, secrets);
    if (clean !== value) result.secretPointers.push(pointer);
    return clean;
  }
  if (Array.isArray(value)) return value.map((item, i) => walk(item, `${pointer}/${i}`, secrets, hashKeys, result));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [rawKey, child] of Object.entries(value)) {
    const key = scrub(rawKey, secrets);
    const childPointer = `${pointer}/${escapePointer(key)}`;
    if (key !== rawKey) result.secretPointers.push(childPointer);
    const clean = walk(child, childPointer, secrets, hashKeys, result);
    if (!hashKeys.has(key) || clean === REDACTED) {
      define(out, key, clean);
      continue;
    }
    const hashKey = `${key}_hash`;
    if (Object.hasOwn(value, hashKey)) {
      throw new CapsuleError('redaction_key_collision', `cannot redact ${childPointer}: the payload already has a sibling ${JSON.stringify(hashKey)}`, { pointer: childPointer });
    }
    define(out, key, REDACTED);
    define(out, hashKey, sha256Hex(typeof clean === 'string' ? Buffer.from(clean, 'utf8') : canonicalBytes(clean)));
    result.hashedPointers.push(childPointer);
  }
  return out;
}
