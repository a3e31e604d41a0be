/**
 * Servers bought at a cloud provider, as Coolify 4.3.11 creates them: `POST /servers/hetzner`
 * (HetznerController.php:728-993), `/servers/digitalocean` (DigitalOceanController.php:209-380)
 * and `/servers/vultr` (VultrController.php:193-391), routes/api.php:209, :221, :215. No network:
 * the provider is simulated. Its machine gets the next id and an address from the documentation
 * ranges (203.0.113.0/24, 2001:db8::/32), and Coolify's record is stored as the controllers
 * store it (name lower-cased, root on port 22, the key and token by id, the machine id).
 */
import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { ServerRecord } from '../world.js';
import { allowedFields } from '../../releases/table.js';
import { cloudInitProblem } from '../../kinds/cloud-init-text.js';
import { boolean, firstRuleErrors, integer, isBool, label, string, truthy, type Rule } from './server-rules.js';
import { startValidation } from './servers.js';

type Provider = 'hetzner' | 'digitalocean' | 'vultr';

/** What differs between the three controllers. */
interface ProviderRules {
  /** `$allowedFields` (HetznerController.php:730-746, DigitalOceanController.php:211-224, VultrController.php:195-208). */
  allowed: readonly string[];
  /** The fields `required` (besides the token and the key). */
  required: readonly string[];
  /** The rules of `customApiValidator` by field. */
  rules: Record<string, Rule[]>;
  /** The array fields and the rule of their items (`hetzner_ssh_key_ids.*` => integer). */
  arrays: Readonly<Record<string, 'integer' | 'string'>>;
  /** The 404 of a token of another provider or team (HetznerController.php:845, DigitalOceanController.php:48, VultrController.php:280). */
  tokenMissing: string;
  /** The answer's machine id key (HetznerController.php:978-982, DigitalOceanController.php:364-368, VultrController.php:373-377). */
  idKey: 'hetzner_server_id' | 'digitalocean_droplet_id' | 'vultr_instance_id';
}

