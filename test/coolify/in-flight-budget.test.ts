import { describe, expect, it } from 'vitest';
import { ASSUMED_ROUND_TRIP_MS, InFlightBudget, inFlightBound, MAX_IN_FLIGHT, MIN_IN_FLIGHT } from '../../src/coolify/in-flight-budget.js';
import { Semaphore } from '../../src/coolify/semaphore.js';

describe('the in-flight bound follows the rate limit and the latency', () => {
  it('stays at the floor at Coolify\'s default 200/min, at any usual latency', () => {
    for (const ms of [0, 5, 100, 1000]) expect(inFlightBound(200, ms)).toBe(MIN_IN_FLIGHT);
    // answers that take seconds: more may fly within the same rate
    expect(inFlightBound(200, 5000)).toBe(34);
  });

  it('grows with a raised limit and a slow link, up to the ceiling', () => {
    expect(inFlightBound(6_000, 100)).toBe(20); // 100/s × 0.1 s × 2
    expect(inFlightBound(1_000_000, 100)).toBe(MAX_IN_FLIGHT);
    expect(inFlightBound(1_000_000, 0)).toBe(MIN_IN_FLIGHT);
  });

  it('starts at the bound of an assumed round trip: the floor at the default rate limit, more with a raised one', () => {
    expect(new InFlightBudget(200).limit()).toBe(MIN_IN_FLIGHT);
    expect(new InFlightBudget(6_000).limit()).toBe(inFlightBound(6_000, ASSUMED_ROUND_TRIP_MS));
    expect(new InFlightBudget(6_000).limit()).toBe(10);
    expect(new InFlightBudget(1_000_000).limit()).toBe(MAX_IN_FLIGHT);
  });

  it('moves with the average of the answers', () => {
    const b = new InFlightBudget(6_000);
    expect(b.observe(100)).toBe(20);
    for (let i = 0; i < 50; i++) b.observe(10);
    expect(b.limit()).toBe(MIN_IN_FLIGHT);
  });
});

describe('Semaphore.setLimit', () => {
  it('a larger bound admits waiters at once; a smaller one admits no one until holders drop below it', async () => {
    const s = new Semaphore(1);
    const r1 = await s.acquire();
    let second = false;
    let third = false;
    const p2 = s.acquire().then((r) => ((second = true), r));
    const p3 = s.acquire().then((r) => ((third = true), r));
    await Promise.resolve();
    expect([second, third]).toEqual([false, false]);
    s.setLimit(3);
    const [r2, r3] = await Promise.all([p2, p3]);
    expect(s.inFlight).toBe(3);
    s.setLimit(1);
    let fourth = false;
    const p4 = s.acquire().then((r) => ((fourth = true), r));
    r1();
    r2();
    await Promise.resolve();
    expect(fourth).toBe(false); // still one holder: the bound
    r3();
    (await p4)();
    expect(fourth).toBe(true);
    expect(s.inFlight).toBe(0);
  });
});
