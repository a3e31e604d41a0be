/**
 * Team-level GitHub Apps (Coolify `GithubApp`, app/Http/Controllers/Api/GithubController.php of
 * 4.3.11): capability table and lowering. The two secrets are write-only as far as a plan can
 * tell without `read:sensitive` (hidden, app/Models/GithubApp.php `$hidden`); the app's private
 * key is sent as `private_key_uuid` and kept as an integer `private_key_id`, so it is write-only.
 * Coolify keeps no description or tags for an app: see `githubAppOwned` for what is managed.
 */
import { teamAddress } from '../model/address.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { GithubAppSpec, Resolved } from '../manifest/types.js';
import { NO_READS, type KindSpec, type TeamImportLists } from './spec.js';
import { isOwnedRecord } from '../model/ownership.js';
import type { WireRecord } from './raw-client.js';
import { field, writeOnly } from './field-helpers.js';
import { bool, numeric } from './normalize.js';
import { asPlain, setIf } from './lower-helpers.js';

/**
 * `normalizeGithubOrganization` (bootstrap/helpers/github.php:131-138): blank is null, surrounding
 * slashes and blanks are trimmed (GithubController.php:216 on create, :605-607 on update).
 */
export const githubOrganization = (v: unknown): unknown => {
  if (typeof v !== 'string') return v ?? null;
  const t = v.replace(/^[/ \t\n\r\0\x0B]+|[/ \t\n\r\0\x0B]+$/g, '');
  return t === '' ? null : t;
};

/**
 * A GitLab App is managed when it is one of the team's non-public apps: Coolify keeps no
 * description, tags or key on `gitlab_apps` that could be marked, so a manifest with the
 * section governs every non-public GitLab App of the team (public sources such as Coolify's
 * seeded `Public GitLab` are never touched). Dropped from the section, one is listed as kept,
 * and deleted only with `--prune`.
 */
export function gitAppOwned(record: WireRecord): boolean {
  return record.is_public !== true;
}

/**
 * A GitHub App is managed when its private key carries ado-coolify's ownership marker (a
 * `privateKeys:` entry applied by ado-coolify): `github_apps` has no description or tags, but
 * every app holds a key (`private_key_id`, required on create). An app made by hand with a key
 * made by hand is never deleted; a public source never.
 */
export function githubAppOwned(record: WireRecord, lists: TeamImportLists): boolean {
  if (record.is_public === true || record.private_key_id === undefined || record.private_key_id === null) return false;
  return (lists.privateKey ?? []).some((k) => k.id === record.private_key_id && isOwnedRecord(k));
}

/**
 * An application whose source is the app (`morphMany(Application::class, 'source')`,
 * app/Models/GithubApp.php and GitlabApp.php): its `source_type` names the model and
 * `source_id` the app's id. Coolify refuses the app's delete while one exists.
 */
