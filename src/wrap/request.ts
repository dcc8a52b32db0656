import { existsSync, statSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import type { Lane } from '../bundle/types.js';
import { relativePathProblem } from '../bundle/paths.js';
import { isShellName } from '../text/shell.js';

/**
 * A command to wrap in place, as `capsule run [options] -- CMD` or the Action's `run:` gives it:
 * no bundle file, the command runs in `cwd` itself (not in a copy).
 */
export interface WrapRequest {
  argv: string[];
  /** The folder the command runs in (absolute); its outputs stay there. */
  cwd: string;
  /** The bundle's (and the capsule's) name; default: the command's own name. */
  name?: string;
  /** Globs relative to `cwd`: products, packed with their SHA-256. */
  outputs: string[];
  /** Globs relative to `cwd`: materials, hashed and listed (not packed). */
  inputs: string[];
  timeoutSeconds?: number;
  lane?: Lane;
  /** Host variables passed to the command by name (`NAME`), or set (`NAME=VALUE`). */
  env: string[];
  /** Host variables holding secrets: passed, redacted everywhere, only the names recorded. */
  secrets: string[];
}

/** How each field is spelled where the user wrote it (CLI flags or Action inputs), for messages. */
type WrapField = 'argv' | 'cwd' | 'name' | 'outputs' | 'inputs' | 'timeoutSeconds' | 'lane' | 'env' | 'secrets';
export type WrapSpelling = Record<WrapField, string>;

export const CLI_SPELLING: WrapSpelling = {
  argv: 'the command after --',
  cwd: '--cwd',
  name: '--name',
  outputs: '--output',
  inputs: '--input',
  timeoutSeconds: '--timeout',
  lane: '--lane',
  env: '--env',
  secrets: '--secret',
};

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
export const WRAP_TIMEOUT = { min: 5, max: 3600, default: 3600 } as const;

/**
 * Every problem of a request at once, in the user's own words (flag or input names), before
 * anything is written or run; the synthesized bundle is still checked against the bundle
 * schema afterwards, as a bundle file is.
 */
export function checkWrapRequest(req: WrapRequest, spell: WrapSpelling, hostEnv: NodeJS.ProcessEnv): void {
  const problems: string[] = [];
  const say = (field: WrapField, message: string) => problems.push(`${spell[field]}: ${message}`);
  if (req.argv.length === 0 || req.argv[0] === '') {
    say('argv', 'nothing to run: give a command, e.g. capsule run -- make build');
  }
  if (!existsSync(req.cwd) || !statSync(req.cwd).isDirectory()) say('cwd', `${req.cwd} is not a folder`);
  if (req.name !== undefined && !NAME.test(req.name)) {
    say('name', `${JSON.stringify(req.name)} must be lower case letters, digits, '.', '_' or '-', `
      + 'starting with a letter or digit, at most 63 characters');
  }
  const t = req.timeoutSeconds;
  if (t !== undefined && !(Number.isInteger(t) && t >= WRAP_TIMEOUT.min && t <= WRAP_TIMEOUT.max)) {
    const range = `${WRAP_TIMEOUT.min} to ${WRAP_TIMEOUT.max}`;
    say('timeoutSeconds', `must be a whole number of seconds from ${range} (got ${Number.isNaN(t) ? 'no number' : t})`);
  }
  for (const [field, globs] of [['outputs', req.outputs], ['inputs', req.inputs]] as const) {
    for (const g of globs) {
      const problem = g.trim() === '' ? 'is empty' : relativePathProblem(g, 'the command\'s folder');
      if (problem) say(field, `${JSON.stringify(g)} ${problem}`);
    }
  }
  for (const e of req.env) {
    const name = e.includes('=') ? e.slice(0, e.indexOf('=')) : e;
    if (!isShellName(name)) {
      say('env', `${JSON.stringify(name)} is not an environment variable name (NAME or NAME=VALUE)`);
    } else if (!e.includes('=') && hostEnv[name] === undefined) {
      say('env', `${name} is not set in this environment (set it, or pass ${name}=VALUE)`);
    }
  }
  for (const s of req.secrets) {
    if (!isShellName(s)) say('secrets', `${JSON.stringify(s)} is not an environment variable name`);
    else if (!hostEnv[s]) {
      say('secrets', `${s} is not set in this environment (or is empty): `
        + 'a secret the command needs must be there before it runs');
    }
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `  ${p}`).join('\n');
    throw new CapsuleError('wrap_invalid', `cannot wrap the command:\n${list}`, {}, { problems });
  }
}

/** The request's name, or one made from the command's own (`/usr/bin/make` → `make`). */
export function wrapName(req: Pick<WrapRequest, 'argv' | 'name'>): string {
  return req.name ?? (bundleNameFrom(basename(req.argv[0] ?? '')) || 'run');
}

/** A bundle name made from any text (lower case, other characters as '-'), or '' when nothing is left. */
export function bundleNameFrom(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
}

/** `--cwd` (or the Action's working folder) as an absolute path; default the current folder. */
export function wrapFolder(cwd: string | undefined): string {
  return resolve(cwd ?? '.');
}

/** The request as `capsule run` words (its options, `--`, the command): how to run it again from a shell. */
export function cliWords(req: WrapRequest, base: string): string[] {
  const rel = relative(base, req.cwd);
  const opts = [
    ...(rel !== '' ? ['--cwd', rel] : []),
    ...(req.name !== undefined ? ['--name', req.name] : []),
    ...req.outputs.flatMap((g) => ['--output', g]),
    ...req.inputs.flatMap((g) => ['--input', g]),
    ...(req.timeoutSeconds !== undefined ? ['--timeout', String(req.timeoutSeconds)] : []),
    ...(req.lane !== undefined ? ['--lane', req.lane] : []),
    ...req.env.flatMap((e) => ['--env', e]),
    ...req.secrets.flatMap((s) => ['--secret', s]),
  ];
  return [...opts, '--', ...req.argv];
}
