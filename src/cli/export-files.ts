import { join, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import { buildLineage } from '../exports/lineage.js';
import { buildOpenLineageEvent } from '../exports/openlineage.js';
import { buildOtelTrace } from '../exports/otel.js';
import { buildRoCrate } from '../exports/ro-crate.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { stableJson } from '../json/write.js';
import type { ExportChoice } from './export-choices.js';
import { printJson } from './io.js';
import { withRunInput } from './run-input.js';
import { loadRunRecord } from '../record/load.js';

/** AGILAB's export formats and file names, and ours (`lineage`: proofcapsule.lineage.v1). */
const FORMATS = {
  openlineage: { file: 'openlineage.json', build: buildOpenLineageEvent },
  'ro-crate': { file: 'ro-crate-metadata.json', build: buildRoCrate },
  otel: { file: 'otel-trace.json', build: buildOtelTrace },
  lineage: { file: 'lineage.json', build: buildLineage },
} as const;

export type ExportFormat = keyof typeof FORMATS;

export interface ExportFlags {
  output?: string;
  outputDir?: string;
  json?: boolean;
}

/**
 * export-lineage / export-traces, as AGILAB runs them: the selected formats of a run (a
 * manifest, run folder or .agipack), each to `--output FILE` (one format; `-` is stdout) or
 * into `--output-dir` (default: the current folder) under its standard name; `--json` prints
 * the `agilab.evidence_exports.v1` report of what was written.
 */
export async function writeExports(target: string, formats: ExportFormat[], flags: ExportFlags): Promise<void> {
  if (flags.output !== undefined && formats.length !== 1) {
    const selected = `${formats.length} selected: ${formats.join(', ')}`;
    throw new CapsuleError('usage', `--output can only be used with a single --format (${selected}); use --output-dir`);
  }
  await withRunInput(target, async (input) => {
    const record = await loadRunRecord(input.manifestPath);
    const paths: Record<string, string> = {};
    for (const format of formats) {
      const text = stableJson(FORMATS[format].build(record));
      if (flags.output === '-') {
        process.stdout.write(text);
        return;
      }
      const path = resolve(flags.output ?? join(flags.outputDir ?? '.', FORMATS[format].file));
      writeFileAtomic(path, text);
      paths[format] = path;
    }
    const report = {
      schema: 'agilab.evidence_exports.v1',
      manifest_path: input.capsule ? null : resolve(input.manifestPath),
      source_capsule: input.capsule ? resolve(input.capsule) : null,
      formats: [...formats].sort(),
      paths,
    };
    if (flags.json) printJson(report);
    else {
      const listed = Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}: ${v}\n`);
      process.stdout.write(`${report.schema}: ok\n${listed.join('')}`);
    }
  });
}

export function selectedFormats(choice: ExportChoice): ExportFormat[] {
  return choice === 'all' ? ['openlineage', 'ro-crate', 'otel'] : [choice];
}
