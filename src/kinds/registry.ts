/**
 * The capability table of every kind, and the stable kind order used for plans.
 */
import type { ResourceKind } from '../model/address.js';
import type { KindSpec } from './spec.js';
import { APPLICATION_SPEC } from './application.js';
import { BACKUP_SPEC } from './backup.js';
import { DATABASE_SPEC } from './database.js';
import { ENVIRONMENT_SPEC, PROJECT_SPEC } from './project.js';
import { S3_STORAGE_SPEC } from './s3-storage.js';
import { PRIVATE_KEY_SPEC } from './private-key.js';
import { NOTIFICATION_SPEC } from './notification.js';
import { GITHUB_APP_SPEC } from './github-app.js';
import { GITLAB_APP_SPEC } from './gitlab-app.js';
import { SERVER_SPEC } from './server.js';
import { CLOUD_TOKEN_SPEC } from './cloud-token.js';
import { DESTINATION_SPEC } from './destination.js';
import { CLOUD_INIT_SCRIPT_SPEC } from './cloud-init-script.js';
import { NETWORK_SPEC } from './network.js';
import { SERVER_REGISTRY_SPEC } from './server-registry.js';
import { SCHEDULED_TASK_SPEC } from './scheduled-task.js';
import { SERVICE_SPEC } from './service.js';
import { SERVICE_APPLICATION_SPEC, SERVICE_DATABASE_SPEC } from './service-part.js';
import { STORAGE_SPEC } from './storage.js';

/** Every kind's capability table. */
export const KIND_SPECS: Readonly<Record<ResourceKind, KindSpec>> = {
  project: PROJECT_SPEC,
  environment: ENVIRONMENT_SPEC,
  s3Storage: S3_STORAGE_SPEC,
  privateKey: PRIVATE_KEY_SPEC,
  notification: NOTIFICATION_SPEC,
  githubApp: GITHUB_APP_SPEC,
  gitlabApp: GITLAB_APP_SPEC,
  server: SERVER_SPEC,
  cloudToken: CLOUD_TOKEN_SPEC,
  destination: DESTINATION_SPEC,
  cloudInitScript: CLOUD_INIT_SCRIPT_SPEC,
  database: DATABASE_SPEC,
  backup: BACKUP_SPEC,
  application: APPLICATION_SPEC,
  storage: STORAGE_SPEC,
  scheduledTask: SCHEDULED_TASK_SPEC,
  network: NETWORK_SPEC,
  serverRegistry: SERVER_REGISTRY_SPEC,
  service: SERVICE_SPEC,
  serviceApplication: SERVICE_APPLICATION_SPEC,
  serviceDatabase: SERVICE_DATABASE_SPEC,
};

/** Plan ordering of kinds (creation order, roughly). */
export const KIND_ORDER: readonly ResourceKind[] = [
  'project',
  'environment',
  's3Storage',
  'privateKey',
  'notification',
  'githubApp',
  'gitlabApp',
  'server',
  'serverRegistry',
  'cloudToken',
  'cloudInitScript',
  'destination',
  'database',
  'backup',
  'application',
  'storage',
  'scheduledTask',
  'network',
  'service',
  'serviceApplication',
  'serviceDatabase',
];

/** The capability table of a kind. */
export function specFor(kind: ResourceKind): KindSpec {
  return KIND_SPECS[kind];
}

/** Position of a kind in KIND_ORDER, for sorting. */
export function kindRank(kind: ResourceKind): number {
  return KIND_ORDER.indexOf(kind);
}
