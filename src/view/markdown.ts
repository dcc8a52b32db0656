import { html, type SafeHtml } from './escape.js';

/**
 * Inline Markdown as the decision, checks and gates write it: `code` spans become <code>,
 * everything else is escaped text. Only code spans: nothing a capsule writes can become a
 * link, an image or markup.
 */
export function inlineMarkdown(text: string): SafeHtml {
  const parts = text.split(/(`[^`\n]+`)/);
  return html`${parts.map((p) => (p.length > 2 && p.startsWith('`') && p.endsWith('`') ? html`<code>${p.slice(1, -1)}</code>` : p))}`;
}
