/**
 * Setup requests many cases share (not a cases file: the runner collects `*.cases.ts` only).
 * They place everything on the seeded server `localhost` (uuid `localhost`), environment
 * `production`, and capture the uuids later requests name.
 */
import type { CaseRequest } from '../case.js';

/** The seeded server both targets have. */
export const SERVER = 'localhost';

/** POST /projects; captures `project`. */
export const project: CaseRequest = { call: 'POST /projects', body: { name: '{{name}}' }, capture: { project: 'uuid' } };

/** Where a resource goes: project `{{project}}`, production, on `localhost`. */
export const place = { project_uuid: '{{project}}', environment_name: 'production', server_uuid: SERVER };

/** A dockerimage application (not deployed); captures `app`. */
export const dockerImageApp: CaseRequest = {
  call: 'POST /applications/dockerimage',
  body: { ...place, name: '{{name}}-app', docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', ports_exposes: '80', instant_deploy: false },
  capture: { app: 'uuid' },
};

/** A public-git application (not deployed); captures `app`. */
export const publicGitApp: CaseRequest = {
  call: 'POST /applications/public',
  body: { ...place, name: '{{name}}-git', git_repository: 'https://github.com/coollabsio/coolify-examples', git_branch: 'main', build_pack: 'nixpacks', ports_exposes: '3000', instant_deploy: false },
  capture: { app: 'uuid' },
};

/** A PostgreSQL database (not started); captures `db`. */
export const postgres: CaseRequest = {
  call: 'POST /databases/postgresql',
  body: { ...place, name: '{{name}}-pg', instant_deploy: false },
  capture: { db: 'uuid' },
};

/** A compose service (not started); captures `service`. */
export const composeService: CaseRequest = {
  call: 'POST /services',
  body: {
    ...place,
    name: '{{name}}-svc',
    docker_compose_raw: Buffer.from('services:\n  web:\n    image: nginx:1.27\n', 'utf8').toString('base64'),
    instant_deploy: false,
  },
  capture: { service: 'uuid' },
};

/** The text Coolify's descriptionRules() answers for a description with other characters. */
export const DESCRIPTION_MESSAGE =
  'The description may only contain letters (including Unicode), numbers, spaces, and common punctuation: - _ . , ! ? ( ) \' " + = * / @ &';
