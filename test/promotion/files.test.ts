import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/hash/sha256.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { buildPromotionFiles } from '../../src/promotion/files.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { MANIFESTS, recordOf } from './fixtures.js';

const EXPECTED_PATHS = [
  'dataset-card.json',
  'eval-card.json',
  'metadata-store-entry.json',
  'model-card.json',
  'policy-report.json',
  'promotion/evidence_manifest.json',
  'promotion/policy_results.json',
  'promotion/promotion_decision.intoto.dsse.json',
  'promotion/promotion_decision.json',
  'promotion/promotion_dossier.md',
  'promotion/replay.sh',
  'promotion/run_story.json',
  'promotion/run_story.md',
  'prompt-card.json',
];

/** Which of our schemas each JSON document must satisfy. */
const SCHEMA_OF: Record<string, string> = {
  'policy-report.json': 'policy-report',
  'promotion/policy_results.json': 'policy-report',
  'promotion/promotion_decision.json': 'promotion-decision',
  'promotion/evidence_manifest.json': 'evidence-manifest',
  'promotion/run_story.json': 'run-story',
  'model-card.json': 'card',
  'dataset-card.json': 'card',
  'prompt-card.json': 'card',
  'eval-card.json': 'card',
  'metadata-store-entry.json': 'metadata-store-entry',
  'promotion/promotion_decision.intoto.dsse.json': 'dsse-envelope',
};

function text(files: { path: string; content: string | Buffer }[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} not generated`);
  return file.content.toString();
}

describe('buildPromotionFiles', () => {
  for (const name of Object.keys(MANIFESTS) as (keyof typeof MANIFESTS)[]) {
    it(`writes the same file set, every JSON document valid against its schema (${name})`, () => {
      const { files, decision } = buildPromotionFiles(recordOf(name));
      expect(files.map((f) => f.path)).toEqual(EXPECTED_PATHS);
      for (const [path, schema] of Object.entries(SCHEMA_OF)) {
        expect(validateAgainst(schema, JSON.parse(text(files, path))), `${path} against ${schema}`).toEqual([]);
      }
      expect(JSON.parse(text(files, 'promotion/promotion_decision.json'))).toEqual(decision);
      expect(text(files, 'promotion/policy_results.json')).toBe(text(files, 'policy-report.json'));
    });
  }

  it('is byte-deterministic: the same record gives the same bytes', () => {
    const a = buildPromotionFiles(recordOf('pass')).files;
    const b = buildPromotionFiles(recordOf('pass')).files;
    expect(b).toEqual(a);
  });

  it('takes every time from the record, never the wall clock', () => {
    const record = { ...recordOf('pass'), createdAt: '2030-01-02T03:04:05Z' };
    const { files } = buildPromotionFiles(record);
    expect(JSON.parse(text(files, 'promotion/promotion_decision.json')).created_at).toBe('2030-01-02T03:04:05Z');
    const now = new Date().toISOString().slice(0, 10);
    for (const f of files) expect(f.content.toString(), f.path).not.toContain(now);
  });

  it('fills cards from artifacts by kind and marks absent kinds present: false', () => {
    const { files } = buildPromotionFiles(recordOf('pass'));
    const model = JSON.parse(text(files, 'model-card.json'));
    expect(model).toMatchObject({ card_type: 'model', present: true, name: 'result.txt' });
    expect(model.artifacts[0]).toMatchObject({ path: 'artifacts/result.txt', sha256: 'd703a3caeb7c8920890384d9dd62da26793a4f1eaee9ffc5e6ec84fe3aa12357' });
    expect(JSON.parse(text(files, 'dataset-card.json'))).toMatchObject({ present: false, name: 'not-declared', artifacts: [] });
    expect(JSON.parse(text(files, 'prompt-card.json'))).toMatchObject({ present: false, argv: ['sh', 'job.sh'] });
    expect(JSON.parse(text(files, 'eval-card.json'))).toMatchObject({ present: true, name: 'eval-report.txt', status: 'pass' });
  });

  it('lists every dossier file by digest in the evidence manifest', () => {
    const { files } = buildPromotionFiles(recordOf('timeout'));
    const evidence = JSON.parse(text(files, 'promotion/evidence_manifest.json'));
    expect(evidence.decision).toBe('block');
    for (const row of evidence.dossier_files) {
      expect(row.sha256, row.path).toBe(sha256Hex(text(files, row.path)));
    }
    expect(evidence.dossier_files.map((r: { id: string }) => r.id)).toContain('promotion_dossier');
  });

  it('writes a dossier that states the decision, the failing gate and the boundary', () => {
    const { files } = buildPromotionFiles(recordOf('fail'));
    const md = text(files, 'promotion/promotion_dossier.md');
    expect(md).toContain('- Decision: `block`');
    expect(md).toContain('`fail` validations_pass');
    expect(md).toContain('not a production certification');
  });

  it('signs the decision VSA when given a key', () => {
    const { key } = generateSigningKey();
    const { files } = buildPromotionFiles(recordOf('pass'), undefined, { key });
    const envelope = JSON.parse(text(files, 'promotion/promotion_decision.intoto.dsse.json'));
    expect(envelope.signatures).toHaveLength(1);
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    expect(statement.predicate.verificationResult).toBe('PASSED');
    expect(statement.subject.map((s: { name: string }) => s.name)).toContain('promotion/promotion_decision.json');
  });

  it('passes the verified status and class through to the decision', () => {
    const { decision, policyReport } = buildPromotionFiles(recordOf('pass'), undefined, { verificationStatus: 'unknown', evidenceClass: 'AUTHORITATIVE_EVIDENCE' });
    expect(policyReport.verification_status).toBe('unknown');
    expect(decision.decision).toBe('manual-review');
  });
});

describe('Markdown documents', () => {
  it('keep hostile recorded strings on one line inside code spans', () => {
    const record = recordOf('pass');
    record.manifest.run_id = 'id with ``` fence\n# injected heading';
    record.manifest.command.argv = ['sh', '-c', 'echo ```\n## not a heading'];
    const { files } = buildPromotionFiles(record);
    for (const path of ['promotion/run_story.md', 'promotion/promotion_dossier.md']) {
      expect(text(files, path), path).not.toMatch(/^#+ injected/m);
    }
    // The multi-line command stays inside a fence longer than its own backtick run.
    expect(text(files, 'promotion/run_story.md')).toMatch(/\n````sh\n'sh' '-c' 'echo ```\n## not a heading'\n````\n/);
    expect(text(files, 'promotion/promotion_dossier.md')).toContain('- Run ID: ```` id with ``` fence # injected heading ````');
  });
});
