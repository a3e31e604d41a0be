/** Compose `deploy.resources` / `mem_limit` / `cpus` → manifest `limits`. */
import type { LimitsSpec } from '../manifest/types.js';
import type { ImportContext } from './context.js';
import { substituteDefaults } from './interpolate.js';
import type { ComposeService } from './model.js';
import { normalizeCpus, normalizeMemory } from './units.js';

/** The limits of a service, or undefined; unparsable values are reported. */
export function mapLimits(service: ComposeService, where: string, ctx: ImportContext): LimitsSpec | undefined {
  const out: LimitsSpec = {};
  const raw = service.limits;
  if (raw?.cpus !== undefined) {
    const cpus = normalizeCpus(substituteDefaults(raw.cpus));
    if (cpus !== undefined) out.cpus = /^\d+$/.test(String(cpus)) ? Number(cpus) : cpus;
    else ctx.report.review.push(`${where}: cpu limit \`${raw.cpus}\` not understood; set \`limits.cpus\` by hand`);
  }
  if (raw?.memory !== undefined) {
    const memory = normalizeMemory(substituteDefaults(raw.memory));
    if (memory !== undefined) out.memory = memory;
    else ctx.report.review.push(`${where}: memory limit \`${raw.memory}\` not understood; set \`limits.memory\` by hand`);
  }
  if (service.reservations?.memory !== undefined) {
    const memory = normalizeMemory(substituteDefaults(service.reservations.memory));
    if (memory !== undefined) out.memoryReservation = memory;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
