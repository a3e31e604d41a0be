/** Dates as Laravel serializes them in Coolify's JSON answers. */

/** ISO string of an epoch-ms time, like Laravel's JSON dates. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000000Z');
}

/** A datetime column Laravel serializes without a cast (`Y-m-d H:i:s`), e.g. last_online_at. */
export function plainDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}
