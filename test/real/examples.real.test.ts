/**
 * Every example manifest (`examples/*.yaml`) against the real Coolify, transformed for the
 * seeded instance (server `localhost`, no S3, no GitHub App: both need the network): the whole main cycle.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCycle, type CycleSpec } from './cycle.js';
import { ROOT, type RealApi } from './harness.js';

const ports = (api: RealApi, uuid: string) => api.request('PATCH', `/applications/${uuid}`, { ports_exposes: '9999' });

/** One spec per example: the out-of-band change drift must find, and the resource to delete. */
const SPECS: Record<string, Omit<CycleSpec, 'file'>> = {
  'app-and-database.yaml': {
    drift: { env: 'production', section: 'applications', name: 'ghost', change: ports, field: 'ports' },
    remove: { env: 'production', section: 'applications', name: 'ghost' },
  },
  'backups-to-s3.yaml': {
    drift: { env: 'production', section: 'applications', name: 'uploads', change: ports, field: 'ports' },
    remove: { env: 'production', section: 'applications', name: 'uploads' },
  },
  'git-app-with-previews.yaml': {
    drift: { env: 'production', section: 'applications', name: 'web', change: ports, field: 'ports' },
    remove: { env: 'production', section: 'applications', name: 'web' },
  },
  'multi-environment.yaml': {
    drift: {
      env: 'production',
      section: 'applications',
      name: 'api',
      change: (api, uuid) => api.request('PATCH', `/applications/${uuid}`, { limits_memory: '3g' }),
      field: 'limits.memory',
    },
    remove: { env: 'staging', section: 'applications', name: 'api' },
  },
  'private-keys.yaml': {
    drift: { env: 'production', section: 'applications', name: 'status', change: ports, field: 'ports' },
    remove: { env: 'production', section: 'applications', name: 'status' },
  },
  'serve-controller.yaml': {
    drift: { env: 'production', section: 'applications', name: 'controller', change: ports, field: 'ports' },
    remove: { env: 'production', section: 'applications', name: 'controller' },
  },
  'services.yaml': {
    drift: {
      env: 'production',
      section: 'services',
      name: 'umami',
      change: (api, uuid) => api.request('PATCH', `/services/${uuid}/envs`, { key: 'DISABLE_TELEMETRY', value: '0' }),
      field: 'DISABLE_TELEMETRY',
    },
    remove: { env: 'production', section: 'services', name: 'uptime' },
    // The Umami service's scheduled task, under the service's own route.
    stored: async (api, resources) => {
      const umami = (await resources('production')).get('service/umami');
      expect(umami, 'service/umami in GET /projects/{uuid}/production').toBeDefined();
      const tasks = await api.request('GET', `/services/${umami!.uuid}/scheduled-tasks`);
      expect(tasks.status).toBe(200);
      const got = (tasks.body as Array<Record<string, unknown>>).map((t) => [t.name, t.command, t.frequency, t.container, t.enabled, t.timeout]);
      expect(got).toEqual([['vacuum', 'vacuumdb --all --analyze', '0 4 * * 0', 'postgresql', true, 300]]);
    },
  },
  'whole-instance.yaml': {
    // Two projects: the drift is in the first (shop), the delete in the second (tools).
    drift: { env: 'production', section: 'applications', name: 'api', change: ports, field: 'ports' },
    remove: { project: 'tools', env: 'production', section: 'services', name: 'uptime' },
  },
};

const files = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort();

describe('the real suite covers every example', () => {
  it('has a cycle spec for each examples/*.yaml', () => {
    expect(Object.keys(SPECS).sort()).toEqual(files);
  });
});

for (const file of files) {
  const spec = SPECS[file];
  if (spec) defineCycle({ file: `examples/${file}`, ...spec });
}
