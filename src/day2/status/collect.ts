/** Collects status rows with each application's last deployment (I/O). */
import type { PlanOptions } from '../../engine/plan-run.js';
import { scaleDesiredState } from '../../engine/replica-hook.js';
import { readLiveState } from '../../state/read-live-state.js';
import { openContext } from '../context.js';
import { opsFor } from '../../kind-ops/registry.js';
import { statusRows, type StatusRow } from './rows.js';
import { secretDomainPatterns } from '../../render/mask-domains.js';
import type { DesiredValue } from '../../model/value.js';

/** A status that can be read again (`--wait`, `--watch`) without loading the manifest again. */
export interface StatusSource {
  collect(): Promise<StatusRow[]>;
}

/** Loads the manifest and connects once; each `collect` reads live state and last deployments. */
export async function openStatus(options: PlanOptions): Promise<StatusSource> {
  // read-only: secret values are not needed (UX audit M4)
  const ctx = await openContext({ ...options, project: undefined, environment: undefined, allowMissingSecrets: true });
  const { client, baseUrl } = ctx.prepared;
  // without the secrets, a domain that holds one is known by its shape only
  const secretDomains = secretDomainPatterns(ctx.apps.flatMap((a) => (a.spec.domains ?? []) as DesiredValue[]));
  let first: typeof ctx.live | undefined = ctx.live;
  return {
    async collect() {
      // replica sets at the instances they run at (autoscaled sets keep their live count)
      const { desired, live } = await scaleDesiredState(ctx.prepared, async (d) => {
        if (first && d === ctx.prepared.desired) return first;
        return readLiveState(client, d, { coolifyUrl: baseUrl });
      });
      first = undefined;
      const rows = statusRows(live, {
        projects: desired.projects,
        environment: options.environment,
        secretValues: ctx.prepared.loaded.secretValues,
        secretDomains,
        declared: desired.resources,
      });
      await Promise.all(
        rows
          // The kinds whose deployments Coolify records (applications), as the state reader reads them.
          .filter((r) => !r.missing && opsFor(r.kind).deploy?.recordsDeployments === true)
          .map(async (r) => {
            const page = await client.deployments.forApplication(r.uuid, { take: 1 });
            const d = page.deployments?.[0];
            if (d) {
              r.lastDeployment = { status: String(d.status), at: d.updated_at ?? d.created_at ?? '' };
              if (d.pull_request_id) r.lastDeployment.pullRequestId = d.pull_request_id;
            }
          }),
      );
      return rows;
    },
  };
}

/** Reads live state and the last deployment of every declared or managed application (`take=1`). */
export async function collectStatus(options: PlanOptions): Promise<StatusRow[]> {
  return (await openStatus(options)).collect();
}
