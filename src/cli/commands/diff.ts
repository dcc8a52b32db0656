import type { Command } from 'commander';
import { action, collect, EXIT, printJson, progress } from '../io.js';

interface DiffFlags {
  trustPolicy?: string;
  publicKey: string[];
  json?: boolean;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('Compare two runs, each verified first: every metric of the metrics outputs (A, B, delta, relative delta), every output (same / changed / added / removed, with hashes and sizes), bundle and command, environment names (never values), placement and executor, decision, evidence class, and timing.')
    .argument('<a>', 'the baseline: .agipack capsule, run manifest, or run / pack directory')
    .argument('<b>', 'the run compared with it: .agipack capsule, run manifest, or run / pack directory')
    .option('--trust-policy <path>', 'trust policy both capsules must verify under (signatures then required)')
    .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) both capsules must be signed by, without a policy file (repeatable; signatures then required)', collect, [])
    .option('--json', 'print the comparison (proofcapsule.run_diff.v1) as JSON')
    .addHelpText('after', '\nTiming is shown but never counts as a difference (two runs always differ in it).\nExit: 0 no difference; 1 differences; 2 bad input (missing, unreadable, or a run that does not verify).')
    .action(action(async (a: string, b: string, opts: DiffFlags) => {
      const { compareRuns } = await import('../../diff/compare.js');
      const { loadVerifiedRun } = await import('../../diff/load.js');
      const { renderComparisonText } = await import('../../diff/render-text.js');
      const anchors = { trustPolicyPath: opts.trustPolicy, publicKeyPaths: opts.publicKey };
      const runA = await loadVerifiedRun(a, { role: 'A', ...anchors });
      const runB = await loadVerifiedRun(b, { role: 'B', ...anchors });
      for (const [label, run] of [['A', runA], ['B', runB]] as const) for (const w of run.report.warnings) progress(`warning: ${label}: ${w}`);
      const comparison = compareRuns(runA.side, runB.side);
      if (opts.json) printJson(comparison);
      else process.stdout.write(renderComparisonText(comparison));
      return comparison.differences === 0 ? EXIT.ok : EXIT.failed;
    }));
}