export function gitAppUsedBy(model: string): (record: WireRecord, user: LiveResource) => boolean {
  return (record, user) => user.kind === 'application' && user.fields.source_type === model && record.id !== undefined && user.fields.source_id === record.id;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

/** The GitHub App capability table. */
export const GITHUB_APP_SPEC: KindSpec = {
  kind: 'githubApp',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [
    { value: ['clientSecret'], what: 'the client secret' },
    { value: ['webhookSecret'], what: 'the webhook secret' },
  ],
  liveFqdn: null,
  fields: [
    // GithubController.php:584-601 (update's $allowedFields): every field is PATCHable.
    field('name', 'name', 'update'),
    field('organization', 'organization', 'update', { normalize: githubOrganization }),
    // Derived from html_url when not given (GithubController.php:266-268, :662-664): compared only when declared.
    field('api_url', 'apiUrl', 'update'),
    field('html_url', 'htmlUrl', 'update'),
    field('custom_user', 'customUser', 'update'),
    field('custom_port', 'customPort', 'update', { normalize: numeric }),
    field('app_id', 'appId', 'update', { normalize: numeric }),
    field('installation_id', 'installationId', 'update', { normalize: numeric }),
    field('client_id', 'clientId', 'update'),
    field('client_secret', 'clientSecret', 'update', { sensitive: true }),
    field('webhook_secret', 'webhookSecret', 'update', { sensitive: true }),
    // Sent as a uuid, stored as `private_key_id` (GithubController.php:666-680): not comparable.
    // Create only: update checks it `string|uuid` (:644-646) and Coolify's key uuids are 24
    // random characters (new_public_id), never a UUID, so a PATCH with it always answers 422.
    writeOnly('private_key_uuid', 'privateKey', 'replace', { resolve: 'privateKey', patchable: false }),
    // Create takes it on a self-hosted Coolify (GithubController.php:282-284); update only there too (:599-601).
    field('is_system_wide', 'systemWide', 'update', { normalize: bool }),
  ],
  reads: NO_READS,
  // routes/api.php:282-285 (GithubController): list, create, PATCH and DELETE by integer id
  team: {
    collection: '/github-apps',
    idParam: 'github_app_id',
    scope: 'withSection',
    owned: githubAppOwned,
    alsoLists: ['privateKey'],
    usedBy: gitAppUsedBy('App\\Models\\GithubApp'),
    lower: (name, entry) => lowerGithubApp(name, entry as Resolved<GithubAppSpec>),
    // client_secret/webhook_secret only with read:sensitive (GithubController.php:18-33); the
    // private key is named from the team's key list by `private_key_id`.
    importEntry: (r, secret, lists) => {
      if (r.is_public === true) return undefined;
      const out: Record<string, unknown> = {};
      // The key by name (import names a `privateKeys:` entry the same), else left to the reader.
      const key = (lists.privateKey ?? []).find((k) => k.id !== undefined && k.id === r.private_key_id);
      if (key !== undefined && str(key.name) !== undefined) out.privateKey = str(key.name);
      for (const [key, wire] of [['htmlUrl', 'html_url'], ['apiUrl', 'api_url'], ['organization', 'organization'], ['clientId', 'client_id']] as const) {
        const v = str(r[wire]);
        if (v !== undefined) out[key] = v;
      }
      if (r.custom_user !== undefined && r.custom_user !== 'git') out.customUser = r.custom_user;
      if (num(r.custom_port) !== undefined && num(r.custom_port) !== 22) out.customPort = num(r.custom_port);
      if (num(r.app_id) !== undefined) out.appId = num(r.app_id);
      if (num(r.installation_id) !== undefined) out.installationId = num(r.installation_id);
      // A secret Coolify holds (or hides) is a placeholder; one it shows empty is left out.
      for (const [key, wire, what] of [['clientSecret', 'client_secret', 'client secret'], ['webhookSecret', 'webhook_secret', 'webhook secret']] as const) {
        if (!(wire in r)) out[key] = secret(wire, what, undefined);
        else if (str(r[wire]) !== undefined) out[key] = secret(wire, what, str(r[wire]));
      }
      if (r.is_system_wide === true) out.systemWide = true;
      return out;
    },
  },
};

/** Lowers one GitHub App entry. */
export function lowerGithubApp(name: string, app: Resolved<GithubAppSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, html_url: app.htmlUrl };
  setIf(fields, 'app_id', app.appId);
  setIf(fields, 'installation_id', app.installationId);
  setIf(fields, 'client_id', app.clientId);
  setIf(fields, 'client_secret', app.clientSecret);
  setIf(fields, 'webhook_secret', app.webhookSecret);
  setIf(fields, 'private_key_uuid', asPlain(app.privateKey));
  setIf(fields, 'organization', app.organization);
  setIf(fields, 'api_url', app.apiUrl);
  setIf(fields, 'custom_user', app.customUser);
  setIf(fields, 'custom_port', app.customPort);
  setIf(fields, 'is_system_wide', app.systemWide);
  return { address: teamAddress('githubApp', name), kind: 'githubApp', name, fields, protect: app.protect ?? false, ignoreChanges: [] };
}
