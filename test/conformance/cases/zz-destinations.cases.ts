/**
 * Destinations (`/destinations`, `/servers/{uuid}/destinations`, DestinationsController.php).
 *
 * This file sorts last on purpose: the test's real Coolify cannot delete a destination (the
 * delete removes the Docker network over SSH first, RemoveStandaloneDockerNetwork,
 * DestinationsController.php:413-415: 500 offline), so a destination a case creates on the
 * kit's one server stays there, and every later case that places a resource on `localhost`
 * without a `destination_uuid` would meet "Server has multiple destinations"
 * (ApplicationsController.php:1321-1322). The cases that create come last in it for the same
 * reason; the rename case renames the server's default destination and names it back.
 */
import { defineCases, type CaseRequest } from '../case.js';
import { SERVER } from './fixtures.js';

const DC = 'app/Http/Controllers/Api/DestinationsController.php';
/** Captures the server's default destination (`coolify`) as `dest`. */
const defaultDestination: CaseRequest = { call: `GET /servers/${SERVER}/destinations`, select: { network: 'coolify' }, capture: { dest: 'uuid' } };
const MISSING = 'cf-no-such-destination';

export default defineCases([
  {
    id: 'destinations.get.success',
    source: `${DC}:149`,
    endpoint: 'GET /destinations/{uuid}',
    kind: 'success',
    setup: [defaultDestination],
    request: { call: 'GET /destinations/{{dest}}', expect: { status: 200, body: { network: 'coolify', type: 'standalone', server_uuid: SERVER } }, values: ['name', 'network', 'type', 'server_uuid'] },
  },
  {
    id: 'destinations.get.not-found',
    source: `${DC}:60`,
    endpoint: 'GET /destinations/{uuid}',
    kind: 'rule',
    rule: 'an unknown uuid is a 404 from the last lookup (SwarmDocker firstOrFail)',
    request: { call: `GET /destinations/${MISSING}`, expect: { status: 404, message: 'No query results for model [App\\Models\\SwarmDocker].' } },
  },
  {
    id: 'destinations.update.success',
    source: `${DC}:307`,
    endpoint: 'PATCH /destinations/{uuid}',
    kind: 'success',
    setup: [defaultDestination],
    request: { call: 'PATCH /destinations/{{dest}}', body: { name: '{{name}}' }, expect: { status: 200, body: { name: '{{name}}', network: 'coolify' } }, values: ['name', 'network', 'type'] },
    // named back, so the server's default destination stays as the other cases expect it
    readBack: [{ call: 'PATCH /destinations/{{dest}}', body: { name: 'coolify' }, expect: { status: 200, body: { name: 'coolify' } }, values: ['name'] }],
  },
  {
    id: 'destinations.update.rules-before-lookup',
    source: `${DC}:321`,
    endpoint: 'PATCH /destinations/{uuid}',
    kind: 'rule',
    rule: 'the body is checked before the lookup: name required, only name allowed (the network cannot change)',
    request: { call: `PATCH /destinations/${MISSING}`, body: { network: 'other' }, expect: { status: 422, message: 'Validation failed.', errors: ['name', 'network'] } },
  },
  {
    id: 'destinations.update.not-found',
    source: `${DC}:336`,
    endpoint: 'PATCH /destinations/{uuid}',
    kind: 'rule',
    rule: 'an unknown uuid is a 404',
    request: { call: `PATCH /destinations/${MISSING}`, body: { name: 'x' }, expect: { status: 404, message: 'No query results for model [App\\Models\\SwarmDocker].' } },
  },
  {
    id: 'destinations.delete.not-found',
    source: `${DC}:387`,
    endpoint: 'DELETE /destinations/{uuid}',
    kind: 'rule',
    rule: 'an unknown uuid is a 404',
    request: { call: `DELETE /destinations/${MISSING}`, expect: { status: 404, message: 'No query results for model [App\\Models\\SwarmDocker].' } },
  },
  {
    id: 'destinations.create.unknown-server',
    source: `${DC}:206`,
    endpoint: 'POST /servers/{uuid}/destinations',
    kind: 'rule',
    rule: 'an unknown server is a 404, before the body is checked',
    request: { call: 'POST /servers/cf-no-such-server/destinations', body: { network: '-bad' }, expect: { status: 404, message: 'No query results for model [App\\Models\\Server].' } },
  },
  {
    id: 'destinations.create.network-pattern',
    source: `${DC}:212`,
    endpoint: 'POST /servers/{uuid}/destinations',
    kind: 'rule',
    rule: 'network is required and must start with a letter or digit, then letters, digits, . _ -',
    request: { call: `POST /servers/${SERVER}/destinations`, body: { network: '-bad' }, expect: { status: 422, message: 'Validation failed.', errors: ['network'] } },
  },
  {
    id: 'destinations.create.not-allowed',
    source: `${DC}:215`,
    endpoint: 'POST /servers/{uuid}/destinations',
    kind: 'rule',
    rule: 'a field outside name, network, type answers "This field is not allowed." with the rule errors',
    request: { call: `POST /servers/${SERVER}/destinations`, body: { server_uuid: SERVER }, expect: { status: 422, errors: ['network', 'server_uuid'] } },
  },
  {
    id: 'destinations.create.type-follows-server',
    source: `${DC}:229`,
    endpoint: 'POST /servers/{uuid}/destinations',
    kind: 'rule',
    rule: 'the type must be the server\'s (standalone unless it is a Swarm server)',
    request: { call: `POST /servers/${SERVER}/destinations`, body: { network: '{{name}}', type: 'swarm' }, expect: { status: 422, message: 'Destination type must be standalone for this server.' } },
  },
  {
    id: 'destinations.create.network-exists',
    source: `${DC}:238`,
    endpoint: 'POST /servers/{uuid}/destinations',
    kind: 'rule',
    rule: 'one destination per network on a server: 409',
    request: { call: `POST /servers/${SERVER}/destinations`, body: { network: 'coolify' }, expect: { status: 409, message: 'A destination with this network already exists on the server.' } },
  },
  // The two below leave a destination on the real kit's server (see the file's comment): last.
  {
    id: 'destinations.create.success',
    source: `${DC}:194`,
    endpoint: 'POST /servers/{uuid}/destinations',
    kind: 'success',
    // no name: `{server name}-{network}` (:233)
    request: { call: `POST /servers/${SERVER}/destinations`, body: { network: '{{name}}' }, capture: { created: 'uuid' }, expect: { status: 201, body: { name: `${SERVER}-{{name}}`, network: '{{name}}', type: 'standalone', server_uuid: SERVER } }, values: ['name', 'network', 'type', 'server_uuid'] },
    readBack: [{ call: 'GET /destinations/{{created}}', expect: { status: 200, body: { network: '{{name}}' } }, values: ['name', 'network', 'type', 'server_uuid'] }],
  },
  {
    id: 'destinations.delete.success',
    source: `${DC}:381`,
    endpoint: 'DELETE /destinations/{uuid}',
    kind: 'success',
    realOffline: { status: 500, reason: 'the delete removes the Docker network over SSH first (RemoveStandaloneDockerNetwork, :413-415)' },
    setup: [{ call: `POST /servers/${SERVER}/destinations`, body: { network: '{{name}}' }, capture: { created: 'uuid' } }],
    request: { call: 'DELETE /destinations/{{created}}', expect: { status: 200, message: 'Deleted.' } },
    readBack: [{ call: 'GET /destinations/{{created}}', expect: { status: 404 } }],
  },
]);
