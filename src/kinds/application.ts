/**
 * Applications: capability table and lowering (API-NOTES §4).
 */
import { APPLICATION_DEFAULTS, NON_GIT_APPLICATION_DEFAULTS } from './defaults.js';
import { COOLIFY_STATUS_HEALTH } from '../model/health.js';
import type { Address } from '../model/address.js';
import { applicationSubtype } from './live-subtype.js';
import type { DefaultsContext } from './lower-context.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import type { DesiredValue, RefAttribute } from '../model/value.js';
import { isTemplate } from '../model/value.js';
import type { ApplicationSpec, Resolved } from '../manifest/types.js';
import type { KindSpec } from './spec.js';
import type { Downtime, PlanValue } from '../model/plan.js';
import { desiredRefString, refString } from './ref-values.js';
import { field, LIMIT_KEYS, limitFields, writeOnly } from './field-helpers.js';
import { lowerAppSecretManager, SECRET_MANAGER_FIELDS } from './secret-manager.js';
import {
  base64Text,
  bool,
  commaList,
  composeDomainList,
  description,
  domains,
  gitRepository,
  imageName,
  imageTag,
  lineList,
  numeric,
  path,
  splitImage,
} from './normalize.js';
import { asPlain, joinValues, lowerEnvMap, setIf, type ResolvedString } from './lower-helpers.js';
import { expectEnvRecords } from './answer-shape.js';

/** True when a plan value holds at least one item (a list, or a comma-separated string). */
function hasItems(value: PlanValue | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.split(',').some((s) => s.trim() !== '');
  // a redacted or unknown value: something is set
  return value !== null && typeof value === 'object';
}

/**
 * The downtime of an application's redeploy. Coolify's ApplicationDeploymentJob
 * (app/Jobs/ApplicationDeploymentJob.php, `rolling_update()`, read upstream: the API source
 * snapshot the project keeps has no Jobs/) stops the running container before starting the new one
 * when the application maps ports to the host ("Application has ports mapped to the host
 * system, rolling update is not supported"), and likewise with a consistent container name,
 * a custom internal name or a custom `--ip` (settings ado-coolify does not manage); otherwise
 * it starts the new container, waits for its health check and only then stops the old one.
 */
function applicationDeployDowntime(record: Readonly<Record<string, PlanValue>>): { downtime: Downtime; why: string } {
  if (hasItems(record['ports_mappings'])) {
    return { downtime: 'expected', why: 'ports mapped to the host: no rolling update' };
  }
  return { downtime: 'not-expected', why: 'rolling update' };
}

/** Application toggles live in `settings` on GET; read there first, then top level. */
const settings = (name: string): readonly string[] => [`settings.${name}`, name];

/**
 * The application capability table. Effects: most fields need a redeploy to take effect;
 * name, description, webhook and preview settings apply on PATCH alone. The source type is
 * the subtype (a change is a replace: Coolify cannot change it, API-NOTES §10.4).
 */
