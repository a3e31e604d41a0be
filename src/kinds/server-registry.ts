/**
 * A server's Docker registry logins (Coolify 4.4: ServerDockerRegistriesController.php of
 * coollabsio/coolify, routes `GET/POST /servers/{uuid}/registries`, `DELETE
 * /servers/{uuid}/registries/{registry}`, `POST …/{registry}/check`; contracts
 * coolify-v4.4.2.json routes 227-230). A sub-resource of the server (`sv/NAME#registry/HOST`),
 * named by the registry host as Coolify normalises it (DockerRegistryLogins.php
 * normalizeRegistry: lower-cased, scheme and path dropped, Docker Hub's hosts become
 * `docker.io`).
 *
 * Coolify keeps no record of its own: a login is `docker login` run on the server, and the list
 * is read from the server's Docker config (DockerRegistryLogins::forServer). The list answers
 * the registry and its username, never a credential (`GET` needs `read:sensitive`,
 * routes 227): the username is compared, the password is write-only. A password rotated in the
 * manifest cannot be told from the one in use (Coolify shows nothing comparable): the plan
 * sees a username change only; `--replace sv/NAME#registry/HOST` logs in again. A login again
 * replaces the saved one (the controller's POST description), so an update is the same POST
 * with all three fields.
 */
import { subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ServerRegistrySpec } from '../manifest/types.js';
import { readsUnder, type KindSpec, type TeamImportSecret } from './spec.js';
import { field, writeOnly } from './field-helpers.js';
import { expectRecord, expectRecords } from './answer-shape.js';
import type { WireRecord } from './raw-client.js';

/** `GET /servers/{uuid}/registries` (the route template, for the client and api-coverage). */
export const REGISTRIES_PATH = '/servers/{uuid}/registries';

/** DockerRegistryLogins.php REGISTRY_PATTERN: a host, optionally with a port. */
export const REGISTRY_PATTERN = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$/;

/** DockerRegistryLogins.php normalizeRegistry: the registry host Coolify names a login by. */
export function normalizeRegistry(key: string): string {
  const host = key.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split('/', 1)[0] ?? '';
  return ['index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com', 'docker.io'].includes(host) ? 'docker.io' : host;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/**
 * The logins of one server: the rows with `logged_in: true` (the index answer also lists the
 * registries the server's resources pull from without a login, `logged_in: false`: not logins).
 * Coolify 4.3.x has no such route (404): no logins (the plan leaves declared ones out, ADO530).
 */
export async function readRegistryLogins(send: (uuid: string) => Promise<unknown>, serverUuid: string): Promise<WireRecord[]> {
  let answer: unknown;
  try {
    answer = await send(serverUuid);
  } catch (err) {
    // the client's error carries the HTTP status (a pure module: no import of the client's error type)
    const status = err !== null && typeof err === 'object' ? (err as { status?: unknown }).status : undefined;
    const message = err instanceof Error ? err.message : '';
    if (status === 404 && !/server not found/i.test(message)) return [];
    throw err;
  }
  const what = `GET /servers/${serverUuid}/registries`;
  const rows = expectRecords(expectRecord(answer, what, {}).registries ?? [], `${what} (registries)`, { registry: 'string' });
  return rows.filter((r) => r.logged_in === true).map((r) => ({ ...r, uuid: str(r.registry), name: str(r.registry) }));
}

/** The registry login capability table. */
export const SERVER_REGISTRY_SPEC: KindSpec = {
  kind: 'serverRegistry',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  // The schema refuses a literal password (a `${secrets.X}` pattern); this warns for the rest.
  literalSecretKeys: [{ value: ['password'], what: 'the registry password' }],
  liveFqdn: null,
  fields: [
    // login: 'registry' => required|string|max:255|regex:REGISTRY_PATTERN (ServerDockerRegistriesController.php
    // login rules); the name of the login, never changed in place.
    writeOnly('registry', 'registry', 'replace', { sentWithEveryPatch: true }),
    // 'username' => required|string|max:255|regex:/^[^\s]+$/; the index answers it (usernameFromAuth).
    field('username', 'username', 'update', { sentWithEveryPatch: true }),
    // 'password' => required|string|max:20000; "Never returned." (the POST's OpenAPI text).
    writeOnly('password', 'password', 'update', { sensitive: true, sentWithEveryPatch: true }),
  ],
  createdKey: (resource) => resource.name,
  underTeamEntry: { key: 'registries', noun: 'registry login' },
  sends: [`GET ${REGISTRIES_PATH}`, `POST ${REGISTRIES_PATH}`, `DELETE ${REGISTRIES_PATH}/{registry}`, `POST ${REGISTRIES_PATH}/{registry}/check`],
  reads: readsUnder({
    owners: ['server'],
    ownerField: null,
    read: async (client, owner) =>
      (await readRegistryLogins((uuid) => client.send({ method: 'GET', template: REGISTRIES_PATH, params: { uuid } }), owner.uuid))
        .map((record) => ({ record, uuid: str(record.uuid), name: str(record.name) })),
  }),
};

/** Lowers one registry login of a server entry (the key is the registry host, as Coolify names it). */
export function lowerServerRegistry(server: Address, host: string, entry: Resolved<ServerRegistrySpec>): DesiredResource {
  const registry = normalizeRegistry(host);
  const fields: Record<string, DesiredValue> = { registry, username: entry.username as DesiredValue, password: entry.password as DesiredValue };
  return { address: subAddress(server, 'serverRegistry', registry), kind: 'serverRegistry', name: registry, parent: server, fields, protect: false, ignoreChanges: [] };
}

/** Lowers the `registries:` of one server entry. */
export function lowerServerRegistries(server: Address, registries: Readonly<Record<string, Resolved<ServerRegistrySpec>>> | undefined): DesiredResource[] {
  return Object.entries(registries ?? {}).map(([host, entry]) => lowerServerRegistry(server, host, entry));
}

/** The `registries:` section `import` writes for a server's logins: the username, the password as a placeholder. */
export function importServerRegistries(logins: readonly WireRecord[], secret?: TeamImportSecret): Record<string, Record<string, unknown>> | undefined {
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of logins) {
    const host = str(r.registry);
    if (host === '') continue;
    out[host] = { username: str(r.username), password: secret ? secret(`registry_${host}`, `${host} registry password`, undefined) : undefined };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
