import { describe, expect, it } from 'vitest';
import { loadManifestSource } from '../../src/load/load-manifest.js';

const MANIFEST = (waves: { db?: number; api?: number; web?: number }, webRefsApi = false) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          db: { type: postgresql${waves.db !== undefined ? `, wave: ${waves.db}` : ''} }
        applications:
          api: { image: "nginx:1.27", ports: [80]${waves.api !== undefined ? `, wave: ${waves.api}` : ''} }
          web: { image: "nginx:1.27", ports: [80]${waves.web !== undefined ? `, wave: ${waves.web}` : ''}${webRefsApi ? ', env: { API: "${applications.api.host}" }' : ''} }
`;

const waveEdges = (text: string) =>
  loadManifestSource('m.yaml', text)
    .edges.filter((e) => e.reason === 'wave')
    .map((e) => `${e.from.split('/').pop()} → ${e.to.split('/').pop()}`)
    .sort();

describe('sync waves (issue 18)', () => {
  const cases: Array<[string, { db?: number; api?: number; web?: number }, string[]]> = [
    ['no wave anywhere adds nothing', {}, []],
    ['a later wave depends on every resource of each lower wave', { db: 0, api: 1, web: 2 }, ['api → db', 'web → api', 'web → db']],
    ['unset is wave 0, negative waves come first', { db: -1, web: 1 }, ['api → db', 'web → api', 'web → db']],
    ['one wave for all orders nothing among them', { db: 3, api: 3, web: 3 }, []],
  ];
  for (const [name, waves, edges] of cases) {
    it(name, () => {
      expect(waveEdges(MANIFEST(waves))).toEqual(edges);
    });
  }

  it('a reference against the waves is a located cycle (ADO301-range CYCLE)', () => {
    const loaded = loadManifestSource('m.yaml', MANIFEST({ api: 2, web: 1 }, true));
    const cycle = loaded.diagnostics.find((d) => d.message.includes('cycle'));
    expect(cycle?.message).toMatch(/(web|api) .*\(wave\)/);
    expect(cycle?.hint).toContain('waves');
  });

  it('a wave that is not an integer is a schema error', () => {
    const loaded = loadManifestSource('m.yaml', MANIFEST({}).replace('ports: [80] }', 'ports: [80], wave: 1.5 }'));
    expect(loaded.diagnostics.some((d) => d.severity === 'error' && d.message.includes('wave'))).toBe(true);
  });
});
