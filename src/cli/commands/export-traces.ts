import type { Command } from 'commander';
import { action, progress } from '../io.js';

export function registerExportTraces(program: Command): void {
  program
    .command('export-traces')
    .description('Export a run as an OTLP/JSON trace: one root span for the run, one child span per recorded pipeline stage.')
    .argument('<manifest>', 'run_manifest.json (AGILAB agilab.run_manifest v1, with or without the proof_capsule block)')
    .option('--output <file>', 'write the trace to this file instead of stdout')
    .action(action(async (manifest: string, options: { output?: string }) => {
      const { loadRunRecord } = await import('../../record/load.js');
      const { buildOtelTrace } = await import('../../exports/otel.js');
      const { writeFileAtomic } = await import('../../fsio/atomic.js');
      const { stableJson } = await import('../../json/write.js');
      const record = await loadRunRecord(manifest);
      const text = stableJson(buildOtelTrace(record));
      if (!options.output) {
        process.stdout.write(text);
        return;
      }
      writeFileAtomic(options.output, text);
      progress(`capsule: wrote OTLP trace of run ${record.manifest.run_id} to ${options.output}`);
    }));
}
