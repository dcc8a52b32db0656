import type { ExecutorChoice } from '../execute/placement.js';
import { basename, join } from 'node:path';
import { writeJsonFile } from '../json/write.js';
import type { Job } from '../pipeline/job.js';
import type { StagedInventory } from '../pipeline/staging.js';
import { redactTree, runLayout } from '../pipeline/workspace.js';
import { inPlaceRecord, prepareCommand, skippedFolders, stageCommand, type PreparedCommand } from './in-place.js';
import { CLI_SPELLING, type WrapRequest, type WrapSpelling } from './request.js';

export interface CommandJobOptions {
  /** The run folder the pipeline will claim (`--out`): never searched for outputs or materials. */
  outDir: string;
  executor?: ExecutorChoice;
  /** How the request's settings are spelled where the user gave them (CLI flags by default). */
  spelling?: WrapSpelling;
  hostEnv?: NodeJS.ProcessEnv;
}

/**
 * A command wrapped in place, as a job the pipeline runs like any bundle: its validate stage
 * synthesizes and checks the bundle and hashes the materials; its staging writes that bundle
 * as `bundle/bundle.json` and runs the command in its own folder, not in a copy.
 */
export function commandJob(req: WrapRequest, o: CommandJobOptions): Job {
  const layout = runLayout(o.outDir);
  let prepared: PreparedCommand | undefined;
  return {
    args: { command: req.argv, outputs: req.outputs, inputs: req.inputs },
    validate: async () => {
      prepared = await prepareCommand(req, {
        bundleFile: join(layout.bundleDir, 'bundle.json'),
        runFolder: layout.root,
        executor: o.executor ?? 'auto',
        spelling: o.spelling ?? CLI_SPELLING,
        hostEnv: o.hostEnv ?? process.env,
      });
      return prepared.vb;
    },
    describe: (vb) => `command run in place in ${basename(vb.dir)}`,
    stage: async (_vb, { layout: claimed, secretValues }) => {
      const p = prepared!;
      // The folder claimed may be numbered (-2, -3 …): skip the one that is really there.
      const skip = skippedFolders(p.folder, claimed.root);
      const before = await stageCommand(p, claimed.bundleDir, skip);
      // Nothing is staged (the command runs in place): the capsule's bundle/ is the bundle file alone.
      const inventory: StagedInventory = {
        schema: 'proofcapsule.staged_inventory.v1', bundle_file: 'bundle.json',
        files: [], symlinks: [], packed: ['bundle.json'], excluded: [],
      };
      writeJsonFile(claimed.stagedInventory, inventory);
      return {
        workspace: p.folder,
        redactedBundleFiles: redactTree(claimed.bundleDir, secretValues),
        inventory,
        collect: skip,
        inPlace: (outputs) => inPlaceRecord(p, req, outputs, before),
      };
    },
  };
}
