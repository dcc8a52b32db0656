import { cell as markdownCell } from '../text/markdown.js';

/** Markdown pieces shared by the job summary and the PR comment. */

const CELL_MAX = 300;

/** The one Markdown escaper, cut at 300 characters by default: a job summary has a size limit. */
export function cell(value: string | number, max = CELL_MAX): string {
  return markdownCell(value, max);
}

/**
 * A Markdown table of at most `maxRows` rows; what is left out is said in a last line, so a
 * reader knows the table is cut and where the full list is.
 */
export function table(header: string[], rows: (string | number)[][], maxRows: number, fullListAt: string): string {
  const shown = rows.slice(0, maxRows);
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...shown.map((r) => `| ${r.map((c) => cell(c)).join(' | ')} |`)];
  if (rows.length > shown.length) lines.push('', `_${rows.length - shown.length} more rows not shown to stay under the size limit; the full list is in ${fullListAt}._`);
  return lines.join('\n');
}

/** A human size: 1234 → "1.2 KiB". */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export const DECISION_BADGE: Record<string, string> = {
  promote: '✅ Promote',
  block: '⛔ Block',
  'manual-review': '⚠️ Manual review',
};
