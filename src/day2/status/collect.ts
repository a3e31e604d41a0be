/** Collects status rows with each application's last deployment (I/O). */
import type { PlanOptions } from '../../engine/plan-run.js';
import { openContext } from '../context.js';
import { opsFor } from '../../kind-ops/registry.js';
import { statusRows, type StatusRow } from './rows.js';

/** Reads live state and the last deployment of every managed application (`take=1`). */
export async function collectStatus(options: PlanOptions): Promise<StatusRow[]> {
  const ctx = await openContext({ ...options, project: undefined, environment: undefined });
  const rows = statusRows(ctx.live, ctx.prepared.desired.projects, options.environment, ctx.prepared.loaded.secretValues);
  await Promise.all(
    rows
      // The kinds whose deployments Coolify records (applications), as the state reader reads them.
      .filter((r) => opsFor(r.kind).deploy?.recordsDeployments === true)
      .map(async (r) => {
        const page = await ctx.prepared.client.deployments.forApplication(r.uuid, { take: 1 });
        const d = page.deployments?.[0];
        if (d) {
          r.lastDeployment = { status: String(d.status), at: d.updated_at ?? d.created_at ?? '' };
          if (d.pull_request_id) r.lastDeployment.pullRequestId = d.pull_request_id;
        }
      }),
  );
  return rows;
}
