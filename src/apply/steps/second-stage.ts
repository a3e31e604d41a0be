/**
 * `domains`: the second stage of a resource's apply. The changes Coolify takes only after the
 * resource's first deploy (FieldChange.afterDeploy — a compose application's domains, which
 * Coolify 4.3.11 refuses with a 422 until it has read the compose file from the repository,
 * ApplicationsController.php:2960-2968) are PATCHed once the `deploy` step has run; the
 * `redeploy` step after it makes them take effect (the proxy labels come from the deploy).
 */
import type { PlanStep } from '../../model/plan.js';
import { buildUpdateBody, updateEndpoint } from '../../kinds/payload.js';
import { AdoError } from '../../errors.js';
import { payloadContextFor } from '../payload-context.js';
import type { StepOutcome } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import { readBack } from './read-back.js';

/** PATCHes the second-stage changes of one resource. */
export async function secondStageStep(rt: ApplyRuntime, step: PlanStep): Promise<StepOutcome> {
  const resource = rt.desiredByAddress.get(step.address);
  const live = rt.liveAt(step.address);
  if (!resource || !live) throw new AdoError('ADO_APPLY_MISSING', `${step.address} does not exist in Coolify`, { hint: 'a step it depends on did not run; re-run apply' });
  const late = (rt.changes.get(step.address)?.changes ?? []).filter((c) => c.afterDeploy === true);
  const pctx = await payloadContextFor(rt, resource);
  const body = buildUpdateBody(resource, { changes: late, uuid: live.uuid }, pctx);
  if (Object.keys(body).length === 0) return { detail: 'nothing to PATCH' };
  await rt.client.send(updateEndpoint(resource, live.uuid, pctx), body);
  rt.register({ ...(await readBack(rt, resource, live.uuid)), env: live.env, sharedEnv: live.sharedEnv });
  return { detail: `set ${late.map((c) => c.label).join(', ')} after the first deploy` };
}
