import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { expected, INPUTS, ROWS, type Input, type Outcome, type Row } from './bad-input-cases.js';

/**
 * The built CLI, run as a user would, on every command × every kind of bad input: the exit code
 * docs/bad-input.md documents, one clear message naming the file, never a stack trace.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const run = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function capsule(cwd: string, args: string[]): Promise<Result> {
  try {
    const r = await run(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 ** 2 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The file each input is, by name; a fresh set per row, so one row's writes cannot reach another. */
const FILES: Record<Exclude<Input, 'unknown option' | 'missing argument'>, string> = {
  'missing file': 'missing.json',
  folder: 'a-folder',
  empty: 'empty.json',
  'not JSON': 'not-json.json',
  YAML: 'bundle.yaml',
  '100k-deep JSON': 'deep.json',
};

function writeInputs(dir: string): void {
  mkdirSync(join(dir, FILES.folder), { recursive: true });
  writeFileSync(join(dir, FILES.empty), '');
  writeFileSync(join(dir, FILES['not JSON']), 'hello there\n');
  writeFileSync(join(dir, FILES.YAML), 'apiVersion: proofcapsule.dev/v1\nkind: Bundle\nmetadata:\n  name: hello\n');
  writeFileSync(join(dir, FILES['100k-deep JSON']), `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
}

function argvFor(row: Row, input: Input, key: string): string[] | null {
  const withKey = (argv: string[]) => argv.map((a) => (a === 'KEY' ? key : a));
  if (input === 'missing argument') return Array.isArray(row.missingArgument) ? withKey(row.missingArgument) : null;
  if (input === 'unknown option') return withKey([...row.argv(FILES.empty), '--no-such-option']);
  return withKey(row.argv(FILES[input]));
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const ERROR_LINE = /^capsule: (?:internal )?error \[([a-z_0-9]+)\]: (.*)$/gm;

/** What went wrong with a result, for the failure message; empty when it is as documented. */
function problems(row: Row, input: Input, want: Outcome, r: Result): string[] {
  const out: string[] = [];
  const all = `${r.stdout}\n${r.stderr}`;
  if (r.code !== want.exit) out.push(`exit ${r.code}, documented ${want.exit}`);
  if (STACK.test(all)) out.push('prints a stack trace');
  if (/internal error/.test(all)) out.push('reports an internal error');
  const errors = [...r.stderr.matchAll(ERROR_LINE)];
  const name = input === 'unknown option' || input === 'missing argument' ? `capsule ${row.command}` : FILES[input];
  if (want.kind === 'error') {
    if (errors.length !== 1) out.push(`${errors.length} error messages, expected one`);
    const [line, code, message] = errors[0] ?? [];
    if (want.code && code !== want.code) out.push(`code ${code}, expected ${want.code}`);
    if (line && !r.stderr.slice(r.stderr.indexOf(line)).includes(name)) out.push(`the message does not name ${name}`);
    // Printed once: the message appears nowhere else (a progress line, say).
    if (message && all.split(message.slice(0, 60)).length > 2) out.push('the message is printed twice');
  } else if (want.kind === 'report') {
    if (errors.length !== 0) out.push(`${errors.length} error messages besides the report`);
    if (!all.includes(name) || !/FAIL/.test(all)) out.push(`the report does not say FAIL naming ${name}`);
  } else if (errors.length !== 0) out.push(`unexpected error: ${errors[0]![0]}`);
  return out;
}

let root: string;
let key: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bad-input-table-'));
  key = join(root, 'signing.pem');
  const made = await capsule(root, ['keygen', '--out', key]);
  expect(made.code, made.stderr).toBe(0);
});

describe('every command × every kind of bad input (built CLI)', () => {
  it('covers every command the CLI has', async () => {
    const commandsIn = (help: string) => [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z][a-z-]*)/gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== 'help');
    const top = commandsIn((await capsule(root, ['--help'])).stdout);
    const chain = commandsIn((await capsule(root, ['chain', '--help'])).stdout).map((c) => `chain ${c}`);
    const all = [...top.filter((c) => c !== 'chain'), ...chain].sort();
    expect(ROWS.map((r) => r.command).sort()).toEqual(all);
  });

  for (const [index, row] of ROWS.entries()) {
    it(`capsule ${row.command}`, async () => {
      const dir = join(root, String(index));
      mkdirSync(dir);
      writeInputs(dir);
      const found: string[] = [];
      for (const input of INPUTS) {
        const argv = argvFor(row, input, key);
        if (!argv) continue;
        const r = await capsule(dir, argv);
        for (const p of problems(row, input, expected(row, input), r)) {
          const said = `${r.stderr}${r.stdout}`.trim().slice(0, 400);
          found.push(`${input}: ${p}\n    $ capsule ${argv.join(' ')}\n    ${said}`);
        }
      }
      expect(found).toEqual([]);
    });

    if (row.json) {
      it(`capsule ${row.command} --json: an error is also one JSON object on stdout`, async () => {
        const dir = join(root, `${index}-json`);
        mkdirSync(dir);
        writeInputs(dir);
        const failing = INPUTS.find((i) => i in FILES && expected(row, i).kind === 'error');
        const r = await capsule(dir, [...argvFor(row, failing!, key)!, '--json']);
        const { error } = JSON.parse(r.stdout) as { error: { code: string; message: string; file: string | null } };
        expect(error.file ?? error.message).toContain(FILES[failing as keyof typeof FILES]);
        expect(r.stderr).toContain(`capsule: error [${error.code}]: ${error.message.split('\n')[0]}`);
        const usage = await capsule(dir, [...argvFor(row, 'unknown option', key)!, '--json']);
        expect(usage.code).toBe(2);
        expect(JSON.parse(usage.stdout)).toMatchObject({ error: { code: 'usage', category: 'usage' } });
      });
    }
  }
});
