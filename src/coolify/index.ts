// The Coolify API client: re-exports only.
export * from './client.js';
export * from './connection.js';
export * from './api-error.js';
export * from './capabilities.js';
export * from './types.js';
export type { RequestStats, EndpointStats } from './request-stats.js';
export type { EnvApi, SharedEnvApi, TagApi, StorageApi, StorageBackupApi, ScheduledTaskApi, ResourceCollection } from './sub-resource-apis.js';
export type { ApplicationsApi, DatabasesApi, DatabaseBackupsApi, ServicesApi, LogsOptions } from './resource-apis.js';
export type { HttpMethod } from './retry-policy.js';
export type { RateLimitWaitReason } from './rate-limiter.js';
