/**
 * Servers bought at a cloud provider (`POST /servers/hetzner`, `/digitalocean`, `/vultr`;
 * HetznerController.php, DigitalOceanController.php, VultrController.php createServer). A
 * success needs a stored token of the provider, which Coolify checks against the provider before
 * storing it, and then the provider itself: the test's real Coolify has no internet, so those
 * cases say so (`realOffline`). The body rules, checked before the token is looked up, and the
 * token lookup's 404 run against both targets.
 */
import { generateKeyPairSync } from 'node:crypto';
import { defineCases, type CaseRequest } from '../case.js';

const HZ = 'app/Http/Controllers/Api/HetznerController.php';
const DO = 'app/Http/Controllers/Api/DigitalOceanController.php';
const VU = 'app/Http/Controllers/Api/VultrController.php';
/** Provider-shaped tokens the sandbox's fake provider accepts (src/sandbox/routes/cloud-tokens.ts SANDBOX_TOKEN_SHAPES). */
const TOKENS: Readonly<Record<string, string>> = {
  hetzner: 'c0nf0rmance'.repeat(6).slice(0, 64),
  digitalocean: `dop_v1_${'c0ffee'.repeat(11).slice(0, 64)}`,
  vultr: 'C0NF0RMANCE'.repeat(4).slice(0, 36),
};
const OFFLINE = { status: 400, reason: 'storing the token asks the provider, unreachable offline' };
const MISSING = 'cf-no-such-token';

const freshKey = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const createKey = (): CaseRequest => ({ call: 'POST /security/keys', body: { name: '{{name}}-key', private_key: freshKey() }, capture: { key: 'uuid' } });
const createToken = (provider: string): CaseRequest => ({ call: 'POST /cloud-tokens', body: { name: '{{name}}', provider, token: TOKENS[provider] }, capture: { token: 'uuid' } });

