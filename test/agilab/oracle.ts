import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * AGILAB's own evidence package, run as the oracle (never copied into the repo). CI has it at
 * ../shared/reference/agilab; a plain clone does not, and the tests that need it skip.
 */
export const AGILAB_REFERENCE = resolve('..', 'shared', 'reference', 'agilab');
export const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');

export const AGILAB_MODULES = {
  contract: 'agilab.evidence.evidence_contract',
  dossier: 'agilab.evidence.promotion_dossier',
  story: 'agilab.evidence.run_storyboard',
  writer: 'agilab.evidence.run_manifest',
} as const;

/** Why the AGILAB oracle cannot run here, or null when it can (python3 with `cryptography`, the reference). */
export const agilabMissing: string | null = (() => {
  if (!existsSync(join(AGILAB_REFERENCE, 'agilab', 'evidence', 'evidence_contract.py'))) return `AGILAB reference not found at ${AGILAB_REFERENCE}`;
  const probe = spawnSync('python3', ['-c', 'import cryptography, tomllib'], { encoding: 'utf8' });
  if (probe.status !== 0) return 'python3 with cryptography and tomllib (3.11+) is needed to run AGILAB';
  return null;
})();

export interface ToolRun {
  tool: 'agilab' | 'capsule';
  /** The command as a user would type it, for messages and the compat table. */
  display: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string;
}

function run(tool: ToolRun['tool'], command: string, argv: string[], display: string, options: RunOptions): Promise<ToolRun> {
  return new Promise((done) => {
    const child = spawn(command, argv, {
      cwd: options.cwd,
      env: { ...process.env, PYTHONPATH: AGILAB_REFERENCE, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.end(options.stdin ?? '');
    child.on('close', (code) => done({ tool, display, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** `python3 -m <module> ARGS` with AGILAB on PYTHONPATH. */
export function runAgilab(module: string, args: string[], options: RunOptions = {}): Promise<ToolRun> {
  return run('agilab', 'python3', ['-W', 'ignore', '-m', module, ...args], `agilab ${args.join(' ')}`, options);
}

/** The built CLI (`dist/cli.js`, or CAPSULE_CLI), as a user runs it. */
export function runCapsule(args: string[], options: RunOptions = {}): Promise<ToolRun> {
  return run('capsule', process.execPath, [CLI, ...args], `capsule ${args.join(' ')}`, options);
}

/** Runs a short Python program that may import AGILAB (e.g. its run-manifest writer). */
export function runPython(program: string, args: string[], options: RunOptions = {}): Promise<ToolRun> {
  return run('agilab', 'python3', ['-W', 'ignore', '-c', program, ...args], `python3 -c … ${args.join(' ')}`, options);
}

/**
 * What a command's outcome means, the same way for both tools:
 * ok (exit 0), fail (it checked and said no: exit 1, or ours' 3 = manual-review),
 * refused (bad input or usage: AGILAB's argparse exit 2 or SystemExit message, ours' exit 2),
 * crash (AGILAB's uncaught Python exception, ours' exit 70).
 */
export type Outcome = 'ok' | 'fail' | 'refused' | 'crash';

export function outcomeOf(r: ToolRun): Outcome {
  if (r.code === 0) return 'ok';
  if (r.tool === 'agilab') {
    if (r.stderr.includes('Traceback (most recent call last)')) return 'crash';
    if (r.code === 2 || r.stdout.trim() === '') return 'refused';
    return 'fail';
  }
  if (r.code === 2) return 'refused';
  if (r.code === 70) return 'crash';
  return 'fail';
}

/** The last line of an AGILAB traceback (the exception), or ours' first error line. */
export function errorLine(r: ToolRun): string {
  const lines = r.stderr.trim().split('\n').filter(Boolean);
  if (r.tool === 'agilab') return lines[lines.length - 1] ?? '';
  return lines.find((l) => l.startsWith('capsule: ')) ?? lines[0] ?? '';
}

/** stdout as JSON, or undefined when it is not JSON. */
export function jsonOf(r: ToolRun): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(r.stdout) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