export const APPLICATION_SPEC: KindSpec = {
  liveSubtype: applicationSubtype,
  liveDefaults: (subtype) => (subtype === 'dockerimage' || subtype === 'dockerfile' ? NON_GIT_APPLICATION_DEFAULTS : APPLICATION_DEFAULTS),
  kind: 'application',
  subtypeChange: 'replace',
  tags: true,
  description: true,
  descriptionHasLengthLimit: true,
  literalSecretKeys: [
    { envMap: ['env'], what: 'env' },
    { envMap: ['previews', 'env'], what: 'preview env' },
    { value: ['git', 'webhookSecret'], what: 'the webhook secret' },
  ],
  liveFqdn: (f) => (typeof f.fqdn === 'string' ? f.fqdn : ''),
  planning: {
    movable: true,
    renamable: true,
    domainsField: 'domains',
    activateStep: 'deploy',
    replicaSets: true,
    refAttribute: applicationRefAttribute,
    deployDowntime: applicationDeployDowntime,
  },
  health: COOLIFY_STATUS_HEALTH,
  env: {
    flags: ['is_buildtime', 'is_runtime', 'is_literal', 'is_multiline', 'is_preview'],
    effect: 'redeploy',
    previewCopies: true,
  },
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description }),
    field('docker_registry_image_name', 'image', 'redeploy', { normalize: imageName, onlyFor: ['dockerimage'] }),
    field('docker_registry_image_tag', 'image.tag', 'redeploy', { normalize: imageTag, onlyFor: ['dockerimage'] }),
    field('git_repository', 'git.repository', 'redeploy', { normalize: gitRepository }),
    field('git_branch', 'git.branch', 'redeploy'),
    field('git_commit_sha', 'git.commit', 'redeploy'),
    field('build_pack', 'git.buildPack', 'redeploy'),
    field('base_directory', 'git.baseDirectory', 'redeploy', { normalize: path }),
    field('dockerfile_location', 'git.dockerfile', 'redeploy', { normalize: path }),
    // PATCH-only (API-NOTES §4 Update): sent after create as a follow-up PATCH.
    field('dockerfile_target_build', 'git.dockerfileTarget', 'redeploy', { creatable: false }),
    field('docker_compose_location', 'git.composeFile', 'redeploy', { normalize: path }),
    // Sent on create (Coolify stores them before it knows the compose); GET returns the JSON text.
    // Coolify refuses a PATCH of them until it has read the compose from the repository
    // (ApplicationsController.php:2960-2968; LoadComposeFile or the first deploy does): on an
    // app whose docker_compose_raw is empty (or hidden from the token) an update sets them in
    // the apply's second stage, after the deploy.
    field('docker_compose_domains', 'git.composeDomains', 'redeploy', {
      normalize: composeDomainList,
      afterFirstDeploy: (live) => typeof live['docker_compose_raw'] !== 'string' || live['docker_compose_raw'].trim() === '',
    }),
    field('publish_directory', 'git.publishDirectory', 'redeploy', { normalize: path }),
    field('install_command', 'git.installCommand', 'redeploy'),
    field('build_command', 'git.buildCommand', 'redeploy'),
    field('start_command', 'git.startCommand', 'redeploy'),
    field('is_auto_deploy_enabled', 'git.autoDeploy', 'update', { normalize: bool, readFrom: settings('is_auto_deploy_enabled') }),
    field('watch_paths', 'git.watchPaths', 'update', { normalize: lineList, list: 'lines' }),
    field('manual_webhook_secret_github', 'git.webhookSecret', 'update', { sensitive: true }),
    // Names resolved to uuids at payload time; GET returns only integer ids. Create-only.
    writeOnly('github_app_uuid', 'git.githubApp', 'replace', { resolve: 'githubApp', patchable: false }),
    writeOnly('private_key_uuid', 'git.deployKey', 'replace', { resolve: 'privateKey', patchable: false }),
    // Inline Dockerfile: readable only with read:sensitive and not PATCHable, so a change
    // is a replace (the alternative, ignoring it, would hide a real change).
    field('dockerfile', 'dockerfile', 'replace', {
      normalize: base64Text,
      encode: 'base64',
      needsReadSensitive: true,
      patchable: false,
      multiline: true,
    }),
    // Dockerfile apps: Coolify overwrites ports_exposes with the Dockerfile's EXPOSE (or 80).
    field('ports_exposes', 'ports', 'redeploy', { normalize: commaList, list: 'comma', onlyFor: ['dockerimage', 'public', 'github-app', 'deploy-key'] }),
    field('ports_mappings', 'portMappings', 'redeploy', { normalize: commaList, list: 'comma', exposes: hasItems }),
    // Set by lowering on every instance of a replica set (see replicaAlias): one DNS name for all.
    field('custom_network_aliases', 'replicaAlias', 'redeploy', { normalize: commaList, list: 'comma' }),
    field('domains', 'domains', 'redeploy', { normalize: domains, readFrom: ['fqdn', 'domains'], list: 'comma' }),
    field('redirect', 'redirect', 'redeploy'),
    // Create-only and never returned: ignored after create (changing it later means nothing
    // to Coolify, and a replace for it would be out of proportion).
    writeOnly('autogenerate_domain', 'generateDomain', 'update', { patchable: false }),
    field('health_check_enabled', 'healthCheck.enabled', 'redeploy', { normalize: bool }),
    field('health_check_type', 'healthCheck.type', 'redeploy'),
    field('health_check_path', 'healthCheck.path', 'redeploy'),
    field('health_check_port', 'healthCheck.port', 'redeploy', { normalize: numeric }),
    field('health_check_host', 'healthCheck.host', 'redeploy'),
    field('health_check_method', 'healthCheck.method', 'redeploy'),
    field('health_check_scheme', 'healthCheck.scheme', 'redeploy'),
    field('health_check_return_code', 'healthCheck.returnCode', 'redeploy', { normalize: numeric }),
    field('health_check_response_text', 'healthCheck.responseText', 'redeploy'),
    field('health_check_command', 'healthCheck.command', 'redeploy'),
    field('health_check_interval', 'healthCheck.interval', 'redeploy', { normalize: numeric }),
    field('health_check_timeout', 'healthCheck.timeout', 'redeploy', { normalize: numeric }),
    field('health_check_retries', 'healthCheck.retries', 'redeploy', { normalize: numeric }),
    field('health_check_start_period', 'healthCheck.startPeriod', 'redeploy', { normalize: numeric }),
    ...limitFields('redeploy'),
    field('pre_deployment_command', 'preDeploy', 'update'),
    field('pre_deployment_command_container', 'preDeploy.container', 'update'),
    field('post_deployment_command', 'postDeploy', 'update'),
    field('post_deployment_command_container', 'postDeploy.container', 'update'),
    field('is_preview_deployments_enabled', 'previews.enabled', 'update', {
      normalize: bool,
      readFrom: settings('is_preview_deployments_enabled'),
    }),
    field('preview_url_template', 'previews.urlTemplate', 'update', { readFrom: ['preview_url_template', 'settings.preview_url_template'] }),
    field('is_pr_deployments_public_enabled', 'previews.public', 'update', {
      normalize: bool,
      readFrom: settings('is_pr_deployments_public_enabled'),
    }),
    // Coolify 4.4: the secret manager, by its own two requests (src/kinds/secret-manager.ts).
    ...SECRET_MANAGER_FIELDS,
  ],
  reads: {
    envs: async (client, uuid) => expectEnvRecords(await client.applications.envs.list(uuid), `GET /applications/${uuid}/envs`),
    sharedEnvs: null,
    under: null,
  },
};

