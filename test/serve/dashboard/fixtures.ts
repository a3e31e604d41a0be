/**
 * Fixture answers of the `serve` contract routes (docs/serve.md) for the dashboard's tests: a
 * small stack of two projects, team-wide resources, a plan with a change, a graph and a history.
 */
import type { Graph, History, Status, StatusResource } from '../../../src/serve/dashboard/model/contract.js';

/** A resource row of `/api/v1/status`. */
function res(address: string, kind: string, name: string, project: string | null, environment: string | null, sync: StatusResource['sync'], health: StatusResource['health'], change: StatusResource['change'] = null): StatusResource {
  return { address, project, environment, kind, name, path: 'ado.coolify.yaml', sync, health, change };
}

/** The resources: api-gateway OutOfSync (an image bump) and Degraded, the rest in sync. */
export const RESOURCES: StatusResource[] = [
  res('ado/production/application/api-gateway', 'application', 'api-gateway', 'ado', 'production', 'OutOfSync', 'Degraded', 'update'),
  res('ado/production/application/orchestrator', 'application', 'orchestrator', 'ado', 'production', 'Synced', 'Healthy'),
  res('ado/production/database/postgres', 'database', 'postgres', 'ado', 'production', 'Synced', 'Healthy'),
  res('ado/production/database/redis', 'database', 'redis', 'ado', 'production', 'Synced', 'Progressing'),
  res('ado/staging/application/api-gateway', 'application', 'api-gateway', 'ado', 'staging', 'Synced', 'Healthy'),
  res('ado/staging/database/postgres', 'database', 'postgres', 'ado', 'staging', 'Missing', 'Missing', 'create'),
  res('shop/production/service/grafana', 'service', 'grafana', 'shop', 'production', 'Unmanaged', 'Unknown'),
  res('s3/backups-eu', 's3Storage', 'backups-eu', null, null, 'Synced', 'Unknown'),
];

/** `/api/v1/status` before any sync from the page. */
export function fixtureStatus(overrides: Partial<Status> = {}): Status {
  return {
    version: '0.1.0',
    repo: 'https://git.example.test/acme/infra.git',
    branch: 'main',
    paths: ['ado.coolify.yaml'],
    syncPolicy: 'plan',
    revision: '3f2c9e1d0b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
    sync: 'OutOfSync',
    running: null,
    lastSync: {
      cycle: 11,
      startedAt: '2026-12-03T08:00:00.000Z',
      finishedAt: '2026-12-03T08:00:02.400Z',
      durationMs: 2400,
      result: 'OutOfSync',
      exitCode: 2,
      trigger: 'interval',
      revision: '3f2c9e1d0b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
      error: null,
    },
    nextCycleAt: null,
    resources: RESOURCES,
    ...overrides,
  };
}

/** `/api/v1/history`: eleven cycles, newest first, of every result. */
export function fixtureHistory(): History {
  const results = ['Synced', 'Applied', 'Synced', 'Failed', 'Applied', 'Synced', 'Synced', 'OutOfSync', 'Applied', 'Synced', 'OutOfSync'] as const;
  const cycles = results.map((result, i) => {
    const cycle = i + 1;
    const durationMs = [900, 14_200, 1100, 5200, 22_800, 1000, 950, 2100, 17_400, 1050, 2400][i]!;
    const startedAt = new Date(Date.UTC(2026, 11, 3, 7, cycle * 5)).toISOString();
    return {
      cycle,
      startedAt,
      finishedAt: new Date(Date.parse(startedAt) + durationMs).toISOString(),
      durationMs,
      result,
      exitCode: result === 'Failed' ? 1 : result === 'OutOfSync' ? 2 : 0,
      trigger: cycle === 5 ? 'webhook' : cycle === 1 ? 'startup' : 'interval',
      revision: '3f2c9e1d0b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
      error: result === 'Failed' ? 'deploy of ado/production/application/api-gateway failed' : null,
      steps: result === 'Applied' || result === 'Failed'
        ? [
            { address: 'ado/production/application/api-gateway', action: 'update', outcome: result === 'Failed' ? 'failed' : 'ok', durationMs: 800, message: null },
            { address: 'ado/production/application/api-gateway', action: 'deploy', outcome: result === 'Failed' ? 'skipped' : 'ok', durationMs: 9000, message: null },
          ] as const
        : [],
    };
  });
  return { cycles: cycles.reverse().map((c) => ({ ...c, steps: [...c.steps] })) };
}

/** `/api/v1/graph`: the projects, environments and the resources' dependencies. */
export function fixtureGraph(): Graph {
  const ids = ['ado', 'ado/production', 'ado/staging', 'shop', 'shop/production', 's3/backups-eu', ...RESOURCES.filter((r) => r.project).map((r) => r.address)];
  const kindOf = (id: string): string => RESOURCES.find((r) => r.address === id)?.kind ?? (id.split('/').length === 1 ? 'project' : 'environment');
  return {
    nodes: [...new Set(ids)].map((id) => ({ id, kind: kindOf(id), label: id.split('/').pop() ?? id })),
    edges: [
      { from: 'ado', to: 'ado/production' },
      { from: 'ado', to: 'ado/staging' },
      { from: 'shop', to: 'shop/production' },
      { from: 'ado/production', to: 'ado/production/database/postgres' },
      { from: 'ado/production', to: 'ado/production/database/redis' },
      { from: 'ado/production/database/postgres', to: 'ado/production/application/api-gateway' },
      { from: 'ado/production/database/redis', to: 'ado/production/application/orchestrator' },
      { from: 'ado/production/application/orchestrator', to: 'ado/production/application/api-gateway' },
      { from: 's3/backups-eu', to: 'ado/production/database/postgres' },
      { from: 'ado/staging', to: 'ado/staging/database/postgres' },
      { from: 'ado/staging/database/postgres', to: 'ado/staging/application/api-gateway' },
      { from: 'shop/production', to: 'shop/production/service/grafana' },
    ],
  };
}

/** A marker that must never run or become markup: the plan's Markdown carries it as text. */
export const INJECTION = '<img src=x onerror="window.__injected=1"><script>window.__injected=2</script>';

/** `/api/v1/plan?format=markdown`, as src/render/markdown.ts writes it (plus an injection attempt). */
export const PLAN_MARKDOWN = `<!-- ado-coolify-plan -->
### ado-coolify plan

#### Impact

- **Deploys: 1**
  - \`ado/production/application/api-gateway\`: no downtime expected (rolling update)

**Plan: 1 to add, 1 to change, 0 to destroy, 1 to redeploy.**

| Action | Count |
| :-- | --: |
| \`+\` add | 1 |
| \`~\` change | 1 |
| \`-\` destroy | 0 |
| \`↻\` redeploy | 1 |

Coolify \`https://coolify.test\` (4.3.11) · manifest \`ado.coolify.yaml\` · ado-coolify 0.1.0

<details><summary><code>~ ado/production/application/api-gateway</code> · update · changed: image.tag · will redeploy</summary>

\`\`\`diff
- image.tag: "1.4.2"
+ image.tag: "1.5.0"
# 17 unchanged fields hidden
\`\`\`

</details>
<details><summary><code>+ ado/staging/database/postgres</code> · create</summary>

\`\`\`diff
+ image: "postgres:16"
+ description: "${INJECTION}"
\`\`\`

</details>

_6 resources without changes not shown._ ${INJECTION}
`;
