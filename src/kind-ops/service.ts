/** The I/O operations of services (one-click templates and compose stacks). */
import type { CoolifyClient } from '../coolify/client.js';
import { isCoolifyApiError } from '../coolify/api-error.js';
import type { KindOps } from './types.js';
import { placedOps } from './placed.js';

/**
 * A service that is not running is started through `POST /services/{uuid}/start`, which queues
 * StartService (ServicesController.php:2092-2095) and answers at once, where `/deploy` runs it
 * inside the request, writing the compose files to the server over SSH first
 * (DeployController.php:571). A running one goes through `/deploy` (`docker compose up` of the
 * changed containers): start refuses it with 400 "Service is already running."
 * (ServicesController.php:2092), and restart would stop every container first. False when
 * start says it is already running (the status read was stale): the caller deploys instead.
 */
async function startWhenStopped(client: CoolifyClient, uuid: string): Promise<boolean> {
  try {
    await client.services.start(uuid);
    return true;
  } catch (err) {
    if (isCoolifyApiError(err) && err.status === 400 && /already running/i.test(err.coolifyMessage ?? '')) return false;
    throw err;
  }
}

/** Services: started when stopped, otherwise deployed through `/deploy` without a deployment uuid. */
export const SERVICE_OPS: KindOps = {
  ...placedOps('service', (c) => c.services),
  deploy: { mode: 'start', startWhenStopped, recordsDeployments: false, rollback: null },
  status: { kind: 'service', get: (c, uuid) => c.services.get(uuid), list: (c) => c.services.list() },
  afterWrite: null,
};
