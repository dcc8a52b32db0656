import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../src/record/types.js';
import { verifyDsseEnvelope } from '../../src/exports/dsse.js';
import { buildProvenance, provenanceSubjects, verifyProvenance, PROVENANCE_KEY_PATH, PROVENANCE_PATH } from '../../src/exports/provenance.js';
import { buildVerificationSummaryStatement } from '../../src/promotion/vsa.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import type { PromotionDecision } from '../../src/promotion/types.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { fixtureRecord, jsonOf } from './fixture-record.js';

const MODEL = Buffer.from('weights v1');
const BUNDLE = Buffer.from('{"kind":"Bundle"}\n');

/** A record whose output and bundle hashes are those of real bytes, and the pack files holding them. */
function packed() {
  const record = fixtureRecord('capsule', (m) => {
    m.proof_capsule!.outputs = [{ path: 'artifacts/model.bin', kind: 'model', sha256: sha256Hex(MODEL), size_bytes: MODEL.length }];
    m.proof_capsule!.bundle.sha256 = sha256Hex(BUNDLE);
  });
  const files = new Map<string, Buffer>([['artifacts/model.bin', MODEL], ['bundle/bundle.json', BUNDLE]]);
  return { record, files };
}

function addTo(files: Map<string, Buffer>, generated: GeneratedFile[]): Map<string, Buffer> {
  for (const f of generated) files.set(f.path, Buffer.from(f.content));
  return files;
}

function statementOf(file: GeneratedFile): any {
  return JSON.parse(Buffer.from(jsonOf(file.content).payload as string, 'base64').toString('utf8'));
}

