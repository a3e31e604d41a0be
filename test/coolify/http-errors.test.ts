import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CoolifyApiError } from '../../src/coolify/api-error.js';
import { AdoError } from '../../src/errors.js';
import { api, lockNetwork, rejectionOf, testClient } from './helpers.js';

beforeAll(lockNetwork);
afterEach(() => {
  nock.cleanAll();
});

const APP = 'abcdefghijklmnopqrstuvwx';

async function failGet(status: number, body: unknown): Promise<CoolifyApiError> {
  api().get(`/api/v1/applications/${APP}`).reply(status, body as nock.Body);
  const { client } = testClient({ retries: 0 });
  const err = await rejectionOf(client.applications.get(APP));
  expect(err).toBeInstanceOf(CoolifyApiError);
  expect(err).toBeInstanceOf(AdoError);
  return err as CoolifyApiError;
}

describe('Coolify error answers (API-NOTES §1)', () => {
  it('401 Unauthenticated: token hint', async () => {
    const err = await failGet(401, { message: 'Unauthenticated.' });
    expect(err.code).toBe('COOLIFY_UNAUTHORIZED');
    expect(err.status).toBe(401);
    expect(err.method).toBe('GET');
    expect(err.path).toBe(`/applications/${APP}`);
    expect(err.coolifyMessage).toBe('Unauthenticated.');
    expect(err.message).toContain('401');
    expect(err.hint).toMatch(/Keys & Tokens/);
    expect(err.hint).toMatch(/expire/);
    expect(err.retryable).toBe(false);
  });

  it('400 Invalid token. (team-less token)', async () => {
    const err = await failGet(400, { message: 'Invalid token.', docs: 'https://coolify.io/docs/api-reference/authorization' });
    expect(err.code).toBe('COOLIFY_INVALID_TOKEN');
    expect(err.hint).toMatch(/team/);
  });

  it('403 missing ability names the ability and the abilities the tool needs', async () => {
    const err = await failGet(403, { message: 'Missing required permissions: read:sensitive' });
    expect(err.code).toBe('COOLIFY_FORBIDDEN');
    expect(err.hint).toContain('`read:sensitive` ability');
    expect(err.hint).toContain('`read` + `write` + `deploy` + `read:sensitive`, or `root`');
  });

  it('403 API is disabled explains how to enable it', async () => {
    const err = await failGet(403, { success: true, message: 'API is disabled.' });
    expect(err.code).toBe('COOLIFY_API_DISABLED');
    expect(err.hint).toMatch(/Settings/);
    expect(err.hint).toMatch(/API/);
  });

  it('403 policy denial', async () => {
    const err = await failGet(403, { message: 'You are not allowed to update this application.', error: 'Unauthorized' });
    expect(err.code).toBe('COOLIFY_FORBIDDEN');
    expect(err.coolifyMessage).toBe('You are not allowed to update this application.');
  });

  it('404 resource vs 404 route', async () => {
    const resource = await failGet(404, { message: 'Application not found.' });
    expect(resource.code).toBe('COOLIFY_NOT_FOUND');
    expect(resource.message).toContain('Application not found.');
    const route = await failGet(404, { message: 'Not found.', docs: 'https://coolify.io/docs' });
    expect(route.code).toBe('COOLIFY_ROUTE_NOT_FOUND');
    expect(route.hint).toMatch(/COOLIFY_URL/);
  });

  it('405 This endpoint has changed to a POST request.', async () => {
    const err = await failGet(405, { message: 'This endpoint has changed to a POST request.' });
    expect(err.code).toBe('COOLIFY_METHOD_CHANGED');
    expect(err.hint).toMatch(/POST/);
  });

  it('409 duplicate', async () => {
    api().post(`/api/v1/projects/${APP}/environments`).reply(409, { message: 'Environment with this name already exists.' });
    const { client } = testClient();
    const err = (await rejectionOf(client.projects.createEnvironment(APP, { name: 'staging' }))) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_CONFLICT');
    expect(err.status).toBe(409);
    expect(err.coolifyMessage).toBe('Environment with this name already exists.');
  });

  it('400 "Database is already running." from databases.start counts as success', async () => {
    api().post(`/api/v1/databases/${APP}/start`).reply(400, { message: 'Database is already running.' });
    api().post(`/api/v1/databases/${APP}/stop`).reply(400, { message: 'Database is already stopped.' });
    api().post(`/api/v1/databases/${APP}/restart`).reply(400, { message: 'Database is already running.' });
    const { client } = testClient();
    expect(await client.databases.start(APP)).toEqual({ message: 'Database is already running.', unchanged: true });
    expect(await client.databases.stop(APP)).toEqual({ message: 'Database is already stopped.', unchanged: true });
    // restart has no such quirk: a 400 stays an error.
    expect(await rejectionOf(client.databases.restart(APP))).toBeInstanceOf(CoolifyApiError);
  });
});

