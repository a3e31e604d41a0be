import { describe, expect, it } from 'vitest';
import { readPolicies, type PolicySource } from '../../src/policy/config.js';
import { policyFileSource } from '../../src/policy/sources.js';

const at = (data: unknown, origin = 'policy.yaml'): PolicySource => ({ data, origin, locate: (p) => ({ file: origin, line: p.length + 1, col: 1 }) });

describe('policy configuration (issue 18)', () => {
  const bad: Array<[string, unknown, RegExp, RegExp?]> = [
    ['an unknown rule, with a did-you-mean', { rules: { pinnedImage: 'error' } }, /unknown rule `pinnedImage`/, /pinnedImages/],
    ['a level that is not error, warning or off', { rules: { healthCheck: 'fatal' } }, /level must be error, warning or off/],
    ['an unknown key', { rule: {} }, /unknown key `rule`/, /rules/],
    ['a custom rule without an expression', { custom: [{ name: 'x', message: 'm' }] }, /custom\.0\.expression: needs an expression/],
    ['a custom rule with an unknown key', { custom: [{ name: 'x', expression: 'true', message: 'm', when: 'x' }] }, /custom\.0\.when: unknown key/],
    ['a non-mapping policy', ['pinnedImages'], /must be a mapping/],
  ];
  for (const [name, data, message, hint] of bad) {
    it(`reports ${name} as ADO808, located`, () => {
      const { diagnostics } = readPolicies([at(data)]);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ code: 'ADO808', severity: 'error', source: { file: 'policy.yaml' } });
      expect(diagnostics[0]!.message).toMatch(message);
      if (hint) expect(diagnostics[0]!.hint).toMatch(hint);
    });
  }

  it('merges the file after the manifest: its levels win, its custom rules are added, off removes', () => {
    const { policy, diagnostics } = readPolicies([
      at({ rules: { healthCheck: 'error', pinnedImages: 'error' }, custom: [{ name: 'a', expression: 'true', message: 'm' }] }, 'manifest'),
      at({ rules: { healthCheck: 'warning', pinnedImages: 'off' }, custom: [{ name: 'b', expression: 'true', message: 'm', level: 'warning' }] }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(policy.rules).toEqual({ healthCheck: 'warning' });
    expect(policy.custom.map((c) => [c.name, c.level, c.origin])).toEqual([['a', 'error', 'manifest'], ['b', 'warning', 'policy.yaml']]);
  });

  it('a policy file with a YAML error names the file and the line', () => {
    const { source, diagnostics } = policyFileSource('rules:\n  healthCheck: error\n  healthCheck: warning\n', 'p.yaml');
    expect(source).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.source?.file, d.source?.line])).toEqual([['ADO808', 'p.yaml', 3]]);
    expect(diagnostics[0]!.message).toMatch(/^policy file p\.yaml: /);
  });

  it('locates a problem in a policy file at its key', () => {
    const { source } = policyFileSource('rules:\n  pinnedImages: error\n  nope: error\n', 'p.yaml');
    const { diagnostics } = readPolicies([source!]);
    expect(diagnostics.map((d) => [d.code, d.source?.line])).toEqual([['ADO808', 3]]);
  });
});
