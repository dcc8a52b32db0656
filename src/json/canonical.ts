import canonicalize from 'canonicalize';
import { CapsuleError } from '../errors.js';

/** RFC 8785 (JCS) canonical form: the bytes that are hashed and signed. */
export function canonicalJson(value: unknown): string {
  const out = canonicalize(value);
  if (out === undefined) throw new CapsuleError('jcs_unrepresentable', 'value has no JSON canonical form');
  return out;
}

export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}
