/**
 * Previews derived from deployment history: Coolify has no endpoint that lists previews, but
 * every preview deployment carries its `pull_request_id`.
 */
import type { CoolifyClient } from '../../coolify/client.js';
import type { DeploymentRecord } from '../../coolify/types.js';

/** One preview as seen in deployment history. */
export interface PreviewSummary {
  pullRequestId: number;
  /** ISO time of the last deployment (its `updated_at`, else `created_at`). */
  lastDeployedAt: string;
  /** Status of the last deployment: `finished`, `failed`, `in_progress`, … */
  lastStatus: string;
  deployments: number;
}

const timeOf = (d: DeploymentRecord): string => d.updated_at ?? d.created_at ?? '';

/** Groups deployments with `pull_request_id > 0` by PR, newest deployment first; sorted by PR. */
export function groupPreviews(deployments: readonly DeploymentRecord[]): PreviewSummary[] {
  const byPr = new Map<number, PreviewSummary>();
  for (const d of deployments) {
    const pr = Number(d.pull_request_id ?? 0);
    if (!Number.isInteger(pr) || pr <= 0) continue;
    const at = timeOf(d);
    const seen = byPr.get(pr);
    if (!seen) byPr.set(pr, { pullRequestId: pr, lastDeployedAt: at, lastStatus: String(d.status), deployments: 1 });
    else {
      seen.deployments += 1;
      if (Date.parse(at) > Date.parse(seen.lastDeployedAt)) {
        seen.lastDeployedAt = at;
        seen.lastStatus = String(d.status);
      }
    }
  }
  return [...byPr.values()].sort((a, b) => a.pullRequestId - b.pullRequestId);
}

/** Reads an application's whole deployment history, page by page (at most `maxPages` pages of `pageSize`). */
export async function readDeploymentHistory(client: CoolifyClient, appUuid: string, pageSize = 100, maxPages = 50): Promise<DeploymentRecord[]> {
  const all: DeploymentRecord[] = [];
  for (let page = 0; page < maxPages; page++) {
    const answer = await client.deployments.forApplication(appUuid, { skip: page * pageSize, take: pageSize });
    const list = Array.isArray(answer.deployments) ? answer.deployments : [];
    all.push(...list);
    if (list.length < pageSize || all.length >= Number(answer.count ?? 0)) break;
  }
  return all;
}
