import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/diagnostics/suggest.js';
import { formatGithub, formatHuman, formatJson } from '../../src/diagnostics/format.js';
import { sortDiagnostics } from '../../src/diagnostics/make.js';
import { schemaIssueToDiagnostic } from '../../src/schema/issue-diagnostics.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const loc = (line: number, col: number) => ({ file: 'm.yaml', line, col });

describe('suggestions', () => {
  it.each([
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['healthChek', 'healthCheck', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it.each([
    ['healthChek', ['healthCheck', 'image', 'env'], 'healthCheck'],
    ['Image', ['image', 'env'], 'image'],
    ['domian', ['domains', 'image'], 'domains'],
    ['zzzzzz', ['image', 'env'], undefined],
  ])('closestMatch(%s)', (input, candidates, expected) => {
    expect(closestMatch(input, candidates)).toBe(expected);
  });
});

describe('formats', () => {
  const diags: Diagnostic[] = [
    { severity: 'error', code: 'ADO101', message: 'unknown key `healthChek`', hint: 'did you mean `healthCheck`?', source: loc(3, 5) },
    { severity: 'warning', code: 'ADO310', message: 'literal, with: comma\nand newline 100%', source: loc(7, 1) },
  ];

  it('human: one line per diagnostic, hints, count line', () => {
    expect(formatHuman(diags, 'm.yaml')).toBe(
      'm.yaml:3:5  ADO101  unknown key `healthChek`\n  hint: did you mean `healthCheck`?\nm.yaml:7:1  ADO310  warning: literal, with: comma\nand newline 100%\n✗ 1 error, 1 warning\n',
    );
  });

  it('json: valid flag and counts', () => {
    const r = JSON.parse(formatJson(diags)) as { valid: boolean; errorCount: number; warningCount: number; diagnostics: unknown[] };
    expect([r.valid, r.errorCount, r.warningCount, r.diagnostics.length]).toEqual([false, 1, 1, 2]);
    expect(JSON.parse(formatJson([diags[1]!])).valid).toBe(true);
  });

  it('github: escaped workflow commands', () => {
    expect(formatGithub(diags, 'm.yaml')).toBe(
      '::error file=m.yaml,line=3,col=5,title=ADO101::unknown key `healthChek` (hint: did you mean `healthCheck`?)\n' +
        '::warning file=m.yaml,line=7,col=1,title=ADO310::literal, with: comma%0Aand newline 100%25\n',
    );
  });

  it('sorts by position, unpositioned first', () => {
    const a: Diagnostic = { severity: 'error', code: 'ADO201', message: 'b', source: loc(5, 1) };
    const b: Diagnostic = { severity: 'error', code: 'ADO102', message: 'a', source: loc(2, 9) };
    const c: Diagnostic = { severity: 'error', code: 'ADO008', message: 'c' };
    expect(sortDiagnostics([a, b, c]).map((d) => d.message)).toEqual(['c', 'a', 'b']);
  });
});

describe('schema issue conversion (with a fake allowedKeysAt)', () => {
  const doc = { projects: { ado: { environments: { prod: { applications: { web: { image: 'x', healthChek: {}, replicas: 'two' } } } } } } };
  const ctx = {
    doc,
    allowedKeysAt: () => ['image', 'healthCheck', 'replicas'],
    keyLocation: () => loc(1, 1),
    valueLocation: () => loc(1, 9),
  };
  const base = '/projects/ado/environments/prod/applications/web';
  it.each([
    [{ pointer: `${base}/healthChek`, keyword: 'additionalProperties', message: 'x', params: { additionalProperty: 'healthChek' }, schemaPath: '' }, 'ADO101', 'unknown key `healthChek` in application `web`', 'did you mean `healthCheck`?', 1],
    [{ pointer: `${base}/replicas`, keyword: 'type', message: 'must be an integer', params: { type: 'integer' }, schemaPath: '' }, 'ADO102', '`replicas` in application `web` must be an integer, found a string', undefined, 9],
    [{ pointer: base, keyword: 'required', message: 'x', params: { missingProperty: 'image' }, schemaPath: '' }, 'ADO104', 'missing required key `image` in application `web`', undefined, 1],
    [{ pointer: `${base}/image`, keyword: 'enum', message: 'x', params: { allowedValues: ['xa', 'y'] }, schemaPath: '' }, 'ADO103', '`image` must be one of `xa`, `y`; found `x`', 'did you mean `xa`?', 9],
  ])('%#', (issue, code, message, hint, col) => {
    const d = schemaIssueToDiagnostic(issue, ctx);
    expect([d.code, d.message, d.hint, d.source?.col]).toEqual([code, message, hint, col]);
  });
});
