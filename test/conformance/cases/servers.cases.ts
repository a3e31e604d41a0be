/**
 * Server writes (`/servers`, ServersController.php; Docker cleanup,
 * ServerDockerCleanupController.php). Each case registers a server of its own with a key of its
 * own: Coolify refuses an address another server uses (ServersController.php:551-554) and a key
 * whose fingerprint exists (SecurityController.php:227-232). The address is the case's unique
 * name under `.example.test`, a host name ValidServerIp accepts and nothing resolves.
 */
import { generateKeyPairSync } from 'node:crypto';
import { defineCases, type CaseRequest } from '../case.js';
import { SERVER } from './fixtures.js';

const SRC = 'app/Http/Controllers/Api/ServersController.php';
const CLEANUP = 'app/Http/Controllers/Api/ServerDockerCleanupController.php';
const DRAINS = 'app/Http/Controllers/Api/ServerLogDrainsController.php';
const SENTINEL = 'app/Http/Controllers/Api/ServerSentinelController.php';
const SENTINEL_VALUES = ['is_sentinel_enabled', 'is_metrics_enabled', 'is_sentinel_debug_enabled', 'sentinel_metrics_refresh_rate_seconds', 'sentinel_metrics_history_days', 'sentinel_push_interval_seconds'];
const DRAIN_VALUES = ['is_logdrain_newrelic_enabled', 'logdrain_newrelic_base_uri', 'is_logdrain_axiom_enabled', 'logdrain_axiom_dataset_name', 'is_logdrain_custom_enabled'];

/** A fresh ed25519 key in PKCS#8 PEM. */
const freshKey = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/** Creates a key of the case; captures `key`. */
const createKey = (): CaseRequest => ({ call: 'POST /security/keys', body: { name: '{{name}}-key', private_key: freshKey() }, capture: { key: 'uuid' } });

/** Registers the case's server with its key; captures `server`. */
const createServer = (extra: Record<string, unknown> = {}): CaseRequest => ({
  call: 'POST /servers',
  body: { name: '{{name}}', description: 'conformance', ip: '{{name}}.example.test', private_key_uuid: '{{key}}', ...extra },
  capture: { server: 'uuid' },
});

/** What a read-back compares: the row, its settings and the proxy type. */
const SERVER_VALUES = [
  'name', 'description', 'ip', 'port', 'user', 'proxy.type', 'settings.is_build_server', 'settings.is_reachable', 'settings.is_usable',
  'settings.concurrent_builds', 'settings.deployment_queue_limit', 'settings.docker_cleanup_frequency', 'settings.docker_cleanup_threshold',
];

