import { describe, expect, it } from 'vitest';
import { Router, type Route } from '../../src/sandbox/router.js';

const route = (method: Route['method'], path: string): Route => ({ method, path, handler: () => ({ body: path }) });

describe('sandbox router', () => {
  const router = new Router();
  router.add(route('GET', '/applications/{uuid}'), route('GET', '/applications/{uuid}/envs'), route('GET', '/applications/{uuid}/envs/bulk'));
  router.add(route('GET', '/applications/{uuid}/{what}'), route('PATCH', '/applications/{uuid}/envs'));

  it('matches by method and segment count, the most literal pattern winning', () => {
    expect(router.match('GET', '/applications/abc/envs')?.route.path).toBe('/applications/{uuid}/envs');
    expect(router.match('PATCH', '/applications/abc/envs')?.route.method).toBe('PATCH');
    expect(router.match('GET', '/applications/abc/logs')).toMatchObject({ route: { path: '/applications/{uuid}/{what}' }, params: { uuid: 'abc', what: 'logs' } });
    expect(router.match('GET', '/applications/abc/envs/bulk')?.route.path).toBe('/applications/{uuid}/envs/bulk');
    expect(router.match('DELETE', '/applications/abc')).toBeUndefined();
    expect(router.match('GET', '/applications')).toBeUndefined();
  });

  it('decodes path parameters and ignores empty segments', () => {
    expect(router.match('GET', '/applications/a%20b/')?.params).toEqual({ uuid: 'a b' });
  });

  it('knows the GET stubs of POST-only endpoints', () => {
    expect(router.isPostOnlyStub('GET', '/applications/x/start')).toBe(true);
    expect(router.isPostOnlyStub('GET', '/applications/x')).toBe(false);
  });
});
