import { describe, expect, it } from 'vitest';
import { chooseIndexes, desiredCount, liveIndexes } from '../../src/plan/replica-instances.js';
import { replicaIndexOf } from '../../src/model/address.js';
import { addr } from '../helpers/address.js';

const B = addr('p/e/application/w');

describe('replica instances', () => {
  it('parses instance indexes', () => {
    expect(replicaIndexOf(B, B)).toBe(0);
    expect(replicaIndexOf(B, addr(`${B}-3`))).toBe(3);
    expect(replicaIndexOf(B, addr(`${B}-db`))).toBeUndefined();
    expect(replicaIndexOf(B, addr(`${B}-03`))).toBeUndefined();
    expect(liveIndexes(B, [addr(`${B}-2`), addr(`${B}-1`), addr('p/e/application/x-1')])).toEqual([1, 2]);
  });

  it.each<[number[], number, number[]]>([
    [[1, 2, 3], 3, [1, 2, 3]],
    [[1, 2, 3], 4, [1, 2, 3, 4]],
    [[1, 2, 3], 2, [1, 2]],
    [[1, 3], 3, [1, 2, 3]],
    [[1, 3], 2, [1, 3]],
    [[0], 2, [1, 2]],
    [[], 1, [1]],
  ])('keeps live %j at %i → %j', (live, target, want) => {
    expect(chooseIndexes(live, target)).toEqual(want);
  });

  it.each<[string, Parameters<typeof desiredCount>, number]>([
    ['fixed replicas', [{ replicas: 3 }, 5], 3],
    ['override wins', [{ replicas: 3, autoscale: { min: 1, max: 4 } }, 2, 6], 6],
    ['autoscale inside the range: live', [{ autoscale: { min: 1, max: 4 } }, 3], 3],
    ['autoscale above max: clamped', [{ autoscale: { min: 1, max: 4 } }, 6], 4],
    ['autoscale below min: clamped', [{ autoscale: { min: 2, max: 4 } }, 1], 2],
    ['autoscale, nothing live: replicas', [{ replicas: 3, autoscale: { min: 1, max: 4 } }, 0], 3],
    ['autoscale, nothing live: min', [{ autoscale: { min: 2, max: 4 } }, 0], 2],
  ])('%s', (_n, args, want) => {
    expect(desiredCount(...args)).toBe(want);
  });
});
