/** The cloud token table and lowering (src/kinds/cloud-token.ts). */
import { describe, expect, it } from 'vitest';
import { CLOUD_TOKEN_NOTICE, CLOUD_TOKEN_SPEC, lowerCloudToken } from '../../src/kinds/cloud-token.js';

describe('cloud tokens', () => {
  it('are protected unless the entry says protect: false (they can buy servers)', () => {
    expect(lowerCloudToken('hz', { provider: 'hetzner', token: 't' })).toMatchObject({ address: 'ct/hz', kind: 'cloudToken', protect: true, fields: { name: 'hz', provider: 'hetzner', token: 't' } });
    expect(lowerCloudToken('hz', { provider: 'vultr', token: 't', protect: false }).protect).toBe(false);
  });

  it('change only the name in place; provider and token are replaces, the token a secret', () => {
    const byPath = Object.fromEntries(CLOUD_TOKEN_SPEC.fields.map((f) => [f.path, f]));
    expect(byPath['name']).toMatchObject({ effect: 'update' });
    expect(byPath['provider']).toMatchObject({ effect: 'replace', patchable: false });
    expect(byPath['token']).toMatchObject({ effect: 'replace', patchable: false, sensitive: true });
    expect(CLOUD_TOKEN_SPEC.planning?.notice).toBe(CLOUD_TOKEN_NOTICE);
    // no marker can be kept: the section governs, a dropped one stays protected
    expect(CLOUD_TOKEN_SPEC.team?.markerless).toEqual({ protectedWhenDropped: true });
  });

  it('import writes the provider and the token as a placeholder', () => {
    const seen: unknown[] = [];
    const entry = CLOUD_TOKEN_SPEC.team!.importEntry!({ name: 'hz', provider: 'digitalocean', token: 'live' }, (field, what, value) => {
      seen.push([field, what, value]);
      return '${secrets.X}';
    }, {});
    expect(entry).toEqual({ provider: 'digitalocean', token: '${secrets.X}' });
    expect(seen).toEqual([['token', 'provider API token', 'live']]);
  });
});
