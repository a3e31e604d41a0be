/**
 * Cloud provider tokens (`/cloud-tokens`, CloudProviderTokensController.php). Coolify checks a
 * token against its provider's API before storing it (:286-291); the test's real Coolify has no
 * internet, so every case that needs a stored token says so (`realOffline`: the check's request
 * fails and Coolify answers 400 "Failed to validate token with provider API.", :60-66). The
 * rules checked before the provider is asked, and the lookups, run against both targets.
 */
import { defineCases, type CaseRequest } from '../case.js';

const CC = 'app/Http/Controllers/Api/CloudProviderTokensController.php';
/** A Hetzner-shaped token (64 letters and digits): the sandbox's fake provider accepts it. */
const HETZNER_TOKEN = 'c0nf0rmance'.repeat(6).slice(0, 64);
const OFFLINE = { status: 400, reason: 'storing a token asks the provider (api.hetzner.cloud), unreachable offline' };

/** Creates a token named after the case; captures its uuid as `token`. */
const createToken: CaseRequest = { call: 'POST /cloud-tokens', body: { name: '{{name}}', provider: 'hetzner', token: HETZNER_TOKEN }, capture: { token: 'uuid' } };
const MISSING = 'cf-no-such-token';

export default defineCases([
  {
    id: 'cloud-tokens.list.success',
    source: `${CC}:113`,
    endpoint: 'GET /cloud-tokens',
    kind: 'success',
    request: { call: 'GET /cloud-tokens', expect: { status: 200 } },
  },
  {
    id: 'cloud-tokens.create.success',
    source: `${CC}:247`,
    endpoint: 'POST /cloud-tokens',
    kind: 'success',
    realOffline: OFFLINE,
    request: { ...createToken, expect: { status: 201 } },
    readBack: [{ call: 'GET /cloud-tokens/{{token}}', expect: { status: 200, body: { name: '{{name}}', provider: 'hetzner', servers_count: 0 }, absent: ['id'] }, values: ['name', 'provider', 'servers_count'] }],
  },
  {
    id: 'cloud-tokens.get.success',
    source: `${CC}:173`,
    endpoint: 'GET /cloud-tokens/{uuid}',
    kind: 'success',
    realOffline: OFFLINE,
    setup: [createToken],
    request: { call: 'GET /cloud-tokens/{{token}}', token: 'read', expect: { status: 200, body: { name: '{{name}}' }, absent: ['token', 'id'] }, values: ['name', 'provider'] },
  },
  {
    id: 'cloud-tokens.update.success',
    source: `${CC}:366`,
    endpoint: 'PATCH /cloud-tokens/{uuid}',
    kind: 'success',
    realOffline: OFFLINE,
    setup: [createToken],
    request: { call: 'PATCH /cloud-tokens/{{token}}', body: { name: '{{name}}-renamed' }, expect: { status: 200 } },
    readBack: [{ call: 'GET /cloud-tokens/{{token}}', expect: { status: 200, body: { name: '{{name}}-renamed' } }, values: ['name'] }],
  },
  {
    id: 'cloud-tokens.delete.success',
    source: `${CC}:473`,
    endpoint: 'DELETE /cloud-tokens/{uuid}',
    kind: 'success',
    realOffline: OFFLINE,
    setup: [createToken],
    request: { call: 'DELETE /cloud-tokens/{{token}}', expect: { status: 200, message: 'Cloud provider token deleted.' } },
    readBack: [{ call: 'GET /cloud-tokens/{{token}}', expect: { status: 404, message: 'Cloud provider token not found.' } }],
  },
  {
    id: 'cloud-tokens.validate.success',
    source: `${CC}:548`,
    endpoint: 'POST /cloud-tokens/{uuid}/validate',
    kind: 'success',
    realOffline: OFFLINE,
    setup: [createToken],
    request: { call: 'POST /cloud-tokens/{{token}}/validate', expect: { status: 200, body: { valid: true, message: 'Token is valid.' } } },
  },
  {
    id: 'cloud-tokens.create.provider-in',
    source: `${CC}:266`,
    endpoint: 'POST /cloud-tokens',
    kind: 'rule',
    rule: 'provider must be one of hetzner, digitalocean, vultr (checked before the provider is asked)',
    request: { call: 'POST /cloud-tokens', body: { name: '{{name}}', provider: 'aws', token: HETZNER_TOKEN }, expect: { status: 422, message: 'Validation failed.', errors: ['provider'] } },
  },
  {
    id: 'cloud-tokens.create.token-required',
    source: `${CC}:267`,
    endpoint: 'POST /cloud-tokens',
    kind: 'rule',
    rule: 'token and name are required',
    request: { call: 'POST /cloud-tokens', body: { provider: 'hetzner' }, expect: { status: 422, message: 'Validation failed.', errors: ['token', 'name'] } },
  },
  {
    id: 'cloud-tokens.create.not-allowed',
    source: `${CC}:271`,
    endpoint: 'POST /cloud-tokens',
    kind: 'rule',
    rule: 'a field outside provider, token, name answers "This field is not allowed." with the rule errors',
    request: { call: 'POST /cloud-tokens', body: { name: '{{name}}', provider: 'hetzner', token: HETZNER_TOKEN, description: 'x' }, expect: { status: 422, errors: ['description'] } },
  },
  {
    id: 'cloud-tokens.create.provider-refuses',
    source: `${CC}:289`,
    endpoint: 'POST /cloud-tokens',
    kind: 'rule',
    rule: 'a token the provider refuses is a 400 "Invalid {provider} token. Please check your API token." and nothing is stored',
    realOffline: { status: 400, reason: 'offline the provider request fails, so Coolify answers "Failed to validate token with provider API." instead' },
    request: { call: 'POST /cloud-tokens', body: { name: '{{name}}', provider: 'hetzner', token: 'not-a-token' }, expect: { status: 400, message: 'Invalid hetzner token. Please check your API token.' } },
  },
  {
    id: 'cloud-tokens.update.rules-before-lookup',
    source: `${CC}:383`,
    endpoint: 'PATCH /cloud-tokens/{uuid}',
    kind: 'rule',
    rule: 'the body is checked before the token is looked up: name required, only name allowed',
    request: { call: `PATCH /cloud-tokens/${MISSING}`, body: { token: HETZNER_TOKEN }, expect: { status: 422, errors: ['name', 'token'] } },
  },
  {
    id: 'cloud-tokens.update.not-found',
    source: `${CC}:404`,
    endpoint: 'PATCH /cloud-tokens/{uuid}',
    kind: 'rule',
    rule: 'an unknown uuid is a 404',
    request: { call: `PATCH /cloud-tokens/${MISSING}`, body: { name: 'x' }, expect: { status: 404, message: 'Cloud provider token not found.' } },
  },
  {
    id: 'cloud-tokens.get.not-found',
    source: `${CC}:185`,
    endpoint: 'GET /cloud-tokens/{uuid}',
    kind: 'rule',
    rule: 'an unknown uuid is a 404',
    request: { call: `GET /cloud-tokens/${MISSING}`, expect: { status: 404, message: 'Cloud provider token not found.' } },
  },
  {
    id: 'cloud-tokens.delete.not-found',
    source: `${CC}:486`,
    endpoint: 'DELETE /cloud-tokens/{uuid}',
    kind: 'rule',
    rule: 'an unknown uuid is a 404',
    request: { call: `DELETE /cloud-tokens/${MISSING}`, expect: { status: 404, message: 'Cloud provider token not found.' } },
  },
  {
    id: 'cloud-tokens.validate.not-found',
    source: `${CC}:557`,
    endpoint: 'POST /cloud-tokens/{uuid}/validate',
    kind: 'rule',
    rule: 'an unknown uuid is a 404',
    request: { call: `POST /cloud-tokens/${MISSING}/validate`, expect: { status: 404, message: 'Cloud provider token not found.' } },
  },
]);
