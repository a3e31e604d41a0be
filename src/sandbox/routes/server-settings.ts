/**
 * A server's settings endpoints, as Coolify 4.3.11 serves them (routes/api.php:161-167): the
 * Docker cleanup of app/Http/Controllers/Api/ServerDockerCleanupController.php, the log
 * drains of ServerLogDrainsController.php and Sentinel of ServerSentinelController.php. Each
 * looks the server up before it checks the body and answers the settings it keeps.
 */
import { validationFailed } from '../api-error.js';
import type { Route } from '../router.js';
import type { ServerRecord } from '../world.js';
import { allowedFields } from '../../releases/table.js';
import { SERVER_SETTINGS_COLUMNS } from '../model-defaults.js';
import { serverSettingsJson } from '../serialize-relations.js';
import { plainDateTime } from '../serialize-base.js';
import { findServer } from './servers.js';
import { CRON, boolean, integer, label, string, truthy, type Rule } from './server-rules.js';

// ServerDockerCleanupController.php:14-21
const CLEANUP_FIELDS = ['docker_cleanup_frequency', 'docker_cleanup_threshold', 'force_docker_cleanup', 'delete_unused_volumes', 'delete_unused_networks', 'disable_application_image_retention'];

// ServerLogDrainsController.php:15-25
const DRAIN_FIELDS = [
  'is_logdrain_newrelic_enabled', 'logdrain_newrelic_license_key', 'logdrain_newrelic_base_uri', 'is_logdrain_axiom_enabled',
  'logdrain_axiom_dataset_name', 'logdrain_axiom_api_key', 'is_logdrain_custom_enabled', 'logdrain_custom_config', 'logdrain_custom_config_parser',
];

// ServerSentinelController.php:14-23
const SENTINEL_FIELDS = [
  'is_sentinel_enabled', 'is_metrics_enabled', 'is_sentinel_debug_enabled', 'sentinel_token', 'sentinel_metrics_refresh_rate_seconds',
  'sentinel_metrics_history_days', 'sentinel_push_interval_seconds', 'sentinel_custom_url',
];

/** ServerSetting.php:176-183 isValidSentinelToken, and the rule of ServerSentinelController.php:164 */
const SENTINEL_TOKEN = /^[a-zA-Z0-9._\-+=/]+$/;

/** ServerLogDrainsController.php:165-170 `regex:/^[a-zA-Z0-9_\-\.]+$/` */
const DRAIN_TOKEN = /^[a-zA-Z0-9_.-]+$/;

const settingsOf = (s: ServerRecord): Record<string, unknown> => ({ ...SERVER_SETTINGS_COLUMNS, ...s.settings });

