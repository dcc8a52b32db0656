import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capsule, type CliResult } from '../cli/run-cli.js';

// docs/errors.md's exit-code table and its per-category sections, checked against the built CLI:
// each documented exit code is what a real command line of that kind returns.
const DOC = readFileSync('docs/errors.md', 'utf8');

/** `| 2 | usage or bad input: ... |` rows of the first table. */
function exitTable(doc: string): Map<number, string> {
  const rows = doc.slice(doc.indexOf('| exit | meaning |')).split('\n\n')[0]!.split('\n').slice(2);
  return new Map(rows.map((r) => /^\| (\d+) \| (.*) \|$/.exec(r)!).map((m) => [Number(m[1]), m[2]!]));
}

/** Each `## Heading (exit N)` section with the codes its table lists. */
function sections(doc: string): { heading: string; exit: number; codes: Set<string> }[] {
  return [...doc.matchAll(/^## (.+) \(exit (\d+)\)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)].map((m) => ({
    heading: m[1]!,
    exit: Number(m[2]),
    codes: new Set([...m[3]!.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((c) => c[1]!)),
  }));
}

let dir: string;
const at = (...args: string[]): CliResult => capsule(dir, ...args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'capsule-exit-codes-'));
  const run = capsule(resolve('.'), 'run', 'examples/hello', '--out', join(dir, 'run'), '-q');
  expect(run.code, run.stderr).toBe(0);
  copyFileSync(join(dir, 'run', 'hello.agipack'), join(dir, 'hello.agipack'));
  copyFileSync(join(dir, 'run', 'hello.agipack.sig.json'), join(dir, 'hello.agipack.sig.json'));
  const tampered = readFileSync(join(dir, 'hello.agipack'));
  tampered[2000] ^= 0xff;
  writeFileSync(join(dir, 'tampered.agipack'), tampered);
  const events = readFileSync(join(dir, 'run', 'evidence', 'events.jsonl'), 'utf8').split('\n');
  writeFileSync(join(dir, 'broken.jsonl'), [events[0], ...events.slice(2)].join('\n'));
  writeFileSync(join(dir, 'bundle.yaml'), 'apiVersion: proofcapsule.dev/v1\nkind: Bundle\n');
  writeFileSync(join(dir, 'deep.json'), `${'['.repeat(1000)}${']'.repeat(1000)}`);
  writeFileSync(join(dir, 'empty.json'), '');
  mkdirSync(join(dir, 'empty-folder'));
  mkdirSync(join(dir, 'wrap'));
});

/** Real command lines for each row of the exit table (70, a bug, has none by design: see below). */
const CASES: Record<number, [string, () => CliResult][]> = {
  0: [
    ['verification passed', () => at('verify', 'hello.agipack', '--strict')],
    ['chain PASS', () => at('chain', 'verify', 'run/evidence/events.jsonl')],
    ['decision promote', () => capsule(join(dir, 'wrap'), 'run', '-q', '--', 'true')],
  ],
  1: [
    ['a verification check failed', () => at('verify', 'tampered.agipack')],
    ['chain FAIL', () => at('chain', 'verify', 'broken.jsonl')],
    ['decision block', () => capsule(join(dir, 'wrap'), 'run', '-q', '--', 'false')],
    ['an error of the checked and failed category', () => at('chain', 'replay', 'broken.jsonl')],
  ],
  2: [
    ['an unknown option', () => at('verify', 'hello.agipack', '--no-such-option')],
    ['a missing argument', () => at('verify')],
    ['an invalid choice', () => at('run', '--executor', 'vm')],
    ['a file that is missing', () => at('validate', 'missing.json')],
    ['a folder', () => at('validate', 'empty-folder')],
    ['empty', () => at('validate', 'empty.json')],
    ['not JSON', () => at('validate', 'bundle.yaml')],
    ['nested too deep', () => at('validate', 'deep.json')],
  ],
  3: [['decision manual-review', () => capsule(join(dir, 'wrap'), 'run', '-q', '--lane', 'staging', '--', 'true')]],
};

describe('docs/errors.md: the exit codes, as the built CLI returns them', () => {
  it('the table documents 0, 1, 2, 3 and 70, and docs/cli.md the same codes', () => {
    expect([...exitTable(DOC).keys()]).toEqual([0, 1, 2, 3, 70]);
    const cli = readFileSync('docs/cli.md', 'utf8').replace('| code | meaning |', '| exit | meaning |');
    expect([...exitTable(cli).keys()]).toEqual([0, 1, 2, 3, 70]);
    // 70 is a bug: no input is meant to reach one, so no command line here can show it.
    expect(exitTable(DOC).get(70)).toMatch(/^internal error: a bug/);
  });

  for (const [exit, cases] of Object.entries(CASES)) {
    it.each(cases)(`exit ${exit}: %s`, (what, run) => {
      expect(exitTable(DOC).get(Number(exit))!.replace(/[`*]/g, '')).toContain(what);
      const r = run();
      expect(r.code, `${r.stdout}${r.stderr}`).toBe(Number(exit));
      expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    });
  }

  it('each section\'s codes exit as its heading says (a code of each, through the CLI with --json)', () => {
    const byHeading = new Map(sections(DOC).map((s) => [s.heading.split(':')[0], s]));
    expect([...byHeading.keys()]).toEqual(['Usage', 'Bad input', 'Checked and failed', 'Internal']);
    const real: [string, CliResult][] = [
      ['Usage', at('verify', 'hello.agipack', '--no-such-option', '--json')],
      ['Bad input', at('verify', 'missing.agipack', '--json')],
      ['Checked and failed', at('chain', 'replay', 'broken.jsonl', '--json')],
    ];
    for (const [heading, r] of real) {
      const section = byHeading.get(heading)!;
      const { error } = JSON.parse(r.stdout) as { error: { code: string } };
      expect(section.codes.has(error.code), `${error.code} is listed under ${heading}`).toBe(true);
      expect(r.code, `${heading}: ${error.code}`).toBe(section.exit);
    }
    expect(byHeading.get('Internal')!.exit).toBe(70);
  });
});
