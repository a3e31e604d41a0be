/**
 * GitHub Apps and GitLab Apps (`/github-apps`, `/gitlab-apps`; GithubController.php and
 * GitlabController.php of 4.3.11). One app is named by its integer id. URLs are public IP
 * literals: SafeExternalUrl resolves host names, which the offline real Coolify cannot, and an
 * IP literal needs no lookup (app/Rules/SafeWebhookUrl.php). Each GitHub App case makes a key of
 * its own: deleting an app deletes its key when nothing else uses it (GithubApp.php `booted`).
 */
import { generateKeyPairSync } from 'node:crypto';
import { defineCases, type CaseRequest } from '../case.js';

const freshKey = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const HTML = 'https://140.82.112.3';

/** A key of the case's own, captured as `key`. */
const createKey = (): CaseRequest => ({ call: 'POST /security/keys', body: { name: '{{name}}-key', private_key: freshKey() }, capture: { key: 'uuid' } });

const githubBody = (extra: Record<string, unknown> = {}) => ({
  name: '{{name}}', html_url: HTML, organization: 'acme', app_id: 4242, installation_id: 5151, client_id: 'Iv1.conformance',
  client_secret: 'conformance-client-secret', webhook_secret: 'conformance-webhook-secret', private_key_uuid: '{{key}}', ...extra,
});
/** A GitHub App named after the case, with the case's key; captures its id as `app`. */
const createGithub = (extra: Record<string, unknown> = {}): CaseRequest => ({ call: 'POST /github-apps', body: githubBody(extra), capture: { app: 'id' } });
const GITHUB_VALUES = ['name', 'organization', 'api_url', 'html_url', 'custom_user', 'custom_port', 'app_id', 'installation_id', 'client_id', 'is_system_wide', 'is_public', 'type'];
const readGithub = (body: Record<string, unknown>) => ({ call: 'GET /github-apps', select: { name: '{{name}}' }, expect: { status: 200, body }, values: GITHUB_VALUES });

/** A GitLab App named after the case; captures its id as `app`. */
const createGitlab = (extra: Record<string, unknown> = {}): CaseRequest => ({
  call: 'POST /gitlab-apps', body: { name: '{{name}}', html_url: `${HTML}/`, group_name: 'platform', client_id: 'gl-client', client_secret: 'gl-secret', ...extra }, capture: { app: 'id' },
});
const GITLAB_VALUES = ['name', 'html_url', 'api_url', 'custom_user', 'custom_port', 'group_name', 'client_id', 'redirect_uri', 'is_system_wide', 'is_public'];
const readGitlab = (body: Record<string, unknown>) => ({ call: 'GET /gitlab-apps', select: { name: '{{name}}' }, expect: { status: 200, body }, values: GITLAB_VALUES });

