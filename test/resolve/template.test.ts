import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/resolve/template.js';

describe('parseTemplate', () => {
  it.each([
    ['plain', 'hello', [{ kind: 'text', text: 'hello' }], 0],
    ['var', 'v${vars.X}', [{ kind: 'text', text: 'v' }, { kind: 'value', namespace: 'vars', name: 'X', raw: '${vars.X}' }], 0],
    ['escape', 'a$${b}', [{ kind: 'text', text: 'a${b}' }], 0],
    ['secret', '${secrets.JWT}', [{ kind: 'value', namespace: 'secrets', name: 'JWT', raw: '${secrets.JWT}' }], 0],
    [
      'ref with dashes',
      '${applications.api-gateway.host}',
      [{ kind: 'ref', namespace: 'applications', name: 'api-gateway', attr: 'host', raw: '${applications.api-gateway.host}' }],
      0,
    ],
    ['unterminated', 'x${vars.A', [{ kind: 'text', text: 'x${vars.A' }], 1],
    ['unknown namespace', '${foo.bar}', [{ kind: 'text', text: '${foo.bar}' }], 1],
    ['ref without attr', '${databases.pg}', [{ kind: 'text', text: '${databases.pg}' }], 1],
    ['shell var is an error by default', '${HOME}', [{ kind: 'text', text: '${HOME}' }], 1],
  ])('%s', (_n, input, tokens, problems) => {
    const r = parseTemplate(input);
    expect(r.tokens).toEqual(tokens);
    expect(r.problems).toHaveLength(problems);
  });

  it('keeps shell variables literally in lenient mode', () => {
    const r = parseTemplate('echo ${HOME} ${PG_USER:-x} ${vars.A}', true);
    expect(r.problems).toEqual([]);
    expect(r.tokens[0]).toEqual({ kind: 'text', text: 'echo ${HOME} ${PG_USER:-x} ' });
    expect(r.tokens[1]).toMatchObject({ kind: 'value', namespace: 'vars', name: 'A' });
  });
});
