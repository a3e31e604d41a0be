import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkVersion, inferCanReadSensitive } from '../../src/coolify/capabilities.js';
import { api, lockNetwork, testClient } from './helpers.js';

beforeAll(lockNetwork);
afterEach(() => {
  nock.cleanAll();
});

describe('versions', () => {
  it.each([
    ['4.3.11', true, '4.3.11'],
    ['4.3.20', true, '4.3.11'],
    ['4.3.23', true, '4.3.23'],
    ['4.4.2', true, '4.4.2'],
    ['4.9.0', true, '4.4.2'],
    ['4.3.10', false, undefined],
    ['4.0.0-beta.400', false, undefined],
    ['4.0.0', false, undefined],
    ['3.12.36', false, undefined],
    ['5.0.0', false, undefined],
    ['5.0.0-beta.1', false, undefined],
    ['garbage', false, undefined],
  ])('checkVersion(%s) supported=%s, release table %s', (v, ok, release) => {
    const r = checkVersion(v);
    expect(r.supported).toBe(ok);
    expect(r.release).toBe(release);
    expect(r.message).toContain('>=4.3.11 <5.0.0');
  });

  it('refuses a release older than 4.3.11 naming the version and the minimum', () => {
    expect(checkVersion('4.2.0').message).toMatch(/Coolify 4\.2\.0 is older than 4\.3\.11, the oldest release ado-coolify supports/);
  });

  it('warns above the newest known release', () => {
    expect(checkVersion('4.5.1').warning).toMatch(/newer than 4\.4\.2/);
    expect(checkVersion('4.4.2').warning).toBeUndefined();
  });
});

describe('inferCanReadSensitive', () => {
  it('databases: the password key is present only with read:sensitive', () => {
    expect(inferCanReadSensitive([{ uuid: 'a', database_type: 'standalone-postgresql', postgres_user: 'u', postgres_password: 'p' }])).toBe(true);
    expect(inferCanReadSensitive([{ uuid: 'a', database_type: 'standalone-postgresql', postgres_user: 'u' }])).toBe(false);
    expect(inferCanReadSensitive([{ uuid: 'a', database_type: 'standalone-redis', redis_password: null }])).toBe(true);
  });

  it('applications, s3 storages and env vars', () => {
    expect(inferCanReadSensitive([{ uuid: 'a', build_pack: 'nixpacks', fqdn: null, custom_labels: null }])).toBe(true);
    expect(inferCanReadSensitive([{ uuid: 'a', build_pack: 'nixpacks', fqdn: null }])).toBe(false);
    expect(inferCanReadSensitive([{ uuid: 's', bucket: 'b', endpoint: 'e' }])).toBe(false);
    expect(inferCanReadSensitive([{ uuid: 'e', key: 'K', is_literal: false, is_shown_once: false, value: 'v' }])).toBe(true);
    // is_shown_once values are hidden even for root: not evidence either way.
    expect(inferCanReadSensitive([{ uuid: 'e', key: 'K', is_literal: false, is_shown_once: true }])).toBeUndefined();
  });

  it('undefined when nothing is conclusive; true wins', () => {
    expect(inferCanReadSensitive([])).toBeUndefined();
    expect(inferCanReadSensitive([{ uuid: 'p', name: 'project' }])).toBeUndefined();
    expect(
      inferCanReadSensitive([
        { uuid: 'e', key: 'K', is_literal: false, is_shown_once: false },
        { uuid: 'a', database_type: 'standalone-mysql', mysql_password: 'x' },
      ]),
    ).toBe(true);
  });
});

describe('client.capabilities()', () => {
  it('reads the version and probes /databases', async () => {
    api()
      .get('/api/v1/version').reply(200, '4.3.11')
      .get('/api/v1/databases').reply(200, [{ uuid: 'd', database_type: 'standalone-postgresql', postgres_user: 'u' }]);
    const { client } = testClient();
    expect(await client.capabilities()).toEqual(expect.objectContaining({ version: '4.3.11', supported: true, canReadSensitive: false }));
  });

  it('falls through to s3 storages and applications; undefined when empty', async () => {
    api()
      .get('/api/v1/version').reply(200, '4.3.11')
      .get('/api/v1/databases').reply(200, [])
      .get('/api/v1/s3-storages').reply(200, [])
      .get('/api/v1/applications').reply(200, []);
    const { client } = testClient();
    const caps = await client.capabilities();
    expect(caps.canReadSensitive).toBeUndefined();
    expect(client.stats().total).toBe(4);
  });

  it('uses given records without extra calls', async () => {
    api().get('/api/v1/version').reply(200, '4.0.0-beta.300');
    const { client } = testClient();
    const caps = await client.capabilities({ records: [{ uuid: 's', bucket: 'b', endpoint: 'e', key: 'k', secret: 's' }] });
    expect(caps).toEqual(expect.objectContaining({ supported: false, canReadSensitive: true }));
    expect(client.stats().total).toBe(1);
  });
});
