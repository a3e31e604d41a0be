/**
 * Escaping for text that comes from a plan (names, reasons, live values) before it reaches a
 * terminal or a Markdown comment: a hostile resource name must not inject ANSI sequences,
 * HTML, or close a code fence.
 */

/**
 * Characters that change what a reader sees without being seen: C0/C1 controls (ESC starts ANSI
 * and OSC 8 sequences), bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069, the
 * marks U+200E/200F/061C: "Trojan Source" spoofing), line and paragraph separators
 * (U+2028/2029), zero-width characters (U+200B-200D, U+2060, U+FEFF) and the soft hyphen.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Replaces invisible and control characters (ESC, bidi overrides, U+2028…) by visible `\uXXXX` escapes; keeps `\t`, `\n`. */
export function clean(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Like `clean`, and also turns newlines into `\n` so the text stays on one line. */
export function oneLine(text: string): string {
  return clean(text).replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
}

/** Escapes text for HTML element content or attribute values. */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text for a Markdown table cell or list item (inline context). */
export function escapeMarkdownInline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|#~]/g, (ch) => `\\${ch}`);
}

/** Wraps text in an inline code span that its own backticks cannot close. */
export function inlineCode(text: string): string {
  const t = oneLine(text);
  const runs = t.match(/`+/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  const ticks = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** A code fence longer than any backtick run in `body`, so the body cannot close it. */
export function fenceFor(body: string): string {
  const runs = body.match(/`{3,}/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  return '`'.repeat(Math.max(3, longest + 1));
}
