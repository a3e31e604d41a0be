/**
 * Services (one-click templates and raw compose): capability table and lowering (API-NOTES §9).
 */
import { COOLIFY_STATUS_HEALTH } from '../model/health.js';
import type { Address } from '../model/address.js';
import { serviceSubtype } from './live-subtype.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ServiceSpec } from '../manifest/types.js';
import type { KindSpec } from './spec.js';
import { field, writeOnly } from './field-helpers.js';
import { description, urlList } from './normalize.js';
import { composeData } from './compose-data.js';
import { lowerEnvMap, setIf } from './lower-helpers.js';
import type { DefaultsContext } from './lower-context.js';
import { expectEnvRecords } from './answer-shape.js';

/**
 * The service capability table. The template key (`type`) is never returned by GET and
 * cannot be PATCHed: write-only (a template change shows as a subtype change only when the
 * source switches between template and compose). Raw compose is PATCHable for services.
 */
export const SERVICE_SPEC: KindSpec = {
  liveSubtype: serviceSubtype,
  kind: 'service',
  subtypeChange: 'replace',
  tags: true,
  description: true,
  descriptionHasLengthLimit: false, // services keep it in a longText column
  literalSecretKeys: [{ envMap: ['env'], what: 'env' }],
  liveFqdn: null,
  planning: {
    movable: true,
    renamable: true,
    activateStep: 'deploy',
    // Coolify restarts a service's containers with docker compose: how long each is down
    // depends on the service (no rolling update, no health gate before the old one stops).
    deployDowntime: () => ({ downtime: 'possible', why: 'Coolify restarts its containers with docker compose' }),
  },
  health: COOLIFY_STATUS_HEALTH,
  // SERVICE_FQDN_*, SERVICE_URL_*, SERVICE_PASSWORD_*, SERVICE_USER_*, SERVICE_BASE64_*…: the
  // magic variables Coolify generates for a service (bootstrap/helpers/shared.php:1686-1800,
  // parseCommandFromMagicEnvVariable and generateEnvValue).
  env: { flags: ['is_literal', 'is_multiline'], effect: 'redeploy', previewCopies: false, generatedKeys: /^SERVICE_/ },
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description }),
    writeOnly('type', 'type', 'replace', { patchable: false, onlyFor: ['template'] }),
    // Compared as data: Coolify stores its own re-dump of the compose (see compose-data.ts).
    field('docker_compose_raw', 'compose', 'redeploy', {
      normalize: composeData,
      encode: 'base64',
      needsReadSensitive: true,
      multiline: true,
      onlyFor: ['compose'],
    }),
    // Service urls are stored on the service's sub-applications, not returned as `urls`.
    writeOnly('urls', 'urls', 'redeploy', { normalize: urlList }),
  ],
  reads: {
    envs: async (client, uuid) => expectEnvRecords(await client.services.envs.list(uuid), `GET /services/${uuid}/envs`),
    sharedEnvs: null,
    under: null,
  },
};

/** Lowers one service entry. */
export function lowerService(
  address: Address,
  name: string,
  parent: Address,
  svc: Resolved<ServiceSpec>,
  ctx: DefaultsContext,
): DesiredResource {
  const fields: Record<string, DesiredValue> = { name };
  setIf(fields, 'description', svc.description);
  setIf(fields, 'type', svc.type);
  setIf(fields, 'docker_compose_raw', svc.compose);
  if (svc.urls !== undefined) fields['urls'] = svc.urls.map((u) => ({ name: u.name, url: u.url }));
  const resource: DesiredResource = {
    address,
    kind: 'service',
    name,
    subtype: svc.compose !== undefined ? 'compose' : 'template',
    parent,
    fields,
    protect: svc.protect ?? false,
    ignoreChanges: [],
  };
  const env = lowerEnvMap(svc.env);
  if (env) resource.env = env;
  ctx.place(resource, svc);
  return resource;
}
