import type { Command } from 'commander';
import { loadRunRecord } from '../../record/load.js';
import { buildOtelTrace } from '../../exports/otel.js';
import { writeFileAtomic } from '../../fsio/atomic.js';
import { stableJson } from '../../json/write.js';
import { action, progress } from '../io.js';

export function registerExportTraces(program: Command): void {
  program
    .command('export-traces')
    .description('Export a run as an OTLP/JSON trace: one root span for the run, one child span per recorded pipeline stage.')
    .argument('<manifest>', 'run_manifest.json (AGILAB agilab.run_manifest v1, with or without the proof_capsule block)')
    .option('--output <file>', 'write the trace to this file instead of stdout')
    .action(action(async (manifest: string, options: { output?: string }) => {
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
