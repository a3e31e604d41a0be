import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';

describe('sandbox connections', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0 });
  });
  afterAll(async () => sb.close());

  it("keeps a connection open between requests, long enough for Node's fetch to reuse it", async () => {
    // Node's fetch (undici) reuses a connection only when the server's Keep-Alive hint exceeds
    // its 2 s safety margin; with the old 1 s hint every request opened a connection of its own.
    let connects = 0;
    const onConnect = (): void => {
      connects++;
    };
    subscribe('undici:client:connected', onConnect);
    try {
      for (let i = 0; i < 10; i++) {
        const res = await fetch(`${sb.url}/api/v1/version`, { headers: { Authorization: `Bearer ${sb.token}` } });
        expect(await res.text()).toBe('4.3.11');
        expect(res.headers.get('keep-alive')).toBe('timeout=75');
      }
    } finally {
      unsubscribe('undici:client:connected', onConnect);
    }
    // One connection (undici may open a second one while the first is being set up).
    expect(connects).toBeLessThanOrEqual(2);
  });
});
