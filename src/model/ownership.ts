import { OWNERSHIP_TAG, hasOwnershipMarker } from './resource.js';

/** Tag names of a record, whether Coolify returned them as strings or as `{name}` objects. */
export function tagNames(record: Record<string, unknown>): string[] {
  const tags = record.tags;
  if (!Array.isArray(tags)) return [];
  return tags
    .map((t) => (typeof t === 'string' ? t : t && typeof t === 'object' ? (t as { name?: unknown }).name : undefined))
    .filter((t): t is string => typeof t === 'string');
}

/**
 * True when a live record carries our ownership mark: the marker (current or legacy form) in its
 * description (visible in list answers) or our tag (when the answer includes tags).
 */
export function isOwnedRecord(record: Record<string, unknown>): boolean {
  const description = record.description;
  if (hasOwnershipMarker(description)) return true;
  return tagNames(record).includes(OWNERSHIP_TAG);
}
