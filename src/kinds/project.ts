/**
 * Projects and environments: capability tables (API-NOTES §3). Both carry a description
 * (the ownership marker lives there) and shared variables.
 */
import type { KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { description } from './normalize.js';

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
  fields: [field('name', 'name', 'update'), field('description', 'description', 'update', { normalize: description })],
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
  planning: { createdWithParent: 'production' },
  sharedEnv: SHARED_ENV,
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description, creatable: false }),
  ],
};
