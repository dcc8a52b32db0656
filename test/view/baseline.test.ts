import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ViewModel } from '../../src/view/types.js';
import { capsule, makeSigner, metricRun } from '../diff/metric-runs.js';
import { flipEntryDataBit } from '../zip/zip-bytes.js';

// `capsule view X --baseline B` with the built CLI: the comparison `capsule diff B X` makes, on
// the page, after the baseline verified; a baseline that does not verify writes no page.
let dir: string;
let signer: ReturnType<typeof makeSigner>;
let a: ReturnType<typeof metricRun>;
let b: ReturnType<typeof metricRun>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'view-baseline-'));
  signer = makeSigner(dir);
  a = metricRun(dir, 'a', '0.95', signer);
  b = metricRun(dir, 'b', '0.90', signer);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
});

describe('capsule view --baseline', () => {
  it('shows the comparison on the page: accuracy 0.95 → 0.9, delta -0.05, the changed model output', () => {
    const trusted = ['--trust-policy', signer.trustPolicy];
    const json = capsule('view', b.capsule, ...trusted, '--baseline', a.capsule, '--json');
    expect(json.code, json.stderr).toBe(0);
    const model = JSON.parse(json.stdout) as ViewModel;
    const diffed = capsule('diff', a.capsule, b.capsule, ...trusted, '--json');
    const { differences } = JSON.parse(diffed.stdout) as { differences: number };
    expect(model.baseline).toMatchObject({ name: 'metric-from-env.agipack', trust_policy: 'trust.json', differences });
    const row = (what: string) => model.baseline!.rows.find((r) => r.what === what);
    expect(row('metric accuracy')).toMatchObject({ change: 'changed', a: '0.95', b: '0.9', delta: '-0.05 (-5.263%)' });
    expect(row('output artifacts/out/model.json (model)')!.change).toBe('changed');

    const page = join(dir, 'b.html');
    const written = capsule('view', b.capsule, ...trusted, '--baseline', a.capsule, '--output', page);
    expect(written.code, written.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h2 id="baseline">Compared with baseline <code>metric-from-env.agipack</code></h2>');
    expect(html).toContain('verified under <code>trust.json</code>');
    expect(html).toMatch(/<span class="badge warn">changed<\/span><\/td><td data-label="What" class="mono">metric accuracy<\/td><td data-label="Baseline">0\.95<\/td><td data-label="This run">0\.9<\/td><td data-label="Δ">-0\.05 \(-5\.263%\)<\/td>/);
    // The comparison sits right after Verification, before the run's own facts.
    expect(html.indexOf('id="baseline"')).toBeLessThan(html.indexOf('<h2>Run</h2>'));
  });

  it('a run compared with itself: 0 differences, every metric the same', () => {
    const json = capsule('view', a.capsule, '--trust-policy', signer.trustPolicy, '--baseline', a.capsule, '--json');
    const model = JSON.parse(json.stdout) as ViewModel;
    expect(model.baseline!.differences).toBe(0);
    expect(model.baseline!.rows.every((r) => r.change === 'same' && (r.delta === '0' || r.delta === ''))).toBe(true);
  });

  it('refuses a tampered baseline (exit 2, no page), naming it and the failed check', () => {
    const tampered = join(dir, 'tampered.agipack');
    writeFileSync(tampered, flipEntryDataBit(a.capsule, 'verification-report.json'));
    copyFileSync(`${a.capsule}.sig.json`, `${tampered}.sig.json`);
    const page = join(dir, 'refused.html');
    const r = capsule(
      'view', b.capsule, '--trust-policy', signer.trustPolicy, '--output', page, '--baseline', tampered,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`baseline ${tampered}: does not verify under ${signer.trustPolicy}, `
      + 'so it cannot be a baseline');
    expect(r.stderr).toContain('capsule_entry_hashes_match');
    expect(existsSync(page)).toBe(false);
  });

  it('does not compare a capsule that itself fails verification, and says so on its page', () => {
    const broken = join(dir, 'broken.agipack');
    const bytes = readFileSync(b.capsule);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(broken, bytes);
    copyFileSync(`${b.capsule}.sig.json`, `${broken}.sig.json`);
    const page = join(dir, 'broken.html');
    const r = capsule('view', broken, '--trust-policy', signer.trustPolicy, '--baseline', a.capsule, '--output', page);
    expect(r.code).toBe(1);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('Not compared: broken.agipack does not verify');
    expect(html).not.toContain('<table class="stack comparison">');
  });
});
