import { sha256Hex } from '../hash/sha256.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** `producer` / `_producer` of OpenLineage, builder and verifier ids: a URI naming this tool and version. */
export const PRODUCER_URI = `https://proofcapsule.dev/tool/${TOOL_NAME}/${TOOL_VERSION}`;

/** `purpose` keeps ids for different documents apart even though all derive from one run_id. */
function digestOf(purpose: string, runId: string): string {
  return sha256Hex(`proof-capsule:${purpose}\n${runId}`);
}

/**
 * A UUID derived from the run id (no randomness, so exports are byte-deterministic). Laid out
 * as RFC 9562 version 8 ("custom", here SHA-256 name-based): v5 would promise SHA-1.
 */
export function derivedUuid(purpose: string, runId: string): string {
  const hex = digestOf(purpose, runId).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Lowercase hex id of `length` characters (OTLP traceId 32, spanId 16). */
export function derivedHexId(purpose: string, runId: string, length: number): string {
  return digestOf(purpose, runId).slice(0, length);
}
