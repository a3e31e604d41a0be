/** The header line and the summary panel: repository, revision, policy, overall sync, last cycle. */
import { resultBadge, syncBadge } from '../model/badges.js';
import { formatDuration } from '../model/chart.js';
import type { Status } from '../model/contract.js';
import { syncCounts } from '../model/grouping.js';
import { relativeTime, shortSha } from '../model/time.js';
import { badgeElement } from './badge.js';
import { byId, el, render } from './dom.js';

function item(term: string, ...value: Array<Node | string | null>): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, ...value)];
}

/** Renders the header and the summary for `status` (times relative to `now`). */
export function renderSummary(status: Status, now: number): void {
  const repo = `${status.repo} · ${status.branch} · ${status.paths.join(', ')}`;
  render(byId('repo-line'), repo, repo);
  render(byId('overall'), status.sync, badgeElement(syncBadge(status.sync), 'Repository'));
  const counts = syncCounts(status.resources);
  const countText = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const last = status.lastSync;
  const lastValue = last
    ? [
        badgeElement(resultBadge(last.result), 'Result'),
        ` cycle ${last.cycle}, ${relativeTime(last.finishedAt, now)}, ${formatDuration(last.durationMs)} (${last.trigger})`,
        last.error ? el('span', { class: 'error-text' }, ` — ${last.error}`) : null,
      ]
    : ['none yet'];
  const items = [
    ...item('Revision', el('code', {}, shortSha(status.revision))),
    ...item('Sync policy', status.syncPolicy),
    ...item('Resources', countText || 'none'),
    ...item('Last cycle', ...lastValue),
    ...item('Next cycle', status.running ? `running now (cycle ${status.running.cycle}, ${status.running.phase})` : relativeTime(status.nextCycleAt, now)),
    ...item('Version', status.version),
  ];
  const key = JSON.stringify([status.revision, status.syncPolicy, countText, last, status.running, status.nextCycleAt, status.version, Math.floor(now / 5000)]);
  render(byId('summary'), key, ...items);
}
