/**
 * The one reader of Coolify's raw answers, shared by the state reader (src/state/) and
 * `import` (src/import/read-snapshot.ts): the list of each kind, a project with its
 * environments, and what a record carries beyond its list answer (env vars, shared
 * variables, sub-resources), every answer checked (answer-shape.ts). What differs by kind
 * comes from the kinds' tables (`KindSpec.reads`); this file never branches on a kind.
 * Reads go through an injected client (raw-client.ts): no I/O of its own.
 */
import { TEAM_KIND_LIST, type PlacedKind, type ResourceKind, type SubKind, type TeamKind } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import { expectRecord, expectRecords, PLACED_SHAPE } from './answer-shape.js';
import type { RawReaderClient, WireRecord } from './raw-client.js';
import { KIND_ORDER, specFor } from './registry.js';
import type { RawChild, RawOwner, SubReads } from './spec.js';

/** The list answers of every kind, checked. */
export interface RawLists {
  projects: WireRecord[];
  servers: WireRecord[];
  applications: WireRecord[];
  databases: WireRecord[];
  services: WireRecord[];
  /** The list of each team-wide kind (`GET` of its `team.collection`); empty when not read. */
  team: Record<TeamKind, WireRecord[]>;
}

/** What `readRawLists` may leave out. */
export interface RawListOptions {
  /**
   * The team-wide kinds whose section the manifest has (`DesiredState.teamKinds`). A kind of
   * scope `withSection` is listed only when it is here; absent: every team-wide kind is listed.
   */
  teamKinds?: readonly ResourceKind[];
}

/** The team-wide kinds a read lists: `always` ones, and `withSection` ones the manifest governs. */
function listedTeamKinds(options: RawListOptions): TeamKind[] {
  const governed = KIND_ORDER.filter((k): k is TeamKind => {
    const team = specFor(k).team;
    return team !== undefined && (team.scope === 'always' || options.teamKinds === undefined || options.teamKinds.includes(k));
  });
  // and the lists a governed kind's ownership rule reads (`TeamSpec.alsoLists`)
  const also = new Set(governed.flatMap((k) => [...(specFor(k).team?.alsoLists ?? []), ...(specFor(k).team?.byId ? [specFor(k).team!.byId!.kind] : [])]));
  return KIND_ORDER.filter((k): k is TeamKind => governed.includes(k as TeamKind) || also.has(k as TeamKind));
}

/** One list call per kind, in parallel. */
export async function readRawLists(client: RawReaderClient, options: RawListOptions = {}): Promise<RawLists> {
  const teamKinds = listedTeamKinds(options);
  const [projects, servers, applications, databases, services, ...teamAnswers] = await Promise.all([
    client.projects.list().then((v) => expectRecords(v, 'GET /projects')),
    client.servers.list().then((v) => expectRecords(v, 'GET /servers')),
    client.applications.list().then((v) => expectRecords(v, 'GET /applications', PLACED_SHAPE)),
    client.databases.list().then((v) => expectRecords(v, 'GET /databases', PLACED_SHAPE)),
    client.services.list().then((v) => expectRecords(v, 'GET /services', PLACED_SHAPE)),
    ...teamKinds.map((k) => teamRecords(client, k)),
  ]);
  const team = Object.fromEntries(TEAM_KIND_LIST.map((k) => [k, [] as WireRecord[]])) as Record<TeamKind, WireRecord[]>;
  teamKinds.forEach((k, i) => (team[k] = withServerNames(k, teamAnswers[i] ?? [], servers)));
  for (const k of teamKinds) team[k] = withNamesById(k, team[k], team);
  return { projects, servers, applications, databases, services, team };
}

/**
 * `GET` of a team-wide kind's collection (`/security/keys`), checked. A singleton kind
 * (`team.singleton`) has no list: one `GET` of `${collection}/${name}` per name, in parallel.
 * A kind whose list lacks compared fields (`team.readsEach`) reads each record again; a kind on
 * a server (`team.onServer`) also reads `GET /servers` to name each record's server.
 */
export async function listTeamKind(client: RawReaderClient, kind: TeamKind): Promise<WireRecord[]> {
  const byId = specFor(kind).team?.byId;
  const [records, named] = await Promise.all([teamRecords(client, kind), byId === undefined ? [] : teamRecords(client, byId.kind)]);
  const withNames = byId === undefined ? records : withNamesById(kind, records, { [byId.kind]: named } as Partial<Record<TeamKind, WireRecord[]>>);
  if (specFor(kind).team?.onServer === undefined) return withNames;
  return withServerNames(kind, withNames, expectRecords(await client.servers.list(), 'GET /servers'));
}

/**
 * Each record with the name and uuid of the record its `byId.idField` names (`TeamSpec.byId`:
 * a server's key); the name `#ID` when no listed record has that id, null when it names none.
 */
function withNamesById(kind: TeamKind, records: WireRecord[], lists: Partial<Record<TeamKind, WireRecord[]>>): WireRecord[] {
  const byId = specFor(kind).team?.byId;
  if (byId === undefined) return records;
  const named = new Map((lists[byId.kind] ?? []).map((r) => [r.id, r]));
  return records.map((r) => {
    const id = r[byId.idField];
    const other = id === undefined || id === null ? undefined : named.get(id);
    return { ...r, [byId.nameField]: id === undefined || id === null ? null : other?.name ?? `#${String(id)}`, [byId.uuidField]: other?.uuid ?? null };
  });
}

