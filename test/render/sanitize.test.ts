import { describe, expect, it } from 'vitest';
import { clean, escapeMarkdownInline, oneLine } from '../../src/render/sanitize.js';

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
