import { describe, expect, it } from 'vitest';
import {
  environmentAddress,
  matchesTarget,
  parseAddress,
  placedAddress,
  projectAddress,
  s3Address,
  subAddress,
} from '../../src/model/address.js';

describe('addresses', () => {
  it.each([
    [projectAddress('ado'), { kind: 'project', name: 'ado' }],
    [environmentAddress('ado', 'production'), { kind: 'environment', name: 'production', parent: 'ado' }],
    [placedAddress('ado', 'production', 'application', 'api'), { kind: 'application', name: 'api', parent: 'ado/production' }],
    [placedAddress('ado', 'staging', 'database', 'pg'), { kind: 'database', name: 'pg', environment: 'staging' }],
    [subAddress('ado/production/database/pg', 'backup', 'daily'), { kind: 'backup', name: 'daily', parent: 'ado/production/database/pg' }],
    [subAddress('ado/production/application/api', 'scheduledTask', 'gc'), { kind: 'scheduledTask', name: 'gc' }],
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
});