export default defineCases([
  {
    id: 'github-apps.create.success',
    source: 'app/Http/Controllers/Api/GithubController.php:187',
    endpoint: 'POST /github-apps',
    kind: 'success',
    setup: [createKey()],
    request: { ...createGithub(), expect: { status: 201, body: { name: '{{name}}', organization: 'acme', api_url: `${HTML}/api/v3`, custom_user: 'git', custom_port: 22, is_public: false, type: 'github' }, absent: ['client_secret', 'webhook_secret'] }, values: ['name', 'organization', 'api_url', 'custom_port', 'app_id'] },
    // api_url from html_url (:266-268, bootstrap/helpers/github.php:112-123), ssh user and port defaulted (:270-271)
    readBack: [readGithub({ api_url: `${HTML}/api/v3`, custom_user: 'git', custom_port: 22, app_id: 4242, installation_id: 5151 })],
  },
  {
    id: 'github-apps.list.created',
    source: 'app/Http/Controllers/Api/GithubController.php:105',
    endpoint: 'GET /github-apps',
    kind: 'success',
    setup: [createKey(), createGithub()],
    // the secrets are hidden without read:sensitive (:18-33)
    request: { call: 'GET /github-apps', token: 'read', select: { name: '{{name}}' }, expect: { status: 200, body: { organization: 'acme' }, absent: ['client_secret', 'webhook_secret'] }, values: GITHUB_VALUES },
  },
  {
    id: 'github-apps.create.required',
    source: 'app/Http/Controllers/Api/GithubController.php:220-231',
    endpoint: 'POST /github-apps',
    kind: 'rule',
    rule: 'html_url, app_id, installation_id, client_id, client_secret, webhook_secret and private_key_uuid are required ("This field is required.")',
    request: { call: 'POST /github-apps', body: { name: '{{name}}' }, expect: { status: 422, message: 'Validation failed.', errors: ['html_url', 'app_id', 'installation_id', 'client_id', 'client_secret', 'webhook_secret', 'private_key_uuid'] } },
  },
  {
    id: 'github-apps.create.not-allowed',
    source: 'app/Http/Controllers/Api/GithubController.php:235-241',
    endpoint: 'POST /github-apps',
    kind: 'rule',
    rule: 'a field outside the allow-list (is_public) answers "This field is not allowed."',
    setup: [createKey()],
    request: { call: 'POST /github-apps', body: githubBody({ is_public: true }), expect: { status: 422, message: 'Validation failed.', errors: ['is_public'] } },
  },
  {
    id: 'github-apps.create.key-not-found',
    source: 'app/Http/Controllers/Api/GithubController.php:252-260',
    endpoint: 'POST /github-apps',
    kind: 'rule',
    rule: 'the private key must be one of the team\'s (404)',
    setup: [createKey()],
    request: { call: 'POST /github-apps', body: githubBody({ private_key_uuid: 'no-such-key' }), expect: { status: 404, message: 'Private key not found or does not belong to your team.' } },
  },
  {
    id: 'github-apps.create.organization-trimmed',
    source: 'app/Http/Controllers/Api/GithubController.php:215-217',
    endpoint: 'POST /github-apps',
    kind: 'rule',
    rule: 'the organization is stored with surrounding slashes and blanks trimmed (normalizeGithubOrganization)',
    setup: [createKey()],
    request: { ...createGithub({ organization: ' /acme/ ' }), expect: { status: 201, body: { organization: 'acme' } } },
    readBack: [readGithub({ organization: 'acme' })],
  },
  {
    id: 'github-apps.create.port-range',
    source: 'app/Http/Controllers/Api/GithubController.php:225',
    endpoint: 'POST /github-apps',
    kind: 'rule',
    rule: 'custom_port is an integer from 1 to 65535',
    setup: [createKey()],
    request: { call: 'POST /github-apps', body: githubBody({ custom_port: 70000 }), expect: { status: 422, message: 'Validation failed.', errors: ['custom_port'] } },
  },
  {
    id: 'github-apps.update.success',
    source: 'app/Http/Controllers/Api/GithubController.php:570',
    endpoint: 'PATCH /github-apps/{github_app_id}',
    kind: 'success',
    setup: [createKey(), createGithub()],
    request: { call: 'PATCH /github-apps/{{app}}', body: { organization: 'acme-labs', custom_port: 2222, webhook_secret: 'rotated' }, expect: { status: 200, message: 'GitHub app updated successfully', body: { 'data.organization': 'acme-labs' } } },
    readBack: [readGithub({ organization: 'acme-labs', custom_port: 2222 })],
  },
  {
    id: 'github-apps.update.key-must-be-uuid',
    source: 'app/Http/Controllers/Api/GithubController.php:644-646',
    endpoint: 'PATCH /github-apps/{github_app_id}',
    kind: 'rule',
    rule: 'private_key_uuid must be a UUID on update, and Coolify\'s own key uuids (new_public_id: 24 random characters) never are',
    setup: [createKey(), createGithub()],
    request: { call: 'PATCH /github-apps/{{app}}', body: { private_key_uuid: '{{key}}' }, expect: { status: 422, message: 'Validation error', errors: ['private_key_uuid'] } },
  },
  {
    id: 'github-apps.update.not-found',
    source: 'app/Http/Controllers/Api/GithubController.php:578-580',
    endpoint: 'PATCH /github-apps/{github_app_id}',
    kind: 'rule',
    rule: 'an id that is not one of the team\'s apps answers 404',
    request: { call: 'PATCH /github-apps/987654321', body: { name: '{{name}}' }, expect: { status: 404, message: 'GitHub app not found' } },
  },
  {
    id: 'github-apps.delete.success',
    source: 'app/Http/Controllers/Api/GithubController.php:755',
    endpoint: 'DELETE /github-apps/{github_app_id}',
    kind: 'success',
    setup: [createKey(), createGithub()],
    request: { call: 'DELETE /github-apps/{{app}}', expect: { status: 200, message: 'GitHub app deleted successfully' } },
    // GithubApp.php `booted`: the app's key goes with it when nothing else uses it
    readBack: [{ call: 'GET /security/keys/{{key}}', expect: { status: 404, message: 'Private Key not found.' } }],
  },
  {
    id: 'gitlab-apps.create.success',
    source: 'app/Http/Controllers/Api/GitlabController.php:194',
    endpoint: 'POST /gitlab-apps',
    kind: 'success',
    // html_url right-trimmed, api_url = html_url + /api/v4 (:251-254), a webhook token generated
    // (:265); the answer goes through removeSensitiveData (:283): a root token sees the secrets,
    // app_secret is never shown
    request: { ...createGitlab(), expect: { status: 201, body: { name: '{{name}}', html_url: HTML, api_url: `${HTML}/api/v4`, custom_user: 'git', custom_port: 22, group_name: 'platform', client_secret: 'gl-secret' }, absent: ['app_secret'] }, values: GITLAB_VALUES },
    readBack: [readGitlab({ html_url: HTML, api_url: `${HTML}/api/v4` })],
  },
  {
    id: 'gitlab-apps.list.success',
    source: 'app/Http/Controllers/Api/GitlabController.php:99',
    endpoint: 'GET /gitlab-apps',
    kind: 'success',
    setup: [createGitlab()],
    request: { call: 'GET /gitlab-apps', token: 'read', select: { name: '{{name}}' }, expect: { status: 200, body: { group_name: 'platform' }, absent: ['client_secret', 'webhook_token', 'access_token', 'refresh_token'] }, values: GITLAB_VALUES },
  },
  {
    id: 'gitlab-apps.create.required',
    source: 'app/Http/Controllers/Api/GitlabController.php:221-222',
    endpoint: 'POST /gitlab-apps',
    kind: 'rule',
    rule: 'name and html_url are required; the rest is optional',
    request: { call: 'POST /gitlab-apps', body: { group_name: 'x' }, expect: { status: 422, message: 'Validation failed.', errors: ['name', 'html_url'] } },
  },
  {
    id: 'gitlab-apps.update.success',
    source: 'app/Http/Controllers/Api/GitlabController.php:349',
    endpoint: 'PATCH /gitlab-apps/{gitlab_app_id}',
    kind: 'success',
    setup: [createGitlab()],
    request: { call: 'PATCH /gitlab-apps/{{app}}', body: { group_name: 'infra', html_url: `${HTML}//` }, expect: { status: 200, message: 'GitLab app updated successfully', body: { 'data.group_name': 'infra' } } },
    // a new html_url is trimmed and, without api_url, derives it again (:423-431)
    readBack: [readGitlab({ group_name: 'infra', html_url: HTML, api_url: `${HTML}/api/v4` })],
  },
  {
    id: 'gitlab-apps.delete.success',
    source: 'app/Http/Controllers/Api/GitlabController.php:502',
    endpoint: 'DELETE /gitlab-apps/{gitlab_app_id}',
    kind: 'success',
    setup: [createGitlab()],
    request: { call: 'DELETE /gitlab-apps/{{app}}', expect: { status: 200, message: 'GitLab app deleted successfully' } },
    readBack: [{ call: 'PATCH /gitlab-apps/{{app}}', body: { name: '{{name}}' }, expect: { status: 404, message: 'GitLab app not found' } }],
  },
]);
