/**
 * The I/O operations of every kind, looked up by kind. A kind missing here, or missing an
 * operation, is a type error.
 */
import type { ResourceKind } from '../model/address.js';
import type { KindOps } from './types.js';
import { APPLICATION_OPS } from './application.js';
import { BACKUP_OPS } from './backup.js';
import { DATABASE_OPS } from './database.js';
import { ENVIRONMENT_OPS, PROJECT_OPS } from './project.js';
import { S3_STORAGE_OPS } from './s3-storage.js';
import { PRIVATE_KEY_OPS } from './private-key.js';
import { NOTIFICATION_OPS } from './notification.js';
import { GITHUB_APP_OPS, GITLAB_APP_OPS } from './git-app.js';
import { SERVER_OPS } from './server.js';
import { CLOUD_TOKEN_OPS } from './cloud-token.js';
import { DESTINATION_OPS } from './destination.js';
import { CLOUD_INIT_SCRIPT_OPS } from './cloud-init-script.js';
import { NETWORK_OPS } from './network.js';
import { SERVER_REGISTRY_OPS } from './server-registry.js';
import { SCHEDULED_TASK_OPS } from './scheduled-task.js';
import { SERVICE_OPS } from './service.js';
import { SERVICE_APPLICATION_OPS, SERVICE_DATABASE_OPS } from './service-part.js';
import { STORAGE_OPS } from './storage.js';

/** Every kind's I/O operations. */
export const KIND_OPS: { readonly [K in ResourceKind]: KindOps & { kind: K } } = {
  project: { ...PROJECT_OPS, kind: 'project' },
  environment: { ...ENVIRONMENT_OPS, kind: 'environment' },
  s3Storage: { ...S3_STORAGE_OPS, kind: 's3Storage' },
  privateKey: { ...PRIVATE_KEY_OPS, kind: 'privateKey' },
  notification: { ...NOTIFICATION_OPS, kind: 'notification' },
  githubApp: { ...GITHUB_APP_OPS, kind: 'githubApp' },
  gitlabApp: { ...GITLAB_APP_OPS, kind: 'gitlabApp' },
  server: { ...SERVER_OPS, kind: 'server' },
  cloudToken: { ...CLOUD_TOKEN_OPS, kind: 'cloudToken' },
  destination: { ...DESTINATION_OPS, kind: 'destination' },
  cloudInitScript: { ...CLOUD_INIT_SCRIPT_OPS, kind: 'cloudInitScript' },
  database: { ...DATABASE_OPS, kind: 'database' },
  backup: { ...BACKUP_OPS, kind: 'backup' },
  application: { ...APPLICATION_OPS, kind: 'application' },
  storage: { ...STORAGE_OPS, kind: 'storage' },
  scheduledTask: { ...SCHEDULED_TASK_OPS, kind: 'scheduledTask' },
  network: { ...NETWORK_OPS, kind: 'network' },
  serverRegistry: { ...SERVER_REGISTRY_OPS, kind: 'serverRegistry' },
  service: { ...SERVICE_OPS, kind: 'service' },
  serviceApplication: { ...SERVICE_APPLICATION_OPS, kind: 'serviceApplication' },
  serviceDatabase: { ...SERVICE_DATABASE_OPS, kind: 'serviceDatabase' },
};

/** The I/O operations of a kind. */
export function opsFor(kind: ResourceKind): KindOps {
  return KIND_OPS[kind];
}
