import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/manifest/dotenv.js';

describe('parseDotenv', () => {
  it.each([
    ['A=1', { A: '1' }],
    ['export A=1', { A: '1' }],
    ['# comment\n\nA=1 # trailing', { A: '1' }],
    ["A='x # y'", { A: 'x # y' }],
    ['A="line\\nnext \\"q\\""', { A: 'line\nnext "q"' }],
    ['A="multi\nline"', { A: 'multi\nline' }],
    ['A=a=b', { A: 'a=b' }],
    ['A=1\nA=2', { A: '2' }],
    ['A=', { A: '' }],
  ])('%j', (text, values) => {
    const r = parseDotenv(text);
    expect(r.values).toEqual(values);
    expect(r.problems).toEqual([]);
  });

  it.each([['no equals sign'], ['1BAD=x'], ["A='open"], ['A="open']])('reports %j without its value', (text) => {
    const r = parseDotenv(`${text}\n`);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.line).toBe(1);
    expect(r.problems[0]!.message).not.toContain('open');
  });
});
