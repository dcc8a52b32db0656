import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { terminalField, terminalLines } from '../../src/text/terminal.js';
import { tempDir } from '../prove/build-capsule.js';

/**
 * Whoever made a capsule chose its run id and label, and the reviewer's terminal shows them.
 * Raw, an ESC there could conceal every line after it and draw a PASS of its own, a carriage
 * return or a line break could forge a check line, a bidi override reorder one. Each command a
 * reviewer runs on a capsule must show such characters as escapes.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const AGILAB_RUN = resolve('test/fixtures/capsule/agilab-run');
const FORGED = 'PASS  capsule_origin_verified: forged';
const HOSTILE_ID = `run-1\u001b[8m\u001b]0;owned\u0007\r\n${FORGED}\u202e`;
const HOSTILE_LABEL = `label\u001b[2K\u001b[1A\n${FORGED}`;

let dir: string;
let manifest: string;
let agipack: string;

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** Nothing that draws on a terminal, no forged line; the hostile value still shown, escaped. */
function safe(out: string): void {
  expect(out).not.toMatch(/[\u001b\u0007\r\u202e]/);
  expect(out.split('\n').filter((l) => l.startsWith(FORGED))).toEqual([]);
  expect(out).toContain('run-1\\x1b[8m');
}

beforeAll(() => {
  dir = tempDir('capsule-terminal-');
  cpSync(AGILAB_RUN, join(dir, 'run'), { recursive: true });
  manifest = join(dir, 'run', 'run_manifest.json');
  const doc = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifest, JSON.stringify({ ...doc, run_id: HOSTILE_ID, label: HOSTILE_LABEL }));
  agipack = join(dir, 'hostile.agipack');
  expect(capsule('prove', manifest, '--export', agipack).code).toBe(0);
});

describe('recorded text on the reviewer\'s terminal', () => {
  it('verify of the run folder and of the capsule', () => {
    for (const target of [manifest, agipack]) {
      const r = capsule('verify', target);
      safe(r.out);
      expect(r.out).toMatch(/^PASS {2}run_manifest/m);
    }
  });

  it('replay prints the plan with the run id and label escaped', () => {
    const r = capsule('replay', agipack);
    expect(r.code, r.out).toBe(0);
    safe(r.out);
    expect(r.out).toContain('label\\x1b[2K\\x1b[1A\\nPASS');
  });
});

describe('terminalField and terminalLines', () => {
  it('escape C0, DEL, C1 and bidi controls, keep tabs and other text', () => {
    const mixed = 'a\tb\u001b[31mc\u0085d\u202ee\u2066f é 日本';
    expect(terminalField(mixed)).toBe('a\tb\\x1b[31mc\\x85d\\u202ee\\u2066f é 日本');
    expect(terminalField('one\r\ntwo')).toBe('one\\r\\ntwo');
    expect(terminalLines('one\r\ntwo\u0000')).toBe('one\\r\ntwo\\x00');
  });
});
