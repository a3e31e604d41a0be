/**
 * Test fixtures: a resolved manifest exercising every kind, with secrets (a canary) and
 * references, and helpers to lower it and build plans.
 */
import type { ResolvedManifest } from '../../src/manifest/types.js';
import type { DesiredState, LiveState } from '../../src/model/resource.js';
import type { PlanJson } from '../../src/model/plan.js';
import type { TemplateString } from '../../src/model/value.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import { buildPlan, type BuildPlanInput } from '../../src/plan/build.js';
import { addr } from '../helpers/address.js';

/** A value that must never appear in a plan. */
export const CANARY = 'CANARY-SECRET-42';

/** `${secrets.NAME}` resolved to `value`. */
export function secret(name: string, value: string): TemplateString {
  return { $template: [{ secret: name, value }] };
}

/** A manifest with one of everything. */
export function sampleManifest(): ResolvedManifest {
  return {
    version: 1,
    defaults: { server: 'main', tags: ['team-a'] },
    s3Storages: {
      'backups-eu': {
        endpoint: 'https://s3.eu-central-1.amazonaws.com',
        bucket: 'ado-backups',
        region: 'eu-central-1',
        key: secret('AWS_KEY', `${CANARY}-key`),
        secret: secret('AWS_SECRET', `${CANARY}-secret`),
      },
    },
    projects: {
      ado: {
        description: 'ADO platform',
        sharedEnv: { JWT_SECRET: secret('JWT', `${CANARY}-jwt`) },
        environments: {
          production: {
            databases: {
              postgres: {
                type: 'postgresql',
                image: 'postgres:16-alpine',
                database: 'ado',
                user: 'ado',
                password: secret('PG', `${CANARY}-pg`),
                conf: 'max_connections = 200\nshared_buffers = 256MB',
                protect: true,
                healthCheck: { interval: 10 },
                backups: [{ schedule: '0 2 * * *', keepLocally: { days: 7 }, s3: 'backups-eu', databases: ['ado'] }],
              },
              redis: { type: 'redis', image: 'redis:7-alpine', limits: { memory: '512M' } },
            },
            applications: {
              'api-gateway': {
                image: 'ghcr.io/dxheroes/ado/api-gateway:1.4.2',
                ports: [3000, 3001],
                domains: ['https://api.ado.example.com/', 'https://API2.ado.example.com'],
                env: {
                  DATABASE_URL: { $template: [{ ref: addr('ado/production/database/postgres'), attr: 'internalUrl' }] },
                  JWT_SECRET: secret('JWT', `${CANARY}-jwt`),
                  NODE_ENV: 'production',
                  PORT: 3000,
                },
                healthCheck: { path: '/health', port: 3000, interval: 30, timeout: 10 },
                limits: { cpus: 2, memory: '2048M' },
                preDeploy: 'npm run migrate',
                scheduledTasks: { cleanup: { command: 'npm run gc', frequency: '0 * * * *' } },
                storages: { data: { mountPath: '/data' } },
              },
              dashboard: {
                git: {
                  repository: 'https://github.com/dxheroes/ado.git',
                  branch: 'main',
                  buildPack: 'dockerfile',
                  dockerfile: 'packages/dashboard/Dockerfile',
                  autoDeploy: true,
                  webhookSecret: secret('HOOK', `${CANARY}-hook`),
                },
                previews: { enabled: true, urlTemplate: 'pr-{{pr_id}}.preview.ado.example.com', env: { API_URL: 'https://pr.api' } },
                env: { API_URL: 'https://api.ado.example.com' },
                dependsOn: ['api-gateway'],
              },
              worker: { image: 'ghcr.io/dxheroes/ado/worker', replicas: 2, env: { QUEUE: 'jobs' } },
            },
            services: { plausible: { type: 'plausible', env: { BASE_URL: 'https://stats.example.com' } } },
          },
          staging: { description: 'Staging' },
        },
      },
    },
  };
}

/** The sample manifest lowered. */
export function sampleDesired(): DesiredState {
  return buildDesiredState(sampleManifest(), [
    { from: addr('ado/production/application/api-gateway'), to: addr('ado/production/database/postgres'), reason: 'reference', via: 'env.DATABASE_URL' },
    { from: addr('ado/production/application/dashboard'), to: addr('ado/production/application/api-gateway'), reason: 'dependsOn' },
    { from: addr('ado/production/application/worker'), to: addr('ado/production/database/redis'), reason: 'dependsOn' },
  ]);
}

/** An empty live state. */
export function emptyLive(canReadSensitive = true): LiveState {
  return {
    coolifyUrl: 'https://coolify.test',
    coolifyVersion: '4.3.11',
    canReadSensitive,
    resources: [],
    lookups: { servers: [{ uuid: 'srv-main', name: 'main' }], destinations: [], githubApps: [], privateKeys: [] },
  };
}

/** buildPlan with fixed metadata. */
export function plan(desired: DesiredState, live: LiveState, extra: Partial<BuildPlanInput> = {}): PlanJson {
  return buildPlan({
    desired,
    live,
    manifestPath: 'ado.coolify.yaml',
    manifestHash: 'sha256:test',
    toolVersion: '0.1.0',
    hashKey: new Uint8Array([1, 2, 3, 4]),
    now: new Date('2026-01-01T00:00:00Z'),
    ...extra,
  });
}
