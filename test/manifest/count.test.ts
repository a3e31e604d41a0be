/** countResources: every declared resource, the whole-instance kinds and an application's extra networks included. */
import { describe, expect, it } from 'vitest';
import { countResources } from '../../src/manifest/count.js';

describe('countResources', () => {
  it('counts team-wide entries (cloud tokens, destinations) and extra networks as resources', () => {
    const doc = {
      version: 1,
      cloudTokens: { hetzner: { provider: 'hetzner', token: '${secrets.T}' } },
      destinations: { edge: { server: 'edge', network: 'edge' }, other: { server: 'edge', network: 'other' } },
      projects: { shop: { environments: { production: { applications: { api: { image: 'x', networks: ['edge', 'other'] } } } } } },
    };
    // 1 token + 2 destinations + project + environment + application + 2 networks
    expect(countResources(doc)).toBe(8);
    expect(countResources({ version: 1, projects: {} })).toBe(0);
  });
});
