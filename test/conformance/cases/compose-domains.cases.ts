/** Compose domains: a service's `urls` and a compose application's `docker_compose_domains` (issue 18). */
import { defineCases } from '../case.js';
import { composeService, place, project } from './fixtures.js';

const SC = 'app/Http/Controllers/Api/ServicesController.php';
const AC = 'app/Http/Controllers/Api/ApplicationsController.php';

/** A public-git dockercompose application (not deployed, so its compose is never read); captures `app`. */
const composeApp = (extra: Record<string, unknown> = {}) => ({
  call: 'POST /applications/public',
  body: {
    ...place, name: '{{name}}-compose', git_repository: 'https://github.com/coollabsio/coolify-examples', git_branch: 'main',
    build_pack: 'dockercompose', autogenerate_domain: false, instant_deploy: false, ...extra,
  },
  capture: { app: 'uuid' },
});

export default defineCases([
  {
    id: 'services.create-compose.urls',
    source: `${SC}:727`,
    endpoint: 'POST /services',
    kind: 'rule',
    rule: 'the create parses the compose before it applies `urls`, so a new service takes its domains in the same request',
    setup: [project],
    request: {
      ...composeService,
      body: { ...(composeService.body as Record<string, unknown>), urls: [{ name: 'web', url: 'https://{{name}}.example.com' }] },
      expect: { status: 201, body: { domains: ['https://{{name}}.example.com'] } },
      values: ['domains'],
    },
    readBack: [{
      call: 'GET /services/{{service}}', selectIn: 'applications', select: { name: 'web' },
      expect: { status: 200, body: { fqdn: 'https://{{name}}.example.com' } }, values: ['fqdn'],
    }],
  },
  {
    id: 'services.create-compose.urls-unknown-container',
    source: `${SC}:155`,
    endpoint: 'POST /services',
    kind: 'rule',
    rule: "a url for a container the compose does not have is refused: 422 \"Service container with 'NAME' not found.\"",
    setup: [project],
    request: {
      ...composeService,
      body: { ...(composeService.body as Record<string, unknown>), urls: [{ name: 'nope', url: 'https://{{name}}.example.com' }] },
      expect: { status: 422, message: 'Validation failed.', body: { errors: ["Service container with 'nope' not found."] } },
    },
  },
  {
    id: 'applications.create-compose.docker-compose-domains',
    source: `${AC}:1387`,
    endpoint: 'POST /applications/public',
    kind: 'rule',
    rule: 'a dockercompose create stores docker_compose_domains as sent (a JSON text), before Coolify has read the compose',
    setup: [project],
    request: { ...composeApp({ docker_compose_domains: [{ name: 'web', domain: 'https://{{name}}.example.com' }] }), expect: { status: 201 } },
    readBack: [{
      call: 'GET /applications/{{app}}',
      expect: { status: 200, body: { docker_compose_domains: '{"web":{"domain":"https:\\/\\/{{name}}.example.com"}}', docker_compose_raw: null } },
      values: ['docker_compose_domains'],
    }],
  },
  {
    id: 'applications.update.docker-compose-domains-before-compose',
    source: `${AC}:2960`,
    endpoint: 'PATCH /applications/{uuid}',
    kind: 'rule',
    rule: 'docker_compose_domains cannot be PATCHed before Coolify has read the compose (docker_compose_raw empty): 422',
    setup: [project, composeApp()],
    request: {
      call: 'PATCH /applications/{{app}}',
      body: { docker_compose_domains: [{ name: 'web', domain: 'https://{{name}}.example.com' }] },
      expect: { status: 422, message: 'Validation failed.', errors: ['docker_compose_domains'] },
    },
    readBack: [{ call: 'GET /applications/{{app}}', expect: { status: 200, body: { docker_compose_domains: null } }, values: ['docker_compose_domains'] }],
  },
]);
