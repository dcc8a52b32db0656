import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Option, type Command } from 'commander';
import { locateBundleFile } from '../../bundle/locate.js';
import { EXECUTOR_CHOICES, type ExecutorChoice } from '../../execute/placement.js';
import { CapsuleError } from '../../errors.js';
import { packageFile } from '../package-files.js';
import { compactStamp } from '../../text/time.js';
import type { PipelineResult, StageEvent } from '../../pipeline/types.js';
import type { Lane } from '../../bundle/types.js';
import { WRAP_TIMEOUT, wrapFolder, wrapName, type WrapRequest } from '../../wrap/request.js';
import { EXIT, action, printJson, progress } from '../io.js';
import { commandLine } from '../../text/shell.js';
import { addBaselineOptions, type BaselineFlags } from '../baseline-options.js';

interface RunFlags extends BaselineFlags {
  out?: string;
  name?: string;
  output: string[];
  input: string[];
  timeout?: string;
  lane?: Lane;
  env: string[];
  secret: string[];
  cwd?: string;
  executor: ExecutorChoice;
  key?: string;
  trustPolicy?: string;
  policy?: string;
  inventory?: string;
  repoRoot?: string;
  signer?: string;
  issuer?: string;
  json?: boolean;
  quiet?: boolean;
}

/** The example the CLI runs when no bundle is given: `examples/hello` shipped beside dist/. */
export function defaultBundlePath(): string {
  const found = packageFile('examples', 'hello', 'bundle.json');
  if (found) return found;
  throw new CapsuleError('default_bundle_missing', 'no bundle given and the default example (examples/hello/bundle.json of this package) is not there; pass a bundle path');
}

const repeat = (value: string, previous: string[]) => [...previous, value];

