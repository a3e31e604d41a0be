/** Collects status rows with each application's last deployment (I/O). */
import type { PlanOptions } from '../../engine/plan-run.js';
import { openContext } from '../context.js';
import { statusRows, type StatusRow } from './rows.js';
import { secretDomainPatterns } from '../../render/mask-domains.js';
import type { DesiredValue } from '../../model/value.js';

/** Reads live state and the last deployment of every managed application (`take=1`). */
export async function collectStatus(options: PlanOptions): Promise<StatusRow[]> {
  // read-only: secret values are not needed (UX audit M4)
  const ctx = await openContext({ ...options, project: undefined, environment: undefined, allowMissingSecrets: true });
  // without the secrets, a domain that holds one is known by its shape only
  const secretDomains = secretDomainPatterns(ctx.apps.flatMap((a) => (a.spec.domains ?? []) as DesiredValue[]));
  const rows = statusRows(ctx.live, ctx.prepared.desired.projects, options.environment, ctx.prepared.loaded.secretValues, secretDomains);
  await Promise.all(
    rows
      .filter((r) => r.kind === 'application')
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
