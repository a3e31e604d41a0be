import { describe, expect, it } from 'vitest';
import { escapeManifestString, finalizeManifestValues, looksSecret, renderSecretsDotenv, SecretBook } from '../../src/import/secrets.js';
import { parseDotenv } from '../../src/manifest/dotenv.js';

describe('import secrets', () => {
  it('gives unique placeholders and keeps values only in the book', () => {
    const book = new SecretBook();
    const a = book.add(['api', 'TOKEN'], 'x env.TOKEN', 'v1');
    const b = book.add(['api', 'TOKEN'], 'y env.TOKEN', undefined);
    expect([a.name, b.name]).toEqual(['API_TOKEN', 'API_TOKEN_2']);
    const out = finalizeManifestValues({ env: { TOKEN: a, PLAIN: 'a ${b}', N: 3, gone: undefined } });
    expect(out).toEqual({ env: { TOKEN: '${secrets.API_TOKEN}', PLAIN: 'a $${b}', N: 3 } });
    expect(book.list().map((s) => s.name)).toEqual(['API_TOKEN', 'API_TOKEN_2']);
  });

  it('escapes literal interpolations', () => {
    expect(escapeManifestString('${A} and $${B} and $C')).toBe('$${A} and $$${B} and $C');
  });

  it('recognises secret-looking keys', () => {
    expect(looksSecret('JWT_SECRET')).toBe(true);
    expect(looksSecret('STRIPE_API_KEY')).toBe(true);
    expect(looksSecret('NODE_ENV')).toBe(false);
  });

  it('writes a dotenv file the --secrets-file parser reads back exactly', () => {
    const tricky = 'multi\nline "quoted" \\ back\tslash # not a comment $HOME';
    const text = renderSecretsDotenv([
      { name: 'A', where: 'x', value: tricky },
      { name: 'B', where: 'y' },
      { name: 'C', where: 'z', value: '' },
    ]);
    const parsed = parseDotenv(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.values).toEqual({ A: tricky, C: '' });
    expect(text).toContain('# B= (not readable');
  });
});
