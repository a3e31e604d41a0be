/** The badge element of the dashboard (../model/badges.ts says what each state looks like). */
import type { Badge } from '../model/badges.js';
import { el } from './dom.js';

/** `<span class="badge tone-…">` with the symbol hidden from assistive tech and a description as title. */
export function badgeElement(badge: Badge, prefix = ''): HTMLSpanElement {
  return el(
    'span',
    { class: `badge tone-${badge.tone}`, title: `${badge.text}: ${badge.description}`, 'data-badge': badge.text },
    el('span', { class: 'badge-symbol', 'aria-hidden': 'true' }, badge.symbol),
    prefix ? el('span', { class: 'visually-hidden' }, `${prefix} `) : null,
    badge.text,
  );
}
