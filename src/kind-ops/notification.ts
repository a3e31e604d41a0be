/**
 * The I/O operations of notification channels (`/notifications/{channel}`, routes/api.php:75-86).
 * Each channel is a singleton of the team that Coolify creates on first read
 * (NotificationsController.php:217, `firstOrCreate`): read and written by name, never deleted;
 * `--prune` of a channel the manifest dropped switches it off (`team.singleton.pruneBody`).
 */
import { teamLevelOps } from './team-level.js';

/** Notification channels: team-wide singletons, read back by name, pruned by switching off. */
export const NOTIFICATION_OPS = teamLevelOps('notification');
