import { shellWord } from '../text/shell.js';
import { SIG_EOCD, SIG_LOCAL } from '../zip/format.js';
import type { ChainReport } from './report.js';

export const ARCHIVE_HEAD_BYTES = 4;

/**
 * Whether a file starting with `head` is a ZIP archive (a capsule, say), not an event log: it
 * opens with a local file header, or with the end record of an empty archive.
 */
export function isArchiveHead(head: Buffer): boolean {
  if (head.length !== ARCHIVE_HEAD_BYTES) return false;
  const signature = head.readUInt32LE(0);
  return signature === SIG_LOCAL || signature === SIG_EOCD;
}

/**
 * The report on a capsule (or any ZIP archive) given where an event log is expected: one error
 * saying so and what to run instead, not a hundred lines of "not JSON" about compressed bytes.
 */
export function archiveReport(path: string): ChainReport {
  const message = `${path} is a ZIP archive (a capsule?), not an event log: check a capsule with `
    + `\`capsule verify ${shellWord(path)}\`, which verifies the event log it holds (evidence/events.jsonl)`;
  return {
    schema: 'proofcapsule.chain_report.v1',
    file: path,
    status: 'FAIL',
    classification: 'NON_AUTHORITATIVE_EVIDENCE',
    errors: [{ seq: null, line: 1, rule: 'not_an_event_log', message }],
    warnings: [],
    notes: [],
    event_count: 0,
    verified_through_seq: 0,
    final_hash: null,
    session_id: null,
    sealed: false,
    seal_trusted: false,
    seal_public_key_sha256: null,
    drops: 0,
    dropped_count: 0,
    breaks: 0,
    redactions: 0,
  };
}
