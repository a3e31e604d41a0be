import type { CoolifyClient } from '../coolify/client.js';
import type { LockClient } from './lock.js';

/** Adapts Coolify's team shared variables (`/team/envs`) to the apply lock. */
export function teamLockClient(client: CoolifyClient): LockClient {
  const api = client.teamSharedEnvs;
  return {
    async list() {
      const records = await api.list('');
      return records.map((r) => {
        const rec = r as Record<string, unknown>;
        return {
          // Shared variables are addressed by integer id only (no uuid column).
          id: String(rec.id ?? ''),
          key: String(rec.key ?? ''),
          value: typeof rec.value === 'string' ? rec.value : rec.value === null ? null : undefined,
        };
      });
    },
    async create(key, value) {
      await api.create('', { key, value, is_literal: true, comment: 'ado-coolify apply lock' });
    },
    async update(id, key, value) {
      await api.update('', id, { key, value, is_literal: true });
    },
    async delete(id) {
      await api.delete('', id);
    },
  };
}
