import type { Command, Option } from 'commander';
import { EXECUTOR_CHOICES, type ExecutorChoice } from '../../execute/placement.js';
import { action, EXIT, printJson, progress } from '../io.js';

export function registerPlace(program: Command): void {
  const cmd = program
    .command('place')
    .description('Decide where a bundle would run (probing this machine, or from an inventory) and print the decision with every rejected candidate. Runs nothing.')
    .argument('<bundle>', 'bundle.json, or the folder holding it')
    .option('--inventory <file>', 'executor inventory (proofcapsule.dev/v1 Inventory or agentplane fleet/inventory.json); default: probe this machine')
    .option('--json', 'print the Placement as JSON on stdout')
    .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths resolve from; default: the nearest folder above the bundle holding bundles/');
  cmd.addOption((cmd.createOption('--executor <kind>', 'override the bundle backendIntent') as Option).choices(EXECUTOR_CHOICES));
  cmd.action(action(async (bundle: string, opts: { inventory?: string; executor?: ExecutorChoice; json?: boolean; repoRoot?: string }) => {
    const { validateBundle } = await import('../../bundle/validate.js');
    const { placeBundle } = await import('../../place/place.js');
    const vb = validateBundle(bundle, { repoRoot: opts.repoRoot });
    const placement = await placeBundle(vb, { inventoryPath: opts.inventory, executorOverride: opts.executor });
    if (opts.json) {
      printJson(placement);
      return EXIT.ok;
    }
    const lines = [
      `bundle   ${vb.bundle.metadata.name}@${vb.bundle.metadata.version} (intent ${placement.intent})`,
      `site     ${placement.site}`,
      `executor ${placement.executor}${placement.accel ? ` (accel ${placement.accel})` : ''}`,
      ...(placement.qemu ? [`qemu     ${placement.qemu.binary} -M ${placement.qemu.machine}`, `kernel   ${placement.qemu.kernel}`] : []),
      ...placement.rejected.map((r) => `rejected ${r.candidate}: ${r.reason}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const w of placement.warnings) progress(`warning: ${w}`);
    return EXIT.ok;
  }));
}