export function registerRun(program: Command): void {
  addBaselineOptions(program
    .command('run')
    .usage('[options] [bundle]\n       capsule run [options] -- CMD [ARGS...]')
    .description('Run a job bundle end to end: validate, place, run, record evidence, pack a signed .agipack, verify it and decide promotion. With -- CMD, wrap any command instead: no bundle file, the command runs in place (here, or in --cwd), and the capsule holds the bundle made from the options.')
    .argument('[bundle]', 'bundle.json (native proofcapsule.dev/v1 or agentplane v0.1), or its folder; default: examples/hello')
    .argument('[command...]', 'after --: the command to wrap, run without a shell (write sh -c \'…\' for one)')
    .option('--out <dir>', 'new or empty folder for the run, the proof pack, the .agipack and its .sig.json (default: out/<name>-<time>)')
    .addOption(new Option('--executor <kind>', 'where the job runs').choices(EXECUTOR_CHOICES).default('auto'))
    .option('--key <file>', 'Ed25519 PKCS#8 PEM signing key (default: a generated dev key, and the capsule says it is dev-signed)')
    .option('--trust-policy <file>', 'trust policy (JSON or TOML) to verify the capsule under (default: a local one anchoring the signing key)')
    .option('--policy <file>', 'promotion policy (JSON or TOML) selecting the gates')
    .option('--inventory <file>', 'executor inventory (JSON) instead of probing this machine')
    .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths (spec.smoke.script, vm.modulePath, artifacts.outDir) resolve from; default: the nearest folder above the bundle holding bundles/'))
    .option('--signer <name>', 'signer label written into the signature (self-declared)')
    .option('--issuer <name>', 'issuer label written into the signature (self-declared)')
    .option('--json', 'print the result as JSON on stdout')
    .option('-q, --quiet', 'no progress on stderr')
    .option('--name <name>', '-- CMD: the bundle\'s and capsule\'s name (default: the command\'s own, e.g. make)')
    .option('--cwd <dir>', '-- CMD: the folder the command runs in, in place (default: the current folder)')
    .option('--output <glob>', '-- CMD: a product, relative to the command\'s folder: packed with its SHA-256, and the run fails when nothing matches (repeatable; a folder means its files)', repeat, [])
    .option('--input <glob>', '-- CMD: a material, relative to the command\'s folder: hashed and listed before the command runs, not packed (repeatable)', repeat, [])
    .option('--timeout <seconds>', `-- CMD: time limit, ${WRAP_TIMEOUT.min} to ${WRAP_TIMEOUT.max} seconds (default ${WRAP_TIMEOUT.default}); the command is killed when it is reached`)
    .addOption(new Option('--lane <lane>', '-- CMD: which promotion rules apply').choices(['dev', 'staging', 'prod']))
    .option('--env <name>', '-- CMD: a host variable passed to the command (NAME), or one set for it (NAME=VALUE); recorded in the bundle (repeatable)', repeat, [])
    .option('--secret <name>', '-- CMD: a host variable holding a secret: passed, redacted from the logs and every capsule file, only its name recorded (repeatable)', repeat, [])
    .addHelpText('after', `
Examples:
  capsule run examples/hello
  capsule run --output 'build/*.txt' -- sh -c 'mkdir -p build && echo hi > build/a.txt'
  capsule run --name build --input 'src/**' --output dist --secret NPM_TOKEN -- npm run build

Exit codes: 0 promote, 1 block (a command that fails or times out blocks), 3 manual-review, 2 usage or bad input (nothing is run), 70 internal error (a bug).`)
    .action(action(async (bundleArg: string | undefined, rest: string[], flags: RunFlags, cmd: Command) => {
      const { runPipeline } = await import('../../pipeline/run.js');
      const { runNextSteps } = await import('../../advice/from-run.js');
      const { commandJob } = await import('../../wrap/job.js');
      const argv = commandAfterDashes(cmd, [...(bundleArg === undefined ? [] : [bundleArg]), ...rest]);
      const request = argv ? wrapRequest(argv, flags) : undefined;
      const bundlePath = request ? undefined : resolveBundleArg(bundleArg, rest);
      const name = request ? wrapName(request) : dirname(bundlePath!).split(/[\\/]/).pop() ?? 'run';
      const outDir = flags.out ?? join('out', `${name}-${compactStamp(new Date())}`);
      const source = request ? { job: commandJob(request, { outDir, executor: flags.executor }) } : { bundlePath: bundlePath! };
      const result = await runPipeline({
        ...source,
        outDir,
        outDirNumbered: flags.out === undefined,
        executor: flags.executor,
        keyPath: flags.key,
        trustPolicyPath: flags.trustPolicy,
        policyPath: flags.policy,
        inventoryPath: flags.inventory,
        repoRoot: flags.repoRoot,
        baselinePath: flags.baseline,
        baselineTrustPolicyPath: flags.baselineTrustPolicy,
        signer: flags.signer,
        issuer: flags.issuer,
        onStage: flags.quiet || flags.json ? undefined : printStage,
        onOutput: flags.quiet || flags.json ? undefined : (stream, text) => process.stderr.write(prefixLines(text, stream === 'stdout' ? '  │ ' : '  ! ')),
      }).catch((err: unknown) => {
        flushFailedStage(false);
        throw err;
      });
      flushFailedStage(true);
      const next = runNextSteps(result, {
        bundleArg: bundleArg ?? bundlePath!,
        trustPolicyPath: flags.trustPolicy,
        cwd: process.cwd(),
        ...(request ? { wrapped: runWords(cmd) } : {}),
      });
      if (flags.json) printJson({ ...result, next });
      else printSummary(result, flags.trustPolicy, next);
      return result.decision.decision === 'promote' ? EXIT.ok : result.decision.decision === 'block' ? EXIT.failed : EXIT.manualReview;
    }));
}

/**
 * The words after the first `--` of the command line, or null when there is none. Commander
 * drops the `--` itself, so it is found in the raw arguments; words before it are a bundle,
 * and a bundle and a command together are refused.
 */
function commandAfterDashes(cmd: Command, operands: string[]): string[] | null {
  const words = runWords(cmd);
  const at = words.indexOf('--');
  if (at < 0) return null;
  const after = words.length - at - 1;
  const before = operands.slice(0, operands.length - after);
  if (before.length > 0) {
    const command = operands.slice(before.length).join(' ');
    throw new CapsuleError('usage', `give a bundle or a command after --, not both (got bundle ${JSON.stringify(before[0])} and command ${JSON.stringify(command)})`);
  }
  return operands.slice(before.length);
}

/** The words after `capsule run` as typed (options, `--`, the command): what to run again. */
function runWords(cmd: Command): string[] {
  const raw = (cmd.parent as { rawArgs?: string[] } | null)?.rawArgs ?? process.argv;
  return raw.slice(raw.indexOf('run') + 1);
}

function wrapRequest(argv: string[], flags: RunFlags): WrapRequest {
  return {
    argv,
    cwd: wrapFolder(flags.cwd),
    name: flags.name,
    outputs: flags.output,
    inputs: flags.input,
    timeoutSeconds: flags.timeout === undefined ? undefined : Number(flags.timeout),
    lane: flags.lane,
    env: flags.env,
    secrets: flags.secret,
  };
}

/** The bundle named, or the default example; several words with no `--` are most likely a command meant to be wrapped. */
function resolveBundleArg(arg: string | undefined, rest: string[]): string {
  if (rest.length > 0) throw new CapsuleError('usage', `one bundle at most (got ${[arg, ...rest].map((a) => JSON.stringify(a)).join(' ')}); to wrap a command, put it after --: capsule run -- ${[arg, ...rest].join(' ')}`);
  if (arg && !existsSync(arg)) throw new CapsuleError('bundle_missing', `${arg}: no such bundle file or folder; to wrap a command, put it after --: capsule run -- ${arg}`, { file: arg });
  return arg ? locateBundleFile(arg) : defaultBundlePath();
}

const MARK: Record<StageEvent['status'], string> = { start: '…', pass: '✓', fail: '✗', warn: '!' };

function stageLine(e: StageEvent, withMessage: boolean): string {
  return `[${e.stage.padEnd(8)}] ${MARK[e.status]}${withMessage ? ` ${e.message}` : ''}${e.durationMs !== undefined ? ` (${e.durationMs} ms)` : ''}`;
}

/**
 * A failed stage's line waits for what comes next: when the stage failed by throwing, the error
 * is printed right after (once), so the line then leaves its message out.
 */
let failedStage: StageEvent | undefined;
function flushFailedStage(withMessage: boolean): void {
  if (failedStage) progress(stageLine(failedStage, withMessage));
  failedStage = undefined;
}

function printStage(e: StageEvent): void {
  flushFailedStage(true);
  if (e.status === 'fail') failedStage = e;
  else if (e.status !== 'start') progress(stageLine(e, true));
}

let pendingPartial = false;
function prefixLines(text: string, prefix: string): string {
  const out = text.replace(/\n(?=.)/g, `\n${prefix}`);
  const withStart = pendingPartial ? out : prefix + out;
  pendingPartial = !text.endsWith('\n');
  return withStart;
}

const SELF_ANCHORED = ' under the run\'s own local trust policy (self-attested: it anchors the key that signed the run)';

function printSummary(r: PipelineResult, trustPolicy: string | undefined, next: string): void {
  const rel = (p: string) => relative(process.cwd(), p) || '.';
  const trust = trustPolicy ?? join(r.runDir, 'keys', 'trust-policy.local.json');
  const lines = [
    '',
    `Decision:  ${r.decision.decision.toUpperCase()}: ${r.decision.reason}`,
    `Job:       ${commandLine(r.job.argv)}: ${r.job.summary}`,
    `Capsule:   ${rel(r.capsulePath)} (${r.capsuleSize} bytes, sha256 ${r.capsuleSha256})`,
    `Signature: ${rel(r.signaturePath)}${r.devKey ? ' (dev-signed with a generated key: fine for trying things, not a release signature; pass --key)' : ''}`,
    `Evidence:  ${r.evidenceClass}${r.selfAnchored ? SELF_ANCHORED : ''}; capsule verification ${r.verification.status} (${r.verification.checks.length} checks)`,
    `Verify:    capsule verify ${rel(r.capsulePath)} --signature ${rel(r.signaturePath)} --trust-policy ${rel(trust)} --strict`,
    `Replay:    capsule replay ${rel(r.capsulePath)}`,
  ];
  if (r.baseline) lines.push(...baselineLines(r.baseline));
  lines.push(`Next:      ${next}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const w of r.baseline?.warnings ?? []) progress(`warning: ${w}`);
}

/** The baseline in two lines or more: which run, how much differs, and each baseline gate. */
function baselineLines(b: NonNullable<PipelineResult['baseline']>): string[] {
  const c = b.comparison;
  const moved = c.metrics.filter((m) => m.change !== 'same').map((m) => `${m.name} ${m.a ?? '—'} → ${m.b ?? '—'}`);
  return [
    `Baseline:  ${c.a.name} (run ${c.a.run_id}): ${c.differences} difference(s)${moved.length ? `; ${moved.join(', ')}` : ''}; capsule diff shows them all`,
    ...b.gates.map((g) => `           ${MARK[g.status === 'skip' ? 'warn' : g.status]} ${g.id}: ${g.summary}`),
  ];
}
