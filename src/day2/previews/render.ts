/**
 * What the preview commands print (pure): the list, its JSON and the lines of a preview deploy.
 * Statuses, urls and deployment uuids come from Coolify: each goes through the sanitiser
 * (`terminalText`, `jsonText`) so it cannot drive the terminal (audit M4).
 */
import { jsonText, terminalText } from '../../render/sanitize.js';
import { timeAgo } from '../../render/relative-time.js';
import type { AppPreviews, PreviewDeployed } from './previews-run.js';

/** `previews list --format json`: one entry per application, values faithful. */
export function renderPreviewListJson(all: readonly AppPreviews[]): string {
  const doc = all.map((a) => ({ app: a.app.name, address: a.app.address, previews: a.previews }));
  return `${jsonText(JSON.stringify(doc, null, 2))}\n`;
}

/** `previews list`: the previews of each application, from deployment history; times relative to `now` as in `status` (JSON keeps ISO). */
export function renderPreviewList(all: readonly AppPreviews[], now: number): string {
  let out = all.length === 0 ? 'No application in scope has `previews` in the manifest.\n' : '';
  for (const a of all) {
    out += `${terminalText(a.app.address)}\n`;
    if (a.previews.length === 0) out += '  no preview deployments\n';
    for (const p of a.previews) {
      const state = p.state !== undefined ? ` ${terminalText(p.state).padEnd(16)}` : '';
      out += `  #${String(p.pullRequestId).padEnd(6)} ${terminalText(p.lastStatus).padEnd(12)}${state} ${terminalText(timeAgo(p.lastDeployedAt, now))}  ${terminalText(p.url ?? '')}\n`.replace(/ +\n$/, '\n');
    }
  }
  // Coolify 4.4 lists previews (GET /applications/{uuid}/previews); 4.3.x has only the deployment history
  const fromApi = all.length > 0 && all.every((a) => a.source === 'api');
  return `${out}${fromApi ? '(from Coolify\'s preview list, with the deployment history)' : '(from deployment history: Coolify before 4.4 cannot list previews, so removed ones still appear)'}\n`;
}

/** The two lines after `previews deploy`: its state and its URL. */
export function renderPreviewDeployed(pr: number, out: PreviewDeployed): string {
  const state = out.status ? `deployed (${terminalText(out.status)})` : `queued (deployment ${terminalText(out.deploymentUuid)})`;
  const url = out.url ? `URL: ${terminalText(out.url)}\n` : 'URL: none (the application has no domain, or its template uses {{random}})\n';
  return `Preview #${pr} of ${terminalText(out.app)} ${state}.\n${url}`;
}
