import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRunMarkdownEvidence, type RunFacts } from '../../src/chain/markdown.js';
import { verifyChainFile } from '../../src/chain/verify.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { recordSampleChain } from './sample-chain.js';

const facts: RunFacts = {
  bundleName: 'hello | world',
  runId: 'run-0001',
  lane: 'dev',
  executor: 'process',
  argv: ['sh', '-c', 'echo hi > out.txt'],
  outputs: [{ path: 'out.txt', kind: 'file', sha256: 'd'.repeat(64), size_bytes: 3 }],
  gates: [{ label: 'output exists', status: 'pass', summary: 'out.txt present' }],
  decision: { decision: 'promote', reason: 'run passed and every gate passed' },
};

async function render(root: string) {
  const evidence = join(root, 'evidence');
  mkdirSync(evidence, { recursive: true });
  const sample = recordSampleChain(root);
  const eventsPath = join(evidence, 'events.jsonl');
  copyFileSync(sample.path, eventsPath);
  const report = await verifyChainFile(eventsPath, { trustedPublicKeySha256: [sample.key.publicKeySha256] });
  const manifest = await writeRunMarkdownEvidence(evidence, { eventsPath, report, facts, createdAt: '2026-01-02T03:05:00Z' });
  return { evidence, manifest, eventsPath, keySha256: sample.key.publicKeySha256 };
}

describe('writeRunMarkdownEvidence', () => {
  it('writes the three Markdown files and a manifest whose hashes match them', async () => {
    const { evidence, manifest, eventsPath } = await render(mkdtempSync(join(tmpdir(), 'chain-md-')));
    expect(validateAgainst('run-evidence-manifest', manifest)).toEqual([]);
    expect(JSON.parse(readFileSync(join(evidence, 'run_evidence_manifest.json'), 'utf8'))).toEqual(manifest);
    expect(manifest.events).toEqual({ path: 'events.jsonl', sha256: sha256Hex(readFileSync(eventsPath)), size_bytes: readFileSync(eventsPath).length });
    for (const f of manifest.files) expect(sha256Hex(readFileSync(join(evidence, f.path)))).toBe(f.sha256);
    expect(manifest).toMatchObject({ classification: 'AUTHORITATIVE_EVIDENCE', status: 'PASS', run_id: 'run-0001' });
  });

  it('renders stages with status and duration, outputs with hashes and gate results, readable without tools', async () => {
    const { evidence } = await render(mkdtempSync(join(tmpdir(), 'chain-md-')));
    const process = readFileSync(join(evidence, 'RUN_PROCESS.md'), 'utf8');
    // The stepping clock moves 1.5 s per event: each TOOL_CALL → TOOL_RESULT pair takes 1.5 s.
    expect(process).toContain('| 3 | run | pass | 2026-01-02T03:04:13.178000Z | 2026-01-02T03:04:14.678000Z | 1.500 s |');
    const report = readFileSync(join(evidence, 'RUN_REPORT.md'), 'utf8');
    expect(report).toContain('**Decision: promote**');
    expect(report).toContain(`| out.txt | file | 3 | \`${'d'.repeat(64)}\` |`);
    expect(report).toContain('| output exists | pass | out.txt present |');
    expect(report).toContain('| Classification | AUTHORITATIVE_EVIDENCE |');
    expect(readFileSync(join(evidence, 'RUN_PLAN.md'), 'utf8')).toContain('# Run plan: hello \\| world');
  });

  it('gives the same bytes for the same inputs', async () => {
    const a = await render(mkdtempSync(join(tmpdir(), 'chain-md-')));
    const b = await render(mkdtempSync(join(tmpdir(), 'chain-md-')));
    // Chains differ (fresh keys sign them), so compare the files that do not embed the chain hash.
    expect(readFileSync(join(a.evidence, 'RUN_PLAN.md'), 'utf8')).toBe(readFileSync(join(b.evidence, 'RUN_PLAN.md'), 'utf8'));
    const snapshot = () => ['RUN_PLAN.md', 'RUN_PROCESS.md', 'RUN_REPORT.md', 'run_evidence_manifest.json'].map((f) => readFileSync(join(a.evidence, f), 'utf8'));
    const before = snapshot();
    await writeRunMarkdownEvidence(a.evidence, { eventsPath: a.eventsPath, report: await verifyChainFile(a.eventsPath, { trustedPublicKeySha256: [a.keySha256] }), facts, createdAt: '2026-01-02T03:05:00Z' });
    expect(snapshot()).toEqual(before);
  });
});
