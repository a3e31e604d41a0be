import { describe, expect, it } from 'vitest';
import { newLines, splitLogLines } from '../../../src/day2/logs/follow.js';

describe('logs --follow', () => {
  it.each<[string[], string[], string[]]>([
    [[], ['a', 'b'], ['a', 'b']],
    [['a', 'b', 'c'], ['b', 'c', 'd'], ['d']],
    [['a', 'b'], ['a', 'b'], []],
    [['a', 'b'], ['x', 'y'], ['x', 'y']],
    [['a', 'a'], ['a', 'a', 'b'], ['b']],
  ])('%j then %j prints %j', (prev, next, want) => {
    expect(newLines(prev, next)).toEqual(want);
  });
  it('splits lines', () => expect(splitLogLines('a\r\nb\n')).toEqual(['a', 'b']));
});
