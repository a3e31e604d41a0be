/**
 * Servers bought at a cloud provider (`servers.NAME.provision`): the three create endpoints of
 * Coolify 4.3.11 (routes/api.php:209, :215, :221), the wire fields each accepts, the lowering of
 * the block and what the plan says of it. Such a server is the `server` kind with the provider
 * as its subtype. Coolify stores none of the block but the provider's machine id and the token's
 * id (HetznerController.php:942-951, DigitalOceanController.php:319-329, VultrController.php:
 * 329-339), and answers the token's id to nobody (CloudProviderTokensController.php:15-18
 * hides it): the provider is compared (the live subtype, from the machine id), the rest is sent
 * on create only (`writeOnly`). A change that needs a new machine is never planned by itself:
 * `--replace` must ask for it (ADO550, `planning.replaceOnlyOnRequest` of the server table).
 */
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ServerProvisionSpec } from '../manifest/types.js';
import type { CreateVariant, FieldSpec } from './spec.js';
import { writeOnly } from './field-helpers.js';

/** The cloud providers Coolify buys servers at. */
export type CloudProvider = ServerProvisionSpec['provider'];

/** A provider's name in words. */
export const PROVIDER_LABEL: Readonly<Record<CloudProvider, string>> = { hetzner: 'Hetzner', digitalocean: 'DigitalOcean', vultr: 'Vultr' };

/** The subtype of a server that is an existing machine registered by `ip`, read back from one without a provider id. */
export const REGISTERED = 'registered';

const HZ = ['hetzner'] as const;
const DO = ['digitalocean'] as const;
const VU = ['vultr'] as const;
const ALL = ['hetzner', 'digitalocean', 'vultr'] as const;

/** The fields of the provision block: wire name, manifest label, the providers that take it. */
const PROVISION_FIELDS: ReadonlyArray<{ wire: string; label: string; only: readonly CloudProvider[]; extra?: Partial<FieldSpec> }> = [
  // 'cloud_provider_token_uuid' => required_without:cloud_provider_token_id|string (HetznerController.php:760)
  { wire: 'cloud_provider_token_uuid', label: 'provision.token', only: ALL, extra: { resolve: 'cloudToken' } },
  // HetznerController.php:762-764: location, server_type, image (integer)
  { wire: 'location', label: 'provision.location', only: HZ },
  { wire: 'server_type', label: 'provision.serverType', only: HZ },
  // DigitalOceanController.php:240-242: region, size, image (any); VultrController.php:223-225: region, plan, os_id
  { wire: 'region', label: 'provision.region', only: [...DO, ...VU] },
  { wire: 'size', label: 'provision.size', only: DO },
  { wire: 'plan', label: 'provision.plan', only: VU },
  { wire: 'image', label: 'provision.image', only: [...HZ, ...DO] },
  { wire: 'os_id', label: 'provision.osId', only: VU },
  { wire: 'enable_ipv4', label: 'provision.ipv4', only: HZ },
  { wire: 'disable_public_ipv4', label: 'provision.ipv4', only: VU },
  { wire: 'enable_ipv6', label: 'provision.ipv6', only: ALL },
  { wire: 'enable_backups', label: 'provision.backups', only: HZ },
  { wire: 'monitoring', label: 'provision.monitoring', only: DO },
  { wire: 'hetzner_ssh_key_ids', label: 'provision.sshKeyIds', only: HZ },
  { wire: 'digitalocean_ssh_key_ids', label: 'provision.sshKeyIds', only: DO },
  { wire: 'vultr_ssh_key_ids', label: 'provision.sshKeyIds', only: VU },
  { wire: 'hetzner_firewall_ids', label: 'provision.firewallIds', only: HZ },
  { wire: 'hetzner_network_ids', label: 'provision.networkIds', only: HZ },
  // The script's text (ValidCloudInitYaml), copied from `cloudInitScripts:`; it often holds credentials.
  { wire: 'cloud_init_script', label: 'provision.cloudInitScript', only: ALL, extra: { sensitive: true, multiline: true } },
  { wire: 'instant_validate', label: 'provision.validate', only: ALL },
];

/**
 * The server table's provision fields: sent by the provider's create only (PATCH /servers takes
 * none of them, ServersController.php update_server's allow-list), never read back.
 */
