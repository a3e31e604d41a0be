/**
 * Rolling an application back through Coolify's rollback endpoint (POST
 * /applications/{uuid}/rollback, ApplicationsController.php:5575-5647): it queues a deployment
 * of the given `commit` with `rollback: true`, which for a docker-image application is the
 * registry image tag to run and otherwise the git commit to check out (Application.php:1431-1433).
 */
import type { CoolifyClient } from '../coolify/client.js';
import type { Rec, RollbackOps } from './types.js';

/** A commit that names no version: Coolify's "whatever the branch points at". */
const NO_COMMIT = 'HEAD';

/**
 * The version an application ran before the apply: a docker-image application's image tag as
 * it was read before any write; otherwise the commit of its last finished deployment (newest
 * first, `GET /deployments/applications/{uuid}`), when that names one.
 */
async function previousVersion(client: CoolifyClient, uuid: string, before: Rec | undefined): Promise<string | null> {
  const tag = before?.['docker_registry_image_tag'];
  if (before?.['build_pack'] === 'dockerimage') return typeof tag === 'string' && tag !== '' ? tag : null;
  const page = await client.deployments.forApplication(uuid, { take: 20 });
  for (const d of page.deployments ?? []) {
    const record = d as Rec;
    if (record['status'] !== 'finished' || Number(record['pull_request_id'] ?? 0) > 0) continue;
    const commit = record['commit'];
    return typeof commit === 'string' && commit !== '' && commit !== NO_COMMIT ? commit : null;
  }
  return null;
}

/** The rollback operations of applications. */
export const APPLICATION_ROLLBACK: RollbackOps = {
  previousVersion,
  async run(client, uuid, version) {
    const answer = await client.applications.rollback(uuid, version);
    return { deploymentUuid: answer.deployment_uuid, message: answer.message };
  },
};
