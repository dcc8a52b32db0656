import { html, SafeHtml } from './escape.js';

/** A cell's text plus how it wraps: `mono` for ids and paths, `hash` for digests that may break anywhere. */
export interface Cell {
  value: unknown;
  kind?: 'mono' | 'hash';
}

export type Column = string | { heading: string; width?: string };

/**
 * Every table on the page: each cell carries its column heading (`data-label`), so on a
 * narrow screen the stylesheet stacks a row into labelled lines instead of squeezing columns.
 */
export function table(columns: Column[], rows: (Cell | unknown)[][], className = ''): SafeHtml {
  const headings = columns.map((c) => (typeof c === 'string' ? c : c.heading));
  return html`<table class="stack${className ? ` ${className}` : ''}"><thead><tr>${columns.map((c) => (typeof c === 'string' || !c.width ? html`<th>${typeof c === 'string' ? c : c.heading}</th>` : html`<th style="width:${c.width}">${c.heading}</th>`))}</tr></thead><tbody>
${rows.map((row) => html`<tr>${row.map((cell, i) => td(headings[i] ?? '', cell))}</tr>\n`)}</tbody></table>
`;
}

function td(heading: string, cell: unknown): SafeHtml {
  const c = isCell(cell) ? cell : { value: cell };
  return c.kind ? html`<td data-label="${heading}" class="${c.kind}">${c.value}</td>` : html`<td data-label="${heading}">${c.value}</td>`;
}

function isCell(v: unknown): v is Cell {
  return typeof v === 'object' && v !== null && !(v instanceof SafeHtml) && 'value' in v && !Array.isArray(v);
}
