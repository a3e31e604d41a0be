import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { checkIgnoreRules } from '../../src/cli/ignore-rules.js';
import { parseIgnoreRule } from '../../src/engine/drift.js';
import { addr } from '../helpers/address.js';

/** Audit m3: typos in names are errors with a did-you-mean, never silently accepted. */
const dir = mkdtempSync(join(tmpdir(), 'ado-typos-'));
const file = join(dir, 'm.yaml');
writeFileSync(
  file,
  [
    'version: 1',
    'defaults: { server: main }',
    'vars: { VERSION: "1.4.0" }',
    'projects:',
    '  shop:',
    '    environments:',
    '      production:',
    '        applications:',
    '          web: { image: "nginx:${vars.VERSION}", ports: [80], env: { REGION: "${vars.REGION}" } }',
    '',
  ].join('\n'),
);

describe('--var names (audit m3)', () => {
  it('an undeclared, unused --var is ADO206 with a did-you-mean', async () => {
    const loaded = await loadManifest(file, { vars: { VERSON: '1.5.0', REGION: 'eu' }, env: {} });
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'ADO206', message: expect.stringContaining('`--var VERSON`'), hint: 'did you mean `VERSION`?' });
    expect(errors[0]?.source?.line).toBe(3);
  });

  it('a declared --var, or one the manifest uses without declaring, is fine', async () => {
    const loaded = await loadManifest(file, { vars: { VERSION: '1.5.0', REGION: 'eu' }, env: {} });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('drift --ignore rules (audit m3)', () => {
  const resources = [
    { address: addr('shop/production/application/storefront'), kind: 'application' as const },
    { address: addr('shop/production/database/db'), kind: 'database' as const },
  ];
  const check = (text: string) => () => checkIgnoreRules([parseIgnoreRule(text)], resources);

  it.each([
    'shop/production/application/storefront.env.X',
    'shop/production/application/storefront.limits.memory',
    'shop/production/application/storefront.healthCheck',
    'shop/production/application/storefront.health_check_path',
    'shop/*/application/*.env.*',
    'shop/production/database/db.image',
  ])('accepts %s', (text) => {
    expect(check(text)).not.toThrow();
  });

  it('refuses a field that is not one, with a did-you-mean', () => {
    expect(check('shop/production/application/storefront.envv.X')).toThrow(
      expect.objectContaining({ code: 'ADO010', message: expect.stringContaining('`envv.X` is not a field of shop/production/application/storefront') }),
    );
    expect(check('shop/production/application/storefront.limits.memroy')).toThrow(expect.objectContaining({ hint: 'did you mean `limits.memory`?' }));
  });

  it('refuses an address that matches no resource, with a did-you-mean', () => {
    expect(check('shop/production/application/storfront.image')).toThrow(
      expect.objectContaining({ code: 'ADO010', hint: 'did you mean `shop/production/application/storefront`?' }),
    );
  });
});
