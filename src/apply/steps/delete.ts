import type { PlanStep } from '../../model/plan.js';
import { parseAddress } from '../../model/address.js';
import type { StepContext, StepOutcome } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { AdoError } from '../../errors.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { waitFor } from '../wait.js';
import { pollOptions, waitForGone } from './health.js';
import { deleteStorageBackup } from './storage-backup.js';

/**
 * `delete`: removes a resource we own. Coolify deletes apps, databases and services in a
 * background job, so the step waits until the resource is gone before its parent's delete
 * starts (a project with resources cannot be deleted). A 404 means it is already gone.
 */
export async function deleteStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const live = rt.liveAt(step.address);
  if (!live) return { detail: 'already gone' };
  const c = rt.client;
  const flags = { deleteConfigurations: true, deleteVolumes: rt.options.deleteVolumes ?? true, dockerCleanup: true, deleteConnectedNetworks: true };
  const ownerUuid = (): string => {
    const parent = parseAddress(step.address)?.parent;
    if (!parent) throw new AdoError('ADO_APPLY_MISSING', `cannot find the owner of ${step.address}`);
    return rt.uuidOf(parent);
  };
  try {
    switch (live.kind) {
      case 'application':
        await c.applications.delete(live.uuid, flags);
        if (rt.options.wait) await waitForGone(rt, ctx, step.address, () => c.applications.get(live.uuid));
        break;
      case 'database':
        await c.databases.delete(live.uuid, flags);
        if (rt.options.wait) await waitForGone(rt, ctx, step.address, () => c.databases.get(live.uuid));
        break;
      case 'service':
        await c.services.delete(live.uuid, flags);
        if (rt.options.wait) await waitForGone(rt, ctx, step.address, () => c.services.get(live.uuid));
        break;
      case 'backup':
        await c.databases.backups.delete(ownerUuid(), live.uuid, { deleteS3: false });
        break;
      case 'storage':
        // Coolify refuses to delete a volume with a backup schedule (422, LocalPersistentVolume
        // abortIfScheduledBackupsExist): remove the schedule first; 404 means it has none.
        await deleteStorageBackup(rt, ownerUuid(), live.uuid);
        await c.applications.storages.delete(ownerUuid(), live.uuid);
        break;
      case 'scheduledTask':
        await c.applications.scheduledTasks.delete(ownerUuid(), live.uuid);
        break;
      case 's3Storage':
        await c.s3Storages.delete(live.uuid);
        break;
      case 'environment': {
        const projectUuid = rt.uuidOf(parseAddress(step.address)?.parent ?? '');
        await retryWhileNotEmpty(rt, ctx, step.address, () => c.projects.deleteEnvironment(projectUuid, live.uuid));
        break;
      }
      case 'project':
        await retryWhileNotEmpty(rt, ctx, step.address, () => c.projects.delete(live.uuid));
        break;
    }
  } catch (err) {
    if (!(isCoolifyApiError(err) && err.status === 404)) throw err;
  }
  rt.unregister(step.address);
  return { detail: `deleted ${live.uuid}` };
}

/** Projects and environments refuse deletion (400) while child deletes are still running. */
async function retryWhileNotEmpty(rt: ApplyRuntime, ctx: StepContext, address: string, del: () => Promise<unknown>): Promise<void> {
  await ctx.waiting(waitFor(async () => {
    try {
      await del();
      return { done: true as const, value: undefined };
    } catch (err) {
      if (isCoolifyApiError(err) && err.status === 400 && /resources|not empty/i.test(err.coolifyMessage ?? err.message)) {
        return { done: false as const, status: 'waiting for its resources to be deleted' };
      }
      throw err;
    }
  }, { ...pollOptions(rt, ctx), what: `${address} to become empty` }));
}
