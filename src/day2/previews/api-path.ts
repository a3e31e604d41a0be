/**
 * Coolify 4.4's preview API against the older path (pure): which release has it, the git
 * provider a pull request is fetched from, and the API's previews merged into the summary
 * read from deployment history. On 4.3.x previews deploy with `deploy?pr=N` and are listed
 * from deployment history only (Coolify has no list there).
 */
import type { PreviewApiRecord } from '../../coolify/previews-api.js';
import { requestRouteAbsent } from '../../releases/table.js';
import type { PreviewSummary } from './history.js';

/** True when the release has `POST /applications/{uuid}/previews` (4.4.2 and later). */
export function hasPreviewApi(release: string): boolean {
  return !requestRouteAbsent(release, 'POST', '/applications/x/previews');
}

/** The git providers ApplicationPreviewsController (4.4) accepts as `git_type`, by repository host. */
const GIT_HOSTS: ReadonlyArray<[RegExp, string]> = [
  [/(^|\.)github\.com$/i, 'github'],
  [/(^|\.)gitlab\.com$/i, 'gitlab'],
  [/(^|\.)bitbucket\.org$/i, 'bitbucket'],
];

/**
 * The `git_type` of a repository URL (`https://github.com/o/r`, `git@gitlab.com:o/r.git`):
 * Coolify 4.4 needs it for git apps without a GitHub or GitLab App source (it picks the ref it
 * fetches: `pull/N/head` or `merge-requests/N/head`). Undefined for other hosts: Coolify then
 * answers its own 422, unless the app's source says it.
 */
export function gitTypeOf(repository: unknown): string | undefined {
  if (typeof repository !== 'string' || repository.trim() === '') return undefined;
  const text = repository.trim();
  const host = /^[\w.-]+@([^:]+):/.exec(text)?.[1] ?? (() => {
    try {
      return new URL(text.includes('://') ? text : `https://${text}`).hostname;
    } catch {
      return undefined;
    }
  })();
  return host ? GIT_HOSTS.find(([re]) => re.test(host))?.[1] : undefined;
}

/** The first domain of a preview's `domains` (comma-separated), if any. */
export function firstDomain(domains: string | null | undefined): string | undefined {
  const first = (domains ?? '').split(',')[0]?.trim();
  return first ? first : undefined;
}

/** A preview of the list: its history summary, and, from the 4.4 API, its container state and URL. */
export type ListedPreview = PreviewSummary & { url?: string; state?: string };

/**
 * The previews of one app with the 4.4 API's answer merged in: each API preview gets its state
 * and URL (Coolify's own `domains`); a preview the API lists that never deployed
 * (`instant_deploy: false`) is added with no deployments; a history entry the API no longer
 * lists (a removed preview) is dropped.
 */
export function mergeApiPreviews(history: readonly ListedPreview[], api: readonly PreviewApiRecord[]): ListedPreview[] {
  const byPr = new Map(history.map((p) => [p.pullRequestId, p]));
  const out: ListedPreview[] = [];
  for (const a of api) {
    const pr = Number(a.pull_request_id);
    if (!Number.isInteger(pr) || pr <= 0) continue;
    const seen = byPr.get(pr);
    const base: ListedPreview = seen ?? { pullRequestId: pr, lastDeployedAt: a.updated_at ?? a.created_at ?? '', lastStatus: 'none', deployments: 0 };
    const url = firstDomain(a.domains) ?? seen?.url;
    out.push({ ...base, ...(url ? { url } : {}), ...(typeof a.status === 'string' ? { state: a.status } : {}) });
  }
  return out.sort((a, b) => a.pullRequestId - b.pullRequestId);
}
