/** One finding of the chain verifier: `rule` is a stable snake_case id. */
export interface ChainIssue {
  /** The event's seq when the line parsed far enough to have one. */
  seq: number | null;
  /** 1-based line number in the file. */
  line: number;
  rule: string;
  message: string;
}

export type ChainClassification = 'AUTHORITATIVE_EVIDENCE' | 'PARTIAL_AUTHORITATIVE_EVIDENCE' | 'NON_AUTHORITATIVE_EVIDENCE';

export interface ChainReport {
  schema: 'proofcapsule.chain_report.v1';
  file: string;
  status: 'PASS' | 'FAIL';
  classification: ChainClassification;
  errors: ChainIssue[];
  warnings: ChainIssue[];
  /** What was accepted but is worth knowing: lines not in canonical form, blank lines. Never lowers the status. */
  notes: ChainIssue[];
  /** Events read from complete lines (the seal included). */
  event_count: number;
  /** Seq of the last event before the first error (every event up to it verified); 0 if none. */
  verified_through_seq: number;
  /** event_hash of the last verified event (the CHAIN_SEAL's own hash on a sealed chain), or null. */
  final_hash: string | null;
  session_id: string | null;
  sealed: boolean;
  seal_trusted: boolean;
  seal_public_key_sha256: string | null;
  /** LOG_DROP events, and the events they say were lost. */
  drops: number;
  dropped_count: number;
  /** CHAIN_BROKEN events recorded by the producer. */
  breaks: number;
  redactions: number;
}

/** Issues beyond this many are counted in one `error_limit` entry, so memory stays flat. */
export const MAX_ISSUES = 100;
