import type { PlanStep } from '../../model/plan.js';
import type { DesiredResource, LiveResource } from '../../model/resource.js';
import type { StepContext, StepOutcome } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { buildCreateRequest, matchesLive, updateEndpoint, type PayloadContext } from '../../kinds/payload.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { AdoError } from '../../errors.js';
import { specFor } from '../../kinds/registry.js';
import { opsFor } from '../../kind-ops/registry.js';
import { payloadContextFor } from '../payload-context.js';
import { readBack, listKind } from './read-back.js';
import { followWrite } from './follow-write.js';

/** True when a POST's answer was lost: it may or may not have been carried out. */
function answerLost(err: unknown): boolean {
  return isCoolifyApiError(err) && (err.failure === 'network' || err.failure === 'timeout' || err.failure === 'too-large' || err.failure === 'empty' || err.failure === 'invalid-json' || err.failure === 'html' || (err.status !== undefined && err.status >= 500));
}

/**
 * `create`: sends the create request, reads the new resource back (so later steps see its
 * uuid and connection URLs), sends a follow-up PATCH for PATCH-only fields, then the kind's
 * follow-up work (`KindOps.afterWrite`: start a database, a volume's backup schedule, an S3
 * check) and, where the kind asks, waits for health. If the answer to the POST is lost, the
 * resource is looked up by address and ownership before anything is created again: never a
 * duplicate.
 */
export async function createStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const resource = rt.desiredByAddress.get(step.address);
  if (!resource) throw new AdoError('ADO_APPLY_INTERNAL', `no desired resource at ${step.address}`);
  const ops = opsFor(resource.kind);
  const existing = rt.liveAt(step.address);
  if (ops.existsWithParent && existing) return { detail: 'exists (created with the project)' };
  if (existing && existing.owned) return { detail: `already exists (${existing.uuid})` };

  const pctx = await payloadContextFor(rt, resource);
  const request = buildCreateRequest(resource, pctx);
  if (ops.findMadeWithOwner) return patchMadeWithOwner(rt, step, ctx, resource, pctx, request.body);
  let uuid: string;
  try {
    const answer = await rt.client.send<Record<string, unknown>>(request.endpoint, request.body);
    uuid = String(answer.uuid ?? specFor(resource.kind).createdKey?.(resource) ?? '');
    if (!uuid) throw new AdoError('ADO_CREATE_NO_UUID', `Coolify created ${step.address} but returned no uuid`);
  } catch (err) {
    if (ops.onCreateConflict && isCoolifyApiError(err) && err.status === 409) {
      uuid = await ops.onCreateConflict(rt, resource);
    } else if (answerLost(err)) {
      ctx.log.warn(`the answer to creating ${step.address} was lost; looking it up before trying again`);
      const found = await findCreated(rt, resource);
      if (!found) throw err;
      uuid = found;
      ctx.log.info(`found it (${uuid}): it was created`);
    } else throw err;
  }

  rt.register(await readBack(rt, resource, uuid));
  if (request.followUp) {
    await rt.client.send(updateEndpoint(resource, uuid, { projectUuid: pctx.projectUuid, ownerUuid: pctx.ownerUuid }), request.followUp);
  }
  const after = await followWrite(rt, ctx, step, { resource, uuid, pctx, created: true, changedPaths: [] });
  return { detail: [uuid, ...after].join(', ') };
}

/**
 * The "create" of a record Coolify made with its owner (a new service's application, from its
 * compose): found under the owner by name and PATCHed with every declared field.
 */
async function patchMadeWithOwner(rt: ApplyRuntime, step: PlanStep, ctx: StepContext, resource: DesiredResource, pctx: PayloadContext, body: Record<string, unknown>): Promise<StepOutcome> {
  const uuid = await opsFor(resource.kind).findMadeWithOwner?.(rt, resource);
  if (uuid === undefined || uuid === '') {
    throw new AdoError('ADO_APPLY_MISSING', `${step.address}: Coolify made no ${resource.kind} named ${resource.name} from its owner's compose`, {
      hint: 'name one of the compose file’s services (plan again to see the names Coolify has), or drop the entry',
    });
  }
  if (Object.keys(body).length > 0) await rt.client.send(updateEndpoint(resource, uuid, { projectUuid: pctx.projectUuid, ownerUuid: pctx.ownerUuid }), body);
  rt.register(await readBack(rt, resource, uuid));
  const after = await followWrite(rt, ctx, step, { resource, uuid, pctx, created: true, changedPaths: [] });
  return { detail: [`${uuid} (made by Coolify, settings set)`, ...after].join(', ') };
}

/** Looks for a resource we created whose answer was lost: same address, our ownership, uuid not seen before. */
async function findCreated(rt: ApplyRuntime, resource: DesiredResource): Promise<string | undefined> {
  const known = new Set(rt.live.resources.map((r) => r.uuid));
  const candidates: LiveResource[] = await listKind(rt, resource);
  const matches = candidates.filter((c) => !known.has(c.uuid) && matchesLive(resource, c));
  if (matches.length > 1) {
    throw new AdoError('ADO_DUPLICATE_CREATED', `${resource.address} exists ${matches.length} times after a lost answer: ${matches.map((m) => m.uuid).join(', ')}`, {
      hint: 'delete the extra ones in Coolify, then re-run apply',
    });
  }
  return matches[0]?.uuid;
}