/** A team-wide kind's records, without their servers' names (`readRawLists` adds them from its own `GET /servers`). */
async function teamRecords(client: RawReaderClient, kind: TeamKind): Promise<WireRecord[]> {
  const team = specFor(kind).team;
  if (team === undefined) throw new Error(`${kind} is not a team-wide kind`);
  const { collection, singleton } = team;
  if (singleton !== undefined) {
    return Promise.all(singleton.names.map(async (name) => singletonRecord(name, await client.send({ method: 'GET', template: `${collection}/${name}`, params: {} }), `GET ${collection}/${name}`)));
  }
  const list = await readCollection(client, kind);
  if (team.readsEach !== true) return list;
  return Promise.all(list.map(async (r) => {
    const uuid = String(r.uuid ?? '');
    return { ...r, ...expectRecord(await client.send({ method: 'GET', template: `${collection}/{uuid}`, params: { uuid } }), `GET ${collection}/${uuid}`) };
  }));
}

/**
 * A singleton's answer (checked) as a record of its kind: Coolify's record has neither uuid nor
 * name, so both are the singleton's name (`discord`): its address, and the path segment
 * its requests use.
 */
export function singletonRecord(name: string, answer: unknown, what: string): WireRecord {
  return { ...expectRecord(answer, what, { id: 'number' }), name, uuid: name };
}

/** The collection's records, without those Coolify makes by itself (`markerless.coolifyOwn`: never the manifest's). */
async function readCollection(client: RawReaderClient, kind: TeamKind): Promise<WireRecord[]> {
  const team = specFor(kind).team;
  if (team === undefined) throw new Error(`${kind} is not a team-wide kind`);
  const records = expectRecords(await client.send({ method: 'GET', template: team.collection, params: {} }), `GET ${team.collection}`);
  const own = team.markerless?.coolifyOwn;
  return own === undefined ? records : records.filter((r) => !own(r));
}

/** Each record with its server's name (`onServer.nameField`); the uuid itself when no listed server has it. */
function withServerNames(kind: TeamKind, records: WireRecord[], servers: readonly WireRecord[]): WireRecord[] {
  const onServer = specFor(kind).team?.onServer;
  if (onServer === undefined) return records;
  const names = new Map(servers.map((s) => [String(s.uuid), s.name]));
  return records.map((r) => ({ ...r, [onServer.nameField]: names.get(String(r[onServer.uuidField])) ?? r[onServer.uuidField] ?? null }));
}

/** The placed records of a list answer by kind, in the order the state reader adds them. */
export function placedLists(lists: RawLists): Array<[PlacedKind, WireRecord[]]> {
  return [
    ['application', lists.applications],
    ['service', lists.services],
    ['database', lists.databases],
  ];
}

/** A project as `GET /projects/{uuid}` answers it, and its environments (checked). */
export async function readRawProject(client: RawReaderClient, uuid: string): Promise<{ record: WireRecord; environments: WireRecord[] }> {
  const record = expectRecord(await client.projects.get(uuid), `GET /projects/${uuid}`);
  const environments =
    record.environments === undefined ? [] : expectRecords(record.environments, `GET /projects/${uuid} (environments)`, { uuid: 'string', name: 'string', id: 'number' });
  return { record, environments };
}

/** The env vars of one record of the kind (none when the kind has none). */
export function readEnvs(client: RawReaderClient, kind: ResourceKind, uuid: string): Promise<WireRecord[]> {
  return specFor(kind).reads.envs?.(client, uuid) ?? Promise.resolve([]);
}

/** True when records of the kind have env vars to read. */
export function hasEnvs(kind: ResourceKind): boolean {
  return specFor(kind).reads.envs !== null;
}

/** The shared variables of one record of the kind (none when the kind has none). */
export function readSharedEnvs(client: RawReaderClient, kind: ResourceKind, uuid: string, fields: WireRecord): Promise<WireRecord[]> {
  return specFor(kind).reads.sharedEnvs?.(client, uuid, fields) ?? Promise.resolve([]);
}

/** True when records of the kind have shared variables to read. */
export function hasSharedEnvs(kind: ResourceKind): boolean {
  return specFor(kind).reads.sharedEnvs !== null;
}

/** The sub-resource kinds read under an owner of `kind`, with how each is read. */
export function subReadsOf(kind: ResourceKind): Array<{ kind: SubKind; under: SubReads }> {
  const out: Array<{ kind: SubKind; under: SubReads }> = [];
  for (const sub of KIND_ORDER) {
    const under = specFor(sub).reads.under;
    if (under && (under.owners as readonly ResourceKind[]).includes(kind)) out.push({ kind: sub as SubKind, under });
  }
  return out;
}

/** The fields of a listed record of the kind: without the keys that carry sub-resources (a database's backup configs). */
export function listedFields(kind: ResourceKind, record: WireRecord): WireRecord {
  const fields = { ...record };
  for (const { under } of subReadsOf(kind)) if (under.ownerField !== null) delete fields[under.ownerField];
  return fields;
}

/** The records of a sub-resource kind under one owner, named as `wanted` names them. */
export function readUnder(client: RawReaderClient, kind: SubKind, owner: RawOwner, wanted: readonly DesiredResource[] = []): Promise<RawChild[]> {
  return specFor(kind).reads.under?.read(client, owner, wanted) ?? Promise.resolve([]);
}
