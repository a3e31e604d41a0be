import type { PlanStep } from '../../model/plan.js';
import { environmentOf } from '../../model/address.js';
import type { StepContext, StepOutcome } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { buildAdoptRequest, buildUpdateBody, updateEndpoint } from '../../kinds/payload.js';
import { buildEnvUpsert, buildSharedEnvUpsert } from '../../diff/env-upsert.js';
import { AdoError } from '../../errors.js';
import { payloadContextFor } from '../payload-context.js';
import { readBack } from './read-back.js';
import { opsFor } from '../../kind-ops/registry.js';
import { followWrite } from './follow-write.js';

function desiredAt(rt: ApplyRuntime, step: PlanStep) {
  const resource = rt.desiredByAddress.get(step.address);
  if (!resource) throw new AdoError('ADO_APPLY_INTERNAL', `no desired resource at ${step.address}`);
  return resource;
}

function liveAt(rt: ApplyRuntime, step: PlanStep) {
  const live = rt.liveAt(step.address);
  if (!live) throw new AdoError('ADO_APPLY_MISSING', `${step.address} does not exist in Coolify`, { hint: 'a step it depends on did not run; re-run apply' });
  return live;
}

/**
 * `update`: PATCHes the changed fields (full records where Coolify needs them), then the
 * kind's follow-up (`KindOps.afterWrite`): a storage's declared volume backup schedule is
 * re-sent (it cannot be read back, so the plan shows it with every storage update and the PUT
 * replaces whatever Coolify holds); an S3 storage whose connection changed is checked again.
 */
export async function updateStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const resource = desiredAt(rt, step);
  const live = liveAt(rt, step);
  const change = rt.changes.get(step.address);
  const pctx = await payloadContextFor(rt, resource);
  if (typeof live.fields['description'] === 'string') pctx.liveDescription = live.fields['description'];
  // Changes of the second stage wait for the first deploy (steps/second-stage.ts).
  const firstStage = (change?.changes ?? []).filter((c) => c.afterDeploy !== true);
  const body = buildUpdateBody(resource, { changes: firstStage, uuid: live.uuid }, pctx);
  if (Object.keys(body).length > 0) await rt.client.send(updateEndpoint(resource, live.uuid, pctx), body);
  const after = await followWrite(rt, ctx, step, { resource, uuid: live.uuid, pctx, created: false, changedPaths: (change?.changes ?? []).map((c) => c.path) });
  const suffix = after.map((s) => `; ${s}`).join('');
  if (Object.keys(body).length === 0) return { detail: `nothing to PATCH${suffix}` };
  rt.register({ ...(await readBack(rt, resource, live.uuid)), env: live.env, sharedEnv: live.sharedEnv });
  return { detail: `updated ${Object.keys(body).length} field${Object.keys(body).length === 1 ? '' : 's'}${suffix}` };
}

/**
 * `env`: upserts every desired env var (full records: Coolify's PATCH is not partial) and
 * deletes the keys we own that the manifest dropped. Keys we do not own stay.
 *
 * Production items go in one bulk call and preview items in a second: Coolify's bulk upsert
 * looks each item up in relation lists it loads once per request, so a preview item in the same
 * call as a new production key misses that key's automatic preview copy and creates a second
 * preview row (ApplicationsController.php:3596/3620, EnvironmentVariable.php:95-120).
 */
export async function envStep(rt: ApplyRuntime, step: PlanStep): Promise<StepOutcome> {
  const resource = desiredAt(rt, step);
  const live = liveAt(rt, step);
  const envs = opsFor(live.kind).envs?.(rt.client);
  if (!envs) throw new AdoError('ADO_APPLY_INTERNAL', `${live.kind} has no env vars`);
  const { upsert, deleteUuids } = buildEnvUpsert(resource, live, rt.refs());
  // Deletes first: when a key has duplicate rows, the bulk upsert below updates whichever row
  // Coolify finds first, so the extras must be gone before it runs.
  for (const id of deleteUuids) await envs.delete(live.uuid, id);
  const production = upsert.filter((r) => r.is_preview !== true);
  const previews = upsert.filter((r) => r.is_preview === true);
  if (production.length > 0) await envs.bulkUpsert(live.uuid, production);
  if (previews.length > 0) await envs.bulkUpsert(live.uuid, previews);
  return { detail: `${upsert.length} set, ${deleteUuids.length} removed` };
}

/** `shared-env`: creates, updates and removes (ours only) project or environment shared variables. */
export async function sharedEnvStep(rt: ApplyRuntime, step: PlanStep): Promise<StepOutcome> {
  const resource = desiredAt(rt, step);
  const live = liveAt(rt, step);
  const api = opsFor(live.kind).sharedEnvs?.(rt, live);
  if (!api) throw new AdoError('ADO_APPLY_INTERNAL', `${live.kind} has no shared variables`);
  const scope = live.uuid;
  const current = live.sharedEnv ?? [];
  const { upsert, deleteUuids } = buildSharedEnvUpsert(resource, live, rt.refs());
  for (const record of upsert) {
    const existing = current.find((v) => v.key === record.key);
    if (existing) await api.update(scope, existing.uuid, record);
    else await api.create(scope, record);
  }
  for (const id of deleteUuids) await api.delete(scope, id);
  return { detail: `${upsert.length} set, ${deleteUuids.length} removed` };
}

/** `move`: moves an application, database or service to its declared environment. */
export async function moveStep(rt: ApplyRuntime, step: PlanStep): Promise<StepOutcome> {
  const resource = desiredAt(rt, step);
  const change = rt.changes.get(step.address);
  const uuid = change?.uuid ?? rt.uuidOf(step.address);
  const environment = environmentOf(step.address);
  if (!environment) throw new AdoError('ADO_APPLY_INTERNAL', `${step.address} lies in no environment`);
  const target = rt.uuidOf(environment);
  const move = opsFor(resource.kind).move;
  if (!move) throw new AdoError('ADO_APPLY_INTERNAL', `${resource.kind} cannot be moved`);
  await move(rt.client, uuid, target);
  rt.register(await readBack(rt, resource, uuid));
  return { detail: `moved to ${environment}` };
}

/** `adopt`: marks an existing, untagged resource as ours; changes nothing else. */
export async function adoptStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  const resource = desiredAt(rt, step);
  const live = liveAt(rt, step);
  const pctx = await payloadContextFor(rt, resource);
  const request = buildAdoptRequest(resource, live, pctx);
  if (!request) return { detail: 'owned through its parent' };
  await rt.client.send(request.endpoint, request.body);
  if (request.tagNames.length > 0) {
    const tags = opsFor(live.kind).tags?.(rt.client);
    if (tags) await tags.add(live.uuid, request.tagNames);
    else ctx.log.info('no tags on this kind; the description marks it');
  }
  rt.register({ ...live, owned: true });
  return { detail: `adopted ${live.uuid}` };
}
