/** findManifestApp: the application a day-2 command's name means, and what it says otherwise (ux-audit p9). */
import { describe, expect, it } from 'vitest';
import { findManifestApp, type ManifestApp } from '../../src/manifest/apps.js';
import { AdoError } from '../../src/errors.js';
import { addr } from '../helpers/address.js';

const app = (environment: string, name: string): ManifestApp =>
  ({ project: 'shop', environment, name, address: addr(`shop/${environment}/application/${name}`), spec: {} }) as unknown as ManifestApp;
const APPS = [app('production', 'web'), app('staging', 'web'), app('production', 'worker')];
const DECLARED = ['shop', 'shop/production', 'shop/production/application/web', 'shop/production/database/pg', 'shop/production/database/pg#backup/nightly', 'shop/staging/service/redis'];

function failure(f: () => unknown): AdoError {
  try {
    f();
  } catch (err) {
    return err as AdoError;
  }
  throw new Error('did not throw');
}

describe('findManifestApp', () => {
  it.each([
    ['an app by name', 'worker', undefined, 'shop/production/application/worker'],
    ['an app by name and environment', 'web', 'staging', 'shop/staging/application/web'],
    ['an app by address', 'shop/staging/application/web', undefined, 'shop/staging/application/web'],
  ])('finds %s', (_what, name, env, address) => {
    expect(findManifestApp(APPS, name, env, DECLARED).address).toBe(address);
  });

  it.each([
    ['a database', 'pg', undefined, /"pg" is a database \(shop\/production\/database\/pg\), not an application/],
    ['a service', 'redis', undefined, /"redis" is a service \(shop\/staging\/service\/redis\), not an application/],
    ['an unknown name', 'nope', undefined, /no application "nope" in the manifest/],
    ['a database in another environment', 'pg', 'staging', /no application "pg" in environment staging/],
  ])('names %s for what it is', (_what, name, env, message) => {
    const err = failure(() => findManifestApp(APPS, name, env, DECLARED));
    expect(err.code).toBe('ADO_UNKNOWN_APP');
    expect(err.message).toMatch(message);
  });

  it('asks for --env when the name is in several environments', () => {
    expect(failure(() => findManifestApp(APPS, 'web', undefined, DECLARED)).code).toBe('ADO_AMBIGUOUS_APP');
  });
});
