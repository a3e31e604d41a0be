/**
 * The one-line token preflight of a plan header (issue 18), shared by the human and
 * Markdown renderers: `Coolify 4.3.11 · token: read (inferred; no read:sensitive: 12 fields
 * not verifiable)`.
 */
import type { Preflight } from '../model/plan.js';
import { plural } from './actions.js';

/** The preflight as one plain-text line (renderers escape it); '' for plans without one. */
export function preflightText(preflight: Preflight | undefined): string {
  if (preflight === undefined) return '';
  const notes: string[] = [];
  if (preflight.inferred) notes.push('inferred');
  if (!preflight.abilities.includes('read:sensitive') && !preflight.abilities.includes('root')) {
    const n = preflight.notVerifiable.length;
    notes.push(`no read:sensitive${n > 0 ? `: ${plural(n, 'field')} not verifiable` : ''}`);
  }
  const abilities = preflight.abilities.length > 0 ? preflight.abilities.join(', ') : 'unknown';
  return `Coolify ${preflight.release} · token: ${abilities}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}
