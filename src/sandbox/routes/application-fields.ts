import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { ApplicationRecord, ServerRecord } from '../world.js';
import { decodeBase64Field, requireBase64 } from './common.js';
import { checkImageFields, parseImageOnCreate } from './docker-image.js';

/** Defaults Coolify's models give a new application (top-level and settings fields). */
export const APPLICATION_DEFAULTS: Record<string, unknown> = {
  fqdn: null, git_repository: null, git_branch: null, git_commit_sha: 'HEAD', git_full_url: null, build_pack: 'nixpacks',
  ports_exposes: '80', ports_mappings: null, base_directory: '/', publish_directory: null, install_command: null,
  build_command: null, start_command: null, dockerfile: null, dockerfile_location: '/Dockerfile', dockerfile_target_build: null,
  docker_compose_location: '/docker-compose.yaml', docker_compose_domains: null, docker_registry_image_name: null,
  docker_registry_image_tag: null, static_image: 'nginx:alpine', redirect: 'both', watch_paths: null,
  health_check_enabled: false, health_check_type: 'http', health_check_command: null, health_check_path: '/', health_check_port: null,
  health_check_host: 'localhost', health_check_method: 'GET', health_check_return_code: 200, health_check_scheme: 'http',
  health_check_response_text: null, health_check_interval: 5, health_check_timeout: 5, health_check_retries: 10,
  health_check_start_period: 5, limits_memory: '0', limits_memory_swap: '0', limits_memory_swappiness: 60,
  limits_memory_reservation: '0', limits_cpus: '0', limits_cpuset: null, limits_cpu_shares: 1024,
  custom_labels: null, custom_docker_run_options: null, custom_nginx_configuration: null, custom_network_aliases: null,
  pre_deployment_command: null, pre_deployment_command_container: null, post_deployment_command: null,
  post_deployment_command_container: null, manual_webhook_secret_github: null, manual_webhook_secret_gitlab: null,
  manual_webhook_secret_bitbucket: null, manual_webhook_secret_gitea: null, is_http_basic_auth_enabled: false,
  http_basic_auth_username: null, http_basic_auth_password: null, max_restart_count: 10, preview_url_template: '{{pr_id}}.{{domain}}',
  swarm_replicas: 1, swarm_placement_constraints: null, noindex_domains: null, force_domain_override: false,
  // settings
  is_static: false, is_spa: false, is_auto_deploy_enabled: true, is_force_https_enabled: true,
  is_preview_deployments_enabled: false, is_pr_deployments_public_enabled: false, is_git_submodules_enabled: true,
  is_git_lfs_enabled: true, is_git_shallow_clone_enabled: true, disable_build_cache: false, inject_build_args_to_dockerfile: true,
  include_source_commit_in_build: false, is_env_sorting_enabled: false, is_gzip_enabled: true, is_stripprefix_enabled: true,
  is_raw_compose_deployment_enabled: false, is_log_drain_enabled: false, is_gpu_enabled: false, gpu_driver: 'nvidia',
  gpu_count: null, gpu_device_ids: null, gpu_options: null, is_consistent_container_name_enabled: false, custom_internal_name: null,
  is_container_label_escape_enabled: true, is_preserve_repository_enabled: false, connect_to_docker_network: false,
  stop_grace_period: null, docker_images_to_keep: 2, use_build_server: false, use_build_secrets: false,
};

/** Keys of a create/PATCH body that are not stored as application fields. */
export const NON_FIELD_KEYS = new Set([
  'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'github_app_uuid',
  'private_key_uuid', 'instant_deploy', 'tags', 'autogenerate_domain', 'domains', 'name', 'description',
  // Stored by compose-domains.ts (a JSON text, and only the names the compose has on update).
  'docker_compose_domains',
]);

/** `https://github.com/org/repo(.git)` → `org/repo` (Coolify keeps owner/name for http URLs). */
export function normalizeGitRepository(url: string): string {
  const m = /^https?:\/\/[^/]+\/([^/]+)\/([^/?#]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : url.trim();
}

/** The `{uuid}.{ip}.sslip.io` host Coolify generates for a server. */
export function sslipHost(server: ServerRecord, uuid: string): string {
  const ip = server.ip === 'host.docker.internal' ? '127.0.0.1' : server.ip;
  return `${uuid}.${ip}.sslip.io`;
}

/** Normalises a comma-separated domain list; 422 for entries that are not http(s) URLs. */
export function normalizeDomains(domains: string): string {
  const list = domains.split(',').map((d) => d.trim()).filter(Boolean);
  for (const d of list) {
    let ok = false;
    try {
      const u = new URL(d);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      ok = false;
    }
    if (!ok) throw validationFailed({ domains: [`Invalid domain: ${d}`] });
  }
  return list.join(',');
}


/**
 * Copies writable fields of a body onto an application, normalising like Coolify: git URL
 * form, image parsing on create, base64 fields (dockerfile decoded; custom_labels and
 * custom_nginx_configuration checked and stored encoded).
 */
export function applyApplicationFields(app: ApplicationRecord, body: Record<string, unknown>, mode: 'create' | 'update'): void {
  checkImageFields(body, mode);
  for (const [k, v] of Object.entries(body)) {
    if (NON_FIELD_KEYS.has(k)) continue;
    app.fields[k] = v;
  }
  if (typeof body.git_repository === 'string' && app.source !== 'private-deploy-key') {
    app.fields.git_repository = normalizeGitRepository(body.git_repository);
  }
  // Only create parses the image (ApplicationsController.php:2199-2224); PATCH stores the name and
  // tag as sent (checked against Coolify 4.3.11: PATCH name `nginx` + 64-hex tag keeps `nginx`).
  if (mode === 'create' && typeof body.docker_registry_image_name === 'string') {
    const { name, tag } = parseImageOnCreate(body.docker_registry_image_name, body.docker_registry_image_tag);
    app.fields.docker_registry_image_name = name;
    app.fields.docker_registry_image_tag = tag;
  }
  if (typeof body.dockerfile === 'string') app.fields.dockerfile = decodeBase64Field('dockerfile', body.dockerfile);
  if (typeof body.custom_labels === 'string') app.fields.custom_labels = requireBase64('custom_labels', body.custom_labels);
  if (typeof body.custom_nginx_configuration === 'string') {
    app.fields.custom_nginx_configuration = requireBase64('custom_nginx_configuration', body.custom_nginx_configuration);
  }
}

/** The port from the Dockerfile's first EXPOSE, or 80 (Coolify overwrites ports_exposes). */
export function exposedPort(dockerfile: string): string {
  const m = /^\s*EXPOSE\s+(\d+)/im.exec(dockerfile);
  return m ? m[1]! : '80';
}

/** Coolify's generated Traefik labels for an app (stored base64-encoded). */
export function defaultLabels(app: ApplicationRecord): string {
  const text = [`traefik.enable=true`, `traefik.http.routers.http-0-${app.uuid}.entryPoints=http`, `coolify.managed=true`].join('\n');
  return Buffer.from(text, 'utf8').toString('base64');
}
