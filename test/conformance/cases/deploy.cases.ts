/** Deploy and deployments (app/Http/Controllers/Api/DeployController.php). */
import { defineCases } from '../case.js';
import { composeService, dockerImageApp, project, publicGitApp } from './fixtures.js';

const DPC = 'app/Http/Controllers/Api/DeployController.php';
const deployApp = { call: 'POST /deploy', query: { uuid: '{{app}}', force: false }, capture: { deployment: 'deployments.0.deployment_uuid' } };

export default defineCases([
  {
    id: 'deploy.application.success',
    source: `${DPC}:384`,
    endpoint: 'POST /deploy',
    kind: 'success',
    setup: [project, dockerImageApp],
    request: { ...deployApp, expect: { status: 200, body: { 'deployments.0.resource_uuid': '{{app}}', 'deployments.0.message': 'Application {{name}}-app deployment queued.' } }, values: ['deployments.0.message'] },
    readBack: [{ call: 'GET /deployments/{{deployment}}', expect: { status: 200, body: { deployment_uuid: '{{deployment}}' } }, values: ['application_name', 'pull_request_id', 'force_rebuild'] }],
  },
  {
    id: 'deploy.pr-not-found',
    source: `${DPC}:443`,
    endpoint: 'POST /deploy',
    kind: 'rule',
    rule: 'deploying a pull request with no preview: an entry without deployment_uuid, "Pull request N not found for this resource."',
    setup: [project, publicGitApp],
    request: {
      call: 'POST /deploy',
      query: { uuid: '{{app}}', pr: 7 },
      expect: { status: 200, body: { 'deployments.0.message': 'Pull request 7 not found for this resource.', 'deployments.0.resource_uuid': '{{app}}' }, absent: ['deployments.0.deployment_uuid'] },
      values: ['deployments.0.message'],
    },
  },
  {
    id: 'deploy.service.no-deployment-uuid',
    source: `${DPC}:572`,
    endpoint: 'POST /deploy',
    kind: 'rule',
    realOffline: { status: 500, reason: 'StartService needs SSH to the server' },
    rule: 'deploying a service starts it: deployment_uuid is null, message "Service X started. It could take a while, be patient."',
    setup: [project, composeService],
    request: {
      call: 'POST /deploy',
      query: { uuid: '{{service}}' },
      expect: { status: 200, body: { 'deployments.0.message': 'Service {{name}}-svc started. It could take a while, be patient.', 'deployments.0.resource_uuid': '{{service}}' } },
      values: ['deployments.0.message', 'deployments.0.deployment_uuid'],
    },
  },
  {
    id: 'deployments.get.success',
    source: `${DPC}:122`,
    endpoint: 'GET /deployments/{uuid}',
    kind: 'success',
    setup: [project, dockerImageApp, deployApp],
    request: { call: 'GET /deployments/{{deployment}}', expect: { status: 200, body: { deployment_uuid: '{{deployment}}', application_name: '{{name}}-app' } }, values: ['application_name', 'pull_request_id'] },
  },
  {
    id: 'deployments.for-application.success',
    source: `${DPC}:696`,
    endpoint: 'GET /deployments/applications/{uuid}',
    kind: 'success',
    setup: [project, dockerImageApp, deployApp],
    request: { call: 'GET /deployments/applications/{{app}}', query: { skip: 0, take: 5 }, expect: { status: 200, body: { count: 1, 'deployments.0.deployment_uuid': '{{deployment}}' } }, values: ['count', 'deployments.0.application_name', 'deployments.0.pull_request_id'] },
  },
  {
    id: 'deployments.list.success',
    source: `${DPC}:69`,
    endpoint: 'GET /deployments',
    kind: 'success',
    setup: [project, dockerImageApp, deployApp],
    request: { call: 'GET /deployments', select: { deployment_uuid: '{{deployment}}' }, expect: { status: 200, body: { application_name: '{{name}}-app' } }, values: ['application_name'] },
  },
]);
