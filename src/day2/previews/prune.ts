/** Which previews have outlived their TTL (pure). */
import type { PreviewSummary } from './history.js';

/** A preview selected for removal, with its age. */
export interface ExpiredPreview extends PreviewSummary {
  ageMs: number;
}

/**
 * Previews whose last deployment is older than `ttlMs` at `now`. Previews with a deployment
 * still queued or in progress are never selected.
 */
export function selectExpired(previews: readonly PreviewSummary[], ttlMs: number, now: number): ExpiredPreview[] {
  const out: ExpiredPreview[] = [];
  for (const p of previews) {
    if (p.lastStatus === 'queued' || p.lastStatus === 'in_progress') continue;
    const at = Date.parse(p.lastDeployedAt);
    if (Number.isNaN(at)) continue;
    const ageMs = now - at;
    if (ageMs > ttlMs) out.push({ ...p, ageMs });
  }
  return out;
}
