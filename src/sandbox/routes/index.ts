import { Router } from '../router.js';
import { applicationRoutes } from './applications.js';
import { applicationDestinationRoutes } from './application-destinations.js';
import { servicePartRoutes } from './service-parts.js';
import { auditEventRoutes } from '../audit-events.js';
import { backupRoutes } from './backups.js';
import { cloudTokenRoutes } from './cloud-tokens.js';
import { cloudInitScriptRoutes } from './cloud-init-scripts.js';
import { databaseRoutes } from './databases.js';
import { destinationRoutes } from './destinations.js';
import { deploymentRoutes } from './deployments.js';
import { envVarRoutes } from './env-vars.js';
import { infrastructureRoutes } from './infrastructure.js';
import { projectRoutes } from './projects.js';
import { privateKeyRoutes } from './private-keys.js';
import { notificationRoutes } from './notifications.js';
import { gitAppRoutes } from './git-apps.js';
import { previewRoutes } from './previews.js';
import { rollbackRoutes } from './rollback.js';
import { s3Routes } from './s3-storages.js';
import { secretManagerRoutes } from './secret-managers.js';
import { serverRoutes } from './servers.js';
import { cloudServerRoutes } from './cloud-servers.js';
import { serverSettingRoutes } from './server-settings.js';
import { serverRegistryRoutes } from './server-registries.js';
import { serviceRoutes } from './services.js';
import { sharedEnvRoutes } from './shared-envs.js';
import { subResourceRoutes } from './sub-resources.js';
import { volumeBackupRoutes } from './volume-backups.js';

/** The router with every endpoint the sandbox serves. */
export function buildRouter(): Router {
  const router = new Router();
  router.add(
    ...projectRoutes, ...sharedEnvRoutes, ...applicationRoutes, ...envVarRoutes, ...databaseRoutes, ...backupRoutes,
    ...deploymentRoutes, ...rollbackRoutes, ...serviceRoutes, ...subResourceRoutes, ...volumeBackupRoutes, ...s3Routes, ...privateKeyRoutes, ...serverRoutes, ...cloudServerRoutes, ...serverSettingRoutes, ...infrastructureRoutes,
    ...notificationRoutes,
    ...gitAppRoutes,
    ...auditEventRoutes,
    ...cloudTokenRoutes,
    ...cloudInitScriptRoutes,
    ...destinationRoutes,
    ...applicationDestinationRoutes,
    ...servicePartRoutes,
    ...previewRoutes,
    ...secretManagerRoutes,
    ...serverRegistryRoutes,
  );
  return router;
}
