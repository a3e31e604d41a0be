/**
 * Indexes over the sandbox world's lists, so a request finds its rows without a scan of the
 * world (a 5,000-resource plan sends thousands of requests, and a scan each was most of the
 * sandbox's time). They rely on how the world's lists change: a list only grows by `push`, and
 * is replaced by a new array when rows go (`filter`; see lifecycle.ts `purgePlaced`). So an
 * index kept per array and per key, extended by the rows appended since its last use, stays
 * exact. A list that got shorter (not a world list) is indexed anew.
 */
import type { OwnerRef } from './world.js';

/** A key of a row: a string or a number. */
type Key = string | number;

/** One index of one array: how many of its rows it has taken in, and its map. */
interface Index<T, V> {
  length: number;
  map: Map<Key, V>;
  add(map: Map<Key, V>, row: T): void;
}

const indexes = new WeakMap<readonly unknown[], Map<string, Index<unknown, unknown>>>();

function indexOf<T, V>(rows: readonly T[], name: string, add: (map: Map<Key, V>, row: T) => void): Map<Key, V> {
  let byName = indexes.get(rows);
  if (!byName) indexes.set(rows, (byName = new Map()));
  let ix = byName.get(name) as Index<T, V> | undefined;
  if (ix === undefined || ix.length > rows.length) {
    ix = { length: 0, map: new Map(), add };
    byName.set(name, ix as Index<unknown, unknown>);
  }
  for (let i = ix.length; i < rows.length; i++) ix.add(ix.map, rows[i]!);
  ix.length = rows.length;
  return ix.map;
}

/** The rows of each key, in list order. `name` names the key (one index per list and name). */
export function groupedBy<T>(rows: readonly T[], name: string, keyOf: (row: T) => Key): Map<Key, T[]> {
  return indexOf<T, T[]>(rows, name, (map, row) => {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  });
}

/** The first row of each key, as `rows.find` would give it. */
export function firstBy<T>(rows: readonly T[], name: string, keyOf: (row: T) => Key): Map<Key, T> {
  return indexOf<T, T>(rows, name, (map, row) => {
    const key = keyOf(row);
    if (!map.has(key)) map.set(key, row);
  });
}

/** The first row whose `uuid` is `uuid` (`rows.find((r) => r.uuid === uuid)`; none for no uuid). */
export function byUuid<T extends { uuid: string }>(rows: readonly T[], uuid: string | undefined): T | undefined {
  return uuid === undefined ? undefined : firstBy(rows, 'uuid', (r) => r.uuid).get(uuid);
}

/** The key of an owner reference, for grouping rows by owner. */
export const ownerKey = (o: OwnerRef): string => `${o.kind}:${o.id}`;

/** The rows of one owner, in list order (`rows.filter((r) => same owner)`), as a new array. */
export function rowsOfOwner<T extends { owner: OwnerRef }>(rows: readonly T[], owner: OwnerRef): T[] {
  return [...(groupedBy(rows, 'owner', (r) => ownerKey(r.owner)).get(ownerKey(owner)) ?? [])];
}
