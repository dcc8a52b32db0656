import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from '../../src/view/markdown.js';

describe('inlineMarkdown', () => {
  it('turns code spans into <code> and escapes everything, inside spans too', () => {
    expect(inlineMarkdown('run `capsule verify a.agipack` then <b>').value).toBe('run <code>capsule verify a.agipack</code> then &lt;b&gt;');
    expect(inlineMarkdown('`<script>` and `x`').value).toBe('<code>&lt;script&gt;</code> and <code>x</code>');
  });

  it('leaves an unpaired backtick as text and makes no links', () => {
    expect(inlineMarkdown('a ` b [x](javascript:alert(1))').value).toBe('a &#96; b [x](javascript:alert(1))');
  });
});
