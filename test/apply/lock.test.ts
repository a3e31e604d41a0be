import { describe, expect, it } from 'vitest';
import { acquireLock, forceUnlock, lockKey, LockHeldError, parseLockRecord, type LockClient, type LockVariable } from '../../src/apply/lock.js';

/** Team shared variables in memory, with Coolify's 409 on a duplicate key. */
function memoryVariables(hideValues = false) {
  const vars: LockVariable[] = [];
  let next = 1;
  const client: LockClient = {
    async list() {
      return vars.map((v) => (hideValues ? { id: v.id, key: v.key } : { ...v }));
    },
    async create(key, value) {
      if (vars.some((v) => v.key === key)) throw Object.assign(new Error('exists'), { status: 409 });
      vars.push({ id: String(next++), key, value });
    },
    async update(id, _key, value) {
      const v = vars.find((x) => x.id === id);
      if (!v) throw Object.assign(new Error('missing'), { status: 404 });
      v.value = value;
    },
    async delete(id) {
      const i = vars.findIndex((x) => x.id === id);
      if (i >= 0) vars.splice(i, 1);
    },
  };
  return { client, vars };
}

function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), advance: (ms: number) => void (t += ms) };
}

describe('apply lock', () => {
  it('names the variable after the project', () => {
    expect(lockKey('ado')).toBe('ADO_COOLIFY_LOCK_ADO');
    expect(lockKey('my-app.v2')).toBe('ADO_COOLIFY_LOCK_MY_APP_V2');
  });

  it('is exclusive: a second holder waits, then fails with the holder named', async () => {
    const { client } = memoryVariables();
    const clock = fakeClock();
    const first = await acquireLock(client, 'ado', { waitMs: 0, ...clock });
    const err = await acquireLock(client, 'ado', { waitMs: 10_000, pollMs: 1000, ...clock }).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(String(err.message)).toContain(first.record.holder);
    expect(err.hint).toContain('force-unlock ado');
  });

  it('is taken as soon as the holder releases it', async () => {
    const { client, vars } = memoryVariables();
    const clock = fakeClock();
    const first = await acquireLock(client, 'ado', { waitMs: 0, ...clock });
    await first.release();
    expect(vars).toHaveLength(0);
    const second = await acquireLock(client, 'ado', { waitMs: 0, ...clock });
    expect(parseLockRecord(vars[0]?.value)?.token).toBe(second.record.token);
  });

  it('takes over an expired lock', async () => {
    const { client } = memoryVariables();
    const clock = fakeClock();
    await acquireLock(client, 'ado', { waitMs: 0, leaseMs: 1000, ...clock });
    clock.advance(5000);
    const second = await acquireLock(client, 'ado', { waitMs: 0, ...clock });
    expect(second.record.holder).toBeTruthy();
  });

  it('renews by extending the expiry, and refuses when the lock was taken over', async () => {
    const { client, vars } = memoryVariables();
    const clock = fakeClock();
    const held = await acquireLock(client, 'ado', { waitMs: 0, leaseMs: 1000, ...clock });
    const before = held.record.expiresAt;
    clock.advance(500);
    await held.renew();
    expect(Date.parse(held.record.expiresAt)).toBeGreaterThan(Date.parse(before));
    vars[0]!.value = JSON.stringify({ holder: 'x', token: 'other', acquiredAt: '', expiresAt: new Date(clock.now() + 1e6).toISOString() });
    await expect(held.renew()).rejects.toThrow(/taken over/);
  });

  it('force-unlock removes whatever holds it', async () => {
    const { client, vars } = memoryVariables();
    const clock = fakeClock();
    const held = await acquireLock(client, 'ado', { waitMs: 0, ...clock });
    const removed = await forceUnlock(client, 'ado');
    expect(removed).toMatchObject({ token: held.record.token });
    expect(vars).toHaveLength(0);
    expect(await forceUnlock(client, 'ado')).toBeUndefined();
  });

  it('still excludes when values are hidden from the token', async () => {
    const { client } = memoryVariables(true);
    const clock = fakeClock();
    await acquireLock(client, 'ado', { waitMs: 0, ...clock });
    const err = await acquireLock(client, 'ado', { waitMs: 0, ...clock }).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(String(err.message)).toContain('details hidden');
  });
});

describe('apply lock with a lost answer', () => {
  it('counts a create whose answer was lost as acquired when the stored lock holds our token', async () => {
    const { client, vars } = memoryVariables();
    const lossy: LockClient = {
      ...client,
      async create(key, value) {
        await client.create(key, value);
        throw Object.assign(new Error('socket hang up'), { failure: 'network' });
      },
    };
    const clock = fakeClock();
    const held = await acquireLock(lossy, 'ado', { waitMs: 0, ...clock });
    expect(parseLockRecord(vars[0]?.value)?.token).toBe(held.record.token);
  });

  it('rethrows when the create failed and nothing was stored', async () => {
    const { client } = memoryVariables();
    const failing: LockClient = { ...client, create: async () => Promise.reject(Object.assign(new Error('boom'), { status: 500 })) };
    await expect(acquireLock(failing, 'ado', { waitMs: 0, ...fakeClock() })).rejects.toThrow('boom');
  });
});
