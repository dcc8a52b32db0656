/**
 * Recorded text (from a bundle, a manifest, the engine) made safe for Markdown: one escaper
 * for every document and summary, so a string cannot end a table row, open markup or close
 * a code span wherever it lands.
 */

/** Runs of line breaks become one space: a recorded string cannot start a new block. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

/**
 * Text safe in a table cell or a line: markup outside code spans is shown as text (inside
 * them entities would show literally, and markup is inert anyway), pipes and line breaks
 * cannot end the row. Cut at `max` characters with an ellipsis.
 */
export function cell(value: string | number, max = Number.POSITIVE_INFINITY): string {
  const text = String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** A code span that holds any recorded string on one line; `(none)` for an empty one. */
export function codeSpan(value: string): string {
  const text = oneLine(value);
  if (text === '') return '(none)';
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  return fence.length > 1 || text.startsWith(' ') || text.endsWith(' ')
    ? `${fence} ${text} ${fence}`
    : `${fence}${text}${fence}`;
}

/** A fenced code block longer than any backtick run inside, so recorded text cannot close it. */
export function fenced(text: string, info: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [`${fence}${info}`, text, fence];
}

function longestBacktickRun(text: string): number {
  return (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
}