describe('422 shapes', () => {
  async function fail422(body: unknown): Promise<CoolifyApiError> {
    api().patch(`/api/v1/applications/${APP}`).reply(422, body as nock.Body);
    const { client } = testClient();
    const err = (await rejectionOf(client.applications.update(APP, { name: 'web' }))) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_VALIDATION');
    expect(err.status).toBe(422);
    return err;
  }

  it('errors values as arrays', async () => {
    const err = await fail422({ message: 'Validation failed.', errors: { ports_exposes: ['The ports exposes field is required.'], name: ['Too short.', 'Bad pattern.'] } });
    expect(err.fieldErrors).toEqual({ ports_exposes: ['The ports exposes field is required.'], name: ['Too short.', 'Bad pattern.'] });
    expect(err.message).toContain('ports_exposes: The ports exposes field is required.');
  });

  it('errors values as plain strings', async () => {
    const err = await fail422({ message: 'Validation failed.', errors: { domains: 'Domain already in use by another resource.' } });
    expect(err.fieldErrors).toEqual({ domains: ['Domain already in use by another resource.'] });
  });

  it('errors as a list of field names', async () => {
    const err = await fail422({ message: 'Validation failed.', errors: ['postgres_conf', 'image'] });
    expect(Object.keys(err.fieldErrors).sort()).toEqual(['image', 'postgres_conf']);
    expect(err.fieldErrors.image?.length).toBe(1);
  });

  it('only a message', async () => {
    const err = await fail422({ message: 'Server is not functional.' });
    expect(err.fieldErrors).toEqual({});
    expect(err.coolifyMessage).toBe('Server is not functional.');
    expect(err.message).toContain('Server is not functional.');
  });

  it('unknown keys at the top level', async () => {
    const err = await fail422({ is_build_time: ['This field is not allowed.'], foo: ['This field is not allowed.'] });
    expect(err.fieldErrors).toEqual({ is_build_time: ['This field is not allowed.'], foo: ['This field is not allowed.'] });
    expect(err.message).toContain('is_build_time: This field is not allowed.');
  });

  it('unknown keys inside errors next to a message', async () => {
    const err = await fail422({ message: 'Validation failed.', errors: { tags: ['This field is not allowed.'] } });
    expect(err.fieldErrors).toEqual({ tags: ['This field is not allowed.'] });
  });
});

