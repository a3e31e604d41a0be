/**
 * Coolify 4.4's preview API (ApplicationPreviewsController.php of 4.4; `release: '4.4.2'`):
 * create, list and read an application's previews. Against the 4.3.11 real these cases check
 * that the routes answer 404.
 */
import { defineCases } from '../case.js';
import { dockerImageApp, project } from './fixtures.js';

const APC = 'app/Http/Controllers/Api/ApplicationPreviewsController.php';
const preview = { call: 'POST /applications/{{app}}/previews', body: { pull_request_id: 7, docker_tag: 'pr-7', instant_deploy: false } };

export default defineCases([
  {
    id: 'previews.create.success',
    source: `${APC}:227`,
    endpoint: 'POST /applications/{uuid}/previews',
    kind: 'success',
    release: '4.4.2',
    setup: [project, dockerImageApp],
    request: { ...preview, expect: { status: 201, message: 'Preview created.', body: { deployment_uuid: null } }, values: ['message', 'preview.pull_request_id', 'preview.docker_registry_image_tag', 'preview.git_type'] },
  },
  {
    id: 'previews.create.existing-200',
    source: `${APC}:258`,
    endpoint: 'POST /applications/{uuid}/previews',
    kind: 'rule',
    rule: 'creating an existing preview again answers 200 (updated), not 201',
    release: '4.4.2',
    setup: [project, dockerImageApp, preview],
    request: { call: 'POST /applications/{{app}}/previews', body: { pull_request_id: 7, instant_deploy: false }, expect: { status: 200, message: 'Preview updated.' } },
  },
  {
    id: 'previews.create.docker-tag-required',
    source: `${APC}:220`,
    endpoint: 'POST /applications/{uuid}/previews',
    kind: 'rule',
    rule: 'a new Docker Image preview without docker_tag: 422 on docker_tag',
    release: '4.4.2',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/previews', body: { pull_request_id: 8 }, expect: { status: 422, errors: ['docker_tag'] } },
  },
  {
    id: 'previews.create.no-git-keys-on-images',
    source: `${APC}:195`,
    endpoint: 'POST /applications/{uuid}/previews',
    kind: 'rule',
    rule: 'git_type must be missing for a Docker Image application: 422',
    release: '4.4.2',
    setup: [project, dockerImageApp],
    request: { call: 'POST /applications/{{app}}/previews', body: { pull_request_id: 8, docker_tag: 'x', git_type: 'github' }, expect: { status: 422, errors: ['git_type'] } },
  },
  {
    id: 'previews.list.success',
    source: `${APC}:54`,
    endpoint: 'GET /applications/{uuid}/previews',
    kind: 'success',
    release: '4.4.2',
    setup: [project, dockerImageApp, preview],
    request: { call: 'GET /applications/{{app}}/previews', select: { pull_request_id: 7 }, expect: { status: 200, body: { docker_registry_image_tag: 'pr-7' } }, values: ['pull_request_id', 'docker_registry_image_tag', 'git_type'] },
  },
  {
    id: 'previews.get.success',
    source: `${APC}:103`,
    endpoint: 'GET /applications/{uuid}/previews/{pull_request_id}',
    kind: 'success',
    release: '4.4.2',
    setup: [project, dockerImageApp, preview],
    request: { call: 'GET /applications/{{app}}/previews/7', expect: { status: 200, body: { pull_request_id: 7 } }, values: ['pull_request_id', 'docker_registry_image_tag'] },
  },
  {
    id: 'previews.get.not-found',
    source: `${APC}:100`,
    endpoint: 'GET /applications/{uuid}/previews/{pull_request_id}',
    kind: 'rule',
    rule: 'an unknown pull request id: 404 "Preview not found."',
    release: '4.4.2',
    setup: [project, dockerImageApp],
    request: { call: 'GET /applications/{{app}}/previews/99', expect: { status: 404, message: 'Preview not found.' } },
  },
]);
