/**
 * The I/O operations of private keys (`/security/keys`, routes/api.php:117-122). Keys are
 * team-wide and deleted at once (`forceDelete`, SecurityController.php:442); Coolify refuses to
 * delete a key a server, application or Git App still uses (422, SecurityController.php:433-438),
 * and that refusal fails the step with Coolify's message.
 */
import { teamLevelOps } from './team-level.js';

/** Private keys: team-wide, read back by uuid, compared through their fingerprint. */
export const PRIVATE_KEY_OPS = teamLevelOps('privateKey');