describe('unusable answers', () => {
  it('HTML where JSON was expected', async () => {
    api().get('/api/v1/projects').reply(200, '<!DOCTYPE html><html><body>Coolify</body></html>', { 'Content-Type': 'text/html' });
    const { client } = testClient({ retries: 0 });
    const err = (await rejectionOf(client.projects.list())) as CoolifyApiError;
    expect(err.message).toBe('Coolify answered with HTML (status 200) — is COOLIFY_URL the API base of a Coolify instance?');
    expect(err.failure).toBe('html');
    expect(err.retryable).toBe(false);
  });

  it('HTML error page from a proxy (502) is retryable for GET and reported as HTML', async () => {
    api().get('/api/v1/projects').times(2).reply(502, '<html><head><title>502 Bad Gateway</title></head></html>', { 'Content-Type': 'text/html' });
    const { client } = testClient({ retries: 1 });
    const err = (await rejectionOf(client.projects.list())) as CoolifyApiError;
    expect(err.message).toBe('Coolify answered with HTML (status 502) — is COOLIFY_URL the API base of a Coolify instance?');
    expect(err.status).toBe(502);
    expect(err.retryable).toBe(true);
    expect(client.stats().retries).toBe(1);
  });

  it('empty body where JSON was expected', async () => {
    api().get('/api/v1/servers').reply(200, '');
    const { client } = testClient({ retries: 0 });
    const err = (await rejectionOf(client.servers.list())) as CoolifyApiError;
    expect(err.failure).toBe('empty');
    expect(err.message).toMatch(/empty body/);
  });

  it('invalid JSON', async () => {
    api().get('/api/v1/servers').reply(200, '{"uuid":', { 'Content-Type': 'application/json' });
    const { client } = testClient({ retries: 0 });
    const err = (await rejectionOf(client.servers.list())) as CoolifyApiError;
    expect(err.failure).toBe('invalid-json');
  });

  // Audit m10: a transient unusable answer of a GET is retried like a 5xx.
  it.each([
    ['truncated JSON', '{"uuid":', 'application/json'],
    ['an HTML page', '<!DOCTYPE html><html><body>Coolify</body></html>', 'text/html'],
    ['an empty body', '', 'application/json'],
  ])('a GET answered with %s is retried, and the good answer is used', async (_what, body, type) => {
    api().get('/api/v1/servers').reply(200, body, { 'Content-Type': type });
    api().get('/api/v1/servers').reply(200, [{ uuid: 's1', name: 'main' }]);
    const { client } = testClient({ retries: 2 });
    expect(await client.servers.list()).toEqual([{ uuid: 's1', name: 'main' }]);
    expect(client.stats().retries).toBe(1);
  });

  it('a GET that keeps answering unusable bodies fails after its retries, as unusable', async () => {
    api().get('/api/v1/servers').times(3).reply(200, '{"uuid":', { 'Content-Type': 'application/json' });
    const { client } = testClient({ retries: 2 });
    const err = (await rejectionOf(client.servers.list())) as CoolifyApiError;
    expect(err.failure).toBe('invalid-json');
    expect(client.stats().retries).toBe(2);
  });

  it('a POST with an unusable answer is not repeated: it may have been carried out', async () => {
    api().post('/api/v1/projects').reply(201, '{"uuid":', { 'Content-Type': 'application/json' });
    const { client } = testClient({ retries: 2 });
    const err = (await rejectionOf(client.projects.create({ name: 'shop' }))) as CoolifyApiError;
    expect(err.failure).toBe('invalid-json');
    expect(client.stats().retries).toBe(0);
  });

  it('plain-text /version (Laravel labels it text/html) and /health', async () => {
    api().get('/api/v1/version').reply(200, '4.3.11\n', { 'Content-Type': 'text/html; charset=UTF-8' });
    api().get('/api/v1/health').reply(200, 'OK', { 'Content-Type': 'text/html; charset=UTF-8' });
    const { client } = testClient();
    expect(await client.version()).toBe('4.3.11');
    expect(await client.health()).toBe(true);
  });

  it('health is false when Coolify answers an error', async () => {
    api().get('/api/v1/health').reply(503, 'down');
    const { client } = testClient({ retries: 0 });
    expect(await client.health()).toBe(false);
  });

  it('204 no content resolves to undefined', async () => {
    api().delete(`/api/v1/s3-storages/${APP}`).reply(204);
    const { client } = testClient();
    expect(await client.s3Storages.delete(APP)).toBeUndefined();
  });
});

describe('redirects', () => {
  it('are not followed (the token stays on COOLIFY_URL) and explain what to fix', async () => {
    api().get('/api/v1/projects').reply(301, '', { Location: 'https://elsewhere.example.com/api/v1/projects' });
    const { client } = testClient();
    const err = (await rejectionOf(client.projects.list())) as CoolifyApiError;
    expect(err.code).toBe('COOLIFY_REDIRECT');
    expect(err.status).toBe(301);
    expect(err.message).not.toContain('elsewhere');
    expect(err.hint).toMatch(/COOLIFY_URL/);
  });
});