export default defineCases([
  {
    id: 'servers.create.success',
    source: `${SRC}:482`,
    endpoint: 'POST /servers',
    kind: 'success',
    setup: [createKey()],
    request: { ...createServer(), expect: { status: 201 } },
    readBack: [
      // a new server is neither reachable nor usable until validated (server_settings defaults)
      { call: 'GET /servers/{{server}}', expect: { status: 200, body: { name: '{{name}}', port: 22, user: 'root', 'proxy.type': 'TRAEFIK', 'settings.is_reachable': false, 'settings.is_usable': false } }, values: SERVER_VALUES },
      // Server::created adds a standalone destination `coolify` (app/Models/Server.php:170-182)
      { call: 'GET /servers/{{server}}/destinations', expect: { status: 200, body: { '0.name': 'coolify', '0.network': 'coolify' } }, values: ['0.name', '0.network', '0.type', 'length'] },
    ],
  },
  {
    id: 'servers.create.options',
    source: `${SRC}:556`,
    endpoint: 'POST /servers',
    kind: 'success',
    setup: [createKey()],
    request: { ...createServer({ port: 2222, user: 'deploy', proxy_type: 'caddy', is_build_server: true }), expect: { status: 201 } },
    readBack: [{ call: 'GET /servers/{{server}}', expect: { status: 200, body: { port: 2222, user: 'deploy', 'proxy.type': 'CADDY', 'settings.is_build_server': true } }, values: SERVER_VALUES }],
  },
  {
    id: 'servers.create.required',
    source: `${SRC}:499`,
    endpoint: 'POST /servers',
    kind: 'rule',
    rule: '`ip` and `private_key_uuid` are required; fields outside the allow-list are reported in the same 422',
    request: { call: 'POST /servers', body: { name: '{{name}}', concurrent_builds: 3 }, expect: { status: 422, message: 'Validation failed.', errors: ['ip', 'private_key_uuid', 'concurrent_builds'] } },
  },
  {
    id: 'servers.create.ip-format',
    source: 'app/Rules/ValidServerIp.php:13',
    endpoint: 'POST /servers',
    kind: 'rule',
    rule: 'the address is an IPv4 or IPv6 address or a host name',
    setup: [createKey()],
    request: { call: 'POST /servers', body: { ip: 'bad host;rm', private_key_uuid: '{{key}}' }, expect: { status: 422, message: 'Validation failed.', errors: ['ip'] } },
  },
  {
    id: 'servers.create.proxy-type',
    source: `${SRC}:539`,
    endpoint: 'POST /servers',
    kind: 'rule',
    rule: 'an unknown proxy type answers 422 "Invalid proxy type."',
    setup: [createKey()],
    request: { ...createServer({ proxy_type: 'haproxy' }), expect: { status: 422, message: 'Invalid proxy type.' } },
  },
  {
    id: 'servers.create.key-not-found',
    source: `${SRC}:547`,
    endpoint: 'POST /servers',
    kind: 'rule',
    rule: 'the private key must be one of the team',
    request: { call: 'POST /servers', body: { ip: '{{name}}.example.test', private_key_uuid: 'no-such-key' }, expect: { status: 404, message: 'Private key not found.' } },
  },
  {
    id: 'servers.create.ip-in-use',
    source: `${SRC}:551`,
    endpoint: 'POST /servers',
    kind: 'rule',
    rule: 'an address another server uses answers 400',
    setup: [createKey(), createServer()],
    request: { call: 'POST /servers', body: { name: '{{name}}-2', ip: '{{name}}.example.test', private_key_uuid: '{{key}}' }, expect: { status: 400, message: 'A server with this IP/Domain is already in use.' } },
  },
  {
    id: 'servers.update.success',
    source: `${SRC}:660`,
    endpoint: 'PATCH /servers/{uuid}',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: { call: 'PATCH /servers/{{server}}', body: { description: 'changed', port: 2200, concurrent_builds: 4, deployment_queue_limit: 10, proxy_type: 'caddy' }, expect: { status: 201 } },
    readBack: [{ call: 'GET /servers/{{server}}', expect: { status: 200, body: { description: 'changed', port: 2200, 'settings.concurrent_builds': 4, 'settings.deployment_queue_limit': 10 } }, values: SERVER_VALUES }],
  },
  {
    id: 'servers.update.rules-before-lookup',
    source: `${SRC}:683`,
    endpoint: 'PATCH /servers/{uuid}',
    kind: 'rule',
    rule: 'the body is checked before the server is looked up: concurrent_builds min:1, unknown fields in the same 422',
    request: { call: 'PATCH /servers/no-such-server', body: { concurrent_builds: 0, bogus: 1 }, expect: { status: 422, message: 'Validation failed.', errors: ['concurrent_builds', 'bogus'] } },
  },
  {
    id: 'servers.update.no-server-role',
    source: `${SRC}:662`,
    endpoint: 'PATCH /servers/{uuid}',
    kind: 'rule',
    rule: '4.3.x has no server_role (4.4\'s role, contracts coolify-v4.4.2.json update_server): outside the allow-list, so the client says the role as is_build_server there',
    request: { call: 'PATCH /servers/no-such-server', body: { server_role: 'build' }, expect: { status: 422, message: 'Validation failed.', errors: ['server_role'] } },
  },
  {
    id: 'servers.update.build-flag',
    source: `${SRC}:745`,
    endpoint: 'PATCH /servers/{uuid}',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: { call: 'PATCH /servers/{{server}}', body: { is_build_server: true }, expect: { status: 201 } },
    readBack: [{ call: 'GET /servers/{{server}}', expect: { status: 200, body: { 'settings.is_build_server': true } }, values: SERVER_VALUES }],
  },
  {
    id: 'servers.update.not-found',
    source: `${SRC}:708`,
    endpoint: 'PATCH /servers/{uuid}',
    kind: 'rule',
    rule: 'an unknown server answers 404',
    request: { call: 'PATCH /servers/no-such-server', body: { description: 'x' }, expect: { status: 404, message: 'Server not found.' } },
  },
  {
    id: 'servers.delete.success',
    source: `${SRC}:835`,
    endpoint: 'DELETE /servers/{uuid}',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: { call: 'DELETE /servers/{{server}}', expect: { status: 200, message: 'Server deleted.' } },
    readBack: [{ call: 'GET /servers/{{server}}', expect: { status: 404, message: 'Server not found.' } }],
  },
  {
    id: 'servers.delete.has-resources',
    source: `${SRC}:854`,
    endpoint: 'DELETE /servers/{uuid}',
    kind: 'rule',
    rule: 'a server holding an application, database or service is not deleted without ?force=true',
    setup: [
      createKey(),
      createServer(),
      { call: 'POST /projects', body: { name: '{{name}}' }, capture: { project: 'uuid' } },
      {
        call: 'POST /applications/dockerimage',
        body: { project_uuid: '{{project}}', environment_name: 'production', server_uuid: '{{server}}', name: '{{name}}-app', docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', ports_exposes: '80', instant_deploy: false },
      },
    ],
    request: { call: 'DELETE /servers/{{server}}', expect: { status: 400, message: 'Server has resources. Use ?force=true to delete all resources and the server, or delete resources manually first.' } },
  },
  {
    id: 'servers.validate.started',
    source: `${SRC}:952`,
    endpoint: 'POST /servers/{uuid}/validate',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: { call: 'POST /servers/{{server}}/validate', expect: { status: 201, message: 'Validation started.' } },
  },
  {
    id: 'servers.validate.not-found',
    source: `${SRC}:963`,
    endpoint: 'POST /servers/{uuid}/validate',
    kind: 'rule',
    rule: 'an unknown server answers 404',
    request: { call: 'POST /servers/no-such-server/validate', expect: { status: 404, message: 'Server not found.' } },
  },
  {
    id: 'servers.docker-cleanup.get.success',
    source: `${CLEANUP}:73`,
    endpoint: 'GET /servers/{uuid}/docker-cleanup',
    kind: 'success',
    request: { call: `GET /servers/${SERVER}/docker-cleanup`, expect: { status: 200 }, values: ['docker_cleanup_frequency', 'docker_cleanup_threshold', 'force_docker_cleanup', 'delete_unused_volumes', 'delete_unused_networks'] },
  },
  {
    id: 'servers.docker-cleanup.update.success',
    source: `${CLEANUP}:136`,
    endpoint: 'PATCH /servers/{uuid}/docker-cleanup',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: {
      call: 'PATCH /servers/{{server}}/docker-cleanup',
      body: { docker_cleanup_frequency: '0 3 * * *', docker_cleanup_threshold: 70, delete_unused_volumes: true },
      expect: { status: 200, body: { docker_cleanup_frequency: '0 3 * * *', docker_cleanup_threshold: 70, delete_unused_volumes: true } },
      values: ['docker_cleanup_frequency', 'docker_cleanup_threshold', 'force_docker_cleanup', 'delete_unused_volumes', 'delete_unused_networks', 'disable_application_image_retention'],
    },
    readBack: [{ call: 'GET /servers/{{server}}', expect: { status: 200, body: { 'settings.docker_cleanup_threshold': 70 } }, values: SERVER_VALUES }],
  },
  {
    id: 'servers.docker-cleanup.update.rules',
    source: `${CLEANUP}:155`,
    endpoint: 'PATCH /servers/{uuid}/docker-cleanup',
    kind: 'rule',
    rule: 'threshold between 1 and 99; unknown fields in the same 422',
    setup: [createKey(), createServer()],
    request: { call: 'PATCH /servers/{{server}}/docker-cleanup', body: { docker_cleanup_threshold: 100, bogus: true }, expect: { status: 422, message: 'Validation failed.', errors: ['docker_cleanup_threshold', 'bogus'] } },
  },
  {
    id: 'servers.docker-cleanup.update.cron',
    source: `${CLEANUP}:177`,
    endpoint: 'PATCH /servers/{uuid}/docker-cleanup',
    kind: 'rule',
    rule: 'the frequency is a cron expression or a Coolify keyword',
    setup: [createKey(), createServer()],
    request: { call: 'PATCH /servers/{{server}}/docker-cleanup', body: { docker_cleanup_frequency: 'whenever' }, expect: { status: 422, message: 'Validation failed.', errors: ['docker_cleanup_frequency'] } },
  },
  {
    id: 'servers.log-drains.get.success',
    source: `${DRAINS}:92`,
    endpoint: 'GET /servers/{uuid}/log-drains',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: { call: 'GET /servers/{{server}}/log-drains', expect: { status: 200, body: { is_logdrain_newrelic_enabled: false } }, values: DRAIN_VALUES },
  },
  {
    id: 'servers.log-drains.update.success',
    source: `${DRAINS}:144`,
    endpoint: 'PATCH /servers/{uuid}/log-drains',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: {
      call: 'PATCH /servers/{{server}}/log-drains',
      body: { is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'coolify-logs', logdrain_axiom_api_key: 'xaat-conformance-key' },
      expect: { status: 200, body: { is_logdrain_axiom_enabled: true, logdrain_axiom_dataset_name: 'coolify-logs', logdrain_axiom_api_key: 'xaat-conformance-key' } },
      values: [...DRAIN_VALUES, 'logdrain_axiom_api_key'],
    },
    // the key only with read:sensitive (:48-55)
    readBack: [{ call: 'GET /servers/{{server}}/log-drains', token: 'read', expect: { status: 200, body: { is_logdrain_axiom_enabled: true }, absent: ['logdrain_axiom_api_key', 'logdrain_custom_config'] }, values: DRAIN_VALUES }],
  },
  {
    id: 'servers.log-drains.update.required-when-enabled',
    source: `${DRAINS}:196`,
    endpoint: 'PATCH /servers/{uuid}/log-drains',
    kind: 'rule',
    rule: 'a New Relic drain switched on needs its license key and base URI (sent or stored)',
    setup: [createKey(), createServer()],
    request: { call: 'PATCH /servers/{{server}}/log-drains', body: { is_logdrain_newrelic_enabled: true }, expect: { status: 422, message: 'Validation failed.', errors: ['logdrain_newrelic_license_key', 'logdrain_newrelic_base_uri'] } },
  },
  {
    id: 'servers.log-drains.update.rules',
    source: `${DRAINS}:163`,
    endpoint: 'PATCH /servers/{uuid}/log-drains',
    kind: 'rule',
    rule: 'keys and the dataset are letters, digits, `_`, `-`, `.`; unknown fields in the same 422',
    setup: [createKey(), createServer()],
    request: { call: 'PATCH /servers/{{server}}/log-drains', body: { logdrain_axiom_api_key: 'bad key!', bogus: 1 }, expect: { status: 422, message: 'Validation failed.', errors: ['logdrain_axiom_api_key', 'bogus'] } },
  },
  {
    id: 'servers.sentinel.get.success',
    source: `${SENTINEL}:90`,
    endpoint: 'GET /servers/{uuid}/sentinel',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: { call: 'GET /servers/{{server}}/sentinel', expect: { status: 200 }, values: SENTINEL_VALUES },
  },
  {
    id: 'servers.sentinel.update.success',
    source: `${SENTINEL}:141`,
    endpoint: 'PATCH /servers/{uuid}/sentinel',
    kind: 'success',
    setup: [createKey(), createServer()],
    request: {
      call: 'PATCH /servers/{{server}}/sentinel',
      body: { is_metrics_enabled: true, sentinel_metrics_history_days: 14, sentinel_push_interval_seconds: 30, sentinel_token: 'conformance-token.1' },
      expect: { status: 200, body: { is_metrics_enabled: true, sentinel_metrics_history_days: 14, sentinel_push_interval_seconds: 30, sentinel_token: 'conformance-token.1' } },
      values: [...SENTINEL_VALUES, 'sentinel_token'],
    },
    // the token only with read:sensitive (:48-51)
    readBack: [{ call: 'GET /servers/{{server}}/sentinel', token: 'read', expect: { status: 200, body: { sentinel_metrics_history_days: 14 }, absent: ['sentinel_token', 'sentinel_custom_url'] }, values: SENTINEL_VALUES }],
  },
  {
    id: 'servers.sentinel.update.off-clears-metrics',
    source: `${SENTINEL}:209`,
    endpoint: 'PATCH /servers/{uuid}/sentinel',
    kind: 'rule',
    rule: 'switching Sentinel off switches metrics and debug off too',
    setup: [createKey(), createServer(), { call: 'PATCH /servers/{{server}}/sentinel', body: { is_metrics_enabled: true, is_sentinel_debug_enabled: true } }],
    request: { call: 'PATCH /servers/{{server}}/sentinel', body: { is_sentinel_enabled: false }, expect: { status: 200, body: { is_sentinel_enabled: false, is_metrics_enabled: false, is_sentinel_debug_enabled: false } }, values: SENTINEL_VALUES },
  },
  {
    id: 'servers.sentinel.update.build-server',
    source: `${SENTINEL}:196`,
    endpoint: 'PATCH /servers/{uuid}/sentinel',
    kind: 'rule',
    rule: 'Sentinel is not switched on for a build server',
    setup: [createKey(), createServer({ is_build_server: true }), { call: 'PATCH /servers/{{server}}/sentinel', body: { is_sentinel_enabled: false } }],
    request: { call: 'PATCH /servers/{{server}}/sentinel', body: { is_sentinel_enabled: true }, expect: { status: 422, message: 'Validation failed.', errors: ['is_sentinel_enabled'] } },
  },
  {
    id: 'servers.sentinel.update.rules',
    source: `${SENTINEL}:160`,
    endpoint: 'PATCH /servers/{uuid}/sentinel',
    kind: 'rule',
    rule: 'push interval at least 10 s, token characters; unknown fields in the same 422',
    setup: [createKey(), createServer()],
    request: { call: 'PATCH /servers/{{server}}/sentinel', body: { sentinel_push_interval_seconds: 5, sentinel_token: 'bad token', bogus: 1 }, expect: { status: 422, message: 'Validation failed.', errors: ['sentinel_push_interval_seconds', 'sentinel_token', 'bogus'] } },
  },
]);