/** The application source type (`DesiredResource.subtype`) of a manifest entry. */
export function applicationSubtypeOf(app: Resolved<ApplicationSpec>): string {
  if (app.image !== undefined) return 'dockerimage';
  if (app.dockerfile !== undefined) return 'dockerfile';
  if (app.git?.githubApp !== undefined) return 'github-app';
  if (app.git?.deployKey !== undefined) return 'deploy-key';
  return 'public';
}

function lowerImage(fields: Record<string, DesiredValue>, image: ResolvedString): void {
  if (isTemplate(image)) {
    fields['docker_registry_image_name'] = image;
    return;
  }
  const { name, tag } = splitImage(image);
  fields['docker_registry_image_name'] = name;
  // A missing tag means `latest`: managed explicitly so a live tag change shows.
  fields['docker_registry_image_tag'] = tag ?? 'latest';
}

function lowerDeployCommand(
  fields: Record<string, DesiredValue>,
  prefix: 'pre' | 'post',
  cmd: Resolved<ApplicationSpec>['preDeploy'],
): void {
  if (cmd === undefined) return;
  if (typeof cmd === 'string' || isTemplate(cmd)) {
    fields[`${prefix}_deployment_command`] = cmd;
    return;
  }
  fields[`${prefix}_deployment_command`] = cmd.command;
  setIf(fields, `${prefix}_deployment_command_container`, cmd.container);
}

