import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSteps, deletesAwaitedByWrites, stepOpsFor } from '../../src/graph/steps.js';
import { DependencyCycleError } from '../../src/graph/cycles.js';
import { ACTION_OF_REASON, type Action, type ActionReason, type ChangeEffect, type Consequence, type FieldChange, type PlanStep, type ResourceChange } from '../../src/model/plan.js';
import type { Address, ResourceKind } from '../../src/model/address.js';
import { addr } from '../helpers/address.js';
import type { DependencyEdge, EdgeReason } from '../../src/model/resource.js';

const field = (path: string, effect: ChangeEffect = 'update'): FieldChange => ({
  path,
  label: path,
  before: 'a',
  after: 'b',
  sensitive: false,
  effect,
});

function rc(
  address: Address,
  kind: ResourceKind,
  action: Action,
  changes: FieldChange[] = [],
  consequences: Consequence[] = [],
): ResourceChange {
  const alsoUpdates = action === 'move' || action === 'adopt' ? { alsoUpdates: changes.some((c) => c.effect !== 'move') } : {};
  return { address, kind, name: address.split('/').at(-1)!, action, actionReason: ACTION_REASON[action], ...alsoUpdates, reason: 'test', changes, unchangedCount: 0, consequences, protect: false };
}

/** Some reason code of each action (the steps do not read it). */
const ACTION_REASON = Object.fromEntries(Object.entries(ACTION_OF_REASON).map(([reason, action]) => [action, reason])) as Record<Action, ActionReason>;
const e = (from: string, to: string, reason: EdgeReason = 'parent'): DependencyEdge => ({ from: addr(from), to: addr(to), reason });

const P = addr('ado');
const ENV = addr('ado/production');
const S3 = addr('s3/backups');
const PG = addr('ado/production/database/pg');
const API = addr('ado/production/application/api');
const WEB = addr('ado/production/application/web');
const SVC = addr('ado/production/service/plausible');
const BACKUP = addr(`${PG}#backup/daily`);

const EDGES = [
  e(ENV, P),
  e(PG, ENV),
  e(BACKUP, PG),
  e(BACKUP, S3, 's3'),
  e(API, ENV),
  e(API, PG, 'reference'),
  e(WEB, ENV),
  e(WEB, API, 'dependsOn'),
  e(SVC, ENV),
];

/** `id <- dep, dep` lines: readable expectations. */
const show = (steps: PlanStep[]): string[] => steps.map((s) => (s.dependsOn.length ? `${s.id} <- ${s.dependsOn.join(', ')}` : s.id));

describe('stepOpsFor', () => {
  it.each<[string, ResourceChange, string[]]>([
    ['create project with shared env', rc(P, 'project', 'create', [field('name'), field('sharedEnv.JWT')]), ['create', 'shared-env']],
    ['create database: started by create', rc(PG, 'database', 'create', [field('image'), field('env.X')]), ['create', 'env']],
    ['create application', rc(API, 'application', 'create', [field('image')]), ['create', 'deploy']],
    ['create application with env', rc(API, 'application', 'create', [field('image'), field('env.A')]), ['create', 'env', 'deploy']],
    ['create backup', rc(BACKUP, 'backup', 'create', [field('frequency')]), ['create']],
    ['tag bump on app', rc(API, 'application', 'update', [field('docker_registry_image_tag', 'redeploy')], ['redeploy']), ['update', 'deploy']],
    ['env-only change on app', rc(API, 'application', 'update', [field('env.A', 'redeploy')], ['redeploy']), ['env', 'deploy']],
    ['db change needing restart', rc(PG, 'database', 'update', [field('image', 'restart')], ['restart']), ['update', 'restart']],
    ['db change, no restart', rc(PG, 'database', 'update', [field('description')]), ['update']],
    // A declared service ends up started, like an application (audit row 6).
    ['create service: started by a deploy', rc(SVC, 'service', 'create', [field('type')]), ['create', 'deploy']],
    ['create service with env', rc(SVC, 'service', 'create', [field('docker_compose_raw'), field('env.A')]), ['create', 'env', 'deploy']],
    ['replace service', rc(SVC, 'service', 'replace', [field('type', 'replace')]), ['delete', 'create', 'deploy']],
    ['service redeploy', rc(SVC, 'service', 'update', [field('docker_compose_raw', 'redeploy')], ['redeploy']), ['update', 'deploy']],
    ['environment shared env only', rc(ENV, 'environment', 'update', [field('sharedEnv.K')]), ['shared-env']],
    ['move only', rc(API, 'application', 'move', [field('environment', 'move')]), ['move']],
    ['move and update', rc(API, 'application', 'move', [field('environment', 'move'), field('ports', 'redeploy')], ['redeploy']), ['move', 'update', 'deploy']],
    ['adopt', rc(API, 'application', 'adopt'), ['adopt']],
    ['replace database: started by its create', rc(PG, 'database', 'replace', [field('postgres_user', 'replace')]), ['delete', 'create']],
    ['redeploy of an app, no field changed (last deployment failed)', rc(API, 'application', 'redeploy', [], ['redeploy']), ['deploy']],
    ['redeploy of a database, no field changed', rc(PG, 'database', 'redeploy', [], ['restart']), ['restart']],
    ['replace application', rc(API, 'application', 'replace', [field('build_pack', 'replace'), field('env.A')]), ['delete', 'create', 'env', 'deploy']],
    ['delete', rc(API, 'application', 'delete'), ['delete']],
    ['no-op', rc(API, 'application', 'no-op'), []],
    // Issue 18: a change Coolify takes only after the first deploy is a second stage.
    ['compose domains before the compose was read: deploy, domains, redeploy',
      rc(API, 'application', 'update', [{ ...field('docker_compose_domains', 'redeploy'), afterDeploy: true }], ['redeploy']), ['deploy', 'domains', 'redeploy']],
    ['second stage with other changes: the update carries those',
      rc(API, 'application', 'update', [field('git_branch', 'redeploy'), { ...field('docker_compose_domains', 'redeploy'), afterDeploy: true }], ['redeploy']), ['update', 'deploy', 'domains', 'redeploy']],
  ])('%s', (_name, change, ops) => {
    expect(stepOpsFor(change)).toEqual(ops);
  });
});

