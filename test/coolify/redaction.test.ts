import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CoolifyApiError } from '../../src/coolify/api-error.js';
import type { ClientEvent } from '../../src/coolify/transport.js';
import { api, lockNetwork, netError, rejectionOf, testClient } from './helpers.js';

const CANARY_TOKEN = '1|CANARY-TOKEN-abc';
const CANARY_SECRET = 'CANARY-SECRET-xyz';
const APP = 'appappappappappappappapp';
const ECHO = `value ${CANARY_SECRET} rejected for token ${CANARY_TOKEN} / CANARY-TOKEN-abc`;

beforeAll(lockNetwork);
afterEach(() => {
  nock.cleanAll();
});

type Failure = [label: string, setup: (scope: nock.Interceptor) => void];

const failures: Failure[] = [
  ['400', (i) => i.reply(400, { message: ECHO, error: 'Invalid JSON.' })],
  ['401', (i) => i.reply(401, { message: ECHO })],
  ['403 ability', (i) => i.reply(403, { message: `Missing required permissions: ${CANARY_SECRET}` })],
  ['403 disabled', (i) => i.reply(403, { message: 'API is disabled.', echo: ECHO })],
  ['404', (i) => i.reply(404, { message: ECHO })],
  ['405', (i) => i.reply(405, { message: ECHO })],
  ['409', (i) => i.reply(409, { message: `Environment variable ${CANARY_SECRET} already exists. Use PATCH.` })],
  ['422 map', (i) => i.reply(422, { message: 'Validation failed.', errors: { value: [ECHO], key: ECHO } })],
  ['422 list', (i) => i.reply(422, { message: ECHO, errors: [CANARY_SECRET] })],
  ['422 unknown key', (i) => i.reply(422, { [CANARY_SECRET]: ['This field is not allowed.'] })],
  ['429', (i) => i.reply(429, { message: ECHO }, { 'Retry-After': '1' })],
  ['500', (i) => i.reply(500, { message: ECHO, exception: CANARY_TOKEN })],
  ['502 html', (i) => i.reply(502, `<html><body>${ECHO}</body></html>`)],
  ['200 html', (i) => i.reply(200, `<!doctype html><p>${ECHO}</p>`)],
  ['200 invalid json', (i) => i.reply(200, `{"v":"${CANARY_SECRET}"`)],
  ['network', (i) => i.replyWithError(netError('ECONNRESET', ECHO))],
  ['timeout', (i) => i.delay(300).reply(200, { echo: ECHO })],
];

function assertClean(text: string, where: string): void {
  expect(text, where).not.toContain('CANARY-TOKEN-abc');
  expect(text, where).not.toContain(CANARY_SECRET);
}

function causeChain(err: unknown): unknown[] {
  const out: unknown[] = [];
  let current: unknown = err;
  for (let i = 0; i < 10 && current instanceof Error && current.cause !== undefined; i++) {
    current = current.cause;
    out.push(current);
  }
  return out;
}

describe('canary: the token and body values never leak', () => {
  it.each(failures)('%s (POST and PATCH)', async (_label, setup) => {
    for (const method of ['POST', 'PATCH'] as const) {
      const events: ClientEvent[] = [];
      const interceptor = method === 'POST' ? api().post(`/api/v1/applications/${APP}/envs`) : api().patch(`/api/v1/applications/${APP}/envs`);
      setup(interceptor);
      if (method === 'PATCH') setup(api().patch(`/api/v1/applications/${APP}/envs`)); // one retry for idempotent PATCH
      const { client } = testClient({ token: CANARY_TOKEN, retries: 1, timeoutMs: 50, onEvent: (e) => events.push(e) });
      const body = { key: 'DB_PASSWORD', value: CANARY_SECRET, is_literal: true };
      const call = method === 'POST' ? client.applications.envs.create(APP, body) : client.applications.envs.update(APP, body);
      const err = await rejectionOf(call);
      expect(err).toBeInstanceOf(CoolifyApiError);
      const e = err as CoolifyApiError;
      assertClean(e.message, 'message');
      assertClean(String(e), 'String(err)');
      assertClean(JSON.stringify(e), 'JSON.stringify(err)');
      assertClean(e.hint ?? '', 'hint');
      assertClean(e.stack ?? '', 'stack');
      assertClean(JSON.stringify(e.fieldErrors), 'fieldErrors');
      assertClean(e.coolifyMessage ?? '', 'coolifyMessage');
      for (const c of causeChain(e)) {
        assertClean(String(c), 'cause');
        assertClean(JSON.stringify(c), 'cause json');
        if (c instanceof Error) assertClean(`${c.message} ${c.stack ?? ''}`, 'cause message');
      }
      expect(events.length).toBeGreaterThan(0);
      assertClean(JSON.stringify(events), 'events');
      nock.cleanAll();
    }
  });

  it('redacted text still tells what went wrong', async () => {
    api().post(`/api/v1/applications/${APP}/envs`).reply(409, { message: `Environment variable ${CANARY_SECRET} already exists.` });
    const { client } = testClient({ token: CANARY_TOKEN });
    const err = (await rejectionOf(client.applications.envs.create(APP, { key: 'K', value: CANARY_SECRET }))) as CoolifyApiError;
    expect(err.coolifyMessage).toBe('Environment variable [redacted] already exists.');
  });

  it('short values of sensitive keys are redacted too', async () => {
    api().post('/api/v1/databases/postgresql').reply(422, { message: 'Validation failed.', errors: { postgres_password: ['pw1 is too short'] } });
    const { client } = testClient();
    const err = (await rejectionOf(client.databases.create('postgresql', { postgres_password: 'pw1' }))) as CoolifyApiError;
    expect(err.fieldErrors.postgres_password).toEqual(['[redacted] is too short']);
  });
});
