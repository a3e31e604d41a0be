/**
 * Whether a live record of a kind is ours, from the kind's table: a singleton team record (a
 * notification channel) is claimed by its section, having no description to carry a marker
 * (`team.singleton`); every other record by our marker or tag (model/ownership.ts).
 */
import type { ResourceKind } from '../model/address.js';
import { isOwnedRecord } from '../model/ownership.js';
import { specFor } from './registry.js';

/** True when the live record of `kind` counts as managed. */
export function isOwnedKindRecord(kind: ResourceKind, record: Record<string, unknown>): boolean {
  return specFor(kind).team?.singleton !== undefined || isOwnedRecord(record);
}