const HETZNER = { location: 'fsn1', server_type: 'cx22', image: 67794396 };
const DIGITALOCEAN = { region: 'fra1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
const VULTR = { region: 'fra', plan: 'vc2-1c-1gb', os_id: 2284 };
/** What a read-back of a bought server compares. */
const VALUES = ['name', 'port', 'user', 'proxy.type', 'settings.is_reachable', 'settings.is_usable'];

export default defineCases([
  {
    id: 'cloud-servers.hetzner.success',
    source: `${HZ}:728`,
    endpoint: 'POST /servers/hetzner',
    kind: 'success',
    realOffline: OFFLINE,
    setup: [createKey(), createToken('hetzner')],
    request: {
      call: 'POST /servers/hetzner',
      body: { ...HETZNER, name: '{{name}}', cloud_provider_token_uuid: '{{token}}', private_key_uuid: '{{key}}' },
      capture: { server: 'uuid' },
      // :978-982: 201 with the uuid, the machine id and the address
      expect: { status: 201 },
    },
    readBack: [
      // :942-951: root on port 22, the token and the machine by id; :955-957 TRAEFIK; not validated yet
      { call: 'GET /servers/{{server}}', expect: { status: 200, body: { name: '{{name}}', port: 22, user: 'root', 'proxy.type': 'TRAEFIK', 'settings.is_reachable': false } }, values: VALUES },
      // the token now counts the server (CloudProviderTokensController.php:121 withCount('servers'))
      { call: 'GET /cloud-tokens/{{token}}', expect: { status: 200, body: { servers_count: 1 } }, values: ['servers_count'] },
    ],
  },
  {
    id: 'cloud-servers.digitalocean.success',
    source: `${DO}:209`,
    endpoint: 'POST /servers/digitalocean',
    kind: 'success',
    realOffline: OFFLINE,
    setup: [createKey(), createToken('digitalocean')],
    request: {
      call: 'POST /servers/digitalocean',
      body: { ...DIGITALOCEAN, name: '{{name}}', cloud_provider_token_uuid: '{{token}}', private_key_uuid: '{{key}}', monitoring: false },
      capture: { server: 'uuid' },
      expect: { status: 201 },
    },
    readBack: [{ call: 'GET /servers/{{server}}', expect: { status: 200, body: { name: '{{name}}', user: 'root' } }, values: VALUES }],
  },
  {
    id: 'cloud-servers.vultr.success',
    source: `${VU}:193`,
    endpoint: 'POST /servers/vultr',
    kind: 'success',
    realOffline: OFFLINE,
    setup: [createKey(), createToken('vultr')],
    request: {
      call: 'POST /servers/vultr',
      // the name is stored lower-cased (:303 strtolower(trim(name)))
      body: { ...VULTR, name: '{{name}}-UP', cloud_provider_token_uuid: '{{token}}', private_key_uuid: '{{key}}' },
      capture: { server: 'uuid' },
      expect: { status: 201 },
    },
    readBack: [{ call: 'GET /servers/{{server}}', expect: { status: 200, body: { name: '{{name}}-up' } }, values: VALUES }],
  },
  {
    id: 'cloud-servers.hetzner.required',
    source: `${HZ}:760`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'the token, location, server_type, image and private_key_uuid are required',
    request: { call: 'POST /servers/hetzner', body: { name: '{{name}}' }, expect: { status: 422, message: 'Validation failed.', errors: ['cloud_provider_token_uuid', 'cloud_provider_token_id', 'location', 'server_type', 'image', 'private_key_uuid'] } },
  },
  {
    id: 'cloud-servers.hetzner.image-integer',
    source: `${HZ}:764`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'a Hetzner image is an integer id',
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, image: 'ubuntu-24.04', cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['image'] } },
  },
  {
    id: 'cloud-servers.hetzner.hostname',
    source: `${HZ}:765`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'the name is a host name (ValidHostname): no `_`',
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, name: 'web_1', cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['name'] } },
  },
  {
    id: 'cloud-servers.hetzner.not-allowed',
    source: `${HZ}:780`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'fields outside the allow-list (ip, description) are refused with the rules in one answer',
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, ip: '10.0.0.1', description: 'x', cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['ip', 'description'] } },
  },
  {
    id: 'cloud-servers.hetzner.ssh-key-ids',
    source: `${HZ}:770`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'hetzner_ssh_key_ids holds integers',
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, hetzner_ssh_key_ids: ['a'], cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['hetzner_ssh_key_ids.0'] } },
  },
  {
    id: 'cloud-servers.hetzner.cloud-init',
    source: `${HZ}:776`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'the cloud-init script is a `#!` script or YAML (ValidCloudInitYaml)',
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, cloud_init_script: 'key: [unclosed', cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['cloud_init_script'] } },
  },
  {
    id: 'cloud-servers.hetzner.one-ip',
    source: `${HZ}:827`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'IPv4 and IPv6 cannot both be off (checked before the token is looked up)',
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, enable_ipv4: false, enable_ipv6: false, cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['enable_ipv4', 'enable_ipv6'] } },
  },
  {
    id: 'cloud-servers.hetzner.token-missing',
    source: `${HZ}:839`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'a token the team does not have, or of another provider, is a 404',
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 404, message: 'Hetzner cloud provider token not found.' } },
  },
  {
    id: 'cloud-servers.hetzner.token-of-another-provider',
    source: `${HZ}:842`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: "the token is looked up with the controller's provider: a DigitalOcean token is not found",
    realOffline: OFFLINE,
    setup: [createKey(), createToken('digitalocean')],
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, cloud_provider_token_uuid: '{{token}}', private_key_uuid: '{{key}}' }, expect: { status: 404, message: 'Hetzner cloud provider token not found.' } },
  },
  {
    id: 'cloud-servers.hetzner.key-missing',
    source: `${HZ}:850`,
    endpoint: 'POST /servers/hetzner',
    kind: 'rule',
    rule: 'a private key the team does not have is a 404 after the token',
    realOffline: OFFLINE,
    setup: [createToken('hetzner')],
    request: { call: 'POST /servers/hetzner', body: { ...HETZNER, cloud_provider_token_uuid: '{{token}}', private_key_uuid: MISSING }, expect: { status: 404, message: 'Private key not found.' } },
  },
  {
    id: 'cloud-servers.digitalocean.required',
    source: `${DO}:237`,
    endpoint: 'POST /servers/digitalocean',
    kind: 'rule',
    rule: 'region, size and image are required; image takes any type',
    request: { call: 'POST /servers/digitalocean', body: { cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['region', 'size', 'image'] } },
  },
  {
    id: 'cloud-servers.digitalocean.not-allowed',
    source: `${DO}:253`,
    endpoint: 'POST /servers/digitalocean',
    kind: 'rule',
    rule: "Hetzner's fields are not allowed",
    request: { call: 'POST /servers/digitalocean', body: { ...DIGITALOCEAN, location: 'fsn1', enable_ipv4: true, cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['location', 'enable_ipv4'] } },
  },
  {
    id: 'cloud-servers.digitalocean.token-missing',
    source: `${DO}:42`,
    endpoint: 'POST /servers/digitalocean',
    kind: 'rule',
    rule: 'a token the team does not have is a 404',
    request: { call: 'POST /servers/digitalocean', body: { ...DIGITALOCEAN, cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 404, message: 'DigitalOcean cloud provider token not found.' } },
  },
  {
    id: 'cloud-servers.vultr.os-id',
    source: `${VU}:225`,
    endpoint: 'POST /servers/vultr',
    kind: 'rule',
    rule: 'os_id is a required integer; image is not allowed',
    request: { call: 'POST /servers/vultr', body: { region: 'fra', plan: 'vc2-1c-1gb', image: 1, cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['os_id', 'image'] } },
  },
  {
    id: 'cloud-servers.vultr.ipv6-when-no-ipv4',
    source: `${VU}:268`,
    endpoint: 'POST /servers/vultr',
    kind: 'rule',
    rule: 'without public IPv4, IPv6 must stay on',
    request: { call: 'POST /servers/vultr', body: { ...VULTR, disable_public_ipv4: true, enable_ipv6: false, cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 422, message: 'Validation failed.', errors: ['enable_ipv6'] } },
  },
  {
    id: 'cloud-servers.vultr.token-missing',
    source: `${VU}:272`,
    endpoint: 'POST /servers/vultr',
    kind: 'rule',
    rule: 'a token the team does not have is a 404',
    request: { call: 'POST /servers/vultr', body: { ...VULTR, cloud_provider_token_uuid: MISSING, private_key_uuid: MISSING }, expect: { status: 404, message: 'Vultr cloud provider token not found.' } },
  },
]);
