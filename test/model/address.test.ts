import { describe, expect, it } from 'vitest';
import {
  asAddress,
  environmentAddress,
  environmentOf,
  ownerOf,
  parentOf,
  reowned,
  replicaAddress,
  replicaIndexOf,
  matchesTarget,
  parseAddress,
  placedAddress,
  projectAddress,
  s3Address,
  subAddress,
} from '../../src/model/address.js';
import { addr } from '../helpers/address.js';

describe('addresses', () => {
  it.each([
    [projectAddress('ado'), { kind: 'project', name: 'ado' }],
    [environmentAddress('ado', 'production'), { kind: 'environment', name: 'production', parent: 'ado' }],
    [placedAddress('ado', 'production', 'application', 'api'), { kind: 'application', name: 'api', parent: 'ado/production' }],
    [placedAddress('ado', 'staging', 'database', 'pg'), { kind: 'database', name: 'pg', environment: 'staging' }],
    [subAddress(addr('ado/production/database/pg'), 'backup', 'daily'), { kind: 'backup', name: 'daily', parent: 'ado/production/database/pg' }],
    [subAddress(addr('ado/production/application/api'), 'scheduledTask', 'gc'), { kind: 'scheduledTask', name: 'gc' }],
    [s3Address('backups'), { kind: 's3Storage', name: 'backups' }],
  ])('parses %s', (address, expected) => {
    expect(parseAddress(address)).toMatchObject(expected);
  });

  it.each(['', 'a//b', 'a/b/c', 'a/b/widget/x', 'a/b/application/x#nope', 'a/b/application/x#backup/'])(
    'rejects malformed %j',
    (address) => {
      expect(parseAddress(address)).toBeUndefined();
    },
  );

  it.each([
    ['ado/production/application/api', 'ado/production', true],
    ['ado/production/application/api', 'ado/production/application/api', true],
    ['ado/production/application/api#task/x', 'ado/production/application/api', true],
    ['ado/production/application/api2', 'ado/production/application/api', false],
    ['ado/staging/application/api', 'ado/*/application/api', true],
    ['ado/staging/database/pg', 'ado/*/application/*', false],
  ])('target %s by %s is %s', (address, target, expected) => {
    expect(matchesTarget(address, target)).toBe(expected);
  });

  it('checks text from users before it becomes an address', () => {
    expect(asAddress('ado/production/application/api')).toBe('ado/production/application/api');
    expect(asAddress('ado/production/application/api#storage/data')).toBe('ado/production/application/api#storage/data');
    for (const bad of ['', 'ado//x', 'ado/production/widget/x', 'ado/production/application/api#nope/x']) expect(asAddress(bad)).toBeUndefined();
  });

  it('names the parent, environment and owner of an address', () => {
    const api = placedAddress('ado', 'production', 'application', 'api');
    const data = subAddress(api, 'storage', 'data');
    expect(parentOf(data)).toBe(api);
    expect(parentOf(api)).toBe('ado/production');
    expect(parentOf(environmentAddress('ado', 'production'))).toBe('ado');
    expect(parentOf(projectAddress('ado'))).toBeUndefined();
    expect(environmentOf(data)).toBe('ado/production');
    expect(environmentOf(environmentAddress('ado', 'staging'))).toBe('ado/staging');
    expect(environmentOf(projectAddress('ado'))).toBeUndefined();
    expect(environmentOf(s3Address('b'))).toBeUndefined();
    expect(ownerOf(data)).toBe(api);
    expect(ownerOf(api)).toBe(api);
    expect(reowned(data, replicaAddress(api, 2))).toBe('ado/production/application/api-2#storage/data');
    expect(reowned(api, replicaAddress(api, 2))).toBe('ado/production/application/api-2');
  });

  it('has one rule for replica instance names', () => {
    const web = placedAddress('p', 'e', 'application', 'web');
    expect(replicaAddress(web, 3)).toBe(placedAddress('p', 'e', 'application', 'web-3'));
    expect(replicaIndexOf(web, web)).toBe(0);
    expect(replicaIndexOf(web, replicaAddress(web, 3))).toBe(3);
    expect(replicaIndexOf(web, placedAddress('p', 'e', 'application', 'web-db'))).toBeUndefined();
    expect(replicaIndexOf(web, placedAddress('p', 'e', 'application', 'web-03'))).toBeUndefined();
  });
});
