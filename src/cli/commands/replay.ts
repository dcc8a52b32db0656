import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXECUTOR_CHOICES, type ExecutorChoice } from '../../execute/placement.js';
import type { ReplayResult } from '../../replay/replay.js';
import { terminalField } from '../../text/terminal.js';
import { EXIT, action, collect, printJson, progress } from '../io.js';

interface ReplayFlags {
  execute?: boolean;
  executor?: ExecutorChoice;
  signature?: string;
  trustPolicy?: string;
  publicKey: string[];
  allowUntrusted?: boolean;
  timeout?: number;
  json?: boolean;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('Print the recorded plan of a run; with --execute, re-run it in a fresh workspace and compare output hashes')
    .argument('<target>', 'a .agipack (verified before it is unpacked), a run_manifest.json, or a run folder')
    .option('--execute', 're-run the recorded bundle and compare its outputs with the recorded SHA-256 digests (only a capsule whose signature verifies under --trust-policy or --public-key)')
    .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists)')
    .option('--trust-policy <path>', 'trust policy the capsule\'s signature must verify under before --execute runs anything')
    .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) trusted to have signed the capsule (repeatable)', collect, [])
    .option('--allow-untrusted', 'with --execute, run a bundle whose origin is not verified (unsigned, unanchored, or a run folder) on this host anyway')
    .addOption(new Option('--executor <kind>', 'executor for --execute (default: the recorded one, else process)').choices(EXECUTOR_CHOICES))
    .option('--timeout <seconds>', 'with --execute: stop the re-run after this many seconds (default: the bundle\'s limit; none for a plain AGILAB manifest)', seconds)
    .option('--json', 'print the plan (agilab.replay_plan.v1; after --execute also status, returncode and the comparison) as JSON')
    .addHelpText('after', [
      '',
      'A manifest without a bundle (AGILAB\'s) is re-run as AGILAB does: its argv in its cwd with the recorded env overrides.',
      'Exit codes: 0 plan printed / re-run passed and outputs match; 1 outputs or exit code differ, the command failed or timed out;',
      '2 bad input (unverifiable capsule, unreadable manifest, recorded cwd missing, --execute of a run whose origin is not verified).',
    ].join('\n'))
    .action(action(async (target: string, flags: ReplayFlags) => {
      const { replayRun } = await import('../../replay/replay.js');
      const result = await replayRun(target, {
        execute: flags.execute,
        executor: flags.executor,
        signaturePath: flags.signature,
        trustPolicyPath: flags.trustPolicy,
        publicKeyPaths: flags.publicKey,
        allowUntrusted: flags.allowUntrusted,
        timeoutSeconds: flags.timeout,
        onOutput: flags.json ? undefined : (_stream, text) => process.stderr.write(text),
        onUntrusted: (why) => progress(`WARNING: --allow-untrusted: running on this host a bundle nobody vouched for: ${why}`),
      });
      if (flags.json) printJson(result);
      else printResult(result);
      return result.status === 'fail' ? EXIT.failed : EXIT.ok;
    }));
}

function printResult(p: ReplayResult): void {
  const lines = [
    `Run ${p.run_id} (${p.label}, ${p.path_id}) on the ${p.executor} executor`,
    `  argv: ${JSON.stringify(p.command.argv)}  cwd: ${p.command.cwd || '.'}`,
    `  env:  ${p.command.env_names.join(', ') || '(none)'}`,
    p.bundle ? `  bundle: ${p.bundle.path} (sha256 ${p.bundle.sha256})` : '  bundle: not recorded (plain AGILAB manifest)',
    ...p.steps.map((s, i) => `  ${i + 1}. ${s.description}`),
  ];
  if (p.status && !p.executed) {
    lines.push('', `Re-ran the recorded command: ${p.status.toUpperCase()} (exit ${p.returncode ?? 'none'})`);
    for (const n of p.notes ?? []) lines.push(`  note: ${n}`);
  } else if (p.executed) {
    const e = p.executed;
    lines.push('', `Replayed with ${e.executor}: ${e.status.toUpperCase()} (exit ${e.exit_code}, recorded ${e.recorded_exit_code})`);
    for (const o of e.outputs) lines.push(`  ${o.match ? '✓' : '✗'} ${o.path} ${o.match ? o.expected : `expected ${o.expected}, got ${o.actual ?? 'nothing'}`}`);
    for (const n of e.notes) lines.push(`  note: ${n}`);
  } else {
    progress('(print only: nothing was run; pass --execute to re-run and compare outputs)');
  }
  // Each line is built from recorded values: on a terminal it stays one line and draws nothing.
  process.stdout.write(`${lines.map(terminalField).join('\n')}\n`);
}
