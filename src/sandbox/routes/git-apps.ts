/**
 * GitHub Apps and GitLab Apps, as app/Http/Controllers/Api/GithubController.php and
 * GitlabController.php (Coolify 4.3.11) serve them under routes/api.php:282-292: list, create,
 * PATCH and DELETE, one record named by its integer id (there is no GET of one). The sandbox is a
 * self-hosted Coolify (`isCloud()` false), so `is_system_wide` is taken on create and update.
 */
import { ApiError } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { iso } from '../serialize-base.js';
import { endpointError } from '../s3-endpoint.js';
import type { CredentialRecord } from '../world.js';
import { GITHUB_APP_COLUMNS, GITHUB_APP_SENSITIVE, GITLAB_APP_COLUMNS, GITLAB_APP_SENSITIVE } from '../model-defaults.js';
import { githubOrganization } from '../../kinds/github-app.js';
import { laravelErrors, type FieldRules, type Check } from './laravel-rules.js';

/** A GitHub app's stored columns over the model defaults; client/webhook secrets only with read:sensitive (GithubController.php:18-33). */
export function githubAppJson(rt: SandboxRuntime, g: CredentialRecord, sensitive: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: g.id, uuid: g.uuid, name: g.name, ...GITHUB_APP_COLUMNS,
    // The default world's seeded app carries ids of its own (fields override them).
    app_id: 1000 + g.id, installation_id: 2000 + g.id, ...g.fields,
    team_id: rt.store.world.team.id, created_at: iso(0), updated_at: iso(0),
  };
  if (!sensitive) for (const k of GITHUB_APP_SENSITIVE) delete out[k];
  return out;
}

/** A GitLab app's row; client_secret, webhook_token and the OAuth tokens only with read:sensitive (GitlabController.php:16-35), app_secret never (GitlabApp.php `$hidden`). */
export function gitlabAppJson(rt: SandboxRuntime, g: CredentialRecord, sensitive: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { id: g.id, uuid: g.uuid, name: g.name, ...GITLAB_APP_COLUMNS, ...g.fields, team_id: rt.store.world.team.id, created_at: iso(0), updated_at: iso(0) };
  delete out.app_secret;
  if (!sensitive) for (const k of GITLAB_APP_SENSITIVE) delete out[k];
  return out;
}

const gitlabApps = (rt: SandboxRuntime): CredentialRecord[] => (rt.store.world.gitlabApps ??= []);

