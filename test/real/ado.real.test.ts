/**
 * The ADO manifest against the real Coolify (seeded server `localhost`, no S3): the whole main
 * cycle, plus what Coolify stores for the API gateway.
 */
import { expect } from 'vitest';
import { defineCycle } from './cycle.js';

defineCycle({
  file: 'ado.coolify.yaml',
  stored: async (api, resources, secrets) => {
    const gw = (await resources('production')).get('application/api-gateway');
    const app = await api.get<Record<string, unknown>>(`/applications/${gw!.uuid}`);
    expect(app).toMatchObject({
      docker_registry_image_name: 'ghcr.io/dxheroes/ado/api-gateway',
      docker_registry_image_tag: '1.4.2',
      health_check_path: '/health',
      ports_exposes: '3000,3001',
      pre_deployment_command: 'npm run migrate',
    });
    const envs = await api.get<Array<{ key: string; value: string; is_preview: boolean }>>(`/applications/${gw!.uuid}/envs`);
    // The secret reaches Coolify (and only Coolify).
    expect(envs.find((e) => e.key === 'JWT_SECRET' && !e.is_preview)?.value).toBe(secrets['JWT_SECRET']);
    const pg = (await resources('production')).get('database/postgres');
    expect(envs.find((e) => e.key === 'DATABASE_URL' && !e.is_preview)?.value).toContain(`@${pg!.uuid}:5432/ado`);
  },
  drift: {
    env: 'production',
    section: 'applications',
    name: 'api-gateway',
    change: (api, uuid) => api.request('PATCH', `/applications/${uuid}`, { limits_memory: '3g' }),
    field: 'limits.memory',
  },
  remove: { env: 'production', section: 'applications', name: 'prometheus' },
});
