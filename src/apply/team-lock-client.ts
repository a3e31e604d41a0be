import type { CoolifyClient } from '../coolify/client.js';
import type { LockClient } from './lock.js';

/**
 * Adapts Coolify's team shared variables (`/team/envs`) to the apply lock. A listing carries
 * Coolify's time of the answer (its `Date` header) and each variable its `updated_at`, so the
 * lock can judge a lease's age by Coolify's clock alone.
 */
export function teamLockClient(client: CoolifyClient): LockClient {
  const api = client.teamSharedEnvs;
  return {
    async list() {
      const records = await api.list('');
      const serverTime = client.serverTime();
      const variables = records.map((r) => {
        const rec = r as Record<string, unknown>;
        return {
          // Shared variables are addressed by integer id only (no uuid column).
          id: String(rec.id ?? ''),
          key: String(rec.key ?? ''),
          value: typeof rec.value === 'string' ? rec.value : rec.value === null ? null : undefined,
          ...(typeof rec.updated_at === 'string' ? { updatedAt: rec.updated_at } : {}),
        };
      });
      return { variables, ...(serverTime === undefined ? {} : { serverTime }) };
    },
    async create(key, value) {
      // SharedEnvironmentVariablesController.php:203-205 answers `201 {id}`.
      const answer = (await api.create('', { key, value, is_literal: true, comment: 'ado-coolify apply lock' })) as { id?: unknown } | undefined;
      const id = answer?.id;
      return typeof id === 'number' || (typeof id === 'string' && id !== '') ? { id: String(id) } : {};
    },
    async update(id, key, value) {
      await api.update('', id, { key, value, is_literal: true });
    },
    async delete(id) {
      await api.delete('', id);
    },
  };
}
