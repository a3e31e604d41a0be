import { describe, expect, it } from 'vitest';
import { acquireLock, forceUnlock, lockKey, LockHeldError, parseLockRecord, type AcquireLockOptions, type LockClient, type LockVariable } from '../../src/apply/lock.js';
import type { HolderIdentity } from '../../src/apply/lock-record.js';

/**
 * Team shared variables in memory, as Coolify keeps them: integer ids never reused, 409 on a
 * duplicate key, `updated_at` written by the server's clock, and the server's time on each
 * listing (its `Date` header). `serverClock` is Coolify's clock, not any client's.
 */
function memoryVariables(opts: { hideValues?: boolean; serverClock?: () => number; noTimes?: boolean } = {}) {
  const vars: Array<LockVariable & { updated: number }> = [];
  let next = 1;
  const server = opts.serverClock ?? (() => 0);
  const client: LockClient = {
    async list() {
      return {
        variables: vars.map((v) => ({
          id: v.id,
          key: v.key,
          ...(opts.hideValues ? {} : { value: v.value }),
          ...(opts.noTimes ? {} : { updatedAt: new Date(v.updated).toISOString() }),
        })),
        ...(opts.noTimes ? {} : { serverTime: server() }),
      };
    },
    async create(key, value) {
      if (vars.some((v) => v.key === key)) throw Object.assign(new Error('exists'), { status: 409 });
      const id = String(next++);
      vars.push({ id, key, value, updated: server() });
      return { id };
    },
    async update(id, _key, value) {
      const v = vars.find((x) => x.id === id);
      if (!v) throw Object.assign(new Error('missing'), { status: 404 });
      v.value = value;
      v.updated = server();
    },
    async delete(id) {
      const i = vars.findIndex((x) => x.id === id);
      if (i < 0) throw Object.assign(new Error('missing'), { status: 404 });
      vars.splice(i, 1);
    },
  };
  return { client, vars };
}

/** One host's clocks: a wall clock (possibly skewed) and a monotonic one, both controllable. */
function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  let mono = 0;
  return {
    now: () => t,
    monotonic: () => mono,
    sleep: async (ms: number) => {
      t += ms;
      mono += ms;
    },
    advance: (ms: number) => {
      t += ms;
      mono += ms;
    },
  };
}

const HOST_A: HolderIdentity = { holder: 'a@ci-a pid 100', host: 'ci-a', pid: 100 };
const HOST_B: HolderIdentity = { holder: 'b@ci-b pid 200', host: 'ci-b', pid: 200 };

function opts(clock: ReturnType<typeof fakeClock>, extra: Partial<AcquireLockOptions> = {}): AcquireLockOptions {
  return { waitMs: 0, now: clock.now, monotonic: clock.monotonic, sleep: clock.sleep, identity: HOST_A, retryDelaysMs: [0, 0], ...extra };
}

describe('apply lock', () => {
  it('names the variable after the project', () => {
    expect(lockKey('ado')).toBe('ADO_COOLIFY_LOCK_ADO');
    expect(lockKey('my-app.v2')).toBe('ADO_COOLIFY_LOCK_MY_APP_V2');
  });

  it('is exclusive: a second holder waits, then fails naming the holder and the lock id for force-unlock', async () => {
    const { client } = memoryVariables();
    const clock = fakeClock();
    const first = await acquireLock(client, 'ado', opts(clock));
    const err = await acquireLock(client, 'ado', opts(clock, { waitMs: 10_000, pollMs: 1000, identity: HOST_B })).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(String(err.message)).toContain(first.record.holder);
    expect(String(err.message)).toContain(`lock id ${first.id}`);
    expect(err.hint).toContain(`force-unlock ado --lock-id ${first.id}`);
  });

  it('is taken as soon as the holder releases it', async () => {
    const { client, vars } = memoryVariables();
    const clock = fakeClock();
    const first = await acquireLock(client, 'ado', opts(clock));
    await first.release();
    expect(vars).toHaveLength(0);
    const second = await acquireLock(client, 'ado', opts(clock, { identity: HOST_B }));
    expect(parseLockRecord(vars[0]?.value)?.token).toBe(second.record.token);
  });

  it('records host, pid, lease and a lease counter that each renewal increments', async () => {
    const { client, vars } = memoryVariables();
    const clock = fakeClock();
    const held = await acquireLock(client, 'ado', opts(clock, { leaseMs: 60_000 }));
    expect(parseLockRecord(vars[0]!.value)).toMatchObject({ host: 'ci-a', pid: 100, leaseMs: 60_000, renewals: 0 });
    expect(held.renewEveryMs).toBe(10_000);
    await held.renew();
    await held.renew();
    expect(parseLockRecord(vars[0]!.value)?.renewals).toBe(2);
  });
});

