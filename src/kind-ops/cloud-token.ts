/**
 * The I/O operations of cloud provider tokens (`/cloud-tokens`, routes/api.php:124-129).
 * Coolify checks a token against its provider before storing it (store, 400 "Invalid {provider}
 * token." otherwise: CloudProviderTokensController.php:286-291) and refuses to delete one that
 * servers use (400, :491-493); both refusals fail the step with Coolify's message.
 */
import { teamLevelOps } from './team-level.js';

/** Cloud tokens: team-wide, read back by uuid. */
export const CLOUD_TOKEN_OPS = teamLevelOps('cloudToken');
