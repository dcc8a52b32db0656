import type { Ignore } from 'ignore';
import type { ValidatedBundle } from '../bundle/types.js';
import { validateBundle } from '../bundle/validate.js';
import type { CollectedOutput, CollectOptions } from '../collect/outputs.js';
import type { RunExtension } from '../manifest/types.js';
import type { StagedInventory } from './staging.js';
import { stageBundle, type RunLayout } from './workspace.js';

/**
 * What a run runs: a bundle file (its folder copied into the run's workspace), or a job made
 * before the pipeline (a command wrapped in place, whose own folder is the workspace). The
 * stages after staging do not know which.
 */
export interface Job {
  /** The validate stage's arguments, hashed into the chain. */
  args: Record<string, unknown>;
  validate(): Promise<ValidatedBundle>;
  /** How the validate stage names what it checked; default the bundle's format. */
  describe?: (vb: ValidatedBundle) => string;
  /** Once the run folder is claimed: fill the capsule's `bundle/` and give the folder the job runs in. */
  stage(vb: ValidatedBundle, ctx: StageContext): Promise<StagedJob>;
}

export interface StageContext {
  /** The run folder as claimed (its name may have a -2, -3 … suffix). */
  layout: RunLayout;
  command: { argv: string[]; cwd: string };
  /** `.capsuleignore` of the bundle folder. */
  rules: Ignore;
  secretValues: string[];
}

export interface StagedJob {
  /** The folder the job runs in and its outputs are collected from. */
  workspace: string;
  /** Files of `bundle/` in which secret values were replaced by [REDACTED]. */
  redactedBundleFiles: string[];
  /** What was staged into the workspace (written to the run folder's evidence). */
  inventory: StagedInventory;
  collect: CollectOptions;
  /** What the manifest records of a job run in place, once its outputs are known. */
  inPlace?: (outputs: CollectedOutput[]) => NonNullable<RunExtension['in_place']>;
}

/** A bundle file: validated in the validate stage, copied into `bundle/` and the workspace. */
export function bundleJob(bundlePath: string, repoRoot?: string): Job {
  return {
    args: { bundle: bundlePath },
    validate: async () => validateBundle(bundlePath, { repoRoot }),
    stage: async (vb, { layout, command, rules, secretValues }) => {
      const { redactedBundleFiles, inventory } = stageBundle(vb, layout, command, rules, secretValues);
      return { workspace: layout.workspace, redactedBundleFiles, inventory, collect: {} };
    },
  };
}
