/** The dashboard's Markdown renderer: the plan's subset, and raw HTML never passed through. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../../src/serve/dashboard/model/markdown.js';

const GOLDEN = readFileSync(new URL('../../render/golden/ado-domain-change.md', import.meta.url), 'utf8');

describe('renderMarkdown', () => {
  it('renders the Markdown plan: headings, lists, tables, details, diff code', () => {
    const html = renderMarkdown(GOLDEN);
    expect(html).toContain('<h3>ado-coolify plan</h3>');
    expect(html).toContain('<li><strong>Deploys: 1</strong><ul><li><code>ado/production/application/api-gateway</code>');
    expect(html).toContain('<th scope="col" class="align-right">Count</th>');
    expect(html).toContain('<details><summary><code>~ ado/production/application/api-gateway</code> · update');
    expect(html).toContain('<span class="diff-add">+     &quot;https://api.ado.dev&quot;</span>');
    expect(html).not.toContain('<!--');
    expect(html).toContain('<p><em>24 resources without changes not shown.</em></p>');
  });

  it('shows raw HTML as text, everywhere', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<details open ontoggle=alert(1)><summary>x</summary>',
      '<code onclick=alert(1)>x</code>',
      '[x](javascript:alert(1))',
      '`<b>`',
      '| <svg onload=alert(1)> | x |\n| --- | --- |\n| <iframe> | y |',
      '```\n</code></pre><script>x</script>\n```',
      '> <a href="javascript:x">q</a>',
    ];
    for (const a of attacks) {
      const html = renderMarkdown(a);
      expect(html, a).not.toMatch(/<(script|img|svg|iframe|a |b>)/i);
      expect(html, a).not.toMatch(/<[a-z]+[^>]*\son\w+=/i);
      expect(html, a).not.toContain('javascript:alert(1)"');
    }
    expect(renderMarkdown('<details open ontoggle=alert(1)>')).toContain('&lt;details open ontoggle=alert(1)&gt;');
  });

  it('keeps only http(s), relative and # links; honours backslash escapes', () => {
    expect(renderInline('[docs](https://example.com/a?b=1&c=2)')).toBe('<a href="https://example.com/a?b=1&amp;c=2" rel="noreferrer noopener">docs</a>');
    expect(renderInline('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderInline('a \\*b\\* \\<br\\>')).toBe('a *b* &lt;br&gt;');
    expect(renderInline('line<br>next')).toBe('line<br>next');
  });
});
