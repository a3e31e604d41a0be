/**
 * The timeline of past cycles: an SVG bar chart (../model/chart.ts) of duration and outcome, and
 * the same cycles as a table with their steps under a disclosure.
 */
import { outcomeBadge, resultBadge } from '../model/badges.js';
import { formatDuration, timelineChart } from '../model/chart.js';
import type { HistoryCycle } from '../model/contract.js';
import { shortSha } from '../model/time.js';
import { badgeElement } from './badge.js';
import { byId, el, render, svg } from './dom.js';

function chart(cycles: readonly HistoryCycle[], width: number): SVGSVGElement {
  const c = timelineChart(cycles, { width, height: 200 });
  return svg(
    'svg',
    { class: 'timeline', viewBox: `0 0 ${c.width} ${c.height}`, width: c.width, height: c.height, role: 'img', 'aria-labelledby': 'timeline-title' },
    svg('title', { id: 'timeline-title' }, `Duration and outcome of the last ${c.bars.length} cycles, oldest first; the longest scale mark is ${formatDuration(c.maxMs)}`),
    ...c.ticks.flatMap((t) => [
      svg('line', { x1: c.plot.left, x2: c.plot.left + c.plot.width, y1: t.y, y2: t.y, class: 'grid' }),
      svg('text', { x: c.plot.left - 6, y: t.y + 4, class: 'tick', 'text-anchor': 'end' }, t.label),
    ]),
    ...c.bars.map((b) =>
      svg('rect', { x: b.x, y: b.y, width: b.width, height: b.height, class: `bar tone-${b.tone}`, 'data-cycle': b.cycle }, svg('title', {}, b.label)),
    ),
    c.bars.length > 0 ? svg('text', { x: c.plot.left, y: c.height - 6, class: 'tick' }, `cycle ${c.bars[0]!.cycle}`) : null,
    c.bars.length > 1 ? svg('text', { x: c.plot.left + c.plot.width, y: c.height - 6, class: 'tick', 'text-anchor': 'end' }, `cycle ${c.bars[c.bars.length - 1]!.cycle}`) : null,
  );
}

function steps(cycle: HistoryCycle): HTMLElement | string {
  const list = cycle.steps ?? [];
  if (list.length === 0) return 'no apply steps';
  return el(
    'details',
    {},
    el('summary', {}, `${list.length} step${list.length === 1 ? '' : 's'}`),
    el('ul', { class: 'steps' }, ...list.map((s) => el('li', {}, badgeElement(outcomeBadge(s.outcome)), ' ', el('code', {}, s.address), ` ${s.action} · ${formatDuration(s.durationMs)}`, s.message ? ` — ${s.message}` : ''))),
  );
}

/** The chart's width: the panel's, within bounds, so its text is never scaled. */
function chartWidth(host: HTMLElement): number {
  return Math.round(Math.max(280, Math.min(1200, host.clientWidth || 640)));
}

/** Renders `cycles` (newest first, as `/api/v1/history` answers); again on a resize of the panel. */
export function renderTimeline(cycles: readonly HistoryCycle[]): void {
  const host = byId('timeline');
  const width = chartWidth(host);
  if (cycles.length === 0) {
    render(host, 'empty', el('p', { class: 'muted' }, 'No finished cycle yet.'));
    return;
  }
  const table = el(
    'details',
    { class: 'history-table' },
    el('summary', {}, 'The cycles as a table'),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...['Cycle', 'Started', 'Duration', 'Result', 'Trigger', 'Revision', 'Steps'].map((h) => el('th', { scope: 'col' }, h)))),
        el(
          'tbody',
          {},
          ...cycles.map((c) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, String(c.cycle)),
              el('td', {}, el('time', { datetime: c.startedAt }, c.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'))),
              el('td', {}, formatDuration(c.durationMs)),
              el('td', {}, badgeElement(resultBadge(c.result)), c.error ? el('div', { class: 'error-text' }, c.error) : null),
              el('td', {}, c.trigger),
              el('td', {}, el('code', {}, shortSha(c.revision))),
              el('td', {}, steps(c)),
            ),
          ),
        ),
      ),
    ),
  );
  render(host, JSON.stringify([width, cycles]), el('figure', {}, chart(cycles, width), el('figcaption', { class: 'muted small' }, 'Bar height: duration; colour and tooltip: result.')), table);
}
