/**
 * Team-level GitLab Apps (Coolify `GitlabApp`, app/Http/Controllers/Api/GitlabController.php of
 * 4.3.11): capability table and lowering. An OAuth source: `client_secret` and `webhook_token`
 * are hidden without `read:sensitive` (GitlabController.php:16-35); `webhook_token` is a random
 * 32 characters when not given (:265). Coolify 4.3.11 has no route to create an application
 * from a GitLab App (routes/api.php:231-235 names public, GitHub App, deploy key, Dockerfile
 * and image sources only), so applications cannot name one.
 */
import { teamAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { GitlabAppSpec, Resolved } from '../manifest/types.js';
import { NO_READS, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { bool, numeric, text } from './normalize.js';
import { setIf } from './lower-helpers.js';
import { gitAppOwned, gitAppUsedBy } from './github-app.js';

/** URLs as GitlabController keeps them: trailing slashes trimmed (GitlabController.php:251-253, :423-431). */
export const trimmedUrl = (v: unknown): unknown => {
  const t = text(v);
  return typeof t === 'string' ? t.replace(/\/+$/, '') || null : t;
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The GitLab App capability table. */
export const GITLAB_APP_SPEC: KindSpec = {
  kind: 'gitlabApp',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [
    { value: ['clientSecret'], what: 'the client secret' },
    { value: ['webhookToken'], what: 'the webhook token' },
  ],
  liveFqdn: null,
  fields: [
    // GitlabController.php:360-371 (update's $allowedFields): every field is PATCHable.
    field('name', 'name', 'update'),
    field('html_url', 'htmlUrl', 'update', { normalize: trimmedUrl }),
    // `html_url` + `/api/v4` when not given (GitlabController.php:44-47, :252-254): compared only when declared.
    field('api_url', 'apiUrl', 'update', { normalize: trimmedUrl }),
    field('custom_user', 'customUser', 'update'),
    field('custom_port', 'customPort', 'update', { normalize: numeric }),
    field('group_name', 'groupName', 'update'),
    field('client_id', 'clientId', 'update'),
    field('client_secret', 'clientSecret', 'update', { sensitive: true }),
    field('webhook_token', 'webhookToken', 'update', { sensitive: true }),
    field('redirect_uri', 'redirectUri', 'update'),
    // Create and update take it on a self-hosted Coolify (GitlabController.php:271-273, :373-375).
    field('is_system_wide', 'systemWide', 'update', { normalize: bool }),
  ],
  reads: NO_READS,
  // routes/api.php:289-292 (GitlabController): list, create, PATCH and DELETE by integer id
  team: {
    collection: '/gitlab-apps',
    idParam: 'gitlab_app_id',
    scope: 'withSection',
    owned: gitAppOwned,
    usedBy: gitAppUsedBy('App\\Models\\GitlabApp'),
    lower: (name, entry) => lowerGitlabApp(name, entry as Resolved<GitlabAppSpec>),
    importEntry: (r, secret) => {
      if (r.is_public === true) return undefined;
      const out: Record<string, unknown> = {};
      for (const [key, wire] of [['htmlUrl', 'html_url'], ['apiUrl', 'api_url'], ['groupName', 'group_name'], ['clientId', 'client_id'], ['redirectUri', 'redirect_uri']] as const) {
        const v = str(r[wire]);
        if (v !== undefined) out[key] = v;
      }
      if (r.custom_user !== undefined && r.custom_user !== null && r.custom_user !== 'git') out.customUser = r.custom_user;
      const port = numeric(r.custom_port);
      if (typeof port === 'number' && port !== 22) out.customPort = port;
      // A secret Coolify holds is written as a placeholder; one it does not hold is left out.
      if (!('client_secret' in r) || str(r.client_secret) !== undefined) out.clientSecret = secret('client_secret', 'client secret', 'client_secret' in r ? String(r.client_secret) : undefined);
      out.webhookToken = secret('webhook_token', 'webhook token', 'webhook_token' in r ? String(r.webhook_token ?? '') : undefined);
      if (r.is_system_wide === true) out.systemWide = true;
      return out;
    },
  },
};

/** Lowers one GitLab App entry. */
export function lowerGitlabApp(name: string, app: Resolved<GitlabAppSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, html_url: app.htmlUrl };
  setIf(fields, 'api_url', app.apiUrl);
  setIf(fields, 'custom_user', app.customUser);
  setIf(fields, 'custom_port', app.customPort);
  setIf(fields, 'group_name', app.groupName);
  setIf(fields, 'client_id', app.clientId);
  setIf(fields, 'client_secret', app.clientSecret);
  setIf(fields, 'webhook_token', app.webhookToken);
  setIf(fields, 'redirect_uri', app.redirectUri);
  setIf(fields, 'is_system_wide', app.systemWide);
  return { address: teamAddress('gitlabApp', name), kind: 'gitlabApp', name, fields, protect: app.protect ?? false, ignoreChanges: [] };
}
