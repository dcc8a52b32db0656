import type { Command } from 'commander';

/** The flags of `--baseline`, the same on every command that gates a run against one. */
export interface BaselineFlags {
  baseline?: string;
  baselineTrustPolicy?: string;
}

export function addBaselineOptions(command: Command): Command {
  return command
    .option('--baseline <capsule>',
      "an earlier run's .agipack to compare with (the promotion policy's baseline gates); it must verify, else exit 2")
    .option('--baseline-trust-policy <file>', 'trust policy the baseline must verify under (default: --trust-policy)');
}
