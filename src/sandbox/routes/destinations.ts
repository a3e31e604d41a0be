/**
 * Destinations (Docker networks on a server), as app/Http/Controllers/Api/DestinationsController.php
 * (Coolify 4.3.11) serves them under routes/api.php:178-183. The sandbox's servers are all
 * standalone (no Swarm), so every destination is a `StandaloneDocker`.
 */
import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { destinationJson } from '../serialize-relations.js';
import type { DestinationRecord, ServerRecord } from '../world.js';
import { storedName } from './name-rules.js';

// :212 the network rule's pattern (ValidationPatterns::isValidDockerNetwork, StandaloneDocker.php setNetworkAttribute).
const NETWORK_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
// :208 create's $allowed, :319 update's.
const CREATE_ALLOWED = ['name', 'network', 'type'];
const UPDATE_ALLOWED = ['name'];

/**
 * `firstOrFail()` (:123, :206; findDestinationForTeam :59-60, whose last lookup is the Swarm
 * one): Laravel answers 404 "No query results for model [App\\Models\\…]." (checked against the real 4.3.11).
 */
const noModel = (model: string): ApiError => new ApiError(404, `No query results for model [App\\Models\\${model}].`);

function findServer(rt: SandboxRuntime, uuid: string | undefined): ServerRecord {
  const s = rt.store.world.servers.find((x) => x.uuid === uuid);
  if (!s) throw noModel('Server');
  return s;
}

function findDestination(rt: SandboxRuntime, uuid: string | undefined): DestinationRecord {
  const d = rt.store.world.destinations.find((x) => x.uuid === uuid);
  if (!d) throw noModel('SwarmDocker');
  return d;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const absent = (v: unknown): boolean => v === undefined || v === null || v === '';

/** Laravel's messages for create's rules (:210-214) and update's (:321-323), with the extras (:215-225, :324-334). */
function ruleErrors(body: Record<string, unknown>, creating: boolean): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const name = body.name;
  // create: 'name' => nullable|string|max:255; update: required|string|max:255.
  if (absent(name)) {
    if (!creating) errors.name = ['The name field is required.'];
  } else if (!isString(name)) errors.name = ['The name field must be a string.'];
  else if ([...name].length > 255) errors.name = ['The name field must not be greater than 255 characters.'];
  if (creating) {
    const network = body.network;
    // 'network' => required|string|max:255|regex (:212)
    if (absent(network)) errors.network = ['The network field is required.'];
    else if (!isString(network)) errors.network = ['The network field must be a string.'];
    else if ([...network].length > 255) errors.network = ['The network field must not be greater than 255 characters.'];
    else if (!NETWORK_PATTERN.test(network)) errors.network = ['The network field format is invalid.'];
    // 'type' => nullable|in:standalone,swarm (:213)
    if (!absent(body.type) && body.type !== 'standalone' && body.type !== 'swarm') errors.type = ['The selected type is invalid.'];
  }
  const allowed = creating ? CREATE_ALLOWED : UPDATE_ALLOWED;
  for (const k of Object.keys(body)) if (!allowed.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
  return errors;
}

/** attachedTo() (StandaloneDocker.php:164-167): applications, databases or services placed on it. */
function attached(rt: SandboxRuntime, d: DestinationRecord): boolean {
  const w = rt.store.world;
  return [...w.applications, ...w.databases, ...w.services].some((r) => r.destination_id === d.id);
}

/** `/destinations` and `/servers/{uuid}/destinations`: list, list by server, read, create, rename, delete. */
export const destinationRoutes: Route[] = [
  // :79-92 index: every destination of the team's servers.
  { method: 'GET', path: '/destinations', handler: ({ rt }) => ({ body: rt.store.world.destinations.map((d) => destinationJson(rt, d)) }) },
  // :149-158 show
  { method: 'GET', path: '/destinations/{uuid}', handler: ({ rt, params }) => ({ body: destinationJson(rt, findDestination(rt, params.uuid)) }) },
  {
    // :114-127 index_by_server
    method: 'GET',
    path: '/servers/{uuid}/destinations',
    handler: ({ rt, params }) => {
      const s = findServer(rt, params.uuid);
      return { body: rt.store.world.destinations.filter((d) => d.server_id === s.id).map((d) => destinationJson(rt, d)) };
    },
  },
  {
    method: 'POST',
    path: '/servers/{uuid}/destinations',
    // validateIncomingRequest (:201-204)
    body: 'required',
    handler: ({ rt, params, body }) => {
      // The server is looked up before the body is checked (:206).
      const server = findServer(rt, params.uuid);
      const errors = ruleErrors(body, true);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      // :227-231: the type follows the server (the sandbox has no Swarm servers).
      if (!absent(body.type) && body.type !== 'standalone') throw new ApiError(422, 'Destination type must be standalone for this server.');
      const network = String(body.network);
      // :238-241: one destination per network on a server (the unique index server_id+network).
      if (rt.store.world.destinations.some((d) => d.server_id === server.id && d.network === network)) {
        throw new ApiError(409, 'A destination with this network already exists on the server.');
      }
      const now = rt.now();
      // :233: no name: `{server name}-{network}`.
      const name = isString(body.name) && body.name !== '' ? body.name : `${server.name}-${network}`;
      const d: DestinationRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), name: storedName(name), network, server_id: server.id, created_at: now, updated_at: now };
      rt.store.world.destinations.push(d);
      // :265: 201 with the destination.
      return { status: 201, body: destinationJson(rt, d) };
    },
  },
  {
    method: 'PATCH',
    path: '/destinations/{uuid}',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // :321-334: the body before the lookup (:336).
      const errors = ruleErrors(body, false);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      const d = findDestination(rt, params.uuid);
      d.name = storedName(String(body.name));
      d.updated_at = rt.now();
      // :352
      return { body: destinationJson(rt, d) };
    },
  },
  {
    method: 'DELETE',
    path: '/destinations/{uuid}',
    handler: ({ rt, params }) => {
      const d = findDestination(rt, params.uuid);
      // :394-397
      if (attached(rt, d)) throw new ApiError(409, 'Destination has attached resources, detach first.');
      // :413-422: the Docker network is removed from the server, then the row.
      rt.store.world.destinations = rt.store.world.destinations.filter((x) => x.id !== d.id);
      // additional_destinations.standalone_docker_id cascades on delete (2024_02_06_132748 migration).
      rt.store.world.additionalDestinations = (rt.store.world.additionalDestinations ?? []).filter((p) => p.destination_id !== d.id);
      // :432
      return { body: { message: 'Deleted.' } };
    },
  },
];
