import os from 'node:os';
import path from 'node:path';
import { CapsuleError } from '../errors.js';
import { EXECUTOR_CHOICES, type ExecutorChoice } from '../execute/placement.js';
import { bundleNameFrom, type WrapRequest, type WrapSpelling } from '../wrap/request.js';
import { parseBaselineSource, type BaselineSource } from './baseline-source.js';

/** Which decisions turn the check red. */
export type FailOn = 'block' | 'manual-review' | 'never';

/** The action's inputs, parsed once; every path is absolute. */
export interface ActionInputs {
  /** The bundle to run (the embedded example when neither `bundle` nor `run` is given); absent with `run`. */
  bundlePath?: string;
  /** `run:`: a script run in place in the workspace, as a `run:` step runs it (`bash -e`). */
  command?: WrapRequest;
  /** Neither `bundle` nor `run` was given: the example embedded in the action runs. */
  embeddedExample: boolean;
  executor: ExecutorChoice;
  /** The signing key: PEM text from a secret, or a path to a PEM file. Neither: a dev key. */
  keyPem?: string;
  keyPath?: string;
  signer?: string;
  issuer?: string;
  trustPolicyPath?: string;
  policyPath?: string;
  outDir: string;
  artifactName: string;
  /** Passed to the artifact service as given: it caps it at what the repository allows. */
  retentionDays?: number;
  upload: boolean;
  /** Replace an artifact of the same name in this run (a re-run, a second step). */
  overwrite: boolean;
  releaseTag?: string;
  failOn: FailOn;
  commentOnPr: boolean;
  githubToken: string;
  attest: boolean;
  /** Write the job summary (false: outputs and log only). */
  summary: boolean;
  /** Extra values to redact from logs and the capsule (pass secrets). */
  redact: string[];
  /** Where the baseline capsule to compare with comes from (none: no comparison). */
  baseline?: BaselineSource;
  /** The trust policy the baseline must verify under (default: trust-policy). */
  baselineTrustPolicyPath?: string;
}

/** Reads one input by its action.yml name ('' when unset), like core.getInput. */
export type InputReader = (name: string) => string;

/** Where the runner put things: relative inputs resolve in the workspace; the embedded example is in the action root. */
export interface RunnerPaths {
  workspace: string;
  actionRoot: string;
  runnerTemp: string;
  /** The job's id (GITHUB_JOB): the default name of a `run:` command's capsule. */
  job?: string;
}

/** The runner's paths from its environment (outside a runner: the current folder). */
export function runnerPaths(env: NodeJS.ProcessEnv, actionRoot: string): RunnerPaths {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return { workspace, runnerTemp: env.RUNNER_TEMP || os.tmpdir(), actionRoot, ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}) };
}

/** A problem with one input; all are reported at once. */
interface InputProblem {
  input: string;
  message: string;
}

const EMBEDDED_BUNDLE = path.join('examples', 'hello', 'bundle.json');

/** The `run:` settings by their input names, for the messages of a command that cannot be wrapped. */
export const ACTION_SPELLING: WrapSpelling = {
  argv: 'input "run"',
  cwd: 'input "working-directory"',
  name: 'input "name"',
  outputs: 'input "outputs"',
  inputs: 'input "materials"',
  timeoutSeconds: 'input "timeout"',
  lane: 'input "lane"',
  env: 'input "env"',
  secrets: 'input "secrets"',
};

/** Inputs that only mean something with `run:` (a bundle declares its own). */
const RUN_ONLY = ['outputs', 'materials', 'name', 'env', 'secrets', 'timeout', 'working-directory'] as const;

