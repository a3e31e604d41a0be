/**
 * Secret managers (Coolify 4.4 only: `release: '4.4.2'`): `POST /security/integration-tokens`
 * (app/Http/Controllers/Api/IntegrationTokensController.php, store) and
 * `PATCH /applications/{uuid}/secret-manager` (ApplicationSecretManagerController.php, update),
 * line numbers of the 4.4 source. Coolify checks a token with its provider before it stores it;
 * the sandbox's offline stand-in accepts the provider's token shape (a Doppler service token
 * `dp.st.…` here). Against the 4.3.11 real these cases check that the routes answer 404.
 */
import { defineCases } from '../case.js';
import { dockerImageApp, project } from './fixtures.js';

const TOKENS = 'app/Http/Controllers/Api/IntegrationTokensController.php';
const LINK = 'app/Http/Controllers/Api/ApplicationSecretManagerController.php';
const DOPPLER = 'dp.st.' + 'a'.repeat(24);

/** A stored Doppler service token; captures `token`. */
const dopplerToken = { call: 'POST /security/integration-tokens', body: { provider: 'doppler', name: '{{name}}-dp', token: DOPPLER }, capture: { token: 'uuid' } };

export default defineCases([
  {
    id: 'secret-managers.create-token.success',
    // :91-106: stored with capabilities ['secrets'], answered 201 with its uuid only
    source: `${TOKENS}:106`,
    endpoint: 'POST /security/integration-tokens',
    kind: 'success',
    release: '4.4.2',
    request: { call: 'POST /security/integration-tokens', body: { provider: 'doppler', name: '{{name}}-dp', token: DOPPLER }, expect: { status: 201, absent: ['token', 'provider'] } },
  },
  {
    id: 'secret-managers.create-token.doppler-shape',
    source: `${TOKENS}:62`,
    endpoint: 'POST /security/integration-tokens',
    kind: 'rule',
    rule: 'a Doppler token must start with dp.st. or dp.sa. (a service or service account token): 422 on token',
    release: '4.4.2',
    request: { call: 'POST /security/integration-tokens', body: { provider: 'doppler', name: '{{name}}-dp', token: 'personal-token' }, expect: { status: 422, errors: ['token'] } },
  },
  {
    id: 'secret-managers.create-token.infisical-metadata',
    source: `${TOKENS}:64`,
    endpoint: 'POST /security/integration-tokens',
    kind: 'rule',
    rule: 'an Infisical token needs metadata.base_url and metadata.client_id: 422 on both',
    release: '4.4.2',
    request: { call: 'POST /security/integration-tokens', body: { provider: 'infisical', name: '{{name}}-inf', token: 'f'.repeat(64) }, expect: { status: 422, errors: ['metadata.base_url', 'metadata.client_id'] } },
  },
  {
    id: 'secret-managers.create-token.provider-list',
    source: `${TOKENS}:56`,
    endpoint: 'POST /security/integration-tokens',
    kind: 'rule',
    rule: 'provider must be doppler, infisical or vault; keys outside provider, name, token and metadata are refused in the same 422',
    release: '4.4.2',
    request: { call: 'POST /security/integration-tokens', body: { provider: 'aws', name: '{{name}}-x', token: 't', scope: 'all' }, expect: { status: 422, errors: ['provider', 'scope'] } },
  },
  {
    id: 'secret-managers.link.success',
    // :105-121: one link per application (updateOrCreate), answered with the token's uuid and provider
    source: `${LINK}:117`,
    endpoint: 'PATCH /applications/{uuid}/secret-manager',
    kind: 'success',
    release: '4.4.2',
    setup: [project, dockerImageApp, dopplerToken],
    request: { call: 'PATCH /applications/{{app}}/secret-manager', body: { integration_token_uuid: '{{token}}' }, expect: { status: 200, body: { integration_token_uuid: '{{token}}', provider: 'doppler', settings: null } } },
  },
  {
    id: 'secret-managers.link.unknown-token',
    source: `${LINK}:62`,
    endpoint: 'PATCH /applications/{uuid}/secret-manager',
    kind: 'rule',
    rule: 'an integration_token_uuid the team does not have is a 404, before any rule',
    release: '4.4.2',
    setup: [project, dockerImageApp],
    request: { call: 'PATCH /applications/{{app}}/secret-manager', body: { integration_token_uuid: 'no-such-token' }, expect: { status: 404 } },
  },
  {
    id: 'secret-managers.link.unknown-application',
    source: `${LINK}:51`,
    endpoint: 'PATCH /applications/{uuid}/secret-manager',
    kind: 'rule',
    rule: 'an application uuid the team does not have is a 404',
    release: '4.4.2',
    setup: [dopplerToken],
    request: { call: 'PATCH /applications/no-such-app/secret-manager', body: { integration_token_uuid: '{{token}}' }, expect: { status: 404 } },
  },
]);
