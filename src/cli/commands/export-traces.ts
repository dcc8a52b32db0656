import type { Command } from 'commander';
import type { ExportFlags } from '../export-files.js';
import { action } from '../io.js';

export function registerExportTraces(program: Command): void {
  program
    .command('export-traces')
    .description('Export a run as an OTLP/JSON trace (otel-trace.json): one root span for the run, one child span per recorded pipeline stage.')
    .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
    .option('--output <file>', 'write the trace to this file (- for stdout)')
    .option('--output-dir <dir>', 'write otel-trace.json here (default: the current folder)')
    .option('--json', 'print what was written (agilab.evidence_exports.v1) as JSON')
    .addHelpText('after', '\nExit: 0 written; 2 bad input.')
    .action(action(async (manifest: string, flags: ExportFlags) => {
      const { writeExports } = await import('../export-files.js');
      return writeExports(manifest, ['otel'], flags);
    }));
}
