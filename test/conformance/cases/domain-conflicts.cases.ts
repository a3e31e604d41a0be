/**
 * The team's domain conflict check of Coolify 4.3.11's API (bootstrap/helpers/domains.php:206-328
 * checkIfDomainIsAlreadyUsedViaAPI, called by ApplicationsController.php:4482 on create and
 * :2941 on update): whole URLs are compared once a trailing `/` is dropped, not hosts.
 */
import { defineCases } from '../case.js';
import { place, project } from './fixtures.js';

const HELPER = 'bootstrap/helpers/domains.php';
const image = { docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', ports_exposes: '80', instant_deploy: false };
/** An application serving https://{{name}}.example.test; captures `first`. */
const first = { call: 'POST /applications/dockerimage', body: { ...place, ...image, name: '{{name}}-one', domains: 'https://{{name}}.example.test' }, capture: { first: 'uuid' } };

export default defineCases([
  {
    id: 'applications.create.domain-conflict',
    source: `${HELPER}:241`,
    endpoint: 'POST /applications/dockerimage',
    kind: 'rule',
    rule: 'a domain another application of the team serves is a 409 naming it, unless force_domain_override',
    setup: [project, first],
    request: { call: 'POST /applications/dockerimage', body: { ...place, ...image, name: '{{name}}-two', domains: 'https://{{name}}.example.test/' }, expect: { status: 409, message: 'Domain conflicts detected. Use force_domain_override=true to proceed.' } },
  },
  {
    id: 'applications.create.domain-other-scheme',
    source: `${HELPER}:240`,
    endpoint: 'POST /applications/dockerimage',
    kind: 'rule',
    rule: 'domains are compared as whole URLs: the same host over http is no conflict (201)',
    setup: [project, first],
    request: { call: 'POST /applications/dockerimage', body: { ...place, ...image, name: '{{name}}-two', domains: 'http://{{name}}.example.test' }, expect: { status: 201 } },
  },
  {
    id: 'applications.create.domain-force-override',
    source: 'app/Http/Controllers/Api/ApplicationsController.php:4489',
    endpoint: 'POST /applications/dockerimage',
    kind: 'rule',
    rule: 'force_domain_override (any of Laravel boolean() true values) lets a conflicting domain through',
    setup: [project, first],
    request: { call: 'POST /applications/dockerimage', body: { ...place, ...image, name: '{{name}}-two', domains: 'https://{{name}}.example.test', force_domain_override: true }, expect: { status: 201 } },
  },
  {
    id: 'applications.update.domain-conflict',
    source: 'app/Http/Controllers/Api/ApplicationsController.php:2941',
    endpoint: 'PATCH /applications/{uuid}',
    kind: 'rule',
    rule: 'an update to a domain another application serves is a 409; its own domains are left out of the check',
    setup: [project, first, { call: 'POST /applications/dockerimage', body: { ...place, ...image, name: '{{name}}-two', domains: 'https://{{name}}-two.example.test' }, capture: { second: 'uuid' } }],
    request: { call: 'PATCH /applications/{{second}}', body: { domains: 'https://{{name}}-two.example.test,https://{{name}}.example.test' }, expect: { status: 409, message: 'Domain conflicts detected. Use force_domain_override=true to proceed.' } },
    readBack: [{ call: 'PATCH /applications/{{first}}', body: { domains: 'https://{{name}}.example.test' }, expect: { status: 200 } }],
  },
]);