/** Rule errors and "This field is not allowed." in one 422 (ServerDockerCleanupController.php:164-175, ServerLogDrainsController.php:175-187). */
function checkFields(release: string, endpoint: string, fallback: string[], body: Record<string, unknown>, rules: Record<string, Rule>): void {
  const errors: Record<string, string[]> = {};
  for (const [k, rule] of Object.entries(rules)) {
    const v = body[k];
    const m = v === undefined || v === null ? undefined : rule(v);
    if (m) errors[k] = [m];
  }
  const allowed = allowedFields(release, endpoint) ?? new Set(fallback);
  for (const k of Object.keys(body)) if (!allowed.has(k)) (errors[k] ??= []).push('This field is not allowed.');
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

/** ServerDockerCleanupController.php:28-39 transform. */
function cleanupJson(s: ServerRecord): Record<string, unknown> {
  const v = { ...SERVER_SETTINGS_COLUMNS, ...s.settings };
  return {
    docker_cleanup_frequency: v.docker_cleanup_frequency, docker_cleanup_threshold: Number(v.docker_cleanup_threshold),
    force_docker_cleanup: Boolean(v.force_docker_cleanup), delete_unused_volumes: Boolean(v.delete_unused_volumes),
    delete_unused_networks: Boolean(v.delete_unused_networks), disable_application_image_retention: Boolean(v.disable_application_image_retention),
  };
}


/** ServerLogDrainsController.php:37-58 transform: the keys and the custom config only with read:sensitive. */
function drainsJson(s: ServerRecord, sensitive: boolean): Record<string, unknown> {
  const v = settingsOf(s);
  return {
    is_logdrain_newrelic_enabled: Boolean(v.is_logdrain_newrelic_enabled), logdrain_newrelic_base_uri: v.logdrain_newrelic_base_uri ?? null,
    is_logdrain_axiom_enabled: Boolean(v.is_logdrain_axiom_enabled), logdrain_axiom_dataset_name: v.logdrain_axiom_dataset_name ?? null,
    is_logdrain_custom_enabled: Boolean(v.is_logdrain_custom_enabled),
    ...(sensitive
      ? {
          logdrain_newrelic_license_key: v.logdrain_newrelic_license_key ?? null, logdrain_axiom_api_key: v.logdrain_axiom_api_key ?? null,
          logdrain_custom_config: v.logdrain_custom_config ?? null, logdrain_custom_config_parser: v.logdrain_custom_config_parser ?? null,
        }
      : {}),
  };
}

/** ServerSentinelController.php:35-54 transform: the token and the custom URL only with read:sensitive. */
function sentinelJson(s: ServerRecord, sensitive: boolean): Record<string, unknown> {
  // the settings row as GET /servers/{uuid} shows it (the seeded servers' token and URL)
  const v = serverSettingsJson(s, true);
  return {
    is_sentinel_enabled: Boolean(v.is_sentinel_enabled), is_metrics_enabled: Boolean(v.is_metrics_enabled), is_sentinel_debug_enabled: Boolean(v.is_sentinel_debug_enabled),
    sentinel_metrics_refresh_rate_seconds: Number(v.sentinel_metrics_refresh_rate_seconds), sentinel_metrics_history_days: Number(v.sentinel_metrics_history_days),
    sentinel_push_interval_seconds: Number(v.sentinel_push_interval_seconds),
    // the servers row's column, a plain datetime (as serverModelJson gives it)
    sentinel_updated_at: plainDateTime(0),
    ...(sensitive ? { sentinel_token: v.sentinel_token ?? null, sentinel_custom_url: v.sentinel_custom_url ?? null } : {}),
  };
}

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Docker cleanup and log drain settings of a server. */
export const serverSettingRoutes: Route[] = [
  // ServerDockerCleanupController.php:73-88 show
  { method: 'GET', path: '/servers/{uuid}/docker-cleanup', handler: ({ rt, params }) => ({ body: cleanupJson(findServer(rt, params.uuid)) }) },
  {
    method: 'PATCH',
    path: '/servers/{uuid}/docker-cleanup',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // ServerDockerCleanupController.php:148-151: the server first, then the body (:155-175).
      const s = findServer(rt, params.uuid);
      const rules: Record<string, Rule> = {
        docker_cleanup_frequency: string(label('docker_cleanup_frequency')),
        docker_cleanup_threshold: integer(label('docker_cleanup_threshold'), 1, 99),
        force_docker_cleanup: boolean(label('force_docker_cleanup')),
        delete_unused_volumes: boolean(label('delete_unused_volumes')),
        delete_unused_networks: boolean(label('delete_unused_networks')),
        disable_application_image_retention: boolean(label('disable_application_image_retention')),
      };
      checkFields(rt.release, 'PATCH /servers/{uuid}/docker-cleanup', CLEANUP_FIELDS, body, rules);
      // :177-182
      if (body.docker_cleanup_frequency !== undefined && !CRON.test(String(body.docker_cleanup_frequency))) {
        throw validationFailed({ docker_cleanup_frequency: ['Invalid Cron / Human expression for Docker Cleanup Frequency.'] });
      }
      const settings: Record<string, unknown> = {};
      for (const k of CLEANUP_FIELDS) {
        if (body[k] === undefined) continue;
        settings[k] = k === 'docker_cleanup_frequency' ? body[k] : k === 'docker_cleanup_threshold' ? Number(body[k]) : truthy(body[k]);
      }
      s.settings = { ...s.settings, ...settings };
      // :190 saved, :199 answered
      return { body: cleanupJson(s) };
    },
  },
  // ServerLogDrainsController.php:92-107 show
  { method: 'GET', path: '/servers/{uuid}/log-drains', handler: ({ rt, params, sensitive }) => ({ body: drainsJson(findServer(rt, params.uuid), sensitive) }) },
  {
    method: 'PATCH',
    path: '/servers/{uuid}/log-drains',
    body: 'required',
    handler: ({ rt, params, body, sensitive }) => {
      // :156-159: the server first, then the body (:163-187).
      const s = findServer(rt, params.uuid);
      const token = (f: string): Rule => (v) => string(label(f))(v) ?? (DRAIN_TOKEN.test(String(v)) ? undefined : `The ${label(f)} field format is invalid.`);
      checkFields(rt.release, 'PATCH /servers/{uuid}/log-drains', DRAIN_FIELDS, body, {
        is_logdrain_newrelic_enabled: boolean(label('is_logdrain_newrelic_enabled')),
        logdrain_newrelic_license_key: token('logdrain_newrelic_license_key'),
        logdrain_newrelic_base_uri: (v) => (typeof v === 'string' && /^https?:\/\/[^\s/]+/.test(v) ? undefined : `The ${label('logdrain_newrelic_base_uri')} field must be a valid URL.`),
        is_logdrain_axiom_enabled: boolean(label('is_logdrain_axiom_enabled')),
        logdrain_axiom_dataset_name: token('logdrain_axiom_dataset_name'),
        logdrain_axiom_api_key: token('logdrain_axiom_api_key'),
        is_logdrain_custom_enabled: boolean(label('is_logdrain_custom_enabled')),
        logdrain_custom_config: string(label('logdrain_custom_config')),
        logdrain_custom_config_parser: string(label('logdrain_custom_config_parser')),
      });
      // :188-193: every field sent, over what is stored
      const next = settingsOf(s);
      for (const k of DRAIN_FIELDS) if (k in body) next[k] = k.startsWith('is_') ? truthy(body[k]) : body[k];
      // :196-227: a drain switched on needs its fields (sent now or stored), checked after the merge
      if (next.is_logdrain_newrelic_enabled === true) {
        const errors: Record<string, string[]> = {};
        if (blank(next.logdrain_newrelic_license_key)) errors.logdrain_newrelic_license_key = ['The New Relic license key is required when New Relic log drain is enabled.'];
        if (blank(next.logdrain_newrelic_base_uri)) errors.logdrain_newrelic_base_uri = ['The New Relic base URI is required when New Relic log drain is enabled.'];
        if (Object.keys(errors).length > 0) throw validationFailed(errors);
      }
      if (next.is_logdrain_axiom_enabled === true) {
        const errors: Record<string, string[]> = {};
        if (blank(next.logdrain_axiom_dataset_name)) errors.logdrain_axiom_dataset_name = ['The Axiom dataset name is required when Axiom log drain is enabled.'];
        if (blank(next.logdrain_axiom_api_key)) errors.logdrain_axiom_api_key = ['The Axiom API key is required when Axiom log drain is enabled.'];
        if (Object.keys(errors).length > 0) throw validationFailed(errors);
      }
      if (next.is_logdrain_custom_enabled === true && blank(next.logdrain_custom_config)) {
        throw validationFailed({ logdrain_custom_config: ['The custom log drain config is required when custom log drain is enabled.'] });
      }
      const written: Record<string, unknown> = {};
      for (const k of DRAIN_FIELDS) if (k in body) written[k] = next[k];
      s.settings = { ...s.settings, ...written };
      // :229 saved; :233-237 Start/StopLogDrain are jobs on the server (none here); :246 the settings answered.
      return { body: drainsJson(s, sensitive) };
    },
  },
  // ServerSentinelController.php:90-105 show
  { method: 'GET', path: '/servers/{uuid}/sentinel', handler: ({ rt, params, sensitive }) => ({ body: sentinelJson(findServer(rt, params.uuid), sensitive) }) },
  {
    method: 'PATCH',
    path: '/servers/{uuid}/sentinel',
    body: 'required',
    handler: ({ rt, params, body, sensitive }) => {
      // :153-156: the server first, then the body (:160-182).
      const s = findServer(rt, params.uuid);
      checkFields(rt.release, 'PATCH /servers/{uuid}/sentinel', SENTINEL_FIELDS, body, {
        is_sentinel_enabled: boolean(label('is_sentinel_enabled')),
        is_metrics_enabled: boolean(label('is_metrics_enabled')),
        is_sentinel_debug_enabled: boolean(label('is_sentinel_debug_enabled')),
        sentinel_token: (v) => string(label('sentinel_token'))(v) ?? ([...String(v)].length > 500 ? 'The sentinel token field must not be greater than 500 characters.' : SENTINEL_TOKEN.test(String(v)) ? undefined : 'The sentinel token field format is invalid.'),
        sentinel_metrics_refresh_rate_seconds: integer(label('sentinel_metrics_refresh_rate_seconds'), 1),
        sentinel_metrics_history_days: integer(label('sentinel_metrics_history_days'), 1),
        sentinel_push_interval_seconds: integer(label('sentinel_push_interval_seconds'), 10),
        sentinel_custom_url: (v) => (typeof v === 'string' && /^https?:\/\/[^\s/]+/.test(v) ? undefined : `The ${label('sentinel_custom_url')} field must be a valid URL.`),
      });
      const settings = settingsOf(s);
      // :191-201: Sentinel is not switched on for a build server.
      const enabling = 'is_sentinel_enabled' in body && truthy(body.is_sentinel_enabled) && settings.is_sentinel_enabled !== true;
      if (enabling && s.is_build_server) throw validationFailed({ is_sentinel_enabled: ['Sentinel cannot be enabled on build servers.'] });
      // :203-207
      const written: Record<string, unknown> = {};
      for (const k of SENTINEL_FIELDS) {
        if (!(k in body)) continue;
        written[k] = k.startsWith('is_') ? truthy(body[k]) : k === 'sentinel_token' || k === 'sentinel_custom_url' ? body[k] : Number(body[k]);
      }
      // :209-213: switching it off switches metrics and debug off too.
      if ('is_sentinel_enabled' in body && !truthy(body.is_sentinel_enabled)) Object.assign(written, { is_metrics_enabled: false, is_sentinel_debug_enabled: false });
      s.settings = { ...s.settings, ...written };
      // :215 saved, :224 answered
      return { body: sentinelJson(s, sensitive) };
    },
  },
];
