import { closeSync, openSync, readSync } from 'node:fs';
import { shellWord } from '../text/shell.js';
import type { ChainReport } from './report.js';

/** The first bytes of a ZIP archive: a local file header, or the end record of an empty one. */
const ZIP_MAGIC = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

/**
 * A capsule (or any ZIP archive) given where an event log is expected: its report is one error
 * saying so and what to run instead, not a hundred lines of "not JSON" about compressed bytes.
 * Null for anything else (unreadable files included: the chain reader reports those).
 */
export function archiveInsteadOfChain(path: string): ChainReport | null {
  const head = Buffer.alloc(4);
  let read = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  if (read < 4 || !ZIP_MAGIC.some((m) => m.equals(head))) return null;
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
