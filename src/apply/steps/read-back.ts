import { parseAddress, placedAddress, subAddress } from '../../model/address.js';
import type { DesiredResource, LiveResource } from '../../model/resource.js';
import type { ApplyRuntime } from '../runtime.js';
import { isOwnedRecord, tagNames } from '../../model/ownership.js';
import { applicationSubtype, databaseSubtype, serviceSubtype } from '../../kinds/classify.js';
import { ownBackupConfigs } from '../../kinds/database.js';

type Rec = Record<string, unknown>;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function toLive(resource: DesiredResource, record: Rec, ownerOwned = true): LiveResource {
  const subtype =
    resource.kind === 'application' ? applicationSubtype(record) : resource.kind === 'database' ? databaseSubtype(record) : resource.kind === 'service' ? serviceSubtype(record) : resource.subtype;
  const sub = resource.kind === 'backup' || resource.kind === 'storage' || resource.kind === 'scheduledTask';
  return {
    kind: resource.kind,
    uuid: s(record.uuid ?? record.id),
    name: resource.name,
    address: resource.address,
    owned: sub ? ownerOwned : isOwnedRecord(record),
    subtype,
    fields: record,
    ...(Array.isArray(record.tags) ? { tags: tagNames(record) } : {}),
    status: typeof record.status === 'string' ? record.status : undefined,
  };
}

/** The storages of an application answer, flattened (a list or `{persistent_storages, file_storages}`). */
export function flattenStorages(answer: unknown): Rec[] {
  if (Array.isArray(answer)) return answer as Rec[];
  const a = (answer ?? {}) as { persistent_storages?: Rec[]; file_storages?: Rec[] };
  return [...(a.persistent_storages ?? []), ...(a.file_storages ?? [])];
}

/** Reads a freshly created resource back as a LiveResource (its uuid, URLs, defaults). */
export async function readBack(rt: ApplyRuntime, resource: DesiredResource, uuid: string): Promise<LiveResource> {
  const c = rt.client;
  const parent = parseAddress(resource.address)?.parent;
  const ownerUuid = (): string => rt.uuidOf(parent ?? '');
  let record: Rec;
  switch (resource.kind) {
    case 'project': {
      const { environments: _e, ...rest } = (await c.projects.get(uuid)) as Rec;
      record = rest;
      break;
    }
    case 'environment':
      record = { ...((await c.projects.getEnvironment(ownerUuid(), uuid)) as Rec), project_uuid: ownerUuid() };
      break;
    case 's3Storage':
      record = (await c.s3Storages.get(uuid)) as Rec;
      break;
    case 'database':
      record = (await c.databases.get(uuid)) as Rec;
      break;
    case 'application':
      record = (await c.applications.get(uuid)) as Rec;
      break;
    case 'service':
      record = (await c.services.get(uuid)) as Rec;
      break;
    case 'backup':
      record = ((await c.databases.backups.list(ownerUuid())) as Rec[]).find((b) => b.uuid === uuid) ?? { uuid };
      break;
    case 'storage':
      record = flattenStorages(await c.applications.storages.list(ownerUuid())).find((x) => x.uuid === uuid) ?? { uuid };
      break;
    case 'scheduledTask':
      record = ((await c.applications.scheduledTasks.list(ownerUuid())) as Rec[]).find((x) => x.uuid === uuid) ?? { uuid };
      break;
  }
  return toLive(resource, record);
}

/**
 * Lists the live resources of the desired resource's kind in its scope, mapped to addresses,
 * to find one whose create answer was lost.
 */
export async function listKind(rt: ApplyRuntime, resource: DesiredResource): Promise<LiveResource[]> {
  const c = rt.client;
  const parsed = parseAddress(resource.address);
  const env = parsed?.project && parsed.environment ? rt.liveAt(`${parsed.project}/${parsed.environment}`) : undefined;
  const envId = env?.fields.id;
  const placed = (records: Rec[], kind: 'application' | 'database' | 'service'): LiveResource[] =>
    records
      .filter((r) => envId !== undefined && r.environment_id === envId)
      .map((r) => ({ ...toLive({ ...resource, name: s(r.name) }, r), address: placedAddress(parsed!.project!, parsed!.environment!, kind, s(r.name)) }));
  const subs = (records: Rec[], name: (r: Rec) => string): LiveResource[] =>
    records.map((r) => ({ ...toLive({ ...resource, name: name(r) }, r), address: subAddress(parsed!.parent!, resource.kind as 'backup', name(r)) }));
  switch (resource.kind) {
    case 'project':
      return ((await c.projects.list()) as Rec[]).map((r) => ({ ...toLive({ ...resource, name: s(r.name) }, r), address: s(r.name) }));
    case 's3Storage':
      return ((await c.s3Storages.list()) as Rec[]).map((r) => ({ ...toLive({ ...resource, name: s(r.name) }, r), address: `s3/${s(r.name)}` }));
    case 'application':
      return placed((await c.applications.list()) as Rec[], 'application');
    case 'database':
      return placed(((await c.databases.list()) as Rec[]).map(({ backup_configs: _b, ...r }) => r), 'database');
    case 'service':
      return placed((await c.services.list()) as Rec[], 'service');
    case 'backup': {
      // `GET /databases/{uuid}/backups` also lists other engines' backups (see ownBackupConfigs).
      const engine = rt.desiredByAddress.get(parsed!.parent!)?.subtype;
      return subs(ownBackupConfigs(engine, await c.databases.backups.list(rt.uuidOf(parsed!.parent!))), () => resource.name);
    }
    case 'storage':
      return subs(flattenStorages(await c.applications.storages.list(rt.uuidOf(parsed!.parent!))), (r) => s(r.name ?? r.mount_path));
    case 'scheduledTask':
      return subs((await c.applications.scheduledTasks.list(rt.uuidOf(parsed!.parent!))) as Rec[], (r) => s(r.name));
    case 'environment':
      return [];
  }
}
