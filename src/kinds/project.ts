/**
 * Projects and environments: capability tables (API-NOTES §3). Both carry a description
 * (the ownership marker lives there) and shared variables.
 */
import type { KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { description } from './normalize.js';
import { expectEnvRecords } from './answer-shape.js';

const SHARED_ENV = { flags: ['is_literal', 'is_multiline'], effect: 'update', previewCopies: false } as const;

/** The project capability table. */
export const PROJECT_SPEC: KindSpec = {
  kind: 'project',
  subtypeChange: 'replace',
  tags: false,
  description: true,
  descriptionHasLengthLimit: true,
  literalSecretKeys: [{ envMap: ['sharedEnv'], what: 'shared' }],
  liveFqdn: null,
  sharedEnv: SHARED_ENV,
  planning: { replaceRefused: 'a project holds every resource of its environments: replace those instead' },
  fields: [field('name', 'name', 'update'), field('description', 'description', 'update', { normalize: description })],
  reads: {
    envs: null,
    sharedEnvs: async (client, uuid) => expectEnvRecords(await client.projects.sharedEnvs.list(uuid), `GET /projects/${uuid}/envs`),
    under: null,
  },
};

/**
 * The environment capability table. `description` is not accepted on create
 * (`POST /projects/{uuid}/environments {name}`): it goes in a follow-up PATCH.
 */
export const ENVIRONMENT_SPEC: KindSpec = {
  kind: 'environment',
  subtypeChange: 'replace',
  tags: false,
  description: true,
  descriptionHasLengthLimit: true,
  literalSecretKeys: [{ envMap: ['sharedEnv'], what: 'shared' }],
  liveFqdn: null,
  planning: { createdWithParent: 'production', replaceRefused: 'an environment holds other resources: replace those instead' },
  sharedEnv: SHARED_ENV,
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description, creatable: false }),
  ],
  reads: {
    envs: null,
    // An environment's live fields carry the uuid of its project (set by the state reader).
    sharedEnvs: async (client, uuid, fields) => {
      const projectUuid = typeof fields.project_uuid === 'string' ? fields.project_uuid : '';
      return expectEnvRecords(await client.projects.environmentSharedEnvs(projectUuid).list(uuid), `GET /projects/${projectUuid}/environments/${uuid}/envs`);
    },
    under: null,
  },
};
