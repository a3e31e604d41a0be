import type { PlanStep } from '../model/plan.js';
import type { StepContext, StepOutcome } from './walker.js';
import type { ApplyRuntime } from './runtime.js';
import { createStep } from './steps/create.js';
import { adoptStep, envStep, moveStep, sharedEnvStep, updateStep } from './steps/modify.js';
import { secondStageStep } from './steps/second-stage.js';
import { deployStep, restartStep } from './steps/lifecycle.js';
import { deleteStep } from './steps/delete.js';

/** Runs one plan step against Coolify. Error messages are redacted by the client. */
export async function executeStep(rt: ApplyRuntime, step: PlanStep, ctx: StepContext): Promise<StepOutcome> {
  switch (step.op) {
    case 'create':
      return createStep(rt, step, ctx);
    case 'update':
      return updateStep(rt, step, ctx);
    case 'env':
      return envStep(rt, step);
    case 'shared-env':
      return sharedEnvStep(rt, step);
    case 'deploy':
    case 'redeploy':
      return deployStep(rt, step, ctx);
    case 'domains':
      return secondStageStep(rt, step);
    case 'restart':
      return restartStep(rt, step, ctx);
    case 'delete':
      return deleteStep(rt, step, ctx);
    case 'move':
      return moveStep(rt, step);
    case 'adopt':
      return adoptStep(rt, step, ctx);
  }
}
