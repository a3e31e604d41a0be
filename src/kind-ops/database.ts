/** The I/O operations of standalone databases. */
import type { KindOps, Rec } from './types.js';
import { placedOps } from './placed.js';

/**
 * Databases: a created database is started (Coolify creates it stopped unless
 * `instant_deploy`), and the apply waits for it to be healthy. Start is not idempotent in
 * Coolify ("Database is already running." is a 400): the client's start treats that as done.
 */
export const DATABASE_OPS: KindOps = {
  // The list answer carries each database's backup configs: not part of the record compared.
  ...placedOps('database', (c) => c.databases, ({ backup_configs: _b, ...r }: Rec) => r),
  deploy: { mode: 'start', startWhenStopped: null, recordsDeployments: false, rollback: null },
  status: { kind: 'database', get: (c, uuid) => c.databases.get(uuid), list: (c) => c.databases.list() },
  afterWrite: async (ctx, done) => {
    if (!done.created) return {};
    await ctx.client.databases.start(done.uuid);
    return { waitHealthy: true };
  },
};