// Adversarial audit C1: a host whose clock ran 31 minutes ahead took over a live lock.
describe('expiry is judged by Coolify\'s clock, never by comparing wall clocks', () => {
  it.each([
    ['an hour ahead', 3_600_000],
    ['an hour behind', -3_600_000],
    ['a day ahead', 86_400_000],
  ])('a contender whose clock is %s does not take a live lock', async (_n, skew) => {
    let server = 1_700_000_000_000;
    const { client, vars } = memoryVariables({ serverClock: () => server });
    const a = fakeClock(server);
    const b = fakeClock(server + skew);
    const held = await acquireLock(client, 'ado', opts(a));
    server += 5 * 60_000;
    a.advance(5 * 60_000);
    b.advance(5 * 60_000);
    await held.renew();
    const err = await acquireLock(client, 'ado', opts(b, { identity: HOST_B })).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(vars).toHaveLength(1);
    expect(parseLockRecord(vars[0]!.value)?.token).toBe(held.record.token);
  });

  it('the holder skewed an hour behind keeps its lock against a correct clock', async () => {
    let server = 1_700_000_000_000;
    const { client } = memoryVariables({ serverClock: () => server });
    const held = await acquireLock(client, 'ado', opts(fakeClock(server - 3_600_000)));
    server += 60_000;
    const err = await acquireLock(client, 'ado', opts(fakeClock(server), { identity: HOST_B })).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(err.message).toContain("renewed 60 s ago by Coolify's clock");
    await expect(held.renew()).resolves.toBeUndefined();
  });

  it('a lease not renewed for longer than its length by Coolify\'s clock is taken over, with a notice', async () => {
    let server = 1_700_000_000_000;
    const { client, vars } = memoryVariables({ serverClock: () => server });
    await acquireLock(client, 'ado', opts(fakeClock(server), { leaseMs: 60_000 }));
    server += 60_000 + 15_000 + 1; // lease + grace
    const notices: string[] = [];
    // the contender's own clock is far behind: irrelevant
    const second = await acquireLock(client, 'ado', opts(fakeClock(0), { identity: HOST_B, onWait: (m) => notices.push(m) }));
    expect(notices.join('\n')).toMatch(/taking over the apply lock of "ado" \(lock id 1\) held by a@ci-a pid 100: not renewed for 75 s by Coolify's clock/);
    expect(vars.map((v) => v.id)).toEqual([second.id]);
  });

  it('within the lease plus grace, it is not taken over', async () => {
    let server = 1_700_000_000_000;
    const { client } = memoryVariables({ serverClock: () => server });
    await acquireLock(client, 'ado', opts(fakeClock(server), { leaseMs: 60_000 }));
    server += 60_000 + 15_000;
    await expect(acquireLock(client, 'ado', opts(fakeClock(server + 1e9), { identity: HOST_B }))).rejects.toBeInstanceOf(LockHeldError);
  });
});

describe('without Coolify times, a takeover needs the lease observed unchanged for longer than its length', () => {
  it('a dead holder\'s lock is taken once seen unchanged past the lease, by the monotonic clock', async () => {
    const { client, vars } = memoryVariables({ noTimes: true });
    await acquireLock(client, 'ado', opts(fakeClock(), { leaseMs: 60_000 }));
    const b = fakeClock(9e12); // its wall clock is absurd: it is never read for this
    const second = await acquireLock(client, 'ado', opts(b, { identity: HOST_B, waitMs: 120_000, pollMs: 5000 }));
    expect(b.monotonic()).toBeGreaterThan(75_000);
    expect(b.monotonic()).toBeLessThan(90_000);
    expect(vars.map((v) => v.id)).toEqual([second.id]);
  });

  it('a live holder that renews is never taken over, however long the contender waits', async () => {
    const { client } = memoryVariables({ noTimes: true });
    const held = await acquireLock(client, 'ado', opts(fakeClock(), { leaseMs: 60_000 }));
    const b = fakeClock();
    let polls = 0;
    const err = await acquireLock(client, 'ado', {
      ...opts(b, { identity: HOST_B, waitMs: 600_000, pollMs: 5000 }),
      sleep: async (ms) => {
        b.advance(ms);
        if (++polls % 2 === 0) await held.renew(); // every 10 s: well within the lease
      },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
  });

  it('with values hidden and no times, renewals cannot be seen: never taken over', async () => {
    const { client } = memoryVariables({ noTimes: true, hideValues: true });
    await acquireLock(client, 'ado', opts(fakeClock(), { leaseMs: 60_000 }));
    const err = await acquireLock(client, 'ado', opts(fakeClock(), { identity: HOST_B, waitMs: 600_000, pollMs: 10_000 })).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(String(err.message)).toContain('details hidden');
  });
});

describe('a holder dead on this host', () => {
  it('is detected by its pid and taken over at once', async () => {
    const { client, vars } = memoryVariables();
    const clock = fakeClock();
    await acquireLock(client, 'ado', opts(clock, { identity: { holder: 'x@here pid 4242', host: 'here', pid: 4242, pidns: 'pid:[1]' } }));
    const notices: string[] = [];
    const me = { holder: 'x@here pid 7', host: 'here', pid: 7, pidns: 'pid:[1]' };
    const second = await acquireLock(client, 'ado', opts(clock, { identity: me, alive: (pid) => pid !== 4242, onWait: (m) => notices.push(m) }));
    expect(notices.join('')).toContain('its process (pid 4242 on this host) no longer exists');
    expect(vars.map((v) => v.id)).toEqual([second.id]);
  });

  it.each([
    ['another host', { host: 'elsewhere', pidns: 'pid:[1]' }],
    ['another pid namespace (a container with the same hostname)', { host: 'here', pidns: 'pid:[2]' }],
  ])('is not assumed dead on %s', async (_n, other) => {
    const { client } = memoryVariables();
    const clock = fakeClock();
    await acquireLock(client, 'ado', opts(clock, { identity: { holder: 'x', pid: 4242, ...other } }));
    const me = { holder: 'y', host: 'here', pid: 7, pidns: 'pid:[1]' };
    await expect(acquireLock(client, 'ado', opts(clock, { identity: me, alive: () => false }))).rejects.toBeInstanceOf(LockHeldError);
  });
});

describe('renewal and release', () => {
  it('renewal of a lock removed by someone else fails with ADO_LOCK_LOST (exit 3)', async () => {
    const { client, vars } = memoryVariables();
    const held = await acquireLock(client, 'ado', opts(fakeClock()));
    vars.length = 0;
    await expect(held.renew()).rejects.toMatchObject({ code: 'ADO_LOCK_LOST', exitCode: 3 });
  });

  it('renewal retries a transient failure, then gives up with ADO_LOCK_LOST', async () => {
    const { client } = memoryVariables();
    let fail = 2;
    const flaky: LockClient = { ...client, update: async (...a) => (fail-- > 0 ? Promise.reject(Object.assign(new Error('503'), { status: 503 })) : client.update(...a)) };
    const held = await acquireLock(flaky, 'ado', opts(fakeClock()));
    await expect(held.renew()).resolves.toBeUndefined();
    fail = 3;
    await expect(held.renew()).rejects.toMatchObject({ code: 'ADO_LOCK_LOST', message: expect.stringContaining('renewing it failed: 503') });
  });

  it('release retries, and when it keeps failing says which lock is left and how to remove it', async () => {
    const { client, vars } = memoryVariables();
    let fail = 2;
    const flaky: LockClient = { ...client, delete: async (id) => (fail-- > 0 ? Promise.reject(Object.assign(new Error('503'), { status: 503 })) : client.delete(id)) };
    const held = await acquireLock(flaky, 'ado', opts(fakeClock()));
    await held.release();
    expect(vars).toHaveLength(0);
    const again = await acquireLock(flaky, 'ado', opts(fakeClock()));
    fail = 3;
    const err = await again.release().catch((e) => e);
    expect(err).toMatchObject({ code: 'ADO_LOCK_NOT_RELEASED', exitCode: 3 });
    expect(err.message).toContain(`lock id ${again.id}`);
    expect(err.hint).toContain(`ado-coolify force-unlock ado --lock-id ${again.id}`);
    expect(vars).toHaveLength(1);
  });

  it('release never removes another apply\'s lock, even with values hidden', async () => {
    const { client, vars } = memoryVariables({ hideValues: true });
    const held = await acquireLock(client, 'ado', opts(fakeClock()));
    await forceUnlock(client, 'ado');
    const other = await acquireLock(client, 'ado', opts(fakeClock(), { identity: HOST_B }));
    await held.release();
    expect(vars.map((v) => v.id)).toEqual([other.id]);
  });
});

describe('Coolify checks, then inserts: two creates at once can both succeed', () => {
  it('the lowest id wins; the other creator removes its own and reports the winner', async () => {
    const { client, vars } = memoryVariables();
    // B's create passes the check while A's insert is in flight: both rows exist
    let injected = false;
    const racy: LockClient = {
      ...client,
      async create(key, value) {
        if (!injected) {
          injected = true;
          vars.push({ id: '1', key, value: JSON.stringify({ holder: 'a@ci-a pid 100', token: 't-a', acquiredAt: '', expiresAt: '', host: 'ci-a', pid: 100 }), updated: 0 });
        }
        vars.push({ id: '2', key, value, updated: 0 });
        return { id: '2' };
      },
    };
    const err = await acquireLock(racy, 'ado', opts(fakeClock(), { identity: HOST_B })).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(err.message).toContain('a@ci-a pid 100');
    expect(vars.map((v) => v.id)).toEqual(['1']);
  });

  it('a create whose answer was lost counts as acquired when the stored lock holds our token', async () => {
    const { client, vars } = memoryVariables();
    const lossy: LockClient = {
      ...client,
      async create(key, value) {
        await client.create(key, value);
        throw Object.assign(new Error('socket hang up'), { failure: 'network' });
      },
    };
    const held = await acquireLock(lossy, 'ado', opts(fakeClock()));
    expect(parseLockRecord(vars[0]?.value)?.token).toBe(held.record.token);
    expect(held.id).toBe(vars[0]!.id);
  });

  it('rethrows when the create failed and nothing was stored', async () => {
    const { client } = memoryVariables();
    const failing: LockClient = { ...client, create: async () => Promise.reject(Object.assign(new Error('boom'), { status: 500 })) };
    await expect(acquireLock(failing, 'ado', opts(fakeClock()))).rejects.toThrow('boom');
  });

  it('when the read-back fails, the lock just created is removed and the error surfaces', async () => {
    const { client, vars } = memoryVariables();
    const noList: LockClient = { ...client, list: async () => Promise.reject(Object.assign(new Error('list 503'), { status: 503 })) };
    await expect(acquireLock(noList, 'ado', opts(fakeClock()))).rejects.toThrow('list 503');
    expect(vars).toHaveLength(0);
  });
});

describe('force-unlock', () => {
  it('removes whatever holds it without --lock-id', async () => {
    const { client, vars } = memoryVariables();
    const held = await acquireLock(client, 'ado', opts(fakeClock()));
    const { removed } = await forceUnlock(client, 'ado');
    expect(removed).toEqual([{ id: held.id, record: expect.objectContaining({ token: held.record.token }) }]);
    expect(vars).toHaveLength(0);
    expect((await forceUnlock(client, 'ado')).removed).toEqual([]);
  });

  it('with --lock-id removes only that lock; a newer one is left and named', async () => {
    const { client, vars } = memoryVariables();
    const old = await acquireLock(client, 'ado', opts(fakeClock()));
    await forceUnlock(client, 'ado', old.id);
    expect(vars).toHaveLength(0);
    const newer = await acquireLock(client, 'ado', opts(fakeClock(), { identity: HOST_B }));
    const err = await forceUnlock(client, 'ado', old.id).catch((e) => e);
    expect(err).toMatchObject({ code: 'ADO_LOCK_ID_MISMATCH' });
    expect(err.message).toContain(`now has lock id ${newer.id}, not ${old.id}`);
    expect(vars.map((v) => v.id)).toEqual([newer.id]);
  });
});
