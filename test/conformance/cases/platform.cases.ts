/** Version, health, servers, destinations, keys, GitHub apps, S3 storages, resources. */
import { defineCases } from '../case.js';
import { SERVER, composeService, dockerImageApp, postgres, project } from './fixtures.js';

export default defineCases([
  {
    id: 'version.success',
    source: 'app/Http/Controllers/Api/OtherController.php:47',
    endpoint: 'GET /version',
    kind: 'success',
    request: { call: 'GET /version', expect: { status: 200 }, values: [''], shape: false },
  },
  // The conformance targets run 4.3.11, where the route does not exist (routes/api.php has no
  // /audit-events; it is the 4.4 AuditEventsController's): the client asks only at 4.4 and later
  // (capabilities.ts hasAuditEvents), and what 4.4.2 answers is the contract test's
  // (test/sandbox/contract-platform.sandbox.test.ts). Here: the 404 both targets give.
  {
    id: 'audit-events.list.success',
    source: 'routes/api.php:1',
    endpoint: 'GET /audit-events',
    kind: 'success',
    request: { call: 'GET /audit-events', expect: { status: 404 }, shape: false },
  },
  {
    id: 'health.success',
    source: 'app/Http/Controllers/Api/OtherController.php:317',
    endpoint: 'GET /health',
    kind: 'success',
    request: { call: 'GET /health', expect: { status: 200 }, shape: false },
  },
  {
    id: 'servers.list.success',
    source: 'app/Http/Controllers/Api/ServersController.php:88',
    endpoint: 'GET /servers',
    kind: 'success',
    request: { call: 'GET /servers', select: { uuid: SERVER }, expect: { status: 200, body: { name: 'localhost' } }, values: ['name', 'port', 'is_usable', 'is_reachable'] },
  },
  {
    id: 'servers.get.success',
    source: 'app/Http/Controllers/Api/ServersController.php:149',
    endpoint: 'GET /servers/{uuid}',
    kind: 'success',
    request: { call: `GET /servers/${SERVER}`, expect: { status: 200, body: { uuid: SERVER, name: 'localhost' } }, values: ['name', 'port', 'user'] },
  },
  {
    id: 'servers.destinations.success',
    source: 'app/Http/Controllers/Api/DestinationsController.php:114',
    endpoint: 'GET /servers/{uuid}/destinations',
    kind: 'success',
    request: { call: `GET /servers/${SERVER}/destinations`, expect: { status: 200, body: { '0.name': 'coolify', '0.network': 'coolify', '0.server_uuid': SERVER } }, values: ['0.name', '0.network', '0.type', '0.server_uuid', 'length'] },
  },
  {
    id: 'destinations.list.success',
    source: 'app/Http/Controllers/Api/DestinationsController.php:79',
    endpoint: 'GET /destinations',
    kind: 'success',
    request: { call: 'GET /destinations', select: { server_uuid: SERVER }, expect: { status: 200, body: { name: 'coolify' } }, values: ['name', 'network', 'type'] },
  },
  {
    id: 'servers.resources.success',
    source: 'app/Http/Controllers/Api/ServersController.php:231',
    endpoint: 'GET /servers/{uuid}/resources',
    kind: 'success',
    request: { call: `GET /servers/${SERVER}/resources`, expect: { status: 200 } },
  },
  {
    id: 'servers.domains.success',
    source: 'app/Http/Controllers/Api/ServersController.php:299',
    endpoint: 'GET /servers/{uuid}/domains',
    kind: 'success',
    request: { call: `GET /servers/${SERVER}/domains`, expect: { status: 200 } },
  },
  {
    id: 'security-keys.list.success',
    source: 'app/Http/Controllers/Api/SecurityController.php:60',
    endpoint: 'GET /security/keys',
    kind: 'success',
    request: { call: 'GET /security/keys', select: { uuid: 'ssh' }, expect: { status: 200, body: { name: 'Testing Host Key' } }, values: ['name', 'is_git_related'] },
  },
  {
    id: 'security-keys.list.read-token-hides-private-key',
    source: 'app/Http/Controllers/Api/SecurityController.php:16',
    endpoint: 'GET /security/keys',
    kind: 'rule',
    rule: 'private_key is only shown with read:sensitive',
    request: { call: 'GET /security/keys', token: 'read', select: { uuid: 'ssh' }, expect: { status: 200, absent: ['private_key'] }, values: ['name'] },
  },
  {
    id: 'github-apps.list.success',
    source: 'app/Http/Controllers/Api/GithubController.php:88',
    endpoint: 'GET /github-apps',
    kind: 'success',
    request: { call: 'GET /github-apps', select: { uuid: 'github-app' }, expect: { status: 200, body: { name: 'coolify-laravel-dev-public', is_public: false } }, values: ['name', 'is_public', 'api_url', 'html_url'] },
  },
  {
    id: 's3-storages.list.success',
    source: 'app/Http/Controllers/Api/S3StoragesController.php:119',
    endpoint: 'GET /s3-storages',
    kind: 'success',
    request: { call: 'GET /s3-storages', select: { uuid: 'minio' }, expect: { status: 200, body: { name: 'Local MinIO', is_usable: true } }, values: ['name', 'description', 'bucket', 'endpoint', 'region', 'is_usable'] },
  },
  {
    id: 's3-storages.get.success',
    source: 'app/Http/Controllers/Api/S3StoragesController.php:181',
    endpoint: 'GET /s3-storages/{uuid}',
    kind: 'success',
    request: { call: 'GET /s3-storages/minio', expect: { status: 200, body: { uuid: 'minio', bucket: 'local' } }, values: ['name', 'bucket', 'endpoint', 'region', 'is_usable', 'key', 'secret'] },
  },
  {
    id: 's3-storages.get.read-token-hides-secrets',
    source: 'app/Http/Controllers/Api/S3StoragesController.php:18',
    endpoint: 'GET /s3-storages/{uuid}',
    kind: 'rule',
    rule: 'key and secret are only shown with read:sensitive',
    request: { call: 'GET /s3-storages/minio', token: 'read', expect: { status: 200, absent: ['key', 'secret'] }, values: ['name'] },
  },
  {
    id: 's3-storages.create.endpoint-resolution',
    source: 'app/Http/Controllers/Api/S3StoragesController.php:279',
    endpoint: 'POST /s3-storages',
    kind: 'rule',
    rule: 'the endpoint host must resolve (and not to a private address); the bucket must be a valid S3 name',
    request: {
      call: 'POST /s3-storages',
      body: { name: '{{name}}-s3', region: 'us-east-1', key: 'k', secret: 's', bucket: 'b', endpoint: 'https://s3.example.invalid' }, // `.invalid` never resolves (RFC 6761), here or anywhere
      expect: { status: 422, message: 'Validation failed.', errors: ['endpoint', 'bucket'], body: { 'errors.endpoint': ['The endpoint host could not be resolved.'] } },
    },
  },
  // GET /resources lists every resource of the team, each model serialized whole. The cases
  // compare the items this case created: the list as a whole also holds the real development
  // seed's 48 applications and PostgreSQL (the sandbox's coolify-dev seed has no projects), and
  // what every earlier case left behind, so its union of value types is not a Coolify rule.
  {
    id: 'resources.list.success',
    source: 'app/Http/Controllers/Api/ResourcesController.php:40',
    endpoint: 'GET /resources',
    kind: 'success',
    setup: [project, dockerImageApp],
    request: { call: 'GET /resources', select: { uuid: '{{app}}' }, expect: { status: 200, body: { type: 'application', name: '{{name}}-app' } }, values: ['type', 'name', 'status', 'build_pack'] },
  },
  {
    id: 'resources.list.database',
    source: 'app/Http/Controllers/Api/ResourcesController.php:54',
    endpoint: 'GET /resources',
    kind: 'success',
    setup: [project, postgres],
    request: { call: 'GET /resources', select: { uuid: '{{db}}' }, expect: { status: 200, body: { type: 'standalone-postgresql', database_type: 'standalone-postgresql' } }, values: ['type', 'name', 'status', 'postgres_user'] },
  },
  {
    id: 'resources.list.service',
    source: 'app/Http/Controllers/Api/ResourcesController.php:53',
    endpoint: 'GET /resources',
    kind: 'success',
    setup: [project, composeService],
    request: { call: 'GET /resources', select: { uuid: '{{service}}' }, expect: { status: 200, body: { type: 'service', status: 'exited' } }, values: ['type', 'name', 'status', 'docker_compose_raw'] },
  },
  {
    id: 'resources.list.read-token-keeps-hidden',
    source: 'bootstrap/helpers/api.php:104',
    endpoint: 'GET /resources',
    kind: 'rule',
    rule: "without read:sensitive the models keep their $hidden keys hidden (exposeSensitiveFields only runs for read:sensitive): no webhook secrets or custom labels, but private_key_id",
    setup: [project, dockerImageApp],
    request: {
      call: 'GET /resources',
      token: 'read',
      select: { uuid: '{{app}}' },
      expect: { status: 200, body: { private_key_id: null }, absent: ['manual_webhook_secret_github', 'custom_labels', 'dockerfile', 'http_basic_auth_password', 'domain_dns_statuses'] },
    },
  },
]);
