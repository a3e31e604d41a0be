import { describe, expect, it } from 'vitest';
import { parseManifestText } from '../../src/manifest/parse.js';

const FILE = 'm.yaml';

function summary(text: string): string[] {
  return parseManifestText(text, FILE).diagnostics.map((d) => `${d.source?.line}:${d.source?.col} ${d.code} ${d.severity}`);
}

describe('parseManifestText', () => {
  it.each([
    ['empty file', '', ['1:1 ADO004 error']],
    ['only comments', '# nothing here\n', ['1:1 ADO004 error']],
    ['list root', '- a\n- b\n', ['1:1 ADO005 error']],
    ['scalar root', 'hello\n', ['1:1 ADO005 error']],
    ['duplicate key', 'a: 1\nb: 2\na: 3\n', ['3:1 ADO003 error']],
    ['tab indentation', 'a:\n\tb: 1\n', ['2:1 ADO002 error']],
    ['unterminated quote', 'a: "x\nb: 1\n', ['3:1 ADO001 error']],
    ['two documents', 'a: 1\n---\nb: 2\n', ['2:1 ADO006 error']],
    ['valid mapping', 'a: 1\n', []],
  ])('%s', (_name, text, expected) => {
    const got = summary(text);
    // the first diagnostic is the one that matters; the parser may add follow-ups
    expect(got.slice(0, expected.length)).toEqual(expected);
    if (expected.length === 0) expect(got).toEqual([]);
  });

  it('returns no document when there are errors', () => {
    expect(parseManifestText('a: 1\na: 2\n', FILE).doc).toBeUndefined();
  });

  it('unknown alias is an error, not a throw', () => {
    const r = parseManifestText('a: *nope\n', FILE);
    expect(r.doc).toBeUndefined();
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('records key and value positions by JSON pointer', () => {
    const text = 'projects:\n  ado:\n    environments:\n      production:\n        description: hi\nlist:\n  - x\n  - y\n';
    const { sourceMap, doc } = parseManifestText(text, FILE);
    expect(doc).toEqual({ projects: { ado: { environments: { production: { description: 'hi' } } } }, list: ['x', 'y'] });
    expect(sourceMap.keyLocation('/projects/ado/environments/production/description')).toEqual({ file: FILE, line: 5, col: 9 });
    expect(sourceMap.valueLocation('/projects/ado/environments/production/description')).toEqual({ file: FILE, line: 5, col: 22 });
    expect(sourceMap.valueLocation('/list/1')).toEqual({ file: FILE, line: 8, col: 5 });
    // a missing child lands on its nearest ancestor
    expect(sourceMap.locate('/projects/ado/nothing')).toEqual({ file: FILE, line: 2, col: 3 });
  });

  it('escapes `/` and `~` in keys', () => {
    const { sourceMap } = parseManifestText('"a/b": 1\n"c~d": 2\n', FILE);
    expect(sourceMap.keyLocation('/a~1b')?.line).toBe(1);
    expect(sourceMap.keyLocation('/c~0d')?.line).toBe(2);
  });

  it('follows anchors, aliases and merge keys', () => {
    const text = 'base: &b\n  image: x\n  port: 1\nuse:\n  <<: *b\n  port: 2\ncopy: *b\n';
    const { doc, sourceMap, diagnostics } = parseManifestText(text, FILE);
    expect(diagnostics).toEqual([]);
    expect(doc).toEqual({ base: { image: 'x', port: 1 }, use: { image: 'x', port: 2 }, copy: { image: 'x', port: 1 } });
    expect(sourceMap.keyLocation('/use/port')?.line).toBe(6);
    expect(sourceMap.keyLocation('/use/image')?.line).toBe(2);
    expect(sourceMap.valueLocation('/copy')?.line).toBe(7);
    expect(sourceMap.keyLocation('/copy/image')?.line).toBe(2);
  });

  it('knows which scalars were written unquoted', () => {
    const { sourceMap } = parseManifestText('p: ${vars.X}\nq: "${vars.X}"\nr: \'1\'\n', FILE);
    expect(sourceMap.isPlain('/p')).toBe(true);
    expect(sourceMap.isPlain('/q')).toBe(false);
    expect(sourceMap.isPlain('/r')).toBe(false);
  });

  it('survives an alias bomb', () => {
    const text = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const r = parseManifestText(text, FILE);
    expect(r.doc).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('ADO007');
  });
});
