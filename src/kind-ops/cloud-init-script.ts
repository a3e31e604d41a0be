/**
 * The I/O operations of cloud-init scripts (`/cloud-init-scripts`, routes/api.php:131-135).
 * Coolify refuses a script that is neither a `#!` script nor YAML (422, ValidCloudInitYaml);
 * a delete is never refused (CloudInitScriptsController.php:255-280): servers keep no link to
 * the script they were bought with, only its text went to the provider.
 */
import { teamLevelOps } from './team-level.js';

/** Cloud-init scripts: team-wide, read back by uuid. */
export const CLOUD_INIT_SCRIPT_OPS = teamLevelOps('cloudInitScript');
