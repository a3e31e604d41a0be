/** The clock of day-2 commands, controllable for tests through `ADO_COOLIFY_NOW`. */
import { AdoError } from '../errors.js';

/**
 * Returns "now" in epoch ms: `ADO_COOLIFY_NOW` (an ISO date, for testing only: it lets tests
 * decide which previews are old and when a cooldown has passed) or the system clock.
 */
export function nowFromEnv(env: Record<string, string | undefined>): number {
  const text = env.ADO_COOLIFY_NOW;
  if (text === undefined || text === '') return Date.now();
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new AdoError('ADO_BAD_NOW', `ADO_COOLIFY_NOW is not an ISO date: "${text}"`, {
      hint: 'use e.g. ADO_COOLIFY_NOW=2025-01-31T12:00:00Z (meant for tests), or unset it',
    });
  }
  return ms;
}
