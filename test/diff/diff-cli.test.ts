import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunComparison } from '../../src/manifest/run-diff.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { capsule, makeSigner, metricRun } from './metric-runs.js';

// Real runs of a small bundle whose accuracy comes from its env: A 0.95, B 0.90 (a worse
// model), C 0.95 again (the same result, another run). Compared with the built CLI.
let dir: string;
let trustPolicy: string;
let A: string;
let B: string;
let C: string;
let runDirA: string;
let runDirB: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'capsule-diff-'));
  const signer = makeSigner(dir);
  trustPolicy = signer.trustPolicy;
  const runs = [metricRun(dir, 'a', '0.95', signer, [], 'note-of-run-a'), metricRun(dir, 'b', '0.90', signer, [], 'note-of-run-b'), metricRun(dir, 'c', '0.95', signer, [], 'note-of-run-a')];
  for (const r of runs) expect(r.code, r.stderr).toBe(0);
  [A, B, C] = runs.map((r) => r.capsule) as [string, string, string];
  [runDirA, runDirB] = [runs[0]!.runDir, runs[1]!.runDir];
});

function diffJson(...args: string[]): { code: number | null; comparison: RunComparison; stderr: string } {
  const r = capsule('diff', ...args, '--json');
  return { code: r.code, comparison: JSON.parse(r.stdout) as RunComparison, stderr: r.stderr };
}

describe('capsule diff', () => {
  it('A A: exit 0, no difference, every delta 0', () => {
    const { code, comparison } = diffJson(A, A, '--trust-policy', trustPolicy);
    expect(code).toBe(0);
    expect(validateAgainst('run-diff', comparison)).toEqual([]);
    expect(comparison.differences).toBe(0);
    expect(comparison.metrics.map((m) => m.name).sort()).toEqual(['accuracy', 'loss']);
    for (const m of comparison.metrics) expect([m.delta, m.relative_delta, m.change]).toEqual([0, 0, 'same']);
    expect(comparison.outputs.every((o) => o.change === 'same')).toBe(true);
    expect(comparison.timing.delta_seconds).toBe(0);
    const text = capsule('diff', A, A, '--trust-policy', trustPolicy);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No differences.');
  });

  it('A B (accuracy 0.95 vs 0.90): exit 1, accuracy delta -0.05, the model output named as changed', () => {
    const { code, comparison } = diffJson(A, B, '--trust-policy', trustPolicy);
    expect(code).toBe(1);
    expect(validateAgainst('run-diff', comparison)).toEqual([]);
    const accuracy = comparison.metrics.find((m) => m.name === 'accuracy')!;
    expect(accuracy).toMatchObject({ output: 'artifacts/out/metrics.json', a: 0.95, b: 0.9, delta: -0.05, change: 'changed' });
    expect(accuracy.relative_delta).toBeCloseTo(-0.05 / 0.95, 10);
    expect(comparison.metrics.find((m) => m.name === 'loss')).toMatchObject({ delta: 0, change: 'same' });
    const byPath = new Map(comparison.outputs.map((o) => [o.path, o]));
    expect(byPath.get('artifacts/out/model.json')!.change).toBe('changed');
    expect(byPath.get('artifacts/out/model.json')!.a!.sha256).not.toBe(byPath.get('artifacts/out/model.json')!.b!.sha256);
    expect(byPath.get('artifacts/out/labels.txt')!.change).toBe('same');
    expect(comparison.facts.find((f) => f.field === 'bundle.sha256')!.change).toBe('changed');
    expect(comparison.facts.find((f) => f.field === 'decision')).toMatchObject({ a: 'promote', b: 'promote', change: 'same' });
    expect(comparison.facts.find((f) => f.field === 'evidence_class')).toMatchObject({ a: 'AUTHORITATIVE_EVIDENCE', change: 'same' });
    expect(comparison.environment).toEqual([
      { name: 'ACCURACY', change: 'changed', secret: false },
      { name: 'RUN_NOTE', change: 'changed', secret: false },
    ]);

    const text = capsule('diff', A, B, '--trust-policy', trustPolicy);
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n');
    const changed = lines.findIndex((l) => l.includes('CHANGED'));
    const same = lines.findIndex((l) => /^\s+same\s/.test(l));
    expect(changed).toBeGreaterThan(0);
    expect(same).toBeGreaterThan(changed);
    expect(lines.find((l) => l.includes('metric accuracy'))).toMatch(/CHANGED\s+metric accuracy\s+0\.95\s+0\.9\s+-0\.05 \(-5\.263%\)/);
    expect(lines.find((l) => l.includes('artifacts/out/model.json'))).toMatch(/^\s+CHANGED\s+output artifacts\/out\/model\.json \(model\)/);
  });

  it('never shows an environment value, only the name and that it differs', () => {
    for (const out of [capsule('diff', A, B).stdout, capsule('diff', A, B, '--json').stdout]) {
      expect(out).toContain('RUN_NOTE');
      expect(out).not.toContain('note-of-run-a');
      expect(out).not.toContain('note-of-run-b');
    }
  });

  it('two runs with the same result do not differ (run id and timing are not differences)', () => {
    const { code, comparison } = diffJson(A, C, '--trust-policy', trustPolicy);
    expect(comparison.a.run_id).not.toBe(comparison.b.run_id);
    expect(code).toBe(0);
    expect(comparison.differences).toBe(0);
  });

  it('compares run folders too, each verified first', () => {
    const { code, comparison } = diffJson(runDirA, runDirB, '--trust-policy', trustPolicy);
    expect(code).toBe(1);
    expect(comparison.a.kind).toBe('run-folder');
    expect(comparison.b.evidence_class).toBe('AUTHORITATIVE_EVIDENCE');
    expect(comparison.metrics.find((m) => m.name === 'accuracy')!.delta).toBe(-0.05);
  });

  it('refuses (exit 2) a tampered capsule, naming it and its failed check, and a missing one', () => {
    const tampered = join(dir, 'tampered.agipack');
    const bytes = readFileSync(B);
    bytes[Math.floor(bytes.length / 3)]! ^= 0x01;
    writeFileSync(tampered, bytes);
    copyFileSync(`${B}.sig.json`, `${tampered}.sig.json`);
    const r = capsule('diff', A, tampered, '--trust-policy', trustPolicy);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`capsule: error [run_not_verified]: B ${tampered}: does not verify under ${trustPolicy}`);
    expect(r.stderr).not.toContain('capsule-verified-');
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const missing = capsule('diff', join(dir, 'nope.agipack'), A);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`A ${join(dir, 'nope.agipack')}: no such capsule, run folder or manifest`);
  });

  it('refuses a capsule whose key the trust policy does not anchor', () => {
    const other = join(dir, 'other-trust.json');
    writeFileSync(other, JSON.stringify({ allowed_public_key_sha256: ['0'.repeat(64)] }));
    const r = capsule('diff', A, B, '--trust-policy', other);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('capsule_trust_policy_allows_public_key');
  });
});