describe('SLSA provenance', () => {
  it('subjects are the outputs and the bundle by digest', () => {
    const { record } = packed();
    expect(provenanceSubjects(record).map((s) => s.name)).toEqual(['artifacts/model.bin', 'bundle/bundle.json']);
  });

  it('a run with no hashed output and no bundle attests its manifest snapshot', () => {
    const record = fixtureRecord('agilab', (m) => { m.artifacts = []; });
    expect(provenanceSubjects(record)).toEqual([{ name: 'run_manifest.snapshot.json', sha256: record.manifestSha256 }]);
    expect(provenanceSubjects(fixtureRecord('agilab')).map((s) => s.name)).toEqual(['reports/summary.csv']);
  });

  it('no subject, or a subject digest that is not sha256 hex, is refused by name', () => {
    const { record } = packed();
    expect(() => buildProvenance(record, [])).toThrow(/at least one subject/);
    expect(() => buildProvenance(record, [{ name: 'a', sha256: 'ABC' }])).toThrow(/subject a: sha256 "ABC"/);
  });

  it('statement: in-toto v1, SLSA provenance v1 with our build type, bundle parameters, invocation and times', () => {
    const { record } = packed();
    const { key } = generateSigningKey();
    const [envelope, pem] = buildProvenance(record, provenanceSubjects(record), key);
    expect(pem).toEqual({ path: PROVENANCE_KEY_PATH, content: key.publicKeyPem });
    const statement = statementOf(envelope!);
    expect(validateAgainst('in-toto-statement', statement)).toEqual([]);
    expect(validateAgainst('dsse-envelope', jsonOf(envelope!.content))).toEqual([]);
    expect(statement.predicate.buildDefinition).toMatchObject({
      buildType: 'https://proofcapsule.dev/buildtypes/capsule-run/v1',
      externalParameters: { bundle: { name: 'tiny-trainer', version: '1.2.0', sha256: sha256Hex(BUNDLE) }, executor: 'process' },
    });
    expect(statement.predicate.runDetails.metadata).toEqual({
      invocationId: 'run-2026-03-14-tiny-trainer-7f3a',
      startedOn: '2026-03-14T09:26:40.333333Z',
      finishedOn: '2026-03-14T09:26:58.456789Z',
    });
    expect(statement.predicate.runDetails.builder.id).toMatch(/^https:\/\/proofcapsule\.dev\//);
  });

  it('verifyProvenance passes on an intact pack', () => {
    const { record, files } = packed();
    const { key } = generateSigningKey();
    const result = verifyProvenance(addTo(files, buildProvenance(record, provenanceSubjects(record), key)));
    expect(result).toMatchObject({ ok: true, status: 'verified', keyid: key.publicKeySha256 });
  });

  it('verifyProvenance fails when a subject file changed or is gone', () => {
    const { record, files } = packed();
    const { key } = generateSigningKey();
    addTo(files, buildProvenance(record, provenanceSubjects(record), key));
    files.set('artifacts/model.bin', Buffer.from('weights v2'));
    expect(verifyProvenance(files)).toMatchObject({ ok: false, status: 'subject_mismatch' });
    files.delete('artifacts/model.bin');
    expect(verifyProvenance(files).message).toContain('artifacts/model.bin is not in the pack');
  });

  it('verifyProvenance fails when the envelope, the key or the envelope file is missing or altered', () => {
    const { record, files } = packed();
    const { key } = generateSigningKey();
    addTo(files, buildProvenance(record, provenanceSubjects(record), key));
    const { key: other } = generateSigningKey();
    expect(verifyProvenance(new Map([...files, [PROVENANCE_KEY_PATH, Buffer.from(other.publicKeyPem)]]))).toMatchObject({ ok: false, status: 'untrusted' });
    const noKey = new Map(files);
    noKey.delete(PROVENANCE_KEY_PATH);
    expect(verifyProvenance(noKey).message).toContain(`${PROVENANCE_KEY_PATH} is missing`);
    const flipped = Buffer.from(files.get(PROVENANCE_PATH)!);
    const at = flipped.indexOf('"payload": "') + 40;
    flipped[at] = flipped[at] === 0x41 ? 0x42 : 0x41;
    expect(verifyProvenance(new Map([...files, [PROVENANCE_PATH, flipped]])).ok).toBe(false);
    const none = new Map(files);
    none.delete(PROVENANCE_PATH);
    expect(verifyProvenance(none)).toMatchObject({ ok: false, status: 'missing' });
  });

  it('an unsigned provenance is reported unsigned', () => {
    const { record, files } = packed();
    expect(verifyProvenance(addTo(files, buildProvenance(record, provenanceSubjects(record))))).toMatchObject({ ok: false, status: 'unsigned' });
  });
});

describe('SLSA verification summary of the promotion decision', () => {
  const decision = (kind: PromotionDecision['decision']): PromotionDecision => ({
    schema: 'agilab.promotion_decision.v1', decision: kind, reason: 'r', status: 'pass', run_id: 'run-2026-03-14-tiny-trainer-7f3a', path_id: 'examples/tiny-trainer',
    label: 'tiny-trainer', manifest_status: 'pass', policy_status: 'pass', verification_status: 'pass', blockers: [], next_action: 'n', created_at: '2026-03-14T09:26:58Z',
  });

  it('promote → PASSED with SLSA build level 1; block and manual-review → FAILED; signed and valid', () => {
    const { record } = packed();
    const { key } = generateSigningKey();
    for (const [kind, result] of [['promote', 'PASSED'], ['block', 'FAILED'], ['manual-review', 'FAILED']] as const) {
      const [file] = buildVerificationSummaryStatement(decision(kind), record, provenanceSubjects(record), key);
      expect(file!.path).toBe('promotion/promotion_decision.intoto.dsse.json');
      const verified = verifyDsseEnvelope(jsonOf(file!.content), [{ keyid: key.publicKeySha256, publicKeyPem: key.publicKeyPem }]);
      expect(verified.ok).toBe(true);
      const statement = verified.statement as any;
      expect(statement.predicateType).toBe('https://slsa.dev/verification_summary/v1');
      expect(statement.predicate).toMatchObject({ verificationResult: result, timeVerified: '2026-03-14T09:26:58.456789Z', policy: { uri: expect.stringMatching(/^https:/) } });
      expect(statement.predicate.verifiedLevels).toEqual(result === 'PASSED' ? ['SLSA_BUILD_LEVEL_1'] : ['FAILED']);
    }
  });
});
