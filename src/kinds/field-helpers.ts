/**
 * Small builders for field capability tables, so each kind file reads as a table.
 * Not for use outside `src/kinds/`.
 */
import type { ChangeEffect } from '../model/plan.js';
import type { FieldSpec } from './spec.js';
import { memory, numeric, text, zeroIsUnset } from './normalize.js';

/** A comparable field (the common case). */
export function field(
  path: string,
  label: string,
  effect: ChangeEffect,
  options: Omit<Partial<FieldSpec>, 'path' | 'label' | 'effect'> = {},
): FieldSpec {
  return { path, label, effect, compare: 'comparable', normalize: text, ...options };
}

/** A field never returned by GET in a comparable form: sent on create, never diffed. */
export function writeOnly(
  path: string,
  label: string,
  effect: ChangeEffect,
  options: Omit<Partial<FieldSpec>, 'path' | 'label' | 'effect' | 'compare'> = {},
): FieldSpec {
  return { path, label, effect, compare: 'writeOnly', ...options };
}

/** The `limits_*` fields shared by applications and databases. */
export function limitFields(effect: ChangeEffect): FieldSpec[] {
  return [
    field('limits_cpus', 'limits.cpus', effect, { normalize: zeroIsUnset }),
    field('limits_memory', 'limits.memory', effect, { normalize: memory }),
    field('limits_memory_swap', 'limits.memorySwap', effect, { normalize: memory }),
    field('limits_memory_swappiness', 'limits.memorySwappiness', effect, { normalize: numeric }),
    field('limits_memory_reservation', 'limits.memoryReservation', effect, { normalize: memory }),
    field('limits_cpuset', 'limits.cpuset', effect),
    field('limits_cpu_shares', 'limits.cpuShares', effect, { normalize: numeric }),
  ];
}

/** Manifest `limits` → wire `limits_*` (cpus as a string, as Coolify stores it). */
export const LIMIT_KEYS: ReadonlyArray<[string, string]> = [
  ['cpus', 'limits_cpus'],
  ['memory', 'limits_memory'],
  ['memorySwap', 'limits_memory_swap'],
  ['memorySwappiness', 'limits_memory_swappiness'],
  ['memoryReservation', 'limits_memory_reservation'],
  ['cpuset', 'limits_cpuset'],
  ['cpuShares', 'limits_cpu_shares'],
];
