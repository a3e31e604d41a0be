import { byUuid } from '../append-index.js';
import { ApiError, badRequest, notFound, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { DestinationRecord, EnvironmentRecord, OwnerRef, PlacedRecord, ProjectRecord, ServerRecord } from '../world.js';

/** Where a new resource goes. */
export interface Placement {
  project: ProjectRecord;
  environment: EnvironmentRecord;
  server: ServerRecord;
  destination: DestinationRecord;
}

/**
 * Resolves `project_uuid`, `environment_name` (tried first) or `environment_uuid`,
 * `server_uuid` and `destination_uuid` (required only when the server has several).
 */
export function resolvePlacement(rt: SandboxRuntime, body: Record<string, unknown>): Placement {
  const w = rt.store.world;
  const project = rt.store.project(String(body.project_uuid));
  if (!project) throw notFound('Project');
  const envs = w.environments.filter((e) => e.project_id === project.id);
  const environment =
    (typeof body.environment_name === 'string' ? envs.find((e) => e.name === body.environment_name) : undefined) ??
    (typeof body.environment_uuid === 'string' ? envs.find((e) => e.uuid === body.environment_uuid) : undefined);
  if (!environment) throw notFound('Environment');
  const server = w.servers.find((s) => s.uuid === body.server_uuid);
  if (!server) throw notFound('Server');
  if (server.is_build_server) throw badRequest('Server is a build server.');
  const destinations = w.destinations.filter((d) => d.server_id === server.id);
  let destination: DestinationRecord | undefined;
  if (typeof body.destination_uuid === 'string' && body.destination_uuid) {
    destination = destinations.find((d) => d.uuid === body.destination_uuid);
    if (!destination) throw notFound('Destination');
  } else if (destinations.length === 0) {
    throw badRequest('Server has no destinations.');
  } else if (destinations.length > 1) {
    throw badRequest('Server has multiple destinations and you do not set destination_uuid.');
  } else {
    destination = destinations[0];
  }
  return { project, environment, server, destination: destination! };
}

/** Decodes a base64 field or throws Coolify's 422 `The X should be base64 encoded.`. */
export function decodeBase64Field(field: string, value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw validationFailed({ [field]: `The ${field} should be base64 encoded.` });
  }
  return Buffer.from(text, 'base64').toString('utf8');
}

/** True when the value is valid base64 (what Coolify stores for `custom_labels`). */
export function requireBase64(field: string, value: unknown): string {
  decodeBase64Field(field, value);
  return String(value).trim();
}

/** Normalises and checks tag names: lower-cased, at least 2 characters. */
export function normalizeTagNames(names: unknown[], field: string): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (typeof n !== 'string' || n.trim().length < 2) {
      throw validationFailed({ [field]: [`The ${field.replace(/_/g, ' ')} must be at least 2 characters.`] });
    }
    const name = n.trim().toLowerCase();
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Attaches tags (creating team tags as needed) to a record; returns the names added. */
export function attachTags(rt: SandboxRuntime, rec: PlacedRecord, names: string[]): string[] {
  const added: string[] = [];
  for (const name of names) {
    let tag = rt.store.world.tags.find((t) => t.name === name);
    if (!tag) {
      const now = rt.now();
      tag = { id: rt.store.nextId(), uuid: rt.store.uuid(), name, created_at: now, updated_at: now };
      rt.store.world.tags.push(tag);
    }
    if (!rec.tag_ids.includes(tag.id)) {
      rec.tag_ids.push(tag.id);
      added.push(name);
    }
  }
  return added;
}

/** Tag names of a record. */
export function tagNames(rt: SandboxRuntime, rec: PlacedRecord): string[] {
  return rec.tag_ids.map((id) => rt.store.world.tags.find((t) => t.id === id)?.name).filter((n): n is string => !!n);
}

/** Finds a placed record of one kind by uuid or throws `<Kind> not found.`. */
export function findOwned(rt: SandboxRuntime, kind: OwnerRef['kind'], uuid: string | undefined): PlacedRecord {
  const list: PlacedRecord[] =
    kind === 'application' ? rt.store.world.applications : kind === 'database' ? rt.store.world.databases : rt.store.world.services;
  const rec = byUuid(list, uuid);
  if (!rec) throw notFound(kind === 'application' ? 'Application' : kind === 'database' ? 'Database' : 'Service');
  return rec;
}

/** The kind for a URL segment (`applications` → `application`). */
export function kindOfSegment(segment: 'applications' | 'databases' | 'services'): OwnerRef['kind'] {
  return segment === 'applications' ? 'application' : segment === 'databases' ? 'database' : 'service';
}

/** A boolean query flag (`true`/`1`), with a default. */
export function queryFlag(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const v = query.get(name);
  if (v === null || v === '') return fallback;
  return v === 'true' || v === '1';
}

/** Marks a delete request: the record disappears `deleteAfterMs` later (queued job). */
export function queueDelete(rt: SandboxRuntime, rec: PlacedRecord): void {
  rec.deleting_since ??= rt.now();
}

/** Throws 400 with Coolify's message when the record is being deleted and cannot be used. */
export function assertNotDeleting(rec: PlacedRecord): void {
  if (rec.deleting_since !== undefined) throw new ApiError(400, 'Resource is being deleted.');
}

/** A common 422 for a missing body field outside the contract. */
export function requiredField(field: string): ApiError {
  return validationFailed({ [field]: [`The ${field.replace(/_/g, ' ')} field is required.`] });
}
