import { describe, expect, it } from 'vitest';
import { LiveIndex } from '../../src/model/live-index.js';
import type { LiveResource } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

const live = (address: string | undefined, uuid: string): LiveResource => ({
  kind: 'application',
  uuid,
  name: uuid,
  ...(address === undefined ? {} : { address: addr(address) }),
  owned: true,
  fields: {},
});

describe('LiveIndex', () => {
  const A = addr('p/e/application/a');
  const B = addr('p/e/application/b');

  it('finds the one resource at an address, and none at a duplicate', () => {
    const index = new LiveIndex([live('p/e/application/a', 'u1'), live('p/e/application/b', 'u2'), live('p/e/application/b', 'u3'), live(undefined, 'u4')]);
    expect(index.single(A)?.uuid).toBe('u1');
    expect(index.single(B)).toBeUndefined();
    expect(index.all(B).map((r) => r.uuid)).toEqual(['u2', 'u3']);
    expect(index.duplicates().map(([a]) => a)).toEqual([B]);
    expect(index.addresses()).toEqual([A, B]);
    expect(index.single(undefined)).toBeUndefined();
  });

  it('counts a record repeated by a list answer (same uuid) once (audit m13)', () => {
    const index = new LiveIndex([live('p/e/application/a', 'u1'), live('p/e/application/a', 'u1')]);
    expect(index.single(A)?.uuid).toBe('u1');
    expect(index.duplicates()).toEqual([]);
  });

  it('puts a resource as the only one at its address, and drops addresses', () => {
    const index = new LiveIndex([live('p/e/application/b', 'u2'), live('p/e/application/b', 'u3'), live('p/e/application/b#storage/x', 'u5')]);
    index.put(live('p/e/application/b', 'u9'));
    expect(index.single(B)?.uuid).toBe('u9');
    const dropped = index.drop((a) => a.startsWith(B));
    expect([...dropped].map((r) => r.uuid).sort()).toEqual(['u5', 'u9']);
    expect(index.addresses()).toEqual([]);
  });
});