export const PROVISION_FIELD_SPECS: readonly FieldSpec[] = PROVISION_FIELDS.map((f) =>
  writeOnly(f.wire, f.label, 'replace', { patchable: false, onlyFor: f.only, ...f.extra }));

/** What each provider's create accepts besides the provision fields (`$allowedFields`). */
const COMMON = ['name', 'private_key_uuid'];

/** The create endpoint of each provider and the wire fields of its `$allowedFields` (HetznerController.php:730-746, DigitalOceanController.php:211-224, VultrController.php:195-208). */
export const PROVIDER_CREATE: Readonly<Record<CloudProvider, CreateVariant>> = Object.fromEntries(
  ALL.map((p) => [p, { path: `/servers/${p}`, accepts: [...COMMON, ...PROVISION_FIELDS.filter((f) => f.only.includes(p)).map((f) => f.wire)] }]),
) as unknown as Record<CloudProvider, CreateVariant>;

/** The provider a live server was bought at, from the machine id Coolify keeps; `registered` otherwise. */
export function serverSubtype(record: Readonly<Record<string, unknown>>): string {
  const has = (k: string): boolean => record[k] !== undefined && record[k] !== null && record[k] !== '';
  if (has('hetzner_server_id')) return 'hetzner';
  if (has('digitalocean_droplet_id')) return 'digitalocean';
  if (has('vultr_instance_id')) return 'vultr';
  return REGISTERED;
}

/**
 * The wire fields of a provision block: the provider's names, defaults left to Coolify, the
 * cloud-init text copied from the named `cloudInitScripts:` entry (`scripts`).
 */
export function lowerProvision(p: Resolved<ServerProvisionSpec>, scripts: Readonly<Record<string, unknown>> | undefined): Record<string, DesiredValue> {
  const out: Record<string, DesiredValue> = { cloud_provider_token_uuid: p.token };
  const set = (wire: string, v: DesiredValue | undefined): void => {
    if (v !== undefined) out[wire] = v;
  };
  set('location', p.location);
  set('server_type', p.serverType);
  set('region', p.region);
  set('size', p.size);
  set('plan', p.plan);
  if (p.provider === 'vultr') set('os_id', p.osId);
  else set('image', p.image);
  // Vultr has no `enable_ipv4`: `disable_public_ipv4` (VultrController.php:229, :208).
  if (p.provider === 'hetzner') set('enable_ipv4', p.ipv4);
  if (p.provider === 'vultr' && p.ipv4 !== undefined) out.disable_public_ipv4 = !p.ipv4;
  set('enable_ipv6', p.ipv6);
  set('enable_backups', p.backups);
  set('monitoring', p.monitoring);
  if (p.sshKeyIds !== undefined && isCloudProvider(p.provider)) out[`${p.provider}_ssh_key_ids`] = [...p.sshKeyIds];
  if (p.firewallIds !== undefined) out.hetzner_firewall_ids = [...p.firewallIds];
  if (p.networkIds !== undefined) out.hetzner_network_ids = [...p.networkIds];
  const script = typeof p.cloudInitScript === 'string' ? scripts?.[p.cloudInitScript] : undefined;
  if (script !== null && typeof script === 'object' && 'script' in script) out.cloud_init_script = (script as { script: DesiredValue }).script;
  set('instant_validate', p.validate);
  return out;
}

/** What the create of a provisioned server buys, in the plan's words. */
export function provisionCost(provider: CloudProvider, fields: Readonly<Record<string, DesiredValue>>): string {
  const what = [fields.server_type ?? fields.size ?? fields.plan, fields.location ?? fields.region].filter((v) => typeof v === 'string');
  const token = typeof fields.cloud_provider_token_uuid === 'string' ? ` billed to cloud token \`${fields.cloud_provider_token_uuid}\`` : '';
  return `buys a server at ${PROVIDER_LABEL[provider]}${what.length > 0 ? ` (${what.join(' in ')})` : ''}${token}`;
}

/** True when a subtype names a cloud provider. */
export function isCloudProvider(subtype: unknown): subtype is CloudProvider {
  return subtype === 'hetzner' || subtype === 'digitalocean' || subtype === 'vultr';
}