describe('buildSteps', () => {
  it('create everything: structural order with chains and cross-resource waits', () => {
    const steps = buildSteps(
      [
        rc(API, 'application', 'create', [field('image'), field('env.DATABASE_URL')]),
        rc(WEB, 'application', 'create', [field('image')]),
        rc(BACKUP, 'backup', 'create', [field('frequency')]),
        rc(PG, 'database', 'create', [field('image')]),
        rc(S3, 's3Storage', 'create', [field('bucket')]),
        rc(ENV, 'environment', 'create', [field('name')]),
        rc(P, 'project', 'create', [field('name'), field('sharedEnv.JWT')]),
      ],
      EDGES,
    );
    expect(show(steps)).toEqual([
      `${S3}:create`,
      `${P}:create`,
      `${P}:shared-env <- ${P}:create`,
      `${ENV}:create <- ${P}:shared-env`,
      `${PG}:create <- ${ENV}:create`,
      `${API}:create <- ${ENV}:create, ${PG}:create`,
      `${API}:env <- ${API}:create`,
      `${API}:deploy <- ${API}:env`,
      `${WEB}:create <- ${ENV}:create, ${API}:deploy`,
      `${WEB}:deploy <- ${WEB}:create`,
      `${BACKUP}:create <- ${S3}:create, ${PG}:create`,
    ]);
  });

  it('tag bump: only the app updates and deploys; unchanged dependencies impose nothing', () => {
    const steps = buildSteps(
      [
        rc(P, 'project', 'no-op'),
        rc(ENV, 'environment', 'no-op'),
        rc(PG, 'database', 'no-op'),
        rc(API, 'application', 'update', [field('docker_registry_image_tag', 'redeploy')], ['redeploy']),
        rc(WEB, 'application', 'no-op'),
      ],
      EDGES,
    );
    expect(show(steps)).toEqual([`${API}:update`, `${API}:deploy <- ${API}:update`]);
  });

  it("an app's first step waits for its database's last step (restart)", () => {
    const steps = buildSteps(
      [
        rc(API, 'application', 'update', [field('env.A', 'redeploy')], ['redeploy']),
        rc(PG, 'database', 'update', [field('image', 'restart')], ['restart']),
      ],
      EDGES,
    );
    expect(show(steps)).toEqual([
      `${PG}:update`,
      `${PG}:restart <- ${PG}:update`,
      `${API}:env <- ${PG}:restart`,
      `${API}:deploy <- ${API}:env`,
    ]);
  });

  it('replace chains delete → create → follow-ups, and dependents wait for the new resource', () => {
    const steps = buildSteps(
      [
        rc(PG, 'database', 'replace', [field('postgres_user', 'replace')]),
        rc(API, 'application', 'update', [field('env.DATABASE_URL', 'redeploy')], ['redeploy']),
      ],
      EDGES,
    );
    expect(show(steps)).toEqual([
      `${PG}:delete`,
      `${PG}:create <- ${PG}:delete`,
      `${API}:env <- ${PG}:create`,
      `${API}:deploy <- ${API}:env`,
    ]);
  });

  it('deletes run in reverse, through resources without steps, and never wait for creates', () => {
    const OTHER = addr('ado/staging');
    const steps = buildSteps(
      [
        rc(P, 'project', 'delete'),
        rc(ENV, 'environment', 'delete'),
        rc(PG, 'database', 'no-op'), // e.g. listed but untouched: deletes look through it
        rc(BACKUP, 'backup', 'delete'),
        rc(API, 'application', 'delete'),
        rc(OTHER, 'environment', 'create', [field('name')]),
      ],
      [...EDGES, e(OTHER, P)],
    );
    expect(show(steps)).toEqual([
      `${BACKUP}:delete`,
      `${API}:delete`,
      `${ENV}:delete <- ${BACKUP}:delete, ${API}:delete`,
      `${P}:delete <- ${ENV}:delete`,
      `${OTHER}:create`,
    ]);
  });

  it('a replaced parent deletes after its deleted children and recreates before its created children', () => {
    const steps = buildSteps(
      [rc(PG, 'database', 'replace', [field('postgres_user', 'replace')]), rc(BACKUP, 'backup', 'replace', [field('x', 'replace')])],
      EDGES,
    );
    expect(show(steps)).toEqual([
      `${BACKUP}:delete`,
      `${PG}:delete <- ${BACKUP}:delete`,
      `${PG}:create <- ${PG}:delete`,
      `${BACKUP}:create <- ${BACKUP}:delete, ${PG}:create`,
    ]);
  });

  it('throws a cycle error naming the edges when changed resources form a cycle', () => {
    const A = addr('ado/production/application/a');
    const B = addr('ado/production/application/b');
    expect(() =>
      buildSteps(
        [rc(A, 'application', 'create', [field('image')]), rc(B, 'application', 'create', [field('image')])],
        [e(A, B, 'dependsOn'), e(B, A, 'reference')],
      ),
    ).toThrow(DependencyCycleError);
  });

  it('property: steps are topologically ordered, ids unique, and respect resource edges', () => {
    const actions: Action[] = ['create', 'update', 'delete', 'no-op', 'replace', 'adopt', 'move', 'redeploy'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.tuple(
            fc.array(fc.constantFrom(...actions), { minLength: n, maxLength: n }),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 12 }),
            fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          ),
        ),
        ([acts, pairs, envFlags]) => {
          const addrs = acts.map((_, i) => addr(`p/e/application/a${i}`));
          const changes = acts.map((a, i) =>
            rc(addrs[i]!, 'application', a, envFlags[i] ? [field('env.X', 'redeploy')] : [field('image', 'redeploy')], ['redeploy']),
          );
          const edges = pairs.filter(([x, y]) => x > y).map(([x, y]) => e(addrs[x]!, addrs[y]!)); // acyclic
          const steps = buildSteps(changes, edges);
          const pos = new Map(steps.map((s, i) => [s.id, i]));
          expect(pos.size).toBe(steps.length);
          for (const s of steps) for (const d of s.dependsOn) expect(pos.get(d)!).toBeLessThan(pos.get(s.id)!);
          const has = (id: string): boolean => pos.has(id);
          const reaches = (from: string, to: string): boolean => {
            const stack = [from];
            const seen = new Set<string>();
            while (stack.length) {
              const x = stack.pop()!;
              if (x === to) return true;
              if (seen.has(x)) continue;
              seen.add(x);
              stack.push(...steps[pos.get(x)!]!.dependsOn);
            }
            return false;
          };
          for (const edge of edges) {
            // deletes in reverse
            if (has(`${edge.from}:delete`) && has(`${edge.to}:delete`)) expect(reaches(`${edge.to}:delete`, `${edge.from}:delete`)).toBe(true);
            // creates forward
            if (has(`${edge.from}:create`) && has(`${edge.to}:create`)) expect(reaches(`${edge.from}:create`, `${edge.to}:create`)).toBe(true);
          }
          // A delete never waits for a non-delete step.
          for (const s of steps) if (s.op === 'delete') for (const d of s.dependsOn) expect(d.endsWith(':delete')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("an application's storages and tasks", () => {
  it('are created after the app and before its deploy, so the first deployment mounts them', () => {
    const STORAGE = addr(`${API}#storage/config`);
    const TASK = addr(`${API}#task/cleanup`);
    const steps = buildSteps(
      [rc(API, 'application', 'create'), rc(STORAGE, 'storage', 'create'), rc(TASK, 'scheduledTask', 'create')],
      [e(STORAGE, API), e(TASK, API)],
    );
    const byId = new Map(steps.map((s) => [s.id, s]));
    expect(byId.get(`${STORAGE}:create`)!.dependsOn).toEqual([`${API}:create`]);
    expect(byId.get(`${TASK}:create`)!.dependsOn).toEqual([`${API}:create`]);
    expect(byId.get(`${API}:deploy`)!.dependsOn).toEqual(expect.arrayContaining([`${STORAGE}:create`, `${TASK}:create`]));
    const ids = steps.map((s) => s.id);
    expect(ids.indexOf(`${API}:deploy`)).toBeGreaterThan(ids.indexOf(`${STORAGE}:create`));
  });
});

describe('a replica instance replacing a dropped one (`replaces`)', () => {
  it('deletes the old instance only after the new ones are created and deployed', () => {
    const W1 = addr(`${WEB}-1`);
    const W2 = addr(`${WEB}-2`);
    const steps = buildSteps(
      [rc(WEB, 'application', 'delete'), rc(W1, 'application', 'create'), rc(W2, 'application', 'create')],
      [e(W1, WEB, 'replaces'), e(W2, WEB, 'replaces')],
    );
    const byId = new Map(steps.map((s) => [s.id, s]));
    expect(byId.get(`${WEB}:delete`)!.dependsOn).toEqual([`${W1}:deploy`, `${W2}:deploy`]);
    expect(steps.map((s) => s.id).at(-1)).toBe(`${WEB}:delete`);
  });
});

describe('domain handovers (ux-audit M1)', () => {
  const OLD = addr('ado/production/application/old');

  it('a claimant waits for the holder’s delete, or for its update that drops the domain', () => {
    const deleted = buildSteps([rc(OLD, 'application', 'delete'), rc(WEB, 'application', 'create', [field('domains')])], [], [], [{ claimant: WEB, releaser: OLD, op: 'delete' }]);
    expect(show(deleted)).toEqual([`${OLD}:delete`, `${WEB}:create <- ${OLD}:delete`, `${WEB}:deploy <- ${WEB}:create`]);
    const updated = buildSteps(
      [rc(API, 'application', 'update', [field('domains', 'redeploy')]), rc(WEB, 'application', 'create', [field('domains')])],
      [],
      [],
      [{ claimant: WEB, releaser: API, op: 'update' }],
    );
    expect(show(updated).find((s) => s.startsWith(`${WEB}:create`))).toBe(`${WEB}:create <- ${API}:update`);
  });

  it('a handover that would close a cycle is left out, never a DependencyCycleError', () => {
    // The holder's update waits for the claimant (a dependsOn edge): ordering the claimant after it would loop.
    const steps = buildSteps(
      [rc(API, 'application', 'update', [field('domains', 'redeploy')]), rc(WEB, 'application', 'create', [field('domains')])],
      [e(API, WEB, 'dependsOn')],
      [],
      [{ claimant: WEB, releaser: API, op: 'update' }],
    );
    expect(show(steps).find((s) => s.startsWith(`${WEB}:create`))).toBe(`${WEB}:create`);
  });
});

describe('deletesAwaitedByWrites', () => {
  it('names the deletes a create or update waits for (a handover, a replace), not those only other deletes wait for', () => {
    const OLD = addr('ado/production/application/old');
    const steps = buildSteps(
      [rc(ENV, 'environment', 'delete'), rc(OLD, 'application', 'delete'), rc(API, 'application', 'replace', [field('image', 'replace')]), rc(WEB, 'application', 'create', [field('domains')])],
      [e(OLD, ENV)],
      [],
      [{ claimant: WEB, releaser: OLD, op: 'delete' }],
    );
    expect([...deletesAwaitedByWrites(steps)].sort()).toEqual([`${API}:delete`, `${OLD}:delete`]);
  });
});
