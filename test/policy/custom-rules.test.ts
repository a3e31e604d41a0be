import { describe, expect, it } from 'vitest';
import { policyOf } from './helpers.js';

const CANARY = 'CANARY-POLICY-SECRET-77';

/** A manifest with two apps (one using a secret) and the given custom rules (YAML flow list). */
function manifest(custom: string): string {
  return `version: 1
defaults: { server: main }
policy:
  custom: ${custom}
projects:
  shop:
    environments:
      production:
        applications:
          web: { image: "nginx:1.27.3", ports: [80], replicas: 3, env: { TOKEN: "\${secrets.TOKEN}" } }
          api: { image: "nginx:1.27.3", ports: [80] }
`;
}
const run = (custom: string) => policyOf(manifest(custom), { secrets: { TOKEN: CANARY } });

describe('custom policy rules in CEL (issue 18)', () => {
  it('a rule that holds gives nothing; one that fails names each resource, with its message and location', () => {
    const ok = run(`[{ name: fewReplicas, expression: '!has(resource.spec.replicas) || resource.spec.replicas <= 5', message: "runs too many replicas" }]`);
    expect(ok.diagnostics).toEqual([]);
    const bad = run(`[{ name: fewReplicas, expression: '!has(resource.spec.replicas) || resource.spec.replicas <= 2', message: "runs too many replicas", hint: "scale down" }]`);
    expect(bad.diagnostics).toEqual([
      expect.objectContaining({
        code: 'ADO807',
        severity: 'error',
        address: 'shop/production/application/web',
        message: 'shop/production/application/web runs too many replicas (policy rule fewReplicas)',
        hint: 'scale down',
      }),
    ]);
    expect(bad.diagnostics[0]!.source?.line).toBe(10);
  });

  it('sees the plan: the action of each resource and flags', () => {
    const r = run(`[{ name: noCreates, level: warning, expression: 'resource.action != "create" || flags.allowDestroy', message: "would be created" }]`);
    expect(r.diagnostics.map((d) => [d.severity, d.address])).toEqual([
      ['warning', 'shop/production/application/web'],
      ['warning', 'shop/production/application/api'],
    ]);
  });

  it('never sees a secret value: a secret is its ${secrets.NAME} text', () => {
    const r = run(`[{ name: noSecretText, expression: '!has(resource.spec.env) || !resource.spec.env.exists(k, resource.spec.env[k] == "${CANARY}")', message: "holds the secret" }]`);
    expect(r.diagnostics).toEqual([]);
    const sees = run(`[{ name: secretRef, expression: '!has(resource.spec.env) || resource.spec.env.TOKEN != "$\${secrets.TOKEN}"', message: "uses the TOKEN secret" }]`);
    expect(sees.diagnostics.map((d) => d.address)).toEqual(['shop/production/application/web']);
    expect(JSON.stringify(sees)).not.toContain(CANARY);
    // An unescaped `${secrets.TOKEN}` in a rule would be resolved (the secret inlined): refused.
    const inlined = run(`[{ name: inlined, expression: 'resource.spec.env.TOKEN != "\${secrets.TOKEN}"', message: "m" }]`);
    expect(inlined.diagnostics.map((d) => d.code)).toEqual(['ADO808']);
    expect(inlined.diagnostics[0]!.hint).toContain('$\${');
    expect(JSON.stringify(inlined)).not.toContain(CANARY);
  });

  const broken: Array<[string, string, RegExp]> = [
    ['does not parse', `'resource.kind ==' `, /expression cannot be used/],
    ['is not a boolean', `'resource.name'`, /gives string|gave string/],
    ['fails at run time on a missing field', `'resource.spec.healthCheck.path == "/"'`, /failed on shop\/production\/application\/web: No such key/],
  ];
  for (const [name, expression, message] of broken) {
    it(`a rule whose expression ${name} is one ADO808 error, not a crash`, () => {
      const r = run(`[{ name: broken, expression: ${expression}, message: "m" }]`);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['ADO808']);
      expect(r.diagnostics[0]!.message).toMatch(message);
      expect(r.diagnostics[0]!.hint).toBeTruthy();
    });
  }
});
