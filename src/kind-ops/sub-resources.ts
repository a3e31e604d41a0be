/**
 * What the sub-resources (database backups, application storages and scheduled tasks) share:
 * they belong to an owner (owned through it), have no status, tags or env, and are deleted at
 * once.
 */
import { parentOf, subAddress, type Address, type SubKind } from '../model/address.js';
import { AdoError } from '../errors.js';
import type { KindOps, KindOpsContext, ListedRecord, Rec } from './types.js';
import { NO_RUNTIME } from './no-runtime.js';

/** The owner of a sub-resource address. */
export function ownerAt(address: Address | undefined): Address {
  const parent = address === undefined ? undefined : parentOf(address);
  if (!parent) throw new AdoError('ADO_APPLY_MISSING', `cannot find the owner of ${address}`);
  return parent;
}

/** The uuid of the owner of a sub-resource address. */
export function ownerUuidOf(ctx: KindOpsContext, address: Address | undefined): string {
  return ctx.uuidOf(ownerAt(address));
}

/** Records listed under an owner, addressed by `name`. */
export function listedUnder(owner: Address, kind: SubKind, records: Rec[], name: (r: Rec) => string): ListedRecord[] {
  return records.map((r) => ({ record: r, name: name(r), address: subAddress(owner, kind, name(r)) }));
}

/** The keys every sub-resource kind has alike. */
export const SUB_RESOURCE = {
  ...NO_RUNTIME,
  deleteWaitsForChildren: false,
  sharedEnvs: null,
  ownedThroughOwner: true,
  existsWithParent: false,
  findMadeWithOwner: null,
  onCreateConflict: null,
} as const satisfies Partial<KindOps>;