/** Lowers one application entry (one replica) to its wire fields, env and subtype. */
export function lowerApplication(
  address: Address,
  name: string,
  parent: Address,
  app: Resolved<ApplicationSpec>,
  ctx: DefaultsContext,
): DesiredResource {
  const fields: Record<string, DesiredValue> = { name };
  setIf(fields, 'description', app.description);
  if (app.image !== undefined) lowerImage(fields, app.image);
  if (app.dockerfile !== undefined) fields['dockerfile'] = app.dockerfile;
  const git = app.git;
  if (git) {
    fields['git_repository'] = git.repository;
    setIf(fields, 'git_branch', git.branch);
    setIf(fields, 'git_commit_sha', git.commit);
    setIf(fields, 'build_pack', git.buildPack);
    setIf(fields, 'base_directory', git.baseDirectory);
    setIf(fields, 'dockerfile_location', git.dockerfile);
    setIf(fields, 'dockerfile_target_build', git.dockerfileTarget);
    setIf(fields, 'docker_compose_location', git.composeFile);
    if (git.composeDomains !== undefined) fields['docker_compose_domains'] = git.composeDomains.map((d) => ({ name: d.name, domain: d.domain }));
    setIf(fields, 'publish_directory', git.publishDirectory);
    setIf(fields, 'install_command', git.installCommand);
    setIf(fields, 'build_command', git.buildCommand);
    setIf(fields, 'start_command', git.startCommand);
    setIf(fields, 'is_auto_deploy_enabled', git.autoDeploy);
    if (git.watchPaths !== undefined) fields['watch_paths'] = joinValues(git.watchPaths, '\n');
    setIf(fields, 'manual_webhook_secret_github', git.webhookSecret);
    setIf(fields, 'github_app_uuid', asPlain(git.githubApp));
    setIf(fields, 'private_key_uuid', asPlain(git.deployKey));
  }
  if (app.ports !== undefined) fields['ports_exposes'] = app.ports.join(',');
  if (app.portMappings !== undefined) fields['ports_mappings'] = joinValues(app.portMappings, ',');
  if (app.domains !== undefined) fields['domains'] = joinValues(app.domains, ',');
  setIf(fields, 'redirect', app.redirect);
  fields['autogenerate_domain'] = app.generateDomain === true;
  const hc = app.healthCheck;
  if (hc) {
    setIf(fields, 'health_check_enabled', hc.enabled);
    setIf(fields, 'health_check_type', hc.type);
    setIf(fields, 'health_check_path', hc.path);
    setIf(fields, 'health_check_port', hc.port === undefined ? undefined : String(hc.port)); // the API types it as a string
    setIf(fields, 'health_check_host', hc.host);
    setIf(fields, 'health_check_method', hc.method);
    setIf(fields, 'health_check_scheme', hc.scheme);
    setIf(fields, 'health_check_return_code', hc.returnCode);
    setIf(fields, 'health_check_response_text', hc.responseText);
    setIf(fields, 'health_check_command', hc.command);
    setIf(fields, 'health_check_interval', hc.interval);
    setIf(fields, 'health_check_timeout', hc.timeout);
    setIf(fields, 'health_check_retries', hc.retries);
    setIf(fields, 'health_check_start_period', hc.startPeriod);
  }
  lowerLimits(fields, app.limits);
  lowerDeployCommand(fields, 'pre', app.preDeploy);
  lowerDeployCommand(fields, 'post', app.postDeploy);
  const previews = app.previews;
  if (previews) {
    setIf(fields, 'is_preview_deployments_enabled', previews.enabled);
    setIf(fields, 'preview_url_template', previews.urlTemplate);
    setIf(fields, 'is_pr_deployments_public_enabled', previews.public);
  }
  lowerAppSecretManager(fields, app.secretManager);
  const resource: DesiredResource = {
    address,
    kind: 'application',
    name,
    subtype: applicationSubtypeOf(app),
    parent,
    fields,
    protect: app.protect ?? false,
    ignoreChanges: [],
  };
  const env = lowerEnvMap(app.env, previews?.env);
  if (env) resource.env = env;
  const rollback = asPlain(app.rollback);
  if (rollback === 'onFailure' || rollback === 'off') resource.rollback = rollback;
  const http = app.verify?.http;
  if (http) {
    const url = asPlain(http.url);
    const path = asPlain(http.path);
    resource.httpCheck = {
      ...(url !== undefined ? { url } : {}),
      ...(path !== undefined ? { path } : {}),
      expectStatus: typeof http.expectStatus === 'number' ? http.expectStatus : 200,
      timeout: asPlain(http.timeout) ?? '60s',
    };
  }
  ctx.place(resource, app);
  return resource;
}

/** Lowers `limits` to `limits_*` (cpus kept as a string, as Coolify stores it). */
export function lowerLimits(
  fields: Record<string, DesiredValue>,
  limits: Record<string, ResolvedString | number | undefined> | undefined,
): void {
  if (!limits) return;
  for (const [from, to] of LIMIT_KEYS) {
    const v = limits[from];
    if (v === undefined) continue;
    fields[to] = from === 'cpus' && typeof v === 'number' ? String(v) : v;
  }
}

/** An application's `${applications.NAME.ATTR}`: `url` the first https domain, `fqdn` the raw `fqdn`, `port` the first exposed port. */
export function applicationRefAttribute(attr: RefAttribute, live: LiveResource, desired: DesiredResource | undefined): string | undefined {
  const fqdn = refString(live.fields['fqdn']);
  switch (attr) {
    case 'fqdn':
      return fqdn;
    case 'url': {
      const raw = (fqdn ?? '').split(',').map((d) => d.trim().replace(/\/+$/, '')).filter((d) => d !== '');
      return raw.find((d) => d.startsWith('https://')) ?? raw[0];
    }
    case 'port': {
      const ports = refString(live.fields['ports_exposes']) ?? desiredRefString(desired, 'ports_exposes');
      return ports?.split(',')[0]?.trim() || undefined;
    }
    default:
      return undefined;
  }
}
