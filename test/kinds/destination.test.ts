/** The destination table, lowering and the reader's server names (src/kinds/destination.ts, raw-reader.ts). */
import { describe, expect, it } from 'vitest';
import { DESTINATION_SPEC, lowerDestination } from '../../src/kinds/destination.js';
import { listTeamKind } from '../../src/kinds/raw-reader.js';
import type { RawReaderClient } from '../../src/kinds/raw-client.js';

describe('destinations', () => {
  it('lower to dn/NAME with the server by name; only the name is patchable', () => {
    expect(lowerDestination('edge', { server: 'main', network: 'edge-net' })).toMatchObject({ address: 'dn/edge', kind: 'destination', protect: false, fields: { name: 'edge', network: 'edge-net', server: 'main' } });
    const byPath = Object.fromEntries(DESTINATION_SPEC.fields.map((f) => [f.path, f]));
    expect(byPath['network']).toMatchObject({ effect: 'replace', patchable: false });
    expect(byPath['server']).toMatchObject({ effect: 'replace', patchable: false, creatable: false });
  });

  it('a server\'s default network is Coolify\'s own, others are the section\'s', () => {
    const own = DESTINATION_SPEC.team!.markerless!.coolifyOwn!;
    expect([own({ network: 'coolify' }), own({ network: 'coolify-overlay' }), own({ network: 'edge' })]).toEqual([true, true, false]);
  });

  it('the reader names each record\'s server and leaves out the default networks', async () => {
    const client = {
      send: async () => [
        { uuid: 'd1', name: 'coolify', network: 'coolify', server_uuid: 's1' },
        { uuid: 'd2', name: 'edge', network: 'edge', server_uuid: 's2' },
        { uuid: 'd3', name: 'lost', network: 'lost', server_uuid: 'gone' },
      ],
      servers: { list: async () => [{ uuid: 's1', name: 'main' }, { uuid: 's2', name: 'edge-server' }] },
    } as unknown as RawReaderClient; // only send and servers.list are called
    expect(await listTeamKind(client, 'destination')).toEqual([
      { uuid: 'd2', name: 'edge', network: 'edge', server_uuid: 's2', server: 'edge-server' },
      // a server the list does not have: its uuid stands in
      { uuid: 'd3', name: 'lost', network: 'lost', server_uuid: 'gone', server: 'gone' },
    ]);
  });
});
