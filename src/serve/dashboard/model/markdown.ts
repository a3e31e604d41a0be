/**
 * A safe renderer of the Markdown plan (src/render/markdown.ts, `/api/v1/plan?format=markdown`)
 * to HTML for the dashboard. Safe by construction: every character of the input is HTML-escaped,
 * and the only markup in the output is what this file writes itself. Raw HTML in the input is
 * never passed through: the few tags the plan renderer writes (`<details>`, `<summary>`, `<code>`,
 * `<br>`, `<!-- … -->`) are recognised as exact, attribute-less tokens and rewritten; anything
 * else (`<script>`, `<img onerror=…>`, `<details open onclick=…>`) is shown as text. Links only
 * keep http(s), relative and `#` targets.
 *
 * The subset is the one the plan renderer writes: ATX headings, paragraphs, nested `-`/`*`/`1.`
 * lists, `>` block quotes, GitHub tables with alignment, fenced code (``` or longer; `diff` lines
 * coloured), `---` rules, and inline code, bold, italic, links and backslash escapes.
 */
import { escapeHtml } from './escape.js';

const PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~"'&:;,=/?@^$%]/;
const HOLE = '\uE000';

/** Inline Markdown of one line (or a joined paragraph) to HTML. */
export function renderInline(source: string): string {
  // code spans first: their content is literal
  let out = '';
  let i = 0;
  while (i < source.length) {
    const tick = source.indexOf('`', i);
    if (tick < 0) break;
    if (tick > 0 && source[tick - 1] === '\\') {
      out += inlineText(source.slice(i, tick + 1));
      i = tick + 1;
      continue;
    }
    let run = 1;
    while (source[tick + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = source.indexOf(fence, tick + run);
    while (close >= 0 && source[close + run] === '`') close = source.indexOf(fence, close + run + 1);
    if (close < 0) break;
    out += inlineText(source.slice(i, tick));
    const code = source.slice(tick + run, close);
    out += `<code>${escapeHtml(code.length > 2 && code.startsWith(' ') && code.endsWith(' ') ? code.slice(1, -1) : code)}</code>`;
    i = close + run;
  }
  return out + inlineText(source.slice(i));
}

/** Inline Markdown without code spans: escapes, emphasis, links, the allowed tags. */
function inlineText(text: string): string {
  const literals: string[] = [];
  const held = text.replace(/\\(.)/g, (m, c: string) => {
    if (!PUNCTUATION.test(c)) return m;
    literals.push(c);
    return `${HOLE}${literals.length - 1}${HOLE}`;
  });
  let html = escapeHtml(held);
  html = html.replace(/&lt;br\s*\/?&gt;/g, '<br>');
  html = html.replace(/&lt;code&gt;(.*?)&lt;\/code&gt;/g, '<code>$1</code>');
  html = html.replace(/\*\*(?=\S)(.+?)\*\*/g, '<strong>$1</strong>');
  html = html.replace(/(^|[\s(>])_(?=\S)(.+?)_(?=$|[\s).,:;!?<])/g, '$1<em>$2</em>');
  html = html.replace(/(^|[^*])\*(?=[^\s*])([^*]+?)\*(?!\*)/g, '$1<em>$2</em>');
  html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) =>
    /^(https?:\/\/|\/|#)/i.test(href) ? `<a href="${href}" rel="noreferrer noopener">${label}</a>` : label,
  );
  return html.replace(new RegExp(`${HOLE}(\\d+)${HOLE}`, 'g'), (_m, n: string) => escapeHtml(literals[Number(n)] ?? ''));
}

const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*([\w-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const DETAILS_OPEN = /^\s*<details>(?:\s*<summary>(.*)<\/summary>)?\s*$/;
const DETAILS_CLOSE = /^\s*<\/details>\s*$/;

/** Splits a table row on unescaped pipes, without the outer ones. */
function cells(row: string): string[] {
  let s = row.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.trim());
}

function alignment(spec: string): string {
  const left = spec.startsWith(':');
  const right = spec.endsWith(':');
  if (left && right) return ' class="align-center"';
  if (right) return ' class="align-right"';
  return '';
}

function table(header: string, separator: string, rows: string[]): string {
  const aligns = cells(separator).map(alignment);
  const head = cells(header).map((c, i) => `<th scope="col"${aligns[i] ?? ''}>${renderInline(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${cells(r).map((c, i) => `<td${aligns[i] ?? ''}>${renderInline(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function codeBlock(language: string, lines: string[]): string {
  const cls = language ? ` class="language-${escapeHtml(language)}"` : '';
  const body = lines
    .map((line) => {
      if (language !== 'diff') return escapeHtml(line);
      const tone = line.startsWith('+') ? 'diff-add' : line.startsWith('-') ? 'diff-del' : line.startsWith('#') ? 'diff-note' : '';
      return tone ? `<span class="${tone}">${escapeHtml(line)}</span>` : escapeHtml(line);
    })
    .join('\n');
  return `<pre><code${cls}>${body}</code></pre>`;
}

function list(lines: string[]): string {
  const stack: Array<{ indent: number; tag: 'ul' | 'ol' }> = [];
  let html = '';
  for (const line of lines) {
    const m = LIST_ITEM.exec(line);
    if (!m) {
      html += ` ${renderInline(line.trim())}`; // a continuation line of the item
      continue;
    }
    const indent = m[1]!.length;
    const tag = /\d/.test(m[2]!) ? 'ol' : 'ul';
    while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) html += `</li></${stack.pop()!.tag}>`;
    const top = stack[stack.length - 1];
    if (!top || top.indent < indent) {
      html += `<${tag}>`;
      stack.push({ indent, tag });
    } else {
      html += '</li>';
    }
    html += `<li>${renderInline(m[3]!)}`;
  }
  while (stack.length > 0) html += `</li></${stack.pop()!.tag}>`;
  return html;
}

/** Whether `line` closes a fence opened by `marker` (same character, at least as long). */
function closesFence(line: string, marker: string): boolean {
  const t = line.trim();
  return t.length >= marker.length && t === marker[0]!.repeat(t.length);
}

/** Renders Markdown blocks to HTML (safe: see the file's comment). */
export function renderMarkdown(source: string): string {
  return blocks(source.replace(/\r\n?/g, '\n').split('\n'));
}

function blocks(lines: string[]): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.map(renderInline).join('<br>')}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      flush();
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const marker = fence[2]!;
      const body: string[] = [];
      i++;
      while (i < lines.length && !closesFence(lines[i]!, marker)) {
        body.push(lines[i]!);
        i++;
      }
      out.push(codeBlock(fence[3] ?? '', body));
      continue;
    }
    const details = DETAILS_OPEN.exec(line);
    if (details) {
      flush();
      let depth = 1;
      const inner: string[] = [];
      for (i++; i < lines.length; i++) {
        if (DETAILS_OPEN.test(lines[i]!)) depth++;
        if (DETAILS_CLOSE.test(lines[i]!) && --depth === 0) break;
        inner.push(lines[i]!);
      }
      const summary = details[1] !== undefined ? `<summary>${renderInline(details[1])}</summary>` : '<summary>Details</summary>';
      out.push(`<details>${summary}${blocks(inner)}</details>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      out.push(`<h${level}>${renderInline(heading[2]!)}</h${level}>`);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) && paragraph.length === 0) {
      out.push('<hr>');
      continue;
    }
    if (/^\s*>/.test(line)) {
      flush();
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i]!)) quoted.push(lines[i++]!.replace(/^\s*>\s?/, ''));
      i--;
      out.push(`<blockquote>${blocks(quoted)}</blockquote>`);
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1]!) && lines[i + 1]!.includes('-')) {
      flush();
      const rows: string[] = [];
      let j = i + 2;
      while (j < lines.length && lines[j]!.includes('|') && lines[j]!.trim() !== '') rows.push(lines[j++]!);
      out.push(table(line, lines[i + 1]!, rows));
      i = j - 1;
      continue;
    }
    if (LIST_ITEM.test(line) && paragraph.length === 0) {
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && (LIST_ITEM.test(lines[i]!) || /^\s{2,}\S/.test(lines[i]!))) items.push(lines[i++]!);
      i--;
      out.push(list(items));
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return out.join('\n');
}
