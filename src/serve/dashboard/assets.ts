/**
 * The dashboard of `serve` (GET / and GET /assets/*): a placeholder page that lists the
 * status as text, to be replaced by the bundled dashboard (same signature). Served from memory:
 * no internet, no file read per request.
 */

/** One asset: its content type and body. */
export interface DashboardAsset {
  contentType: string;
  body: Buffer | string;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ado-coolify serve</title>
<link rel="stylesheet" href="/assets/placeholder.css">
</head>
<body>
<main>
<h1>ado-coolify serve</h1>
<p>The controller's status as text (<a href="/api/v1/status">/api/v1/status</a>, <a href="/api/v1/plan?format=markdown">plan</a>, <a href="/api/v1/history">history</a>, <a href="/metrics">metrics</a>).</p>
<pre id="status" aria-live="polite">loading…</pre>
</main>
<script src="/assets/placeholder.js"></script>
</body>
</html>
`;

const SCRIPT = `async function refresh() {
  const el = document.getElementById('status');
  try {
    const s = await (await fetch('/api/v1/status')).json();
    const lines = ['sync: ' + s.sync + '   revision: ' + (s.revision || '-') + '   policy: ' + s.syncPolicy];
    if (s.lastSync) lines.push('last cycle ' + s.lastSync.cycle + ': ' + s.lastSync.result + ' (' + s.lastSync.trigger + ')');
    if (s.running) lines.push('running cycle ' + s.running.cycle + ': ' + s.running.phase);
    for (const r of s.resources) lines.push(r.sync.padEnd(10) + r.health.padEnd(12) + r.address);
    el.textContent = lines.join('\\n');
  } catch (e) {
    el.textContent = 'cannot read the status';
  }
}
refresh();
new EventSource('/events').addEventListener('status', refresh);
`;

const CSS = 'body{font-family:system-ui,sans-serif;margin:1rem;color:#111;background:#fff}pre{white-space:pre-wrap}';

const ASSETS: Readonly<Record<string, DashboardAsset>> = {
  '/': { contentType: 'text/html; charset=utf-8', body: PAGE },
  '/assets/placeholder.js': { contentType: 'text/javascript; charset=utf-8', body: SCRIPT },
  '/assets/placeholder.css': { contentType: 'text/css; charset=utf-8', body: CSS },
};

/** The asset at `path` (`/` or `/assets/...`), or undefined. */
export function dashboardAsset(path: string): DashboardAsset | undefined {
  return Object.prototype.hasOwnProperty.call(ASSETS, path) ? ASSETS[path] : undefined;
}

/** The same lookup under the name the brief of the server used. */
export const dashboardAssets = dashboardAsset;
