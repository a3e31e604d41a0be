import type { DesiredResource, LiveResource } from '../../model/resource.js';
import type { ApplyRuntime } from '../runtime.js';
import { tagNames } from '../../model/ownership.js';
import { isOwnedKindRecord } from '../../kinds/owned-record.js';
import { specFor } from '../../kinds/registry.js';
import { teamRecordKey, type TeamImportLists } from '../../kinds/spec.js';
import { TEAM_KIND_LIST } from '../../model/address.js';
import { opsFor } from '../../kind-ops/registry.js';
import type { Rec } from '../../kind-ops/types.js';

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The team-wide records of the live state (as the apply has updated it), by kind: what a kind's `owned` reads. */
function teamLists(rt: ApplyRuntime): TeamImportLists {
  return Object.fromEntries(TEAM_KIND_LIST.map((k) => [k, rt.live.resources.filter((r) => r.kind === k).map((r) => r.fields)]));
}

/** A wire record of the resource's kind as a LiveResource at the resource's address. */
function toLive(rt: ApplyRuntime, resource: DesiredResource, record: Rec): LiveResource {
  const ops = opsFor(resource.kind);
  const team = specFor(resource.kind).team;
  return {
    kind: resource.kind,
    // A team-wide kind is keyed as its routes name one record (its id for Git Apps).
    uuid: team ? teamRecordKey(team, record) : s(record.uuid ?? record.id),
    name: resource.name,
    address: resource.address,
    // Sub-resources belong to an owned resource: they are read only under one.
    owned: ops.ownedThroughOwner ? true : team?.owned ? team.owned(record, teamLists(rt)) : isOwnedKindRecord(resource.kind, record),
    subtype: specFor(resource.kind).liveSubtype?.(record) ?? resource.subtype,
    fields: record,
    ...(Array.isArray(record.tags) ? { tags: tagNames(record) } : {}),
    status: typeof record.status === 'string' ? record.status : undefined,
  };
}

/** Reads a freshly written resource back as a LiveResource (its uuid, URLs, defaults). */
export async function readBack(rt: ApplyRuntime, resource: DesiredResource, uuid: string): Promise<LiveResource> {
  return toLive(rt, resource, await opsFor(resource.kind).readBack(rt, resource, uuid));
}

/**
 * Lists the live resources of the desired resource's kind in its scope, mapped to addresses,
 * to find one whose create answer was lost.
 */
export async function listKind(rt: ApplyRuntime, resource: DesiredResource): Promise<LiveResource[]> {
  const listed = await opsFor(resource.kind).list(rt, resource);
  return listed.map(({ record, name, address }) => ({ ...toLive(rt, { ...resource, name }, record), address }));
}