export function parseActionInputs(read: InputReader, ctx: RunnerPaths): ActionInputs {
  const p = new InputParser(read, ctx.workspace);
  const artifactName = p.text('artifact-name') ?? 'proof-capsule';
  // The artifact service refuses these characters; say so before the run, not after it.
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    p.problem('artifact-name', `must not contain " : < > | * ? \\ / or line breaks (got ${JSON.stringify(artifactName)})`);
  }
  const key = p.text('signing-key');
  const keyIsPem = key?.startsWith('-----BEGIN') ?? false;

  const bundle = p.file('bundle');
  const command = runCommandInput(p, read, ctx);
  if (bundle !== undefined && command !== undefined) p.problem('run', 'and input "bundle" are both given: a step runs a bundle or a command, not both (use two steps)');
  const inputs: ActionInputs = {
    ...(command ? { command } : { bundlePath: bundle ?? path.join(ctx.actionRoot, EMBEDDED_BUNDLE) }),
    embeddedExample: bundle === undefined && command === undefined,
    executor: p.choice('executor', EXECUTOR_CHOICES, 'auto'),
    keyPem: keyIsPem ? `${key}\n` : undefined,
    keyPath: key !== undefined && !keyIsPem ? path.resolve(ctx.workspace, key) : undefined,
    signer: p.text('signer'),
    issuer: p.text('issuer'),
    trustPolicyPath: p.file('trust-policy'),
    policyPath: p.file('policy'),
    outDir: p.file('out-dir') ?? path.join(ctx.runnerTemp, 'proof-capsule', artifactName),
    artifactName,
    retentionDays: parseRetention(p),
    upload: p.flag('upload', true),
    overwrite: p.flag('overwrite', false),
    releaseTag: p.text('release-tag'),
    failOn: p.choice('fail-on', ['block', 'manual-review', 'never'] as const, 'block'),
    commentOnPr: p.flag('comment-on-pr', false),
    githubToken: p.text('github-token') ?? '',
    attest: p.flag('attest', false),
    summary: p.flag('summary', true),
    redact: p.lines('redact'),
    baseline: parseBaselineSource(p, p.text('github-token') ?? ''),
    baselineTrustPolicyPath: p.file('baseline-trust-policy'),
  };
  if ((inputs.releaseTag !== undefined || inputs.commentOnPr || inputs.attest) && inputs.githubToken === '') {
    p.problem('github-token', 'is empty, but release-tag, comment-on-pr or attest needs it');
  }
  p.finish();
  return inputs;
}

/**
 * `run:` as a `run:` step runs it: the script, whole, by `bash -e`, in the workspace (or
 * `working-directory`). The bundle made from it records the script in its argv, so a replay
 * runs the very same text. The name defaults to the job's id.
 */
function runCommandInput(p: InputParser, read: InputReader, ctx: RunnerPaths): WrapRequest | undefined {
  const script = read('run').replace(/\s+$/, '');
  if (script.trim() === '') {
    for (const name of RUN_ONLY) if (p.text(name) !== undefined) p.problem(name, 'is only for run: (a bundle declares its own); give run, or leave it out');
    return undefined;
  }
  const timeout = p.text('timeout');
  return {
    argv: ['bash', '-e', '-c', script],
    cwd: path.resolve(ctx.workspace, p.text('working-directory') ?? '.'),
    name: p.text('name') ?? (bundleNameFrom(ctx.job ?? '') || 'run'),
    outputs: p.lines('outputs'),
    inputs: p.lines('materials'),
    ...(timeout !== undefined ? { timeoutSeconds: Number(timeout) } : {}),
    env: p.lines('env'),
    secrets: p.lines('secrets'),
  };
}

/** Typed readers over raw inputs that collect every problem, so one run reports them all. */
export class InputParser {
  private readonly problems: InputProblem[] = [];

  constructor(
    private readonly read: InputReader,
    private readonly workspace: string,
  ) {}

  text(name: string): string | undefined {
    return this.read(name).trim() || undefined;
  }

  /** A path input, resolved against the workspace. */
  file(name: string): string | undefined {
    const value = this.text(name);
    return value === undefined ? undefined : path.resolve(this.workspace, value);
  }

  /** A newline-separated list (globs, names), blanks dropped. */
  lines(name: string): string[] {
    return this.read(name).split(/\r?\n/).map((v) => v.trim()).filter((v) => v !== '');
  }

  /** Paths, one a line, resolved against the workspace. */
  files(name: string): string[] {
    return this.lines(name).map((v) => path.resolve(this.workspace, v));
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(name) ?? fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(name, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
    return fallback;
  }

  /** YAML 1.2 core-schema booleans, as core.getBooleanInput reads them. */
  flag(name: string, fallback: boolean): boolean {
    const value = this.text(name);
    if (value === undefined) return fallback;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    this.problem(name, `must be true or false (got ${JSON.stringify(value)})`);
    return fallback;
  }

  problem(input: string, message: string): void {
    this.problems.push({ input, message });
  }

  /** Throws one CapsuleError naming every bad input. */
  finish(): void {
    if (this.problems.length === 0) return;
    const lines = this.problems.map((p) => `  input "${p.input}" ${p.message}`);
    throw new CapsuleError('action_input_invalid', `invalid action inputs:\n${lines.join('\n')}`, {}, { inputs: this.problems });
  }
}

function parseRetention(p: InputParser): number | undefined {
  const value = p.text('retention-days');
  if (value === undefined) return undefined;
  // No upper bound here: the service allows up to 400 days on private repositories and caps
  // the value at the repository's own setting itself.
  const days = Number(value);
  if (Number.isInteger(days) && days >= 1) return days;
  p.problem('retention-days', `must be a whole number of days, 1 or more (got ${JSON.stringify(value)}); the artifact service caps it at the repository's limit`);
  return undefined;
}
