import { describe, expect, it } from 'vitest';
import { cell, codeSpan, fenced, oneLine } from '../../src/text/markdown.js';

describe('the Markdown escaper', () => {
  it('keeps a recorded string inside its table cell: pipes escaped, markup shown, line breaks kept as <br>', () => {
    const row = `| ${cell('a|b <img src=x onerror=alert(1)>\nnext')} |`;
    expect(row).toBe('| a\\|b &lt;img src=x onerror=alert(1)&gt;<br>next |');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(3);
  });

  it('cuts only when asked', () => {
    expect(cell('x'.repeat(500))).toHaveLength(500);
    expect(cell('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('builds code spans and fences that recorded backquotes cannot close', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a `b` c')).toBe('`` a `b` c ``');
    expect(codeSpan('')).toBe('(none)');
    expect(fenced('x ``` y', 'sh')).toEqual(['````sh', 'x ``` y', '````']);
    expect(oneLine('a\r\n\nb')).toBe('a b');
  });
});
