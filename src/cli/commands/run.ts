import { dirname, join, relative } from 'node:path';
import { Option, type Command } from 'commander';
import { locateBundleFile } from '../../bundle/locate.js';
import { EXECUTOR_CHOICES, type ExecutorChoice } from '../../execute/placement.js';
import { CapsuleError } from '../../errors.js';
import { packageFile } from '../package-files.js';
import { compactStamp } from '../../text/time.js';
import type { PipelineResult, StageEvent } from '../../pipeline/types.js';
import { EXIT, action, printJson, progress } from '../io.js';

interface RunFlags {
  out?: string;
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

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('Run a job bundle end to end: validate, place, run, record evidence, pack a signed .agipack, verify it and decide promotion')
    .argument('[bundle]', 'bundle.json (native proofcapsule.dev/v1 or agentplane v0.1), or its folder; default: examples/hello')
    .option('--out <dir>', 'new or empty folder for the run, the proof pack, the .agipack and its .sig.json (default: out/<bundle>-<time>)')
    .addOption(new Option('--executor <kind>', 'where the job runs').choices(EXECUTOR_CHOICES).default('auto'))
    .option('--key <file>', 'Ed25519 PKCS#8 PEM signing key (default: a generated dev key, and the capsule says it is dev-signed)')
    .option('--trust-policy <file>', 'trust policy (JSON or TOML) to verify the capsule under (default: a local one anchoring the signing key)')
    .option('--policy <file>', 'promotion policy (JSON or TOML) selecting the gates')
    .option('--inventory <file>', 'executor inventory (JSON) instead of probing this machine')
    .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths (spec.smoke.script, vm.modulePath, artifacts.outDir) resolve from; default: the nearest folder above the bundle holding bundles/')
    .option('--signer <name>', 'signer label written into the signature (self-declared)')
    .option('--issuer <name>', 'issuer label written into the signature (self-declared)')
    .option('--json', 'print the result as JSON on stdout')
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', '\nExit codes: 0 promote, 1 block, 3 manual-review, 2 bad input (nothing is run), 70 internal error.')
    .action(action(async (bundleArg: string | undefined, flags: RunFlags) => {
      const { runPipeline } = await import('../../pipeline/run.js');
      const { runNextSteps } = await import('../../advice/from-run.js');
      const bundlePath = resolveBundleArg(bundleArg);
      const outDir = flags.out ?? join('out', `${dirname(bundlePath).split(/[\\/]/).pop() ?? 'run'}-${compactStamp(new Date())}`);
      const result = await runPipeline({
        bundlePath,
        outDir,
        outDirNumbered: flags.out === undefined,
        executor: flags.executor,
        keyPath: flags.key,
        trustPolicyPath: flags.trustPolicy,
        policyPath: flags.policy,
        inventoryPath: flags.inventory,
        repoRoot: flags.repoRoot,
        signer: flags.signer,
        issuer: flags.issuer,
        onStage: flags.quiet || flags.json ? undefined : printStage,
        onOutput: flags.quiet || flags.json ? undefined : (stream, text) => process.stderr.write(prefixLines(text, stream === 'stdout' ? '  │ ' : '  ! ')),
      });
      const next = runNextSteps(result, { bundleArg: bundleArg ?? bundlePath, trustPolicyPath: flags.trustPolicy, cwd: process.cwd() });
      if (flags.json) printJson({ ...result, next });
      else printSummary(result, flags.trustPolicy, next);
      return result.decision.decision === 'promote' ? EXIT.ok : result.decision.decision === 'block' ? EXIT.failed : EXIT.manualReview;
    }));
}

function resolveBundleArg(arg: string | undefined): string {
  return arg ? locateBundleFile(arg) : defaultBundlePath();
}

const MARK: Record<StageEvent['status'], string> = { start: '…', pass: '✓', fail: '✗', warn: '!' };

function printStage(e: StageEvent): void {
  if (e.status === 'start') return;
  progress(`[${e.stage.padEnd(8)}] ${MARK[e.status]} ${e.message}${e.durationMs !== undefined ? ` (${e.durationMs} ms)` : ''}`);
}

let pendingPartial = false;
function prefixLines(text: string, prefix: string): string {
  const out = text.replace(/\n(?=.)/g, `\n${prefix}`);
  const withStart = pendingPartial ? out : prefix + out;
  pendingPartial = !text.endsWith('\n');
  return withStart;
}

function printSummary(r: PipelineResult, trustPolicy: string | undefined, next: string): void {
  const rel = (p: string) => relative(process.cwd(), p) || '.';
  const trust = trustPolicy ?? join(r.runDir, 'keys', 'trust-policy.local.json');
  const lines = [
    '',
    `Decision:  ${r.decision.decision.toUpperCase()}: ${r.decision.reason}`,
    `Capsule:   ${rel(r.capsulePath)} (${r.capsuleSize} bytes, sha256 ${r.capsuleSha256})`,
    `Signature: ${rel(r.signaturePath)}${r.devKey ? ' (dev-signed with a generated key: fine for trying things, not a release signature; pass --key)' : ''}`,
    `Evidence:  ${r.evidenceClass}; capsule verification ${r.verification.status} (${r.verification.checks.length} checks)`,
    `Verify:    capsule verify ${rel(r.capsulePath)} --signature ${rel(r.signaturePath)} --trust-policy ${rel(trust)} --strict`,
    `Replay:    capsule replay ${rel(r.capsulePath)}`,
  ];
  lines.push(`Next:      ${next}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

