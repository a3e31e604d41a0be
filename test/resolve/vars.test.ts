// Adversarial audit m2, m3 and m12: interpolation of names that are Object.prototype
// properties, and vars that use secrets, env and other vars.
import { describe, expect, it } from 'vitest';
import { loadManifestBytes } from '../../src/engine/manifest-file.js';
import { getAtPointer } from '../../src/manifest/pointer.js';
import { resolveVars } from '../../src/resolve/vars.js';

const APP = '/projects/shop/environments/production/applications/web';

/** A one-app manifest with the given vars and app lines (indented under the app). */
function manifest(vars: string, app: string): string {
  return [
    'version: 1',
    vars ? `vars:\n${vars.replace(/^/gm, '  ')}` : '',
    'projects:',
    '  shop:',
    '    environments:',
    '      production:',
    '        applications:',
    '          web:',
    /^image:/m.test(app) ? '' : '            image: "nginx:1.27"',
    app.replace(/^/gm, '            '),
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

async function load(text: string, opts: { env?: Record<string, string>; secrets?: Record<string, string> } = {}) {
  return loadManifestBytes('m.yaml', text, { env: opts.env ?? {}, ...(opts.secrets ? { secrets: opts.secrets } : {}) });
}

describe('names that are Object.prototype properties are unknown (m2, m3)', () => {
  it.each([
    ['${vars.constructor}', 'ADO206'],
    ['${vars.__proto__}', 'ADO206'],
    ['${vars.hasOwnProperty}', 'ADO206'],
    ['${vars.toString}', 'ADO206'],
    ['${env.constructor}', 'ADO205'],
    ['${env.toString}', 'ADO205'],
    ['${env.__proto__}', 'ADO205'],
    ['${secrets.constructor}', 'ADO204'],
    ['${secrets.hasOwnProperty}', 'ADO204'],
    ['${secrets.__proto__}', 'ADO204'],
  ])('%s gives %s at its line, never an internal error or a value', async (expr, code) => {
    const r = await load(manifest('A: "x"', `env:\n  E1: "${expr}"`), { secrets: { OTHER: 'v' } });
    const d = r.diagnostics.filter((x) => x.severity === 'error');
    expect(d.map((x) => x.code)).toEqual([code]);
    expect(d[0]!.source).toMatchObject({ file: 'm.yaml', line: 12 });
    expect(r.manifest).toBeDefined();
    expect(JSON.stringify(getAtPointer(r.manifest, `${APP}/env/E1`))).not.toContain('native code');
  });

  it('a real process.env keeps working, and its prototype stays out', async () => {
    const env = { ...process.env, ADO_TEST_HOME: '/h' } as Record<string, string>;
    const r = await load(manifest('', 'env:\n  H: "${env.ADO_TEST_HOME}"\n  C: "${env.constructor}"'), { env });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ADO205']);
    expect(getAtPointer(r.manifest, `${APP}/env/H`)).toBe('/h');
  });
});

describe('vars use secrets, env and other vars (m12)', () => {
  it('a var holding a secret stays a secret where it is used: never a literal ${…}', async () => {
    const r = await load(manifest('TAG: "${secrets.LEAKY}"', 'env:\n  K: "v-${vars.TAG}"'), { secrets: { LEAKY: 's3cr3t' } });
    expect(r.diagnostics).toEqual([]);
    expect(getAtPointer(r.manifest, `${APP}/env/K`)).toEqual({ $template: ['v-', { secret: 'LEAKY', value: 's3cr3t' }] });
  });

  it('a var holding a missing secret is reported where it is used', async () => {
    const r = await load(manifest('TAG: "${secrets.LEAKY}"', 'env:\n  K: "${vars.TAG}"'));
    expect(r.diagnostics.map((d) => [d.code, d.source?.line])).toEqual([['ADO204', 12]]);
  });

  it('vars use other vars and env, in any order, and the image gets the final text', async () => {
    const r = await load(manifest('IMG: "nginx:${vars.MAJOR}.${vars.MINOR}"\nMAJOR: "1"\nMINOR: "${env.MINOR}"', 'image: "${vars.IMG}"'), {
      env: { MINOR: '29' },
    });
    expect(r.diagnostics).toEqual([]);
    expect(getAtPointer(r.manifest, `${APP}/image`)).toBe('nginx:1.29');
  });

  it('a numeric var used for a port is still coerced', async () => {
    const r = await load(manifest('P: "${vars.Q}"\nQ: 8080', 'ports: ["${vars.P}"]'));
    expect(r.diagnostics).toEqual([]);
  });

  it('a cycle is one located ADO211 naming the cycle', async () => {
    const r = await load(manifest('A: "${vars.B}"\nB: "x${vars.A}"', 'image: "nginx:${vars.A}"'));
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['ADO211']);
    expect(errors[0]!.message).toContain('A → B → A');
    expect(errors[0]!.source).toMatchObject({ file: 'm.yaml', line: 4 });
  });

  it('a self-reference and an unknown var inside a var are located at the var', async () => {
    const r = await load(manifest('A: "${vars.A}"\nB: "${vars.NOPE}"', 'image: "nginx:1"'));
    expect(r.diagnostics.map((d) => [d.code, d.source?.line])).toEqual([
      ['ADO211', 3],
      ['ADO206', 4],
    ]);
  });

  it('--var overrides are taken literally', () => {
    const r = resolveVars({ manifestVars: { A: '${vars.B}', B: 'b' }, overrides: { A: '${vars.B}' }, env: {} });
    expect(r.diagnostics).toEqual([]);
    expect(r.values.get('A')).toEqual(['${vars.B}']);
  });

  it('vars named like Object.prototype properties work when declared', async () => {
    const r = await load(manifest('constructor: "1.27"', 'image: "nginx:${vars.constructor}"'));
    expect(r.diagnostics).toEqual([]);
    expect(getAtPointer(r.manifest, `${APP}/image`)).toBe('nginx:1.27');
  });
});
