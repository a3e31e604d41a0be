/**
 * Health in plans and drift reports: quiet for Healthy resources, a badge and a section for
 * the ones that need attention (Degraded, Progressing). Names from src/model/health.ts.
 */
import { healthNeedsAttention, type Health } from '../model/health.js';
import type { PlanJson, ResourceChange } from '../model/plan.js';
import type { Palette } from './color.js';
import { inlineCode, oneLine } from './sanitize.js';

/** One resource that needs attention. */
export interface HealthAttention {
  address: string;
  health: Health;
}

/** The existing resources of a plan whose health needs attention, in plan order. */
export function healthAttention(plan: Pick<PlanJson, 'resourceChanges'>): HealthAttention[] {
  return plan.resourceChanges.filter((rc) => healthNeedsAttention(rc.health)).map((rc) => ({ address: rc.address, health: rc.health! }));
}

/** The badge of one resource block (`health: Degraded`), or undefined when its health is quiet. */
export function healthBadge(rc: Pick<ResourceChange, 'health'>): string | undefined {
  return healthNeedsAttention(rc.health) ? `health: ${rc.health}` : undefined;
}

/** `Not healthy (N):` then one resource a line, and a blank line; nothing when all are quiet. */
export function healthLines(plan: Pick<PlanJson, 'resourceChanges'>, p: Palette): string[] {
  const list = healthAttention(plan);
  if (list.length === 0) return [];
  const lines = [p.strong(`Not healthy in Coolify (${list.length}):`)];
  for (const a of list) lines.push(`  ${p.warning('!')} ${oneLine(a.address)} ${p.comment(`(${a.health})`)}`);
  return [...lines, ''];
}

/** The Markdown section of the same list ('' when all are quiet). */
export function healthSection(plan: Pick<PlanJson, 'resourceChanges'>): string {
  const list = healthAttention(plan);
  if (list.length === 0) return '';
  return `\n#### Not healthy in Coolify (${list.length})\n\n${list.map((a) => `- ${inlineCode(a.address)} **${a.health}**`).join('\n')}\n`;
}
