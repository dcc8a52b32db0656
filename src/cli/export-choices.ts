/**
 * export-lineage's `--format` choices: `all` is AGILAB's three, as AGILAB writes them;
 * `lineage` is ours. Apart from the exporters so that registering the verb loads none of them.
 */
export const EXPORT_CHOICES = ['all', 'openlineage', 'ro-crate', 'otel', 'lineage'] as const;
export type ExportChoice = (typeof EXPORT_CHOICES)[number];
