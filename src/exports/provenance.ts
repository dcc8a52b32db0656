import type { GeneratedFile, RunRecord } from '../record/types.js';
import { parseJsonStrict } from '../json/parse.js';
import { publicKeySha256, type SigningKey } from '../keys/ed25519.js';
import { sha256Hex } from '../hash/sha256.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { verifyDsseEnvelope, type DsseStatus } from './dsse.js';
import { PRODUCER_URI } from './identity.js';
import { runInputs, runOutputs } from './run-files.js';
import { envelopeFile, inTotoStatement, type InTotoStatement, type Subject } from './statement.js';
import { runInterval } from '../record/time.js';

export const PROVENANCE_PATH = 'provenance/provenance.intoto.dsse.json';
export const PROVENANCE_KEY_PATH = 'provenance/signing-key.pub.pem';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Our build type: a bundle run by `capsule run` (or a run described by an AGILAB manifest). */
const BUILD_TYPE = 'https://proofcapsule.dev/buildtypes/capsule-run/v1';

/** The pack's byte copy of the run manifest: the subject of last resort. */
const MANIFEST_SNAPSHOT_PATH = 'run_manifest.snapshot.json';

/**
 * The provenance subjects of a run: its outputs and its bundle, by digest (outputs without a hash
 * are left out). A run with neither (an AGILAB manifest with no packed artifacts) attests its
 * manifest snapshot instead, since in-toto needs at least one subject.
 */
export function provenanceSubjects(record: RunRecord): Subject[] {
  const subjects = [...runOutputs(record), ...runInputs(record)].flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, sha256: f.sha256 }]));
  return subjects.length > 0 ? subjects : [{ name: MANIFEST_SNAPSHOT_PATH, sha256: record.manifestSha256 }];
}

/**
 * `provenance/provenance.intoto.dsse.json`: an in-toto Statement v1 with a SLSA Provenance v1
 * predicate, in a DSSE envelope signed with `key`, and the public key PEM beside it so
 * `openssl pkeyutl -verify -rawin` can check it. Without a key the envelope has no signatures
 * (DSSE needs at least one to verify, so verifiers report it `unsigned`) and no PEM is written.
 */
export function buildProvenance(record: RunRecord, subjects: Subject[], key?: SigningKey): GeneratedFile[] {
  const statement = inTotoStatement(subjects, SLSA_PROVENANCE_V1, provenancePredicate(record));
  const files = [envelopeFile(PROVENANCE_PATH, statement, key)];
  if (key) files.push({ path: PROVENANCE_KEY_PATH, content: key.publicKeyPem });
  return files;
}

function provenancePredicate(record: RunRecord): Record<string, unknown> {
  const m = record.manifest;
  const ext = m.proof_capsule;
  const { start, end } = runInterval(record);
  const externalParameters = ext
    ? { bundle: { name: ext.bundle.name, version: ext.bundle.version, sha256: ext.bundle.sha256, path: ext.bundle.path }, executor: ext.execution.executor }
    : { path_id: m.path_id, label: m.label, command: m.command.label };
  return {
    buildDefinition: {
      buildType: BUILD_TYPE,
      externalParameters,
      internalParameters: {
        argv: m.command.argv,
        ...(ext ? { placement_site: ext.placement.site, lane: ext.bundle.lane, max_run_seconds: ext.bundle.max_run_seconds } : {}),
      },
      resolvedDependencies: [
        { name: 'run_manifest', digest: { sha256: record.manifestSha256 } },
        ...runInputs(record).flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, digest: { sha256: f.sha256 } }])),
      ],
    },
    runDetails: {
      builder: { id: PRODUCER_URI, version: { [TOOL_NAME]: ext?.tool.version ?? TOOL_VERSION } },
      metadata: { invocationId: m.run_id, startedOn: start.iso, finishedOn: end.iso },
      byproducts: ext
        ? [
            { name: ext.execution.logs.stdout.path, digest: { sha256: ext.execution.logs.stdout.sha256 } },
            { name: ext.execution.logs.stderr.path, digest: { sha256: ext.execution.logs.stderr.sha256 } },
            { name: 'evidence_chain_final_hash', digest: { sha256: ext.evidence.final_hash } },
          ]
        : [],
    },
  };
}

export interface ProvenanceVerification {
  ok: boolean;
  status: DsseStatus | 'missing' | 'subject_mismatch';
  message: string;
  /** The public key sha256 that signed it (check it against the trust policy). */
  keyid?: string;
}

/**
 * For the capsule verifier: the pack's provenance envelope verifies with the pack's key, is a
 * SLSA Provenance v1 statement, and every subject's digest equals the hash of the pack file of that name.
 */
/**
 * `files` holds the provenance envelope and key (and, for subjects without a digest in
 * `digests`, the subject bytes); `digests` gives the already verified sha256 of pack files, so
 * a capsule verifier never loads subjects into memory.
 */
export function verifyProvenance(files: Map<string, Buffer>, digests: Map<string, string> = new Map()): ProvenanceVerification {
  const envelopeBytes = files.get(PROVENANCE_PATH);
  if (!envelopeBytes) return { ok: false, status: 'missing', message: `${PROVENANCE_PATH} is missing` };
  let envelope: unknown;
  try {
    envelope = parseJsonStrict(envelopeBytes.toString('utf8'), PROVENANCE_PATH, { ijson: true }).value;
  } catch (err) {
    return { ok: false, status: 'invalid', message: (err as Error).message };
  }
  const pem = files.get(PROVENANCE_KEY_PATH)?.toString('utf8');
  let trusted: { keyid: string; publicKeyPem: string }[] = [];
  try {
    if (pem !== undefined) trusted = [{ keyid: publicKeySha256(pem), publicKeyPem: pem }];
  } catch (err) {
    return { ok: false, status: 'invalid', message: `${PROVENANCE_KEY_PATH}: ${(err as Error).message}` };
  }
  const result = verifyDsseEnvelope(envelope, trusted);
  if (!result.ok) {
    const why = result.status === 'untrusted' && pem === undefined ? ` (${PROVENANCE_KEY_PATH} is missing)` : '';
    return { ok: false, status: result.status, message: `${PROVENANCE_PATH}: ${result.message}${why}` };
  }
  const statement = result.statement as InTotoStatement;
  if (statement.predicateType !== SLSA_PROVENANCE_V1) {
    return { ok: false, status: 'invalid', message: `${PROVENANCE_PATH}: predicateType is ${statement.predicateType}, expected ${SLSA_PROVENANCE_V1}` };
  }
  const mismatch = subjectMismatch(statement, files, digests);
  if (mismatch) return { ok: false, status: 'subject_mismatch', message: `${PROVENANCE_PATH}: ${mismatch}`, keyid: result.keyid };
  return { ok: true, status: 'verified', message: `${PROVENANCE_PATH}: signature verified with key ${result.keyid}; ${statement.subject.length} subject digest(s) match`, keyid: result.keyid };
}

function subjectMismatch(statement: InTotoStatement, files: Map<string, Buffer>, digests: Map<string, string>): string | undefined {
  for (const subject of statement.subject) {
    const bytes = files.get(subject.name);
    const actual = digests.get(subject.name) ?? (bytes ? sha256Hex(bytes) : undefined);
    if (actual === undefined) return `subject ${subject.name} is not in the pack`;
    if (actual !== subject.digest.sha256) return `subject ${subject.name} has sha256 ${actual}, provenance says ${subject.digest.sha256}`;
  }
  return undefined;
}
