import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '../../src/view/escape.js';

describe('escapeHtml', () => {
  it('neutralizes a script element', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes ampersands first, so entities in the input stay literal text', () => {
    expect(escapeHtml('a & b &lt; c')).toBe('a &amp; b &amp;lt; c');
  });

  it('escapes both quote kinds and backquotes, so a value cannot close an attribute', () => {
    expect(escapeHtml(`" onmouseover="alert(1)`)).toBe('&quot; onmouseover=&quot;alert(1)');
    expect(escapeHtml(`' onfocus='x' \``)).toBe('&#39; onfocus=&#39;x&#39; &#96;');
  });

  it('leaves a quoted attribute closed around an injected value', () => {
    const attr = `<div title="${escapeHtml('x"><img src=x onerror=alert(1)>')}"></div>`;
    expect(attr).toBe('<div title="x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"></div>');
    expect(attr).not.toContain('<img');
  });

  it('renders null and undefined as empty text and other values as strings', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('html template', () => {
  it('escapes every interpolated value, including array items', () => {
    const items = ['<b>', 'x&y'];
    expect(html`<p>${'<i>'}</p><ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.value)
      .toBe('<p>&lt;i&gt;</p><ul><li>&lt;b&gt;</li><li>x&amp;y</li></ul>');
  });

  it('inserts SafeHtml as is and drops null, undefined and false', () => {
    expect(html`${new SafeHtml('<hr>')}${null}${undefined}${false}${0}`.value).toBe('<hr>0');
  });
});
