/** Services: create from compose and from a template, get, compose re-dump, update. */
import { defineCases } from '../case.js';
import { composeService, place, project } from './fixtures.js';

const SC = 'app/Http/Controllers/Api/ServicesController.php';
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
/** Compose text whose Symfony re-dump differs: double quotes and `{}`. */
const QUOTED = 'services:\n  web:\n    image: "nginx:1.27"\n    environment: {}\n';

export default defineCases([
  {
    id: 'services.create-compose.success',
    source: `${SC}:360`,
    endpoint: 'POST /services',
    kind: 'success',
    setup: [project],
    request: { ...composeService, expect: { status: 201, body: { domains: [] } }, values: ['domains'] },
    readBack: [{ call: 'GET /services/{{service}}', expect: { status: 200, body: { name: '{{name}}-svc' } }, values: ['name', 'description', 'docker_compose_raw'] }],
  },
  {
    id: 'services.create-type.success',
    source: `${SC}:360`,
    endpoint: 'POST /services',
    kind: 'success',
    setup: [project],
    request: { call: 'POST /services', body: { ...place, type: 'uptime-kuma', instant_deploy: false }, capture: { service: 'uuid' }, expect: { status: 201 } },
    readBack: [{ call: 'GET /services/{{service}}', expect: { status: 200 }, values: ['service_type'] }],
  },
  {
    id: 'services.create-compose.redumped',
    source: 'bootstrap/helpers/parsers.php:1546',
    endpoint: 'POST /services',
    kind: 'rule',
    rule: 'the stored docker_compose_raw is the Symfony YAML re-dump of what was sent (single quotes, `{  }`)',
    setup: [project],
    request: { call: 'POST /services', body: { ...place, name: '{{name}}-svc', docker_compose_raw: b64(QUOTED), instant_deploy: false }, capture: { service: 'uuid' }, expect: { status: 201 } },
    readBack: [{ call: 'GET /services/{{service}}', expect: { status: 200, body: { docker_compose_raw: "services:\n  web:\n    image: 'nginx:1.27'\n    environment: {  }\n" } }, values: ['docker_compose_raw'] }],
  },
  {
    id: 'services.get.success',
    source: `${SC}:816`,
    endpoint: 'GET /services/{uuid}',
    kind: 'success',
    setup: [project, composeService],
    request: { call: 'GET /services/{{service}}', expect: { status: 200, body: { uuid: '{{service}}', name: '{{name}}-svc' } }, values: ['name', 'status'] },
  },
  {
    id: 'services.list.success',
    source: `${SC}:233`,
    endpoint: 'GET /services',
    kind: 'success',
    setup: [project, composeService],
    request: { call: 'GET /services', select: { uuid: '{{service}}' }, expect: { status: 200, body: { name: '{{name}}-svc' } }, values: ['name'] },
  },
  {
    id: 'services.update.success',
    source: `${SC}:1158`,
    endpoint: 'PATCH /services/{uuid}',
    kind: 'success',
    setup: [project, composeService],
    request: { call: 'PATCH /services/{{service}}', body: { docker_compose_raw: b64(QUOTED) }, expect: { status: 200, body: { uuid: '{{service}}' } } },
    readBack: [{ call: 'GET /services/{{service}}', expect: { status: 200 }, values: ['docker_compose_raw'] }],
  },
  {
    id: 'services.envs-bulk.success',
    source: `${SC}:1597`,
    endpoint: 'PATCH /services/{uuid}/envs/bulk',
    kind: 'success',
    setup: [project, composeService],
    request: { call: 'PATCH /services/{{service}}/envs/bulk', body: { data: [{ key: 'K1', value: 'v' }] }, select: { key: 'K1' }, expect: { status: 201, body: { key: 'K1', value: 'v' } }, values: ['key', 'value'] },
    readBack: [{ call: 'GET /services/{{service}}/envs', select: { key: 'K1' }, expect: { status: 200, body: { value: 'v' } }, values: ['value'] }],
  },
]);
