/**
 * The one sanitiser for live strings (names, statuses, domains, descriptions, uuids, Coolify's
 * error messages, deployment and container log lines) before they reach a terminal, a
 * Markdown comment or a JSON document: a hostile resource name must not inject ANSI or OSC 8
 * sequences, spoof text with bidi overrides, forge lines, ping people, inject HTML or close a
 * code fence (adversarial audit M4, m5). Pure.
 *
 * The rule: a character a reader cannot see, or one that drives the terminal, is *replaced* by
 * its visible `\uXXXX` escape, never silently dropped, so a spoofed name is seen to be odd.
 * Only log bodies (`logText`) drop whole escape sequences: applications colour their logs, and
 * `\u001b[32m` on every line would bury them.
 */

/**
 * Characters that change what a reader sees without being seen: C0/C1 controls (ESC starts ANSI
 * and OSC 8 sequences), bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069, the
 * marks U+200E/200F/061C: "Trojan Source" spoofing), line and paragraph separators
 * (U+2028/2029), zero-width characters (U+200B-200D, U+2060, U+FEFF) and the soft hyphen.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A whole escape sequence as a terminal reads it: CSI (`ESC [ … final`, or C1 U+009B), OSC
 * (`ESC ]`, or U+009D, up to BEL or ST, as OSC 8 hyperlinks use), DCS/SOS/PM/APC strings up to
 * ST, and the two-character `ESC X` forms.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;

const escapeChar = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Replaces invisible and control characters (ESC, bidi overrides, U+2028…) by visible `\uXXXX` escapes; keeps `\t`, `\n`. */
export function clean(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** Like `clean`, and also turns newlines into `\n` so the text stays on one line. */
export function oneLine(text: string): string {
  return clean(text).replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
}

/**
 * A live string for a terminal, on one line: controls, escape sequences, bidi, separators and
 * zero-width characters become `\uXXXX`, newlines and tabs `\n`/`\t`. What every renderer
 * applies to names, statuses, domains, uuids and Coolify's messages.
 */
export function terminalText(text: string): string {
  return oneLine(text);
}

/**
 * A message for a terminal that may span lines of its own (an error listing problems):
 * like `terminalText` but newlines and tabs stay. Coolify's text inside it is already one line
 * (src/coolify/api-error.ts).
 */
export function terminalBlock(text: string): string {
  return clean(text.replace(/\r\n/g, '\n'));
}

/**
 * One line of an application's or a deployment's log for a terminal: whole escape sequences
 * (colours, cursor moves, OSC 8 links, title changes) are dropped, any other control or
 * invisible character becomes `\uXXXX`, so the line prints as text and on one line.
 */
export function logText(line: string): string {
  return oneLine(line.replace(ESCAPE_SEQUENCE, ''));
}

/**
 * Stops GitHub from turning text into a link or a mention: `@name` gets a zero-width space
 * after the `@` (as an entity, so the output holds no invisible character), `://` and `www.`
 * get a backslash so no autolink starts.
 */
function noLinks(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, '@&#8203;')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** Escapes text for HTML element content or attribute values (and, in a comment, mentions). */
export function escapeHtml(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@(?=[A-Za-z0-9_-])/g, '@&#8203;');
}

/**
 * A live string for Markdown prose (a list item, a table cell, a heading): `terminalText`, then
 * every Markdown special (`\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `#` `~` `!`), `&` (entities),
 * `@mentions` and autolinks are neutralised, so a name cannot format, link, ping or inject HTML.
 */
export function markdownText(text: string): string {
  return noLinks(oneLine(text).replace(/[\\`*_[\]<>|#~!&]/g, (ch) => (ch === '&' ? '&amp;' : `\\${ch}`)));
}

/** Escapes text for a Markdown table cell or list item (inline context): `markdownText`. */
export function escapeMarkdownInline(text: string): string {
  return markdownText(text);
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

/** True when the text holds a control, escape, bidi, separator or zero-width character. */
export function hasInvisible(text: string): boolean {
  return text.search(CONTROL) !== -1;
}

/**
 * A JSON text with no raw control, bidi, separator or zero-width character: each becomes its
 * `\uXXXX` escape, which JSON.parse reads back as the same character, so values stay faithful.
 * (JSON.stringify escapes only U+0000-001F; it leaves DEL, C1, U+2028 and U+202E raw.) The same
 * escape is valid inside a YAML double-quoted scalar (src/import/render.ts).
 */
export function jsonText(json: string): string {
  return json.replace(CONTROL, escapeChar);
}
