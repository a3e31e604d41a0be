import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean, escapeHtml, escapeMarkdownInline, hasInvisible, inlineCode, jsonText, logText, markdownText, oneLine, terminalBlock, terminalText } from '../../src/render/sanitize.js';

/** Every character a reader cannot see or that moves text around (audit M4, m5). */
const HOSTILE: Array<[string, string]> = [
  ['ESC (ANSI colour)', '\u001b[31m'],
  ['OSC 8 hyperlink', '\u001b]8;;https://evil.example\u0007'],
  ['C1 CSI', '\u009b'],
  ['right-to-left override', '\u202e'],
  ['left-to-right embedding', '\u202a'],
  ['pop directional formatting', '\u202c'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
  ['right-to-left mark', '\u200f'],
  ['Arabic letter mark', '\u061c'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['zero-width space', '\u200b'],
  ['zero-width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['byte order mark', '\ufeff'],
  ['soft hyphen', '\u00ad'],
];

describe('sanitiser', () => {
  it.each(HOSTILE)('%s is shown as an escape, never passed through', (_what, ch) => {
    for (const f of [clean, oneLine, escapeMarkdownInline]) {
      const out = f(`web${ch}app`);
      expect(out).not.toContain(ch);
      expect(out).toMatch(/^web.*\\u[0-9a-f]{4}.*app$/);
    }
  });

  it('ordinary text, accents, CJK and emoji stay as they are', () => {
    for (const s of ['api-gateway', 'Café Müller', '東京', 'déploiement 🚀', 'tab\there']) expect(clean(s)).toBe(s);
  });
});

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
const ESC = '\u001b';
/** Strings built from the characters that matter most: controls, bidi, separators, Markdown. */
const hostileChar = fc.constantFrom(ESC, '\u0007', '\u009b', '\u009d', '\r', '\n', '\t', '\u202e', '\u2066', '\u2028', '\u2029', '\u200b', '\ufeff', '[', ']', '(', ')', '<', '>', '&', '@', '`', '#', '|', '*', '_', '!', 'a', 'Z', '0', ' ', ':', '/', '.', 'é', '東');
const hostile = fc.oneof(fc.string({ unit: hostileChar, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

describe('sanitiser properties (issue 14 M4, m5)', () => {
  it('terminalText and logText: never a raw control, bidi, separator or zero-width character, never a newline', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        for (const out of [terminalText(s), logText(s)]) {
          expect(out).not.toMatch(RAW);
          expect(out).not.toContain('\n');
        }
      }),
    );
  });

  it('terminalBlock keeps newlines and tabs, nothing else raw', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = terminalBlock(s);
        expect(out).not.toMatch(RAW);
        expect(out.split('\n').length).toBe(s.replace(/\r\n/g, '\n').split('\n').length);
      }),
    );
  });

  it('jsonText: no raw character, and JSON.parse gives back the same value', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 20 })), (s) => {
        const text = jsonText(JSON.stringify({ s, list: [s] }));
        expect(text).not.toMatch(RAW);
        expect(JSON.parse(text)).toEqual({ s, list: [s] });
      }),
    );
  });

  it('markdownText: no raw character, no live link, HTML tag, mention, autolink, heading or table cell break', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = markdownText(s);
        expect(out).not.toMatch(RAW);
        expect(out).not.toContain('\n');
        expect(out).not.toMatch(/(?<!\\)[<>`|[\]]/);
        expect(out).not.toMatch(/@(?!&#8203;)[A-Za-z0-9_-]/);
        expect(out).not.toMatch(/(?<!\\):\/\//);
        expect(out).not.toMatch(/^#/);
        expect(out).not.toMatch(/&(?!amp;|#8203;)/);
      }),
    );
  });

  it('escapeHtml and inlineCode: no raw character, one line', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        for (const out of [escapeHtml(s), inlineCode(s)]) {
          expect(out).not.toMatch(RAW);
          expect(out).not.toContain('\n');
        }
        expect(escapeHtml(s)).not.toMatch(/[<>"]|&(?!amp;|lt;|gt;|quot;|#8203;)/);
      }),
    );
  });

  it.each([
    ['ANSI colour', `${ESC}[31mred${ESC}[0m`, 'red'],
    ['clear screen and home', `${ESC}[2J${ESC}[Hx`, 'x'],
    ['OSC 8 hyperlink (BEL)', `${ESC}]8;;http://evil${'\u0007'}click${ESC}]8;;\u0007`, 'click'],
    ['OSC 8 hyperlink (ST)', `${ESC}]8;;http://evil${ESC}\\click${ESC}]8;;${ESC}\\`, 'click'],
    ['window title', `${ESC}]0;pwned\u0007text`, 'text'],
    ['C1 CSI', '\u009b31mred', 'red'],
    ['two-character ESC', `${ESC}cafter`, 'after'],
    ['bidi override stays visible', 'a\u202eb', 'a\\u202eb'],
  ])('logText drops %s as a whole', (_what, line, expected) => {
    expect(logText(line)).toBe(expected);
  });

  it.each([
    ['a Markdown link', '[x](http://evil.example)', '\\[x\\](http\\://evil.example)'],
    ['an image tag', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a mention', '@octocat and @org/team', '@&#8203;octocat and @&#8203;org/team'],
    ['an entity', '&#x202e;', '&amp;\\#x202e;'],
    ['a heading', '## injected', '\\#\\# injected'],
    ['a table cell break', 'a | b', 'a \\| b'],
    ['a code span', '`x`', '\\`x\\`'],
    ['a bare autolink', 'see www.evil.example', 'see www\\.evil.example'],
  ])('markdownText neutralises %s', (_what, input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  it('terminalText shows what was hidden, as \\uXXXX (replaced, never silently dropped)', () => {
    expect(terminalText(`ok${ESC}[31m\u202e\u2028\n\tend`)).toBe('ok\\u001b[31m\\u202e\\u2028\\n\\tend');
    expect(hasInvisible('plain')).toBe(false);
    expect(hasInvisible('a\u200bb')).toBe(true);
  });
});
