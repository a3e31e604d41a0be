import type { PlanJson } from '../model/plan.js';
import { renderPlanHuman, renderPlanMarkdown, renderPlanJson, shouldUseColor } from '../render/index.js';

/** Prints a plan to stdout in the chosen format. */
export function printPlan(plan: PlanJson, format: 'human' | 'markdown' | 'json', colorAllowed: boolean): void {
  if (format === 'json') process.stdout.write(renderPlanJson(plan));
  else if (format === 'markdown') process.stdout.write(`${renderPlanMarkdown(plan)}\n`);
  else process.stdout.write(renderPlanHuman(plan, { color: colorAllowed && shouldUseColor(process.stdout, process.env) }));
}
