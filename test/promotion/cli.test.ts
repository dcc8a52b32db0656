import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/schemas/registry.js';
import { manifestPath, POLICY_DIR } from './fixtures.js';

const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const TRUST = resolve('test/fixtures/promotion/trust-policy.json');

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'capsule-promotion-cli-'));
}

describe('capsule policy-check', () => {
  it("prints AGILAB's summary and, with --json, a valid policy report", () => {
    const human = capsule('policy-check', manifestPath('fail'));
    expect(human.code).toBe(0);
    expect(human.out).toContain('agilab.policy_report.v1: fail');
    expect(human.out).toContain('- manifest_status_pass: fail');
    const json = capsule('policy-check', manifestPath('pass'), '--json', '--trust-policy', TRUST);
    const report = JSON.parse(json.out);
    expect(validateAgainst('policy-report', report)).toEqual([]);
    expect(report).toMatchObject({ status: 'pass', verification_status: 'pass', evidence_class: 'AUTHORITATIVE_EVIDENCE' });
  });

  it('exits 1 under --strict when a gate fails, 0 when all pass', () => {
    expect(capsule('policy-check', manifestPath('fail'), '--strict').code).toBe(1);
    expect(capsule('policy-check', manifestPath('pass'), '--strict').code).toBe(0);
  });

  it('an unknown rule fails that rule (exit 1 under --strict), naming file and line:column; a bad policy exits 2', () => {
    const r = capsule('policy-check', manifestPath('pass'), '--policy', join(POLICY_DIR, 'unknown-gate.json'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('agilab.policy_report.v1: fail');
    expect(r.out).toContain('- validations_passs: fail - Unknown or unsupported policy rule: validations_passs (');
    expect(r.out).toContain('unknown-gate.json:5:5 /rules/1');
    expect(capsule('policy-check', manifestPath('pass'), '--policy', join(POLICY_DIR, 'unknown-gate.json'), '--strict').code).toBe(1);
    const bad = capsule('policy-check', manifestPath('pass'), '--policy', join(POLICY_DIR, 'prod-gate-off.toml'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('prod-gate-off.toml:5:1 /lanes/prod/human_gate');
  });
});

describe('capsule promotion-dossier', () => {
  const cases: [Parameters<typeof manifestPath>[0], string, number][] = [
    ['pass', 'promote', 0],
    ['fail', 'block', 1],
    ['timeout', 'block', 1],
    ['prod', 'manual-review', 3],
    ['stagingDevKey', 'manual-review', 3],
  ];
  for (const [name, decision, code] of cases) {
    it(`decides ${decision} for the ${name} run and exits ${code} under --strict`, () => {
      const dir = tmp();
      const r = capsule('promotion-dossier', manifestPath(name), '--trust-policy', TRUST, '--output-dir', dir, '--strict', '--json');
      expect(r.code).toBe(code);
      expect(JSON.parse(r.out)).toMatchObject({ schema: 'agilab.promotion_dossier.v1', decision });
      const written = JSON.parse(readFileSync(join(dir, 'promotion_decision.json'), 'utf8'));
      expect(validateAgainst('promotion-decision', written)).toEqual([]);
      expect(written.decision).toBe(decision);
    });
  }

  it('without a trust policy the chain is not authoritative, so a passing run goes to manual-review', () => {
    const r = capsule('promotion-dossier', manifestPath('pass'), '--output-dir', tmp(), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ decision: 'manual-review', blockers: ['evidence_class_insufficient'] });
  });

  it('writes a replay.sh that finds the run folder from the output dir', () => {
    const dir = tmp();
    capsule('promotion-dossier', manifestPath('pass'), '--output-dir', dir);
    const r = spawnSync('sh', [join(dir, 'replay.sh'), '--execute'], { encoding: 'utf8' });
    expect(r.stdout).toContain('replay: outputs match the record');
    expect(r.status).toBe(0);
  });
});

describe('capsule story, cards, metadata-store', () => {
  it('story writes run_story.json and run_story.md (AGILAB), or only the story to --output; --strict fails a run that did not pass', () => {
    const dir = tmp();
    const r = capsule('story', manifestPath('pass'), '--output-dir', dir, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ schema: 'agilab.run_storyboard.paths.v1', status: 'pass', output_dir: dir, paths: { json: join(dir, 'run_story.json'), markdown: join(dir, 'run_story.md') } });
    expect(validateAgainst('run-story', JSON.parse(readFileSync(join(dir, 'run_story.json'), 'utf8')))).toEqual([]);
    const out = join(tmp(), 'story.md');
    expect(capsule('story', manifestPath('timeout'), '--output', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# fixture-train 1\.0\.0 timed out for fixture-train\./);
    const story = JSON.parse(capsule('story', manifestPath('pass'), '--output', '-', '--json').out);
    expect(validateAgainst('run-story', story)).toEqual([]);
    expect(capsule('story', manifestPath('timeout'), '--output', out, '--strict').code).toBe(1);
    expect(capsule('story', manifestPath('pass'), '--output', out, '--strict').code).toBe(0);
  });

  it('cards --output-dir writes the four cards, each valid', () => {
    const dir = tmp();
    expect(capsule('cards', manifestPath('pass'), '--output-dir', dir).code).toBe(0);
    for (const type of ['model', 'dataset', 'prompt', 'eval']) {
      expect(validateAgainst('card', JSON.parse(readFileSync(join(dir, `${type}-card.json`), 'utf8'))), type).toEqual([]);
    }
  });

  it('metadata-store adds one entry per run to the --store file', () => {
    const store = join(tmp(), 'store.json');
    expect(capsule('metadata-store', manifestPath('pass'), '--store', store, '--trust-policy', TRUST).code).toBe(0);
    const r = capsule('metadata-store', manifestPath('fail'), '--store', store, '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(readFileSync(store, 'utf8'));
    expect(JSON.parse(r.out)).toEqual(parsed);
    expect(validateAgainst('metadata-store', parsed)).toEqual([]);
    expect(parsed.entries.map((e: { run_id: string; promotion: { decision: string } }) => [e.run_id, e.promotion.decision])).toEqual([
      ['run-2026-11-20-fixture-fail', 'block'],
      ['run-2026-11-20-fixture-train', 'promote'],
    ]);
    expect(existsSync(`${store}.lock`)).toBe(false);
  });
});
