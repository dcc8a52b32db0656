/** Markdown pieces shared by the job summary and the PR comment. */

const CELL_MAX = 300;

/**
 * Text from the engine or a bundle made safe for a table cell or a line: markup outside code
 * spans is shown as text (inside them entities would show literally, and markup is inert
 * anyway), pipes and line breaks cannot end the row.
 */
export function cell(value: string | number, max = CELL_MAX): string {
  const text = String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
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

/** A word safe to paste into a POSIX shell. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export const DECISION_BADGE: Record<string, string> = {
  promote: '✅ Promote',
  block: '⛔ Block',
  'manual-review': '⚠️ Manual review',
};
