import { Option, type Command } from 'commander';
import { EXPORT_CHOICES, type ExportChoice } from '../export-choices.js';
import type { ExportFlags } from '../export-files.js';
import { action } from '../io.js';

interface ExportLineageFlags extends ExportFlags {
  format: ExportChoice;
}

export function registerExportLineage(program: Command): void {
  program
    .command('export-lineage')
    .description("Export a run's lineage and observability documents, as AGILAB does: OpenLineage 2-0-2 RunEvent (openlineage.json), RO-Crate (ro-crate-metadata.json), OTLP trace (otel-trace.json); or ours, proofcapsule.lineage.v1 (lineage.json).")
    .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
    .addOption(new Option('--format <format>', 'all: openlineage, ro-crate and otel (AGILAB); or one of them; lineage: ours').choices([...EXPORT_CHOICES]).default('all'))
    .option('--output <file>', 'write the one selected format to this file (- for stdout)')
    .option('--output-dir <dir>', 'write each selected format here under its standard name (default: the current folder)')
    .option('--json', 'print what was written (agilab.evidence_exports.v1) as JSON')
    .addHelpText('after', '\nExit: 0 written; 2 bad input or usage (e.g. --output with more than one format).')
    .action(action(async (manifest: string, flags: ExportLineageFlags) => {
      const { selectedFormats, writeExports } = await import('../export-files.js');
      return writeExports(manifest, selectedFormats(flags.format), flags);
    }));
}
