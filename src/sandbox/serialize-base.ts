/**
 * Small helpers every sandbox serializer shares: Laravel's date formats, key omission and the
 * columns every placed resource row carries.
 */
import type { PlacedRecord } from './world.js';

/** ISO string of an epoch-ms time, like Laravel's JSON dates. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000000Z');
}

/** A datetime column Laravel serializes without a cast (`Y-m-d H:i:s`), e.g. last_online_at. */
export function plainDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

/** A copy of `obj` without `keys` (Eloquent's makeHidden on a serialized row). */
export function omit(obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out = { ...obj };
  for (const k of keys) delete out[k];
  return out;
}

/**
 * Columns every placed resource row carries (without `id`: the controllers hide it,
 * ApplicationsController.php:103 removeSensitiveData, and the same in DatabasesController and
 * ServicesController; the model rows of serialize-models.ts add it back).
 */
export function placedBase(rec: PlacedRecord): Record<string, unknown> {
  return {
    uuid: rec.uuid,
    name: rec.name,
    // last_online_at: set when the resource is created (column useCurrent), as the real 4.3.11 answers.
    last_online_at: plainDateTime(rec.created_at),
    description: rec.description,
    environment_id: rec.environment_id,
    destination_id: rec.destination_id,
    destination_type: 'App\\Models\\StandaloneDocker',
    created_at: iso(rec.created_at),
    updated_at: iso(rec.updated_at),
    deleted_at: null,
  };
}
