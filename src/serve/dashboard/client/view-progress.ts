/** The live progress panel: the announced sentence (an ARIA live region) and the steps so far. */
import { outcomeBadge } from '../model/badges.js';
import { formatDuration } from '../model/chart.js';
import { describeProgress, type LiveProgress } from '../model/progress.js';
import { badgeElement } from './badge.js';
import { byId, el, render } from './dom.js';

/** How many of the newest steps the panel lists. */
const SHOWN_STEPS = 30;

/** Renders `progress`. The live region's text only changes when the sentence does. */
export function renderProgress(progress: LiveProgress): void {
  const text = byId('progress-text');
  const sentence = describeProgress(progress) || 'No cycle watched yet: the next one shows here live.';
  if (text.textContent !== sentence) text.textContent = sentence;
  const running = progress.cycle !== null && !progress.finished;
  const bar = byId<HTMLProgressElement>('progress-bar');
  bar.hidden = !running;
  const shown = progress.steps.slice(-SHOWN_STEPS).reverse();
  render(
    byId('progress-steps'),
    JSON.stringify([progress.cycle, shown]),
    ...shown.map((s) => el('li', { 'data-address': s.address }, badgeElement(outcomeBadge(s.outcome)), ' ', el('code', {}, s.address), ` ${s.action} · ${formatDuration(s.durationMs)}`)),
  );
  document.body.dataset.cycleState = running ? 'running' : progress.finished ? 'finished' : 'idle';
}
