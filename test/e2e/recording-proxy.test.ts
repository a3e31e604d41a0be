import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { sandbox } from './harness.js';
import { clientErrors, recordingProxy, type RecordingProxy } from './recording-proxy.js';
import { violationLines } from './request-log.js';

let sb: Sandbox | undefined;
let proxy: RecordingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await sb?.close();
  proxy = undefined;
  sb = undefined;
});

describe('recording proxy', () => {
  it('forwards unchanged, records method, path, body and status, and its log fails the release check', async () => {
    sb = await sandbox({ coolifyVersion: '4.3.11' });
    proxy = await recordingProxy(sb.url);
    const post = (body: unknown) =>
      fetch(`${proxy!.url}/api/v1/projects`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sb!.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
    const bad = await post({ name: 'proxy-one', description: 'x [managed by ado-coolify]', colour: 'red' });
    expect(bad.status).toBe(422);
    const good = await post({ name: 'proxy-two', description: 'x (managed by ado-coolify)' });
    expect(good.status, await good.clone().text()).toBe(201);
    expect(((await good.json()) as { uuid?: string }).uuid).toBeTypeOf('string');
    expect(proxy.log.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/api/v1/projects', 422],
      ['POST', '/api/v1/projects', 201],
    ]);
    expect(proxy.log[1]!.body).toEqual({ name: 'proxy-two', description: 'x (managed by ado-coolify)' });
    expect(violationLines('4.3.11', proxy.log)).toEqual([
      'POST /projects: colour not allowed',
      'POST /projects: description does not match DESCRIPTION_PATTERN',
    ]);
    expect(clientErrors(proxy.log)).toEqual(['POST /api/v1/projects -> 422']);
  });
});
