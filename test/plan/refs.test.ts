import { describe, expect, it } from 'vitest';
import { createRefLookup } from '../../src/plan/refs.js';
import { sampleDesired } from './fixtures.js';
import { convergedLive, fakeUuid } from '../kinds/simulate-coolify.js';
import { addr } from '../helpers/address.js';

describe('createRefLookup', () => {
  const desired = sampleDesired();
  const PG = addr('ado/production/database/postgres');
  it.each([
    ['host', fakeUuid(PG)],
    ['port', '5432'],
    ['user', 'ado'],
    ['database', 'ado'],
    ['password', 'CANARY-SECRET-42-pg'],
    ['internalUrl', `postgres://u:CANARY-SECRET-42-pg@${fakeUuid(PG)}:5432/db`],
  ] as const)('database %s', (attr, expected) => {
    expect(createRefLookup(convergedLive(desired, true), desired)({ ref: PG, attr })).toBe(expected);
  });

  it('application url is the first https domain; replicas resolve to the first; missing targets are unknown', () => {
    const live = convergedLive(desired, true);
    const lookup = createRefLookup(live, desired);
    expect(lookup({ ref: addr('ado/production/application/api-gateway'), attr: 'url' })).toBe('https://api.ado.example.com');
    expect(lookup({ ref: addr('ado/production/application/worker'), attr: 'uuid' })).toBe(fakeUuid('ado/production/application/worker-1'));
    expect(lookup({ ref: addr('ado/production/database/nope'), attr: 'host' })).toBeUndefined();
    expect(createRefLookup(convergedLive(desired, false), desired)({ ref: PG, attr: 'internalUrl' })).toBeUndefined();
    expect(createRefLookup(convergedLive(desired, false), desired)({ ref: addr('ado/production/database/redis'), attr: 'port' })).toBe('6379');
  });
});
