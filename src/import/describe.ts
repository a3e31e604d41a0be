/**
 * The description and `protect` flag of an imported entry, from a live record: our ownership
 * and protect markers taken out of the text, `protect: true` when Coolify keeps the marker.
 */
import { description as normDescription } from '../kinds/normalize.js';
import { hasProtectMarker } from '../model/resource.js';
import type { WireRecord } from './types.js';

/** The live description without our markers; undefined when empty. */
export function descriptionOf(record: WireRecord): string | undefined {
  const d = normDescription(record.description);
  return typeof d === 'string' ? d : undefined;
}

/**
 * Writes the description (without our markers) and `protect: true` when Coolify keeps the
 * protect marker, so that a protected resource imports as protected and plans clean.
 */
export function describe(out: Record<string, unknown>, record: WireRecord): void {
  const d = descriptionOf(record);
  if (d !== undefined) out['description'] = d;
  if (hasProtectMarker(record.description)) out['protect'] = true;
}
