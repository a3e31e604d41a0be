import { describe, expect, it } from 'vitest';
import { ApplyLocks } from '../../src/apply/apply-locks.js';
import { lockKey, type LockClient, type LockVariable } from '../../src/apply/lock.js';

/** Team shared variables in memory with a request log; `ids` never reused, 409 on a duplicate key. */
function variables() {
  const vars: LockVariable[] = [];
  const log: string[] = [];
  let next = 1;
  const client: LockClient = {
    async list() {
      log.push('list');
      return { variables: vars.map((v) => ({ ...v })) };
    },
    async create(key, value) {
      log.push(`create ${key}`);
      if (vars.some((v) => v.key === key)) throw Object.assign(new Error('exists'), { status: 409 });
      const id = String(next++);
      vars.push({ id, key, value });
      return { id };
    },
    async update(id, _key, value) {
      log.push(`update ${id}`);
      const v = vars.find((x) => x.id === id);
      if (!v) throw Object.assign(new Error('missing'), { status: 404 });
      v.value = value;
    },
    async delete(id) {
      log.push(`delete ${id}`);
      const i = vars.findIndex((x) => x.id === id);
      if (i < 0) throw Object.assign(new Error('missing'), { status: 404 });
      vars.splice(i, 1);
    },
  };
  return { client, vars, log };
}

const me = { holder: 'me', host: 'h', pid: 1 };

describe('the locks of several projects are taken at once', () => {
  it('creates them all, then one listing confirms them all; released together', async () => {
    const { client, vars, log } = variables();
    const locks = await ApplyLocks.acquire(client, ['b', 'a', 'c'], { waitMs: 0, identity: me });
    expect(log).toEqual(['create ADO_COOLIFY_LOCK_A', 'create ADO_COOLIFY_LOCK_B', 'create ADO_COOLIFY_LOCK_C', 'list']);
    expect(vars.map((v) => v.key).sort()).toEqual(['a', 'b', 'c'].map(lockKey));
    await locks.release();
    expect(vars).toEqual([]);
    expect(locks.problems).toEqual([]);
  });

  it('when one is held by someone else, gives back what it created and fails like the one-by-one path', async () => {
    const { client, vars } = variables();
    const other = await ApplyLocks.acquire(client, ['b'], { waitMs: 0, identity: { ...me, holder: 'other' } });
    await expect(ApplyLocks.acquire(client, ['a', 'b', 'c'], { waitMs: 0, identity: me })).rejects.toMatchObject({ code: 'ADO_LOCKED' });
    // only the other apply's lock is left
    expect(vars.map((v) => v.key)).toEqual([lockKey('b')]);
    await other.release();
    expect(vars).toEqual([]);
  });

  it('renews every lock', async () => {
    const { client, log } = variables();
    const locks = await ApplyLocks.acquire(client, ['a', 'b'], { waitMs: 0, identity: me });
    log.length = 0;
    await locks.renewAll();
    expect(log.sort()).toEqual(['update 1', 'update 2']);
    await locks.release();
  });
});
