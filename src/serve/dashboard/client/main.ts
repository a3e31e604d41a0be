/**
 * The dashboard of `ado-coolify serve` (docs/serve.md, "Dashboard"): polls `/api/v1/status` every
 * few seconds, fetches history, graph and the Markdown plan when a new cycle or revision shows
 * up, and follows the live cycle on `GET /events` (SSE). Bundled by scripts/build-dashboard.mjs
 * into /assets/dashboard.js; no inline script, no third-party request.
 */
import type { HistoryCycle, ServeEventName, Status } from '../model/contract.js';
import { SERVE_EVENT_NAMES } from '../model/contract.js';
import { renderMarkdown } from '../model/markdown.js';
import { IDLE, progressFromRunning, reduceProgress, type LiveProgress } from '../model/progress.js';
import { fetchGraph, fetchHistory, fetchPlanMarkdown, fetchStatus } from './api.js';
import { byId, el, render } from './dom.js';
import { setUpSyncForm } from './sync-form.js';
import { renderGraph } from './view-graph.js';
import { renderProgress } from './view-progress.js';
import { renderResources } from './view-resources.js';
import { renderSummary } from './view-summary.js';
import { renderTimeline } from './view-timeline.js';

/** How often the status is polled (the SSE stream pushes it after each cycle too). */
const POLL_MS = 5000;

let status: Status | null = null;
let progress: LiveProgress = IDLE;
let detailsKey = '';
let cycles: HistoryCycle[] | null = null;

function connection(text: string, tone: 'ok' | 'bad' | 'neutral'): void {
  const node = byId('connection');
  if (node.textContent !== text) node.textContent = text;
  node.className = `tone-${tone}`;
}

function failed(panel: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  render(byId(panel), `error:${message}`, el('p', { class: 'error-text' }, `Could not load: ${message}`));
}

async function refreshDetails(): Promise<void> {
  const current = status;
  await Promise.all([
    fetchHistory().then(
      (h) => {
        cycles = h.cycles;
        renderTimeline(h.cycles);
      },
      (e: unknown) => failed('timeline', e),
    ),
    fetchGraph().then((g) => renderGraph(g, current?.resources ?? []), (e: unknown) => failed('graph', e)),
    fetchPlanMarkdown().then(
      (md) => {
        const host = byId('plan');
        if (host.dataset.renderKey === md) return;
        host.dataset.renderKey = md;
        // renderMarkdown escapes every character of the input; see ../model/markdown.ts
        host.innerHTML = md.trim() ? renderMarkdown(md) : '<p class="muted">No plan yet.</p>';
      },
      (e: unknown) => failed('plan', e),
    ),
  ]);
}

function applyStatus(next: Status): void {
  status = next;
  renderSummary(next, Date.now());
  renderResources(next.resources ?? []);
  progress = progressFromRunning(progress, next.running);
  renderProgress(progress);
  const key = JSON.stringify([next.revision, next.lastSync?.cycle ?? null, next.sync]);
  if (key !== detailsKey) {
    detailsKey = key;
    void refreshDetails();
  }
  document.body.dataset.loaded = 'true';
}

async function poll(): Promise<void> {
  try {
    applyStatus(await fetchStatus());
  } catch (error) {
    connection(`Cannot reach the server: ${error instanceof Error ? error.message : String(error)}`, 'bad');
  }
}

function listen(): void {
  const source = new EventSource('/events');
  source.addEventListener('open', () => {
    connection('Live updates: connected', 'ok');
    document.body.dataset.sse = 'open';
  });
  source.addEventListener('error', () => {
    connection('Live updates: reconnecting…', 'neutral');
    document.body.dataset.sse = 'reconnecting';
  });
  const handle = (name: ServeEventName, raw: string): void => {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return;
    }
    if (name === 'status') {
      if (typeof data === 'object' && data !== null) applyStatus(data as Status);
      return;
    }
    progress = reduceProgress(progress, name, data);
    renderProgress(progress);
    if (name === 'cycle-end') void poll();
  };
  for (const name of SERVE_EVENT_NAMES) source.addEventListener(name, (e) => handle(name, (e as MessageEvent<string>).data));
  // an unnamed event carrying its name as `type` is accepted too
  source.addEventListener('message', (e: MessageEvent<string>) => {
    try {
      const data: unknown = JSON.parse(e.data);
      const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
      if (typeof type === 'string' && (SERVE_EVENT_NAMES as readonly string[]).includes(type)) handle(type as ServeEventName, e.data);
    } catch {
      // not JSON: ignored
    }
  });
}

function start(): void {
  setUpSyncForm(() => void poll());
  renderProgress(progress);
  listen();
  void poll();
  setInterval(() => void poll(), POLL_MS);
  let resizing: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (cycles) renderTimeline(cycles);
    }, 150);
  });
}

start();
