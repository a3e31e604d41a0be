/**
 * The checks of `moved:` hints (ux-audit M1, ADO314-ADO317): each bad entry gives one located
 * error with a hint, and good entries give none. Through the whole manifest pipeline.
 */
import { describe, expect, it } from 'vitest';
import { loadManifestSource } from '../../src/load/load-manifest.js';
import { buildDesiredState } from '../../src/kinds/lower.js';

const manifest = (moved: string) => `version: 1
defaults: { server: main }
moved:
${moved}
projects:
  shop:
    environments:
      production:
        databases:
          pg: { type: postgresql }
        applications:
          shopweb: { image: nginx:1.27, ports: [80] }
          api: { image: nginx:1.27, ports: [80] }
          workers: { image: nginx:1.27, ports: [80], replicas: 2 }
      staging: {}
`;

const codesOf = (text: string) => loadManifestSource('m.yaml', text).diagnostics.filter((d) => /^ADO31[4-7]$/.test(d.code));

describe('moved: validation', () => {
  it.each([
    ['a rename to a declared app', '  - { from: shop/production/application/web, to: shop/production/application/shopweb }'],
    ['a move to another environment', '  - { from: shop/staging/application/shopweb, to: shop/production/application/shopweb }'],
    ['a database rename', '  - { from: shop/production/database/db, to: shop/production/database/pg }'],
    [
      'two independent renames',
      '  - { from: shop/production/application/web, to: shop/production/application/shopweb }\n  - { from: shop/production/application/old-api, to: shop/production/application/api }',
    ],
  ])('accepts %s', (_what, moved) => {
    expect(codesOf(manifest(moved))).toEqual([]);
  });

  it.each([
    ['a malformed from', '  - { from: shop/production/app/web, to: shop/production/application/shopweb }', 'ADO314', 'is not a resource address', 'project/environment/kind/name'],
    ['a malformed to', '  - { from: shop/production/application/web, to: shop/production/applications/shopweb }', 'ADO314', 'is not a resource address', 'project/environment/kind/name'],
    ['a project rename', '  - { from: old-shop, to: shop }', 'ADO314', 'a project cannot be renamed in place', 'databases, applications, services'],
    ['an environment rename', '  - { from: shop/prod, to: shop/production }', 'ADO314', 'an environment cannot be renamed in place', 'rename an environment in Coolify by hand'],
    ['a sub-resource rename', '  - { from: shop/production/application/shopweb#task/old, to: shop/production/application/shopweb#task/new }', 'ADO314', 'a scheduledTask cannot be renamed', 'applications'],
    ['two kinds', '  - { from: shop/production/database/web, to: shop/production/application/shopweb }', 'ADO314', 'is a database and', 'same kind'],
    ['from and to equal', '  - { from: shop/production/application/shopweb, to: shop/production/application/shopweb }', 'ADO314', 'are both', 'renames nothing'],
    ['a replica set', '  - { from: shop/production/application/jobs, to: shop/production/application/workers }', 'ADO314', 'is a replica set', 'one replica'],
    ['a typo in to', '  - { from: shop/production/application/web, to: shop/production/application/shopwbe }', 'ADO315', 'is not declared', 'did you mean `shop/production/application/shopweb`?'],
    ['an undeclared to', '  - { from: shop/production/application/web, to: zz/qq/application/x }', 'ADO315', 'is not declared', 'the new address of a declared application'],
    ['a declared from', '  - { from: shop/production/application/api, to: shop/production/application/shopweb }', 'ADO316', 'is still declared', 'old address'],
  ])('refuses %s', (_what, moved, code, message, hint) => {
    const found = codesOf(manifest(moved));
    expect(found.map((d) => d.code)).toEqual([code]);
    expect(found[0]!.message).toContain(message);
    expect(found[0]!.hint).toContain(hint);
    expect(found[0]!.source?.line).toBe(4);
  });

  it('refuses one old address renamed twice, two renamed to one, and chains', () => {
    const twice = codesOf(
      manifest('  - { from: shop/production/application/web, to: shop/production/application/shopweb }\n  - { from: shop/production/application/web, to: shop/production/application/api }'),
    );
    expect(twice.map((d) => [d.code, d.source?.line])).toEqual([['ADO317', 5]]);
    expect(twice[0]!.message).toContain('renamed twice');
    const onto = codesOf(
      manifest('  - { from: shop/production/application/web, to: shop/production/application/shopweb }\n  - { from: shop/production/application/www, to: shop/production/application/shopweb }'),
    );
    expect(onto.map((d) => d.code)).toEqual(['ADO317']);
    expect(onto[0]!.message).toContain('two resources are renamed to');
    const chain = codesOf(
      manifest('  - { from: shop/production/application/web, to: shop/production/application/www }\n  - { from: shop/production/application/www, to: shop/production/application/shopweb }'),
    );
    // `www` is the first entry's `to` (undeclared) and the second's `from`: a chain.
    expect(chain.map((d) => d.code).sort()).toEqual(['ADO315', 'ADO317']);
    expect(chain.find((d) => d.code === 'ADO317')!.message).toContain('chained renames are not followed');
  });

  it('refuses a moved: entry without to, through the schema', () => {
    const d = loadManifestSource('m.yaml', manifest('  - { from: shop/production/application/web }')).diagnostics;
    expect(d.map((x) => x.code)).toContain('ADO104');
  });

  it('hands the hints to the desired state', () => {
    const loaded = loadManifestSource('m.yaml', manifest('  - { from: shop/production/application/web, to: shop/production/application/shopweb }'));
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const desired = buildDesiredState(loaded.manifest!, loaded.edges);
    expect(desired.moved).toEqual([{ from: 'shop/production/application/web', to: 'shop/production/application/shopweb' }]);
  });
});