// Laravel's rules as the controllers name them (messages: lang/en/validation.php).
const label = (f: string): string => f.replace(/_/g, ' ');
const isString: Check = (f, v) => (typeof v === 'string' ? undefined : `The ${label(f)} field must be a string.`);
const maxLen = (n: number): Check => (f, v) => (typeof v === 'string' && [...v].length > n ? `The ${label(f)} field must not be greater than ${n} characters.` : undefined);
const isInteger: Check = (f, v) => (Number.isInteger(v) || (typeof v === 'string' && /^-?\d+$/.test(v)) ? undefined : `The ${label(f)} field must be an integer.`);
const between = (lo: number, hi: number): Check => (f, v) => {
  const n = Number(v);
  if (!Number.isFinite(n)) return undefined;
  return n < lo ? `The ${label(f)} field must be at least ${lo}.` : n > hi ? `The ${label(f)} field must not be greater than ${hi}.` : undefined;
};
const isBoolean: Check = (f, v) => ([true, false, 0, 1, '0', '1'].includes(v as never) ? undefined : `The ${label(f)} field must be true or false.`);
// Laravel's `url` rule (a scheme, a host); SafeExternalUrl checks the rest below.
const isUrl: Check = (f, v) => (typeof v === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#]+\S*$/.test(v) ? undefined : `The ${label(f)} field must be a valid URL.`);
const orgFormat: Check = (f, v) => (typeof v === 'string' && /^[^\s/?#]+$/.test(v) ? undefined : `The ${label(f)} field format is invalid.`);
const isUuid: Check = (f, v) => (typeof v === 'string' && /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i.test(v) ? undefined : `The ${label(f)} field must be a valid UUID.`);
/** app/Rules/SafeExternalUrl.php (= SafeWebhookUrl): http(s), a host that resolves, public addresses only. */
const safeUrl = (rt: SandboxRuntime): Check => (f, v) =>
  typeof v === 'string' ? endpointError(v, rt.resolveHost, `${rt.baseUrl}/settings/advanced`)?.replace(/^The endpoint/, `The ${f}`) : undefined;

const PORT = [isInteger, between(1, 65535)];

/** GithubController.php:219-233 create_github_app's rules. */
function githubCreateRules(rt: SandboxRuntime): Record<string, FieldRules> {
  return {
    name: { required: true, checks: [isString, maxLen(255)] },
    organization: { nullable: true, checks: [isString, maxLen(255), orgFormat] },
    api_url: { nullable: true, checks: [isString, isUrl, safeUrl(rt)] },
    html_url: { required: true, checks: [isString, isUrl, safeUrl(rt)] },
    custom_user: { nullable: true, checks: [isString, maxLen(255)] },
    custom_port: { nullable: true, checks: PORT },
    app_id: { required: true, checks: [isInteger] },
    installation_id: { required: true, checks: [isInteger] },
    client_id: { required: true, checks: [isString, maxLen(255)] },
    client_secret: { required: true, checks: [isString] },
    webhook_secret: { required: true, checks: [isString] },
    private_key_uuid: { required: true, checks: [isString] },
    is_system_wide: { checks: [isBoolean] },
  };
}

/** GithubController.php:610-648 update_github_app's rules: only for fields set (`isset`), no max lengths. */
function githubUpdateRules(rt: SandboxRuntime): Record<string, FieldRules> {
  return {
    name: { checks: [isString] },
    organization: { nullable: true, checks: [isString, orgFormat] },
    api_url: { checks: [isUrl, safeUrl(rt)] },
    html_url: { checks: [isUrl, safeUrl(rt)] },
    custom_user: { checks: [isString] },
    custom_port: { checks: PORT },
    app_id: { checks: [isInteger] },
    installation_id: { checks: [isInteger] },
    client_id: { checks: [isString] },
    client_secret: { checks: [isString] },
    webhook_secret: { checks: [isString] },
    // :644-646 `string|uuid`: Coolify's own key uuids (24 random characters) are not UUIDs.
    private_key_uuid: { checks: [isString, isUuid] },
    is_system_wide: { checks: [isBoolean] },
  };
}

// GithubController.php:199-213 (create) and :584-601 (update, plus is_system_wide off cloud).
const GITHUB_ALLOWED = ['name', 'organization', 'api_url', 'html_url', 'custom_user', 'custom_port', 'app_id', 'installation_id', 'client_id', 'client_secret', 'webhook_secret', 'private_key_uuid', 'is_system_wide'];
// GitlabController.php:206-218 (create) and :360-375 (update, plus is_system_wide off cloud).
const GITLAB_ALLOWED = ['name', 'html_url', 'api_url', 'custom_user', 'custom_port', 'group_name', 'client_id', 'client_secret', 'webhook_token', 'redirect_uri', 'is_system_wide'];

/** GitlabController.php:220-233 create_gitlab_app's rules. */
function gitlabCreateRules(rt: SandboxRuntime): Record<string, FieldRules> {
  return {
    name: { required: true, checks: [isString, maxLen(255)] },
    html_url: { required: true, checks: [isString, isUrl, safeUrl(rt)] },
    api_url: { nullable: true, checks: [isString, isUrl, safeUrl(rt)] },
    custom_user: { nullable: true, checks: [isString, maxLen(255)] },
    custom_port: { nullable: true, checks: PORT },
    group_name: { nullable: true, checks: [isString, maxLen(255)] },
    client_id: { nullable: true, checks: [isString, maxLen(255)] },
    client_secret: { nullable: true, checks: [isString] },
    webhook_token: { nullable: true, checks: [isString] },
    // :230-231: a callback to this Coolify, so no SafeExternalUrl.
    redirect_uri: { nullable: true, checks: [isString, isUrl] },
    is_system_wide: { checks: [isBoolean] },
  };
}

/** GitlabController.php:379-414 update_gitlab_app's rules: isset fields, the nullable ones whenever present. */
function gitlabUpdateRules(rt: SandboxRuntime): Record<string, FieldRules> {
  return {
    name: { checks: [isString, maxLen(255)] },
    html_url: { checks: [isUrl, safeUrl(rt)] },
    api_url: { checks: [isUrl, safeUrl(rt)] },
    custom_user: { checks: [isString, maxLen(255)] },
    custom_port: { checks: PORT },
    group_name: { nullable: true, checks: [isString, maxLen(255)] },
    client_id: { nullable: true, checks: [isString, maxLen(255)] },
    client_secret: { nullable: true, checks: [isString] },
    webhook_token: { nullable: true, checks: [isString] },
    redirect_uri: { nullable: true, checks: [isUrl] },
    is_system_wide: { checks: [isBoolean] },
  };
}

const unprocessable = (errors: Record<string, string[]>, message: string): ApiError => new ApiError(422, { message, errors });
const only = (body: Record<string, unknown>, allowed: string[]): Record<string, unknown> => Object.fromEntries(Object.entries(body).filter(([k]) => allowed.includes(k)));
const intOf = (v: unknown): unknown => (typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v);
const boolOf = (v: unknown): boolean => v === true || v === 1 || v === '1';

/** `githubApiUrlFromHtmlUrl` (bootstrap/helpers/github.php:112-123). */
function githubApiUrl(htmlUrl: string): string {
  const url = new URL(htmlUrl);
  if (url.hostname === 'github.com' || url.hostname === 'www.github.com') return 'https://api.github.com';
  if (url.hostname.endsWith('.ghe.com')) return `https://api.${url.hostname}`;
  return `${url.origin}/api/v3`;
}

/** The team's app by id (`where('id', …)->where('team_id', …)->firstOrFail()`). */
function findById(list: CredentialRecord[], id: string | undefined, what: string): CredentialRecord {
  const found = list.find((g) => String(g.id) === id);
  if (!found) throw new ApiError(404, `${what} not found`);
  return found;
}

/** Applications whose source is this app (`morphMany(Application::class, 'source')`). */
function appsUsing(rt: SandboxRuntime, id: number, model: string): number {
  return rt.store.world.applications.filter((a) => a.fields.source_id === id && a.fields.source_type === model).length;
}

/** Anything but this GitHub app that uses a key (GithubApp.php `booted`: servers, applications, other GitHub apps, GitLab apps). */
function keyUsedElsewhere(rt: SandboxRuntime, keyId: number, exceptApp: number): boolean {
  const w = rt.store.world;
  return w.servers.some((s) => s.private_key_id === keyId) || w.applications.some((a) => a.fields.private_key_id === keyId)
    || w.githubApps.some((g) => g.id !== exceptApp && g.fields?.private_key_id === keyId) || gitlabApps(rt).some((g) => g.fields?.private_key_id === keyId);
}

/** `/github-apps` and `/gitlab-apps`: list, create, update and delete. */
export const gitAppRoutes: Route[] = [
  // GithubController.php:105-121: the team's apps and every system-wide one.
  { method: 'GET', path: '/github-apps', handler: ({ rt, sensitive }) => ({ body: rt.store.world.githubApps.map((g) => githubAppJson(rt, g, sensitive)) }) },
  {
    method: 'POST',
    path: '/github-apps',
    body: 'required',
    handler: ({ rt, body }) => {
      // :215-217: the organization is normalized before the rules run.
      const input: Record<string, unknown> = { ...body, ...('organization' in body ? { organization: githubOrganization(body.organization) } : {}) };
      // :219-248: rule errors and "This field is not allowed." together, 'Validation failed.'.
      const errors = laravelErrors(input, githubCreateRules(rt));
      for (const k of Object.keys(input)) if (!GITHUB_ALLOWED.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
      if (Object.keys(errors).length > 0) throw unprocessable(errors, 'Validation failed.');
      // :252-260: the key must be the team's.
      const key = rt.store.world.privateKeys.find((k) => k.uuid === input.private_key_uuid);
      if (!key) throw new ApiError(404, 'Private key not found or does not belong to your team.');
      // :262-285: api_url derived from html_url when blank, ssh user/port defaulted, never public.
      const fields: Record<string, unknown> = {
        organization: input.organization ?? null,
        api_url: typeof input.api_url === 'string' && input.api_url.trim() !== '' ? input.api_url : githubApiUrl(String(input.html_url)),
        html_url: input.html_url, custom_user: input.custom_user ?? 'git', custom_port: intOf(input.custom_port ?? 22),
        app_id: intOf(input.app_id), installation_id: intOf(input.installation_id), client_id: input.client_id,
        client_secret: input.client_secret, webhook_secret: input.webhook_secret, private_key_id: key.id, is_public: false,
        is_system_wide: boolOf(input.is_system_wide ?? false),
      };
      // :263 sets `Str::uuid()`, yet the real 4.3.11 answers a 24-character uuid like every model's.
      const app: CredentialRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), name: String(input.name), fields };
      rt.store.world.githubApps.push(app);
      // :294: 201 with the model as created: the attributes set, the id, timestamps and the
      // appended `type` (not re-read: no column defaults); $hidden keeps the secrets out.
      const { client_secret: _c, webhook_secret: _w, ...shown } = fields;
      // `team_id` as getTeamIdFromToken returns it: a string (observed on the real 4.3.11).
      return { status: 201, body: { name: app.name, ...shown, team_id: String(rt.store.world.team.id), uuid: app.uuid, updated_at: iso(0), created_at: iso(0), id: app.id, type: 'github' } };
    },
  },
  {
    method: 'PATCH',
    path: '/github-apps/{github_app_id}',
    // No validateIncomingRequest here (unlike create): the body is read as it comes.
    body: 'optional',
    handler: ({ rt, params, body }) => {
      // :578-580: the team's app first (404 'GitHub app not found', :697-699).
      const app = findById(rt.store.world.githubApps, params.github_app_id, 'GitHub app');
      // :603: `$request->only(...)`: other fields are dropped, not refused.
      const payload = only(body ?? {}, GITHUB_ALLOWED);
      if ('organization' in payload) payload.organization = githubOrganization(payload.organization);
      // :610-656: rules for the fields set, 'Validation error'.
      const set = Object.fromEntries(Object.entries(payload).filter(([k, v]) => v !== null || k === 'organization'));
      const errors = laravelErrors(set, githubUpdateRules(rt));
      if (Object.keys(errors).length > 0) throw unprocessable(errors, 'Validation error');
      // :662-664: a new html_url without api_url derives the API URL again.
      if (typeof payload.html_url === 'string' && (typeof payload.api_url !== 'string' || payload.api_url.trim() === '')) payload.api_url = githubApiUrl(payload.html_url);
      // :667-680: private_key_uuid → private_key_id, the team's key only.
      if (typeof payload.private_key_uuid === 'string') {
        const key = rt.store.world.privateKeys.find((k) => k.uuid === payload.private_key_uuid);
        if (!key) throw new ApiError(404, 'Private key not found or does not belong to your team');
        delete payload.private_key_uuid;
        payload.private_key_id = key.id;
      }
      if (typeof payload.name === 'string') app.name = payload.name;
      delete payload.name;
      for (const k of ['custom_port', 'app_id', 'installation_id']) if (k in payload) payload[k] = intOf(payload[k]);
      if ('is_system_wide' in payload) payload.is_system_wide = boolOf(payload.is_system_wide);
      app.fields = { ...app.fields, ...payload };
      // :692-695
      return { body: { message: 'GitHub app updated successfully', data: githubAppJson(rt, app, false) } };
    },
  },
  {
    method: 'DELETE',
    path: '/github-apps/{github_app_id}',
    handler: ({ rt, params }) => {
      const w = rt.store.world;
      const app = findById(w.githubApps, params.github_app_id, 'GitHub app');
      // :768-775: refused while applications use it.
      const count = appsUsing(rt, app.id, 'App\\Models\\GithubApp');
      if (count > 0) throw new ApiError(409, `This GitHub app is being used by ${count} application(s). Please delete all applications first.`);
      w.githubApps = w.githubApps.filter((g) => g.id !== app.id);
      // GithubApp.php `booted` deleting hook: its private key goes too, unless something else uses it.
      const keyId = app.fields?.private_key_id;
      if (typeof keyId === 'number' && !keyUsedElsewhere(rt, keyId, app.id)) w.privateKeys = w.privateKeys.filter((k) => k.id !== keyId);
      // :787-789
      return { body: { message: 'GitHub app deleted successfully' } };
    },
  },
  // GitlabController.php:99-117: the team's apps and every system-wide one.
  { method: 'GET', path: '/gitlab-apps', handler: ({ rt, sensitive }) => ({ body: gitlabApps(rt).map((g) => gitlabAppJson(rt, g, sensitive)) }) },
  {
    method: 'POST',
    path: '/gitlab-apps',
    body: 'required',
    handler: ({ rt, body, sensitive }) => {
      // :220-247
      const errors = laravelErrors(body, gitlabCreateRules(rt));
      for (const k of Object.keys(body)) if (!GITLAB_ALLOWED.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
      if (Object.keys(errors).length > 0) throw unprocessable(errors, 'Validation failed.');
      // :251-273: URLs right-trimmed of '/', api_url from html_url, a random webhook token when none.
      const htmlUrl = String(body.html_url).replace(/\/+$/, '');
      const fields: Record<string, unknown> = {
        html_url: htmlUrl,
        api_url: typeof body.api_url === 'string' && body.api_url.trim() !== '' ? body.api_url.replace(/\/+$/, '') : `${htmlUrl}/api/v4`,
        custom_user: body.custom_user ?? 'git', custom_port: intOf(body.custom_port ?? 22), group_name: body.group_name ?? null,
        client_id: body.client_id ?? null, client_secret: body.client_secret ?? null,
        webhook_token: typeof body.webhook_token === 'string' && body.webhook_token !== '' ? body.webhook_token : rt.store.password().slice(0, 32),
        redirect_uri: body.redirect_uri ?? null, is_public: false, is_system_wide: boolOf(body.is_system_wide ?? false),
      };
      const app: CredentialRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), name: String(body.name), fields };
      gitlabApps(rt).push(app);
      // :283: 201 with the fresh row through removeSensitiveData (secrets for read:sensitive).
      return { status: 201, body: gitlabAppJson(rt, app, sensitive) };
    },
  },
  {
    method: 'PATCH',
    path: '/gitlab-apps/{gitlab_app_id}',
    // No validateIncomingRequest here (unlike create): the body is read as it comes.
    body: 'optional',
    handler: ({ rt, params, body, sensitive }) => {
      // :357 findTeamGitlabApp (404 'GitLab app not found', :494-497).
      const app = findById(gitlabApps(rt), params.gitlab_app_id, 'GitLab app');
      // :377: `$request->only(...)`.
      const payload = only(body ?? {}, GITLAB_ALLOWED);
      const nullable = ['group_name', 'client_id', 'client_secret', 'webhook_token', 'redirect_uri'];
      const checked = Object.fromEntries(Object.entries(payload).filter(([k, v]) => v !== null || nullable.includes(k)));
      const errors = laravelErrors(checked, gitlabUpdateRules(rt));
      if (Object.keys(errors).length > 0) throw unprocessable(errors, 'Validation error');
      // :423-431: URLs right-trimmed; a new html_url without api_url derives it again.
      if (typeof payload.html_url === 'string') {
        payload.html_url = payload.html_url.replace(/\/+$/, '');
        if (typeof payload.api_url !== 'string' || payload.api_url.trim() === '') payload.api_url = `${String(payload.html_url)}/api/v4`;
      }
      if (typeof payload.api_url === 'string') payload.api_url = payload.api_url.replace(/\/+$/, '');
      if (typeof payload.name === 'string') app.name = payload.name;
      delete payload.name;
      if ('custom_port' in payload) payload.custom_port = intOf(payload.custom_port);
      if ('is_system_wide' in payload) payload.is_system_wide = boolOf(payload.is_system_wide);
      app.fields = { ...app.fields, ...payload };
      // :442-445
      return { body: { message: 'GitLab app updated successfully', data: gitlabAppJson(rt, app, sensitive) } };
    },
  },
  {
    method: 'DELETE',
    path: '/gitlab-apps/{gitlab_app_id}',
    handler: ({ rt, params }) => {
      const app = findById(gitlabApps(rt), params.gitlab_app_id, 'GitLab app');
      // :513-519: refused while applications use it.
      const count = appsUsing(rt, app.id, 'App\\Models\\GitlabApp');
      if (count > 0) throw new ApiError(409, `This GitLab app is being used by ${count} application(s). Please delete all applications first.`);
      rt.store.world.gitlabApps = gitlabApps(rt).filter((g) => g.id !== app.id);
      // :531-533
      return { body: { message: 'GitLab app deleted successfully' } };
    },
  },
];
