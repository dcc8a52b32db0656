import { Option, type Command } from 'commander';
import type { ReplayResult } from '../../replay/replay.js';
import { EXIT, action, printJson, progress } from '../io.js';

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('Print the recorded plan of a run; with --execute, re-run it in a fresh workspace and compare output hashes')
    .argument('<target>', 'a .agipack (verified before it is unpacked), a run_manifest.json, or a run folder')
    .option('--execute', 're-run the recorded bundle and compare its outputs with the recorded SHA-256 digests')
    .addOption(new Option('--executor <kind>', 'executor for --execute (default: the recorded one, else process)').choices(['auto', 'process', 'qemu']))
    .option('--json', 'print the plan (and the comparison) as JSON')
    .addHelpText('after', '\nExit codes: 0 plan printed / outputs match, 1 outputs or exit code differ, 2 bad input (unverifiable capsule, unreadable manifest).')
    .action(action(async (target: string, flags: { execute?: boolean; executor?: 'auto' | 'process' | 'qemu'; json?: boolean }) => {
      const { replayRun } = await import('../../replay/replay.js');
      const result = await replayRun(target, {
        execute: flags.execute,
        executor: flags.executor,
        onOutput: flags.json ? undefined : (_stream, text) => process.stderr.write(text),
      });
      if (flags.json) printJson(result);
      else printResult(result);
      return result.executed?.status === 'mismatch' ? EXIT.failed : EXIT.ok;
    }));
}

function printResult(r: ReplayResult): void {
  const p = r.plan;
  const lines = [
    `Run ${p.run_id} (${p.label}, ${p.path_id}) on the ${p.executor} executor`,
    `  argv: ${JSON.stringify(p.command.argv)}  cwd: ${p.command.cwd || '.'}`,
    `  env:  ${p.command.env_names.join(', ') || '(none)'}`,
    p.bundle ? `  bundle: ${p.bundle.path} (sha256 ${p.bundle.sha256})` : '  bundle: not recorded (plain AGILAB manifest)',
    ...p.steps.map((s, i) => `  ${i + 1}. ${s.description}`),
  ];
  if (r.executed) {
    const e = r.executed;
    lines.push('', `Replayed with ${e.executor}: ${e.status.toUpperCase()} (exit ${e.exit_code}, recorded ${e.recorded_exit_code})`);
    for (const o of e.outputs) lines.push(`  ${o.match ? '✓' : '✗'} ${o.path} ${o.match ? o.expected : `expected ${o.expected}, got ${o.actual ?? 'nothing'}`}`);
    for (const n of e.notes) lines.push(`  note: ${n}`);
  } else {
    progress('(print only: nothing was run; pass --execute to re-run and compare outputs)');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