/** app/Rules/ValidHostname.php: trimmed, at most 253 characters, dot-separated labels of 1-63 `[a-z0-9-]` not starting or ending with `-` (lower-cased first). */
const hostname: Rule = (v) => {
  const h = String(v).trim();
  const invalid = 'The name contains invalid characters. Only letters (a-z, A-Z), numbers (0-9), hyphens (-), and dots (.) are allowed.';
  if (h.length > 253) return 'The name must not exceed 253 characters.';
  if (/[\x00-\x1f\x7f;|&$`(){}<>\n\r"'\\!*?[\]~^:#@%=+, ]/.test(h)) return invalid;
  const lower = h.toLowerCase();
  if (lower.startsWith('.') || lower.endsWith('.')) return 'The name cannot start or end with a dot.';
  if (lower.includes('..')) return 'The name cannot contain consecutive dots.';
  for (const part of lower.split('.')) {
    if (part.length < 1 || part.length > 63) return 'The name contains an invalid label. Each segment must be 1-63 characters.';
    if (part.startsWith('-') || part.endsWith('-')) return 'The name contains an invalid label. Labels cannot start or end with a hyphen.';
    if (!/^[a-z0-9-]+$/.test(part)) return invalid;
  }
  return undefined;
};

/** `name` => nullable|string|max:253|ValidHostname (HetznerController.php:765, DigitalOceanController.php:243, VultrController.php:226). */
const NAME: Rule[] = [string('name'), (v) => ([...String(v)].length > 253 ? 'The name field must not be greater than 253 characters.' : undefined), hostname];
/** `cloud_init_script` => nullable|string|ValidCloudInitYaml (HetznerController.php:776). */
const SCRIPT: Rule[] = [string(label('cloud_init_script')), (v) => cloudInitProblem(String(v))];
const TOKEN_FIELDS = ['cloud_provider_token_uuid', 'cloud_provider_token_id'];

const PROVIDERS: Readonly<Record<Provider, ProviderRules>> = {
  // HetznerController.php:759-778
  hetzner: {
    allowed: [...TOKEN_FIELDS, 'location', 'server_type', 'image', 'name', 'private_key_uuid', 'enable_ipv4', 'enable_ipv6', 'enable_backups',
      'hetzner_ssh_key_ids', 'hetzner_firewall_ids', 'hetzner_network_ids', 'cloud_init_script', 'instant_validate'],
    required: ['location', 'server_type', 'image'],
    rules: {
      location: [string('location')], server_type: [string(label('server_type'))], image: [integer('image')], name: NAME,
      enable_ipv4: [boolean(label('enable_ipv4'))], enable_ipv6: [boolean(label('enable_ipv6'))], enable_backups: [boolean(label('enable_backups'))],
      cloud_init_script: SCRIPT, instant_validate: [boolean(label('instant_validate'))],
    },
    arrays: { hetzner_ssh_key_ids: 'integer', hetzner_firewall_ids: 'integer', hetzner_network_ids: 'integer' },
    tokenMissing: 'Hetzner cloud provider token not found.',
    idKey: 'hetzner_server_id',
  },
  // DigitalOceanController.php:237-251: `image` => required (no type)
  digitalocean: {
    allowed: [...TOKEN_FIELDS, 'region', 'size', 'image', 'name', 'private_key_uuid', 'enable_ipv6', 'monitoring', 'digitalocean_ssh_key_ids', 'cloud_init_script', 'instant_validate'],
    required: ['region', 'size', 'image'],
    rules: {
      region: [string('region')], size: [string('size')], image: [], name: NAME, enable_ipv6: [boolean(label('enable_ipv6'))],
      monitoring: [boolean('monitoring')], cloud_init_script: SCRIPT, instant_validate: [boolean(label('instant_validate'))],
    },
    arrays: { digitalocean_ssh_key_ids: 'integer' },
    tokenMissing: 'DigitalOcean cloud provider token not found.',
    idKey: 'digitalocean_droplet_id',
  },
  // VultrController.php:220-234
  vultr: {
    allowed: [...TOKEN_FIELDS, 'region', 'plan', 'os_id', 'name', 'private_key_uuid', 'enable_ipv6', 'disable_public_ipv4', 'vultr_ssh_key_ids', 'cloud_init_script', 'instant_validate'],
    required: ['region', 'plan', 'os_id'],
    rules: {
      region: [string('region')], plan: [string('plan')], os_id: [integer(label('os_id'))], name: NAME, enable_ipv6: [boolean(label('enable_ipv6'))],
      disable_public_ipv4: [boolean(label('disable_public_ipv4'))], cloud_init_script: SCRIPT, instant_validate: [boolean(label('instant_validate'))],
    },
    arrays: { vultr_ssh_key_ids: 'string' },
    tokenMissing: 'Vultr cloud provider token not found.',
    idKey: 'vultr_instance_id',
  },
};

/** The validator's errors and "This field is not allowed." for every other key, in one 422 (HetznerController.php:780-795). */
function checkBody(rt: SandboxRuntime, provider: Provider, body: Record<string, unknown>): void {
  const p = PROVIDERS[provider];
  const rules: Record<string, Rule[]> = { ...p.rules, private_key_uuid: [string(label('private_key_uuid'))] };
  // 'cloud_provider_token_uuid' => required_without:cloud_provider_token_id|string, and the other way round.
  for (const f of TOKEN_FIELDS) rules[f] = [string(label(f))];
  const absent = (f: string): boolean => body[f] === undefined || body[f] === null || body[f] === '';
  const required = (f: string): boolean =>
    p.required.includes(f) || f === 'private_key_uuid' || (TOKEN_FIELDS.includes(f) && TOKEN_FIELDS.every(absent));
  const errors = firstRuleErrors(body, rules, required, (f) => {
    const other = TOKEN_FIELDS.find((x) => x !== f);
    return TOKEN_FIELDS.includes(f) && other ? `The ${label(f)} field is required when ${label(other)} is not present.` : `The ${label(f)} field is required.`;
  });
  // `…_ids` => nullable|array, `…_ids.*` => integer (Vultr's: string)
  for (const [f, item] of Object.entries(p.arrays)) {
    const v = body[f];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v)) {
      errors[f] = [`The ${label(f)} field must be an array.`];
      continue;
    }
    v.forEach((x, i) => {
      const ok = item === 'integer' ? (typeof x === 'number' && Number.isInteger(x)) || (typeof x === 'string' && /^-?\d+$/.test(x)) : typeof x === 'string';
      if (!ok) errors[`${f}.${i}`] = [`The ${f}.${i} field must be ${item === 'integer' ? 'an integer' : 'a string'}.`];
    });
  }
  const allowed = allowedFields(rt.release, `POST /servers/${provider}`) ?? new Set(p.allowed);
  for (const k of Object.keys(body)) if (!allowed.has(k)) (errors[k] ??= []).push('This field is not allowed.');
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

/** `$request->boolean(key, default)` of a nullable boolean (HetznerController.php:803-826). */
const flag = (v: unknown, fallback: boolean): boolean => (v === undefined || v === null ? fallback : truthy(v));

/** The address the simulated provider gives the machine: IPv4 when it has one, else IPv6 (HetznerController.php:930-936). */
function machineAddress(n: number, ipv4: boolean): string {
  return ipv4 ? `203.0.113.${(n % 254) + 1}` : `2001:db8::${(n % 65535).toString(16)}`;
}

function createHandler(provider: Provider): Route['handler'] {
  return ({ rt, body }) => {
    checkBody(rt, provider, body);
    const p = PROVIDERS[provider];
    // Defaults: ipv6 on; Hetzner ipv4 on (:806-811); Vultr public ipv4 kept (:262-264).
    const ipv6 = flag(body.enable_ipv6, true);
    const ipv4 = provider === 'hetzner' ? flag(body.enable_ipv4, true) : provider === 'vultr' ? !flag(body.disable_public_ipv4, false) : true;
    // HetznerController.php:827-835: both off is refused before the token is looked up.
    if (provider === 'hetzner' && !ipv4 && !ipv6) {
      throw validationFailed({ enable_ipv4: ['Enable at least one public IP protocol.'], enable_ipv6: ['Enable at least one public IP protocol.'] });
    }
    // VultrController.php:268-270, :431-439
    if (provider === 'vultr' && !ipv4 && !ipv6) throw validationFailed({ enable_ipv6: ['Enable IPv6 when disabling public IPv4.'] });
    // The team's token of this provider by uuid (cloud_provider_token_id is its deprecated alias, HetznerController.php:26-29, :839-846).
    const tokenUuid = body.cloud_provider_token_uuid ?? body.cloud_provider_token_id;
    const token = (rt.store.world.cloudTokens ?? []).find((t) => t.uuid === tokenUuid && t.provider === provider);
    if (!token) throw new ApiError(404, p.tokenMissing);
    // HetznerController.php:849-853
    const key = rt.store.world.privateKeys.find((k) => k.uuid === body.private_key_uuid);
    if (!key) throw new ApiError(404, 'Private key not found.');
    const machine = rt.store.nextId();
    // :803-805 generate_random_name() when absent; :877 strtolower(trim(name))
    const name = (typeof body.name === 'string' && body.name !== '' ? body.name : `sandbox-cloud-${machine}`).trim().toLowerCase();
    const ip = machineAddress(machine, ipv4);
    const s: ServerRecord = {
      id: rt.store.nextId(), uuid: rt.store.uuid(), name, description: null, ip, port: 22, user: 'root',
      // :955-957 the proxy TRAEFIK, exited
      proxy_type: 'traefik', is_build_server: false, private_key_id: key.id,
      settings: { is_reachable: false, is_usable: false, wildcard_domain: null, sentinel_custom_url: null },
      cloud_provider_token_id: token.id,
      // Vultr keeps the instance id as a string (VultrController.php:314); the others an integer.
      provider_machine: { key: p.idKey, id: provider === 'vultr' ? `sandbox-${machine}` : machine },
    };
    rt.store.world.servers.push(s);
    // Server.php:170-182: a standalone Docker destination `coolify` on network `coolify`, as every new server.
    rt.store.world.destinations.push({ id: rt.store.nextId(), uuid: rt.store.uuid(), name: 'coolify', network: 'coolify', server_id: s.id });
    // :966-969
    if (truthy(body.instant_validate) && isBool(body.instant_validate)) startValidation(rt, s);
    // :978-982: 201 with the uuid, the machine id and the address.
    return { status: 201, body: { uuid: s.uuid, [p.idKey]: s.provider_machine!.id, ip } };
  };
}

/** The three provider creates. */
export const cloudServerRoutes: Route[] = (['hetzner', 'digitalocean', 'vultr'] as const).map((provider) => ({
  method: 'POST' as const,
  path: `/servers/${provider}`,
  body: 'required' as const,
  handler: createHandler(provider),
}));
