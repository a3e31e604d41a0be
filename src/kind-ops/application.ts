/** The I/O operations of applications. */
import type { KindOps } from './types.js';
import { placedOps } from './placed.js';
import { APPLICATION_ROLLBACK } from './application-rollback.js';
import { sendSecretManager } from './secret-manager.js';

/** Applications: deployed through `/deploy`, with a deployment to wait for. */
export const APPLICATION_OPS: KindOps = {
  ...placedOps('application', (c) => c.applications),
  deploy: { mode: 'deployment', startWhenStopped: null, recordsDeployments: true, rollback: APPLICATION_ROLLBACK },
  status: { kind: 'application', get: (c, uuid) => c.applications.get(uuid), list: (c) => c.applications.list() },
  // Coolify 4.4: the declared secret manager, re-sent with every write (it cannot be read back).
  afterWrite: sendSecretManager,
};
