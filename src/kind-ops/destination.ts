/**
 * The I/O operations of destinations (`/destinations`, routes/api.php:178-183; created under
 * their server, `POST /servers/{uuid}/destinations`, :183). Coolify refuses a second
 * destination of the same network on a server (409, DestinationsController.php:238-241) and
 * the delete of one that resources use (409 "Destination has attached resources, detach
 * first.", :391-412); both refusals fail the step with Coolify's message.
 */
import { teamLevelOps } from './team-level.js';

/** Destinations: team-wide by name, read back by uuid. */
export const DESTINATION_OPS = teamLevelOps('destination');
