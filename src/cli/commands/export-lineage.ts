import { Option, type Command } from 'commander';
import { action, progress } from '../io.js';

interface ExportLineageOptions {
  output?: string;
  format: 'openlineage' | 'lineage';
}

export function registerExportLineage(program: Command): void {
  program
    .command('export-lineage')
    .description('Export the lineage of a run (inputs -> run -> outputs) from its run manifest, as an OpenLineage 2-0-2 RunEvent or as proof-capsule lineage JSON.')
    .argument('<manifest>', 'run_manifest.json (AGILAB agilab.run_manifest v1, with or without the proof_capsule block)')
    .option('--output <file>', 'write the document to this file instead of stdout')
    .addOption(new Option('--format <format>', 'openlineage: OpenLineage RunEvent; lineage: proofcapsule.lineage.v1').choices(['openlineage', 'lineage']).default('openlineage'))
    .action(action(async (manifest: string, options: ExportLineageOptions) => {
      const { buildLineage } = await import('../../exports/lineage.js');
      const { loadRunRecord } = await import('../../record/load.js');
      const { buildOpenLineageEvent } = await import('../../exports/openlineage.js');
      const { writeFileAtomic } = await import('../../fsio/atomic.js');
      const { stableJson } = await import('../../json/write.js');
      const record = await loadRunRecord(manifest);
      const text = stableJson(options.format === 'lineage' ? buildLineage(record) : buildOpenLineageEvent(record));
      if (!options.output) {
        process.stdout.write(text);
        return;
      }
      writeFileAtomic(options.output, text);
      progress(`capsule: wrote ${options.format} lineage of run ${record.manifest.run_id} to ${options.output}`);
    }));
}
