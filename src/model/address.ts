/**
 * Logical addresses: how a resource is named across manifest, live state and plan.
 *
 * - project:              `ado`
 * - environment:          `ado/production`
 * - placed resources:     `ado/production/application/api-gateway` (also `database`, `service`)
 * - sub-resources:        `ado/production/database/postgres#backup/daily`,
 *                         `ado/production/application/api#storage/data`, `…#task/cleanup`
 * - team-level resources: `s3/backups-eu` (`s3` is shorter than any legal project name)
 *
 * Env vars and shared variables are fields of their owner (`env.KEY`, `sharedEnv.KEY`),
 * not resources of their own.
 */

/** A logical resource address, e.g. `ado/production/application/api-gateway`. */
export type Address = string;

/** The kinds of resource the reconciler manages. */
export type ResourceKind =
  | 'project'
  | 'environment'
  | 's3Storage'
  | 'database'
  | 'backup'
  | 'application'
  | 'service'
  | 'storage'
  | 'scheduledTask';

/** Kinds that live inside an environment and are addressed `project/env/KIND/name`. */
export type PlacedKind = 'application' | 'database' | 'service';

/** Sub-resource kinds addressed `owner#KIND/name`. */
export type SubKind = 'backup' | 'storage' | 'scheduledTask';

const SUB_SEGMENT: Record<SubKind, string> = { backup: 'backup', storage: 'storage', scheduledTask: 'task' };

/** Address of a project. */
export function projectAddress(project: string): Address {
  return project;
}

/** Address of an environment. */
export function environmentAddress(project: string, environment: string): Address {
  return `${project}/${environment}`;
}

/** Address of an application, database or service. */
export function placedAddress(project: string, environment: string, kind: PlacedKind, name: string): Address {
  return `${project}/${environment}/${kind}/${name}`;
}

/** Address of a backup, storage or scheduled task of an owner resource. */
export function subAddress(owner: Address, kind: SubKind, name: string): Address {
  return `${owner}#${SUB_SEGMENT[kind]}/${name}`;
}

/** Address of a team-level S3 storage. */
export function s3Address(name: string): Address {
  return `s3/${name}`;
}

/** The parts of an address, for display, grouping and targeting. */
export interface ParsedAddress {
  kind: ResourceKind;
  project?: string;
  environment?: string;
  name: string;
  /** Address of the owning resource for sub-resources, environments and placed resources. */
  parent?: Address;
}

/** Parses an address produced by the helpers above; returns undefined when it is malformed. */
export function parseAddress(address: Address): ParsedAddress | undefined {
  const hash = address.indexOf('#');
  if (hash >= 0) {
    const owner = address.slice(0, hash);
    const rest = address.slice(hash + 1);
    const slash = rest.indexOf('/');
    if (slash <= 0) return undefined;
    const seg = rest.slice(0, slash);
    const name = rest.slice(slash + 1);
    const kind = (Object.keys(SUB_SEGMENT) as SubKind[]).find((k) => SUB_SEGMENT[k] === seg);
    const ownerParsed = parseAddress(owner);
    if (!kind || !name || !ownerParsed) return undefined;
    return { kind, project: ownerParsed.project, environment: ownerParsed.environment, name, parent: owner };
  }
  const parts = address.split('/');
  if (parts.some((p) => p.length === 0)) return undefined;
  if (parts.length === 2 && parts[0] === 's3') return { kind: 's3Storage', name: parts[1]! };
  if (parts.length === 1) return { kind: 'project', project: parts[0], name: parts[0]! };
  if (parts.length === 2) {
    return { kind: 'environment', project: parts[0], environment: parts[1], name: parts[1]!, parent: parts[0] };
  }
  if (parts.length === 4 && (parts[2] === 'application' || parts[2] === 'database' || parts[2] === 'service')) {
    return {
      kind: parts[2],
      project: parts[0],
      environment: parts[1],
      name: parts[3]!,
      parent: `${parts[0]}/${parts[1]}`,
    };
  }
  return undefined;
}

/**
 * True when `address` is selected by a `--target` pattern: the exact address, an ancestor of it
 * (`ado/production` selects everything in that environment), or a glob with `*`.
 */
export function matchesTarget(address: Address, target: string): boolean {
  if (target.includes('*')) {
    // A glob selects what it matches and everything below it (`*/staging` → all of staging).
    const re = new RegExp(
      '^' + target.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/#]*') + '($|[/#])',
    );
    return re.test(address);
  }
  return address === target || address.startsWith(target + '/') || address.startsWith(target + '#');
}
