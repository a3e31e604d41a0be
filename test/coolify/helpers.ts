/** Shared test setup: nock against a loopback Coolify, a fake clock and recorded sleeps. */
import nock from 'nock';
import { createCoolifyClient, type CoolifyClient, type CoolifyClientOptions } from '../../src/coolify/client.js';
import type { ClientEvent } from '../../src/coolify/transport.js';

export const BASE = 'http://127.0.0.1:8000';
export const TOKEN = '1|test-token-0123456789';

/** A fake clock: sleep() advances time instantly and records the wait. */
export interface FakeTime {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  sleeps: number[];
  advance: (ms: number) => void;
}

/** Creates a FakeTime starting at a fixed epoch. */
export function fakeTime(start = Date.UTC(2025, 0, 1)): FakeTime {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A client for tests: fake time, deterministic jitter (0.5), events collected. */
export function testClient(overrides: Partial<CoolifyClientOptions> = {}): {
  client: CoolifyClient;
  time: FakeTime;
  events: ClientEvent[];
} {
  const time = fakeTime();
  const events: ClientEvent[] = [];
  const client = createCoolifyClient({
    baseUrl: BASE,
    token: TOKEN,
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    onEvent: (e) => events.push(e),
    ...overrides,
  });
  return { client, time, events };
}

/** nock scope for the Coolify API base. */
export function api(): nock.Scope {
  return nock(BASE).replyContentLength();
}

/** Disables real network access except loopback; call in beforeAll. */
export function lockNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
}

/** Captures the rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}

/**
 * A network error for nock's `replyWithError`: an Error with a `code`, as node's sockets raise
 * them (nock 14 delivers a plain `{ code, message }` object to fetch but never to node:http).
 */
export function netError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
