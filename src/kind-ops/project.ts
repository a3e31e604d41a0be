/** The I/O operations of projects and environments. */
import { AdoError } from '../errors.js';
import { environmentAddress, parseAddress, projectAddress, type Address } from '../model/address.js';
import type { LiveResource } from '../model/resource.js';
import type { KindOps, KindOpsContext, Rec } from './types.js';
import { NO_RUNTIME } from './no-runtime.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** What neither projects nor environments have. */
const NOT_PLACED = {
  ...NO_RUNTIME,
  // "Project has resources, so it cannot be deleted." / "Environment has resources…" (400,
  // ProjectController.php:482 and :911) while queued child deletes still run.
  deleteWaitsForChildren: true,
  ownedThroughOwner: false,
  beforeRemove: null,
} as const;

function projectUuidOf(ctx: KindOpsContext, address: Address | undefined): string {
  return ctx.uuidOf(projectAddress(parseAddress(address ?? '')?.project ?? ''));
}

/**
 * Projects: Coolify creates a `production` environment with each project
 * (ProjectController.php create_project), registered after the create so later steps find it.
 */
export const PROJECT_OPS: KindOps = {
  kind: 'project',
  ...NOT_PLACED,
  readBack: async (ctx, _resource, uuid) => {
    const { environments: _e, ...rest } = (await ctx.client.projects.get(uuid)) as Rec;
    return rest;
  },
  list: async (ctx) => ((await ctx.client.projects.list()) as Rec[]).map((r) => ({ record: r, name: str(r.name), address: projectAddress(str(r.name)) })),
  remove: async (ctx, live) => {
    await ctx.client.projects.delete(live.uuid);
  },
  sharedEnvs: (ctx) => ctx.client.projects.sharedEnvs,
  existsWithParent: false,
  findMadeWithOwner: null,
  onCreateConflict: null,
  afterWrite: async (ctx, done) => {
    if (!done.created) return {};
    const register: LiveResource[] = (await ctx.client.projects.environments(done.uuid)).map((env) => {
      const e = env as Rec;
      return { kind: 'environment', uuid: str(e.uuid), name: str(e.name), address: environmentAddress(done.resource.name, str(e.name)), owned: false, fields: { ...e, project_uuid: done.uuid } };
    });
    return { register };
  },
};

/** Environments: `production` exists with its project; a 409 on create means it exists already. */
export const ENVIRONMENT_OPS: KindOps = {
  kind: 'environment',
  ...NOT_PLACED,
  readBack: async (ctx, resource, uuid) => {
    const projectUuid = projectUuidOf(ctx, resource.address);
    return { ...((await ctx.client.projects.getEnvironment(projectUuid, uuid)) as Rec), project_uuid: projectUuid };
  },
  // A lost create answer is found by name through the 409 of the retry (onCreateConflict).
  list: async () => [],
  remove: async (ctx, live) => {
    await ctx.client.projects.deleteEnvironment(projectUuidOf(ctx, live.address), live.uuid);
  },
  sharedEnvs: (ctx, live) => ctx.client.projects.environmentSharedEnvs(projectUuidOf(ctx, live.address)),
  existsWithParent: true,
  findMadeWithOwner: null,
  onCreateConflict: async (ctx, resource) => {
    const envs = await ctx.client.projects.environments(projectUuidOf(ctx, resource.address));
    const found = envs.find((e) => (e as Rec).name === resource.name) as Rec | undefined;
    if (!found) throw new AdoError('ADO_APPLY_CONFLICT', `Coolify says environment ${resource.address} exists, but it cannot be found`);
    return str(found.uuid);
  },
  afterWrite: null,
};
