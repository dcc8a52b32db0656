import type { GeneratedFile } from '../record/types.js';
import { CapsuleError } from '../errors.js';
import { SHA256_HEX } from '../hash/sha256.js';
import { canonicalBytes } from '../json/canonical.js';
import { stableJson } from '../json/write.js';
import type { SigningKey } from '../keys/ed25519.js';
import { IN_TOTO_PAYLOAD_TYPE, signDsse } from './dsse.js';
import { byText } from './order.js';

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

/** An artifact an attestation is about, by path in the pack and digest. */
export interface Subject {
  name: string;
  sha256: string;
}

export interface InTotoStatement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

/** in-toto requires at least one subject, each with a digest: anything else is a caller bug, named here. */
export function inTotoStatement(subjects: Subject[], predicateType: string, predicate: Record<string, unknown>): InTotoStatement {
  if (subjects.length === 0) throw new CapsuleError('statement_no_subjects', `in-toto statement (${predicateType}) needs at least one subject`);
  const bad = subjects.find((s) => !SHA256_HEX.test(s.sha256));
  if (bad) throw new CapsuleError('statement_subject_digest_invalid', `in-toto subject ${bad.name}: sha256 ${JSON.stringify(bad.sha256)} is not 64 lowercase hex`);
  const subject = [...subjects].sort(byText((s) => s.name)).map((s) => ({ name: s.name, digest: { sha256: s.sha256 } }));
  return { _type: IN_TOTO_STATEMENT_V1, subject, predicateType, predicate };
}

/** The statement as a DSSE envelope file; the payload is the statement's RFC 8785 bytes, so it is byte-stable. */
export function envelopeFile(path: string, statement: InTotoStatement, key?: SigningKey): GeneratedFile {
  return { path, content: stableJson(signDsse(canonicalBytes(statement), IN_TOTO_PAYLOAD_TYPE, key)) };
}
