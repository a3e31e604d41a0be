import { describe, expect, it } from 'vitest';
import { ServerClock } from '../../src/coolify/server-clock.js';
import { createCoolifyClient } from '../../src/coolify/client.js';

describe('ServerClock (Coolify\'s time from the Date header)', () => {
  it('is unknown before a dated answer, then advances with the monotonic clock only', () => {
    let mono = 1000;
    const clock = new ServerClock(() => mono);
    expect(clock.now()).toBeUndefined();
    clock.observe('not a date');
    clock.observe(null);
    expect(clock.now()).toBeUndefined();
    clock.observe('Wed, 02 Jan 2030 03:04:05 GMT');
    mono += 2500;
    expect(clock.now()).toBe(Date.parse('2030-01-02T03:04:05Z') + 2500);
  });

  it('the client learns it from every answer', async () => {
    const client = createCoolifyClient({
      baseUrl: 'https://c.example.com',
      token: '1|a',
      fetch: async () => new Response('4.3.11', { headers: { date: 'Tue, 01 Jan 2036 00:00:00 GMT' } }),
    });
    expect(client.serverTime()).toBeUndefined();
    await client.version();
    expect(client.serverTime()! - Date.parse('2036-01-01T00:00:00Z')).toBeLessThan(1000);
  });
});
