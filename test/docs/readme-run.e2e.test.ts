import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capsule, type CliResult } from '../cli/run-cli.js';

// What README.md and docs/ say the example run prints, against what the built CLI prints.
const README = readFileSync('README.md', 'utf8');
let out: string;
let run: CliResult;

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'capsule-readme-')), 'run');
  run = capsule(resolve('.'), 'run', '--out', out);
  expect(run.code, run.stderr).toBe(0);
});

/** The README's sample of a run's output: the block after "The run prints each stage". */
const sample = (() => {
  const from = README.indexOf('```\n', README.indexOf('The run prints each stage')) + 4;
  return README.slice(from, README.indexOf('```', from));
})();

describe('README.md: the example run prints what the README shows', () => {
  it('the same stages, in order', () => {
    const stages = (text: string) => [...text.matchAll(/^\[([a-z]+) *\] /gm)].map((m) => m[1]);
    expect(stages(sample).length).toBeGreaterThan(5);
    expect(stages(run.stderr)).toEqual(stages(sample));
  });

  it('the same summary lines, in order, with the same check count', () => {
    const labels = (text: string) => [...text.matchAll(/^([A-Z][a-z]+): /gm)].map((m) => m[1]);
    expect(labels(run.stdout)).toEqual(labels(sample));
    const checks = (text: string) => /capsule verification pass \((\d+) checks\)/.exec(text)?.[1];
    expect(checks(run.stdout)).toBe(checks(sample));
  });
});

describe('docs/verification.md and docs/view.md: how many checks a run lists', () => {
  it('with the run\'s trust policy, and without one, as the docs count them; view says so in one line', () => {
    const doc = readFileSync('docs/verification.md', 'utf8');
    const counts = /lists about (\d+) checks \((\d+) without a trust policy\).*?"(\d+) checks passed"/s;
    const [, withPolicy, without, collapsed] = counts.exec(doc)!;
    const verify = (...args: string[]) => capsule(out, 'verify', 'hello.agipack', '--json', ...args).stdout;
    const count = (...args: string[]) => (JSON.parse(verify(...args)) as { checks: unknown[] }).checks.length;
    expect(count('--trust-policy', 'keys/trust-policy.local.json')).toBe(Number(withPolicy));
    expect(count()).toBe(Number(without));
    expect(collapsed).toBe(without);
    expect(readFileSync('docs/view.md', 'utf8')).toContain(`("${without} checks passed")`);
    expect(capsule(out, 'view', 'hello.agipack').code).toBe(0);
    expect(readFileSync(join(out, 'hello.agipack.html'), 'utf8')).toContain(`${without} checks passed`);
  });
});
