/**
 * Logical addresses: how a resource is named across manifest, live state and plan.
 *
 * - project:              `ado`
 * - environment:          `ado/production`
 * - placed resources:     `ado/production/application/api-gateway` (also `database`, `service`)
 * - sub-resources:        `ado/production/database/postgres#backup/daily`,
 *                         `ado/production/application/api#storage/data`, `…#task/cleanup`,
 *                         `…#network/edge-public` (an application's extra destination),
 *                         `ado/production/service/umami#app/umami`, `…#db/postgresql` (a service's
 *                         own applications and databases, by compose service name)
 *                         `sv/build-1#registry/ghcr.io` (a server's registry login)
 * - team-level resources: `s3/backups-eu`, `pk/deploy`, `nc/discord`, `gh/acme`, `gl/acme`, `sv/edge`,
 *                         `ct/hetzner`, `dn/edge` (TEAM_KINDS' prefixes, shorter than any legal project name)
 *
 * Env vars and shared variables are fields of their owner (`env.KEY`, `sharedEnv.KEY`),
 * not resources of their own.
 */

declare const ADDRESS: unique symbol;

/**
 * A logical resource address, e.g. `ado/production/application/api-gateway`. Branded: only the
 * builders below make one, and `asAddress` checks text from users (`--target`, saved plans).
 */
export type Address = string & { readonly [ADDRESS]: true };

/** Marks text already known to be an address (the builders' own results). */
const brand = (text: string): Address => text as Address;

/** The kinds of resource the reconciler manages. */
export type ResourceKind =
  | 'project'
  | 'environment'
  | 's3Storage'
  | 'privateKey'
  | 'notification'
  | 'githubApp'
  | 'gitlabApp'
  | 'server'
  | 'cloudToken'
  | 'cloudInitScript'
  | 'destination'
  | 'database'
  | 'backup'
  | 'application'
  | 'service'
  | 'storage'
  | 'scheduledTask'
  | 'network'
  | 'serviceApplication'
  | 'serviceDatabase'
  | 'serverRegistry';

/** Kinds that live inside an environment and are addressed `project/env/KIND/name`. */
export type PlacedKind = 'application' | 'database' | 'service';

/** Sub-resource kinds addressed `owner#KIND/name`. */
export type SubKind = 'backup' | 'storage' | 'scheduledTask' | 'network' | 'serviceApplication' | 'serviceDatabase' | 'serverRegistry';

const SUB_SEGMENT: Record<SubKind, string> = {
  backup: 'backup',
  storage: 'storage',
  scheduledTask: 'task',
  network: 'network',
  serviceApplication: 'app',
  serviceDatabase: 'db',
  // a server's Docker registry login (`sv/build-1#registry/ghcr.io`)
  serverRegistry: 'registry',
};

/** Address of a project. */
export function projectAddress(project: string): Address {
  return brand(project);
}

/** Address of an environment. */
export function environmentAddress(project: string, environment: string): Address {
  return brand(`${project}/${environment}`);
}

/** Address of an application, database or service. */
export function placedAddress(project: string, environment: string, kind: PlacedKind, name: string): Address {
  return brand(`${project}/${environment}/${kind}/${name}`);
}

/** Address of a backup, storage or scheduled task of an owner resource. */
export function subAddress(owner: Address, kind: SubKind, name: string): Address {
  return brand(`${owner}#${SUB_SEGMENT[kind]}/${name}`);
}

/** Team-wide kinds: declared in a top-level manifest section of their own, addressed `PREFIX/name`. */
export type TeamKind = 's3Storage' | 'privateKey' | 'notification' | 'githubApp' | 'gitlabApp' | 'server' | 'cloudToken' | 'destination'
  | 'cloudInitScript';

/** Where a team-wide kind lives in a manifest and how it is addressed and named in messages. */
export interface TeamKindNames {
  /** The top-level manifest section (`s3Storages`). */
  section: string;
  /** The address prefix, shorter than any legal project name (`s3/backups-eu`). */
  prefix: string;
  /** What one entry is called in messages (`S3 storage`). */
  label: string;
}

/**
 * The team-wide kinds' names: the one place a new team-wide kind adds its section, address
 * prefix and label (the rest of its knowledge is its table in src/kinds/).
 */
export const TEAM_KINDS: { readonly [K in TeamKind]: TeamKindNames } = {
  s3Storage: { section: 's3Storages', prefix: 's3', label: 'S3 storage' },
  privateKey: { section: 'privateKeys', prefix: 'pk', label: 'private key' },
  notification: { section: 'notifications', prefix: 'nc', label: 'notification channel' },
  githubApp: { section: 'githubApps', prefix: 'gh', label: 'GitHub App' },
  gitlabApp: { section: 'gitlabApps', prefix: 'gl', label: 'GitLab App' },
  server: { section: 'servers', prefix: 'sv', label: 'server' },
  cloudToken: { section: 'cloudTokens', prefix: 'ct', label: 'cloud provider token' },
  destination: { section: 'destinations', prefix: 'dn', label: 'destination' },
  cloudInitScript: { section: 'cloudInitScripts', prefix: 'ci', label: 'cloud-init script' },
};

/** The team-wide kinds in manifest order. */
export const TEAM_KIND_LIST = Object.keys(TEAM_KINDS) as TeamKind[];

/** The team-wide kind of a top-level manifest section, if it is one. */
export function teamKindOfSection(section: string | undefined): TeamKind | undefined {
  return TEAM_KIND_LIST.find((k) => TEAM_KINDS[k].section === section);
}

/** Address of a team-wide resource (`pk/deploy`). */
export function teamAddress(kind: TeamKind, name: string): Address {
  return brand(`${TEAM_KINDS[kind].prefix}/${name}`);
}

/** Address of a team-level S3 storage. */
export function s3Address(name: string): Address {
  return teamAddress('s3Storage', name);
}

/** Address of a server (`sv/edge`). */
export function serverAddress(name: string): Address {
  return teamAddress('server', name);
}

/** Address of a team-level private key. */
export function privateKeyAddress(name: string): Address {
  return teamAddress('privateKey', name);
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

/** Parses an address (or text that may be one); returns undefined when it is malformed. */
export function parseAddress(address: string): ParsedAddress | undefined {
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
    return { kind, project: ownerParsed.project, environment: ownerParsed.environment, name, parent: brand(owner) };
  }
  const parts = address.split('/');
  if (parts.some((p) => p.length === 0)) return undefined;
  if (parts.length === 2) {
    const team = TEAM_KIND_LIST.find((k) => TEAM_KINDS[k].prefix === parts[0]);
    if (team !== undefined) return { kind: team, name: parts[1]! };
  }
  if (parts.length === 1) return { kind: 'project', project: parts[0], name: parts[0]! };
  if (parts.length === 2) {
    return { kind: 'environment', project: parts[0], environment: parts[1], name: parts[1]!, parent: projectAddress(parts[0]!) };
  }
  if (parts.length === 4 && (parts[2] === 'application' || parts[2] === 'database' || parts[2] === 'service')) {
    return {
      kind: parts[2],
      project: parts[0],
      environment: parts[1],
      name: parts[3]!,
      parent: environmentAddress(parts[0]!, parts[1]!),
    };
  }
  return undefined;
}

/** Text checked to be a well-formed address, or undefined (for input: `--target`, saved plans). */
export function asAddress(text: string): Address | undefined {
  return parseAddress(text) ? brand(text) : undefined;
}

/** The address of the owner: the project of an environment, the environment of a placed resource, the owner of a sub-resource. */
export function parentOf(address: Address): Address | undefined {
  return parseAddress(address)?.parent;
}

/** The environment an address lies in (itself for an environment), or undefined above environments. */
export function environmentOf(address: Address): Address | undefined {
  const parsed = parseAddress(address);
  return parsed?.project !== undefined && parsed.environment !== undefined ? environmentAddress(parsed.project, parsed.environment) : undefined;
}

/** The resource a sub-resource belongs to (`a/b/application/x#storage/y` → `a/b/application/x`); the address itself otherwise. */
export function ownerOf(address: Address): Address {
  const hash = address.indexOf('#');
  return hash >= 0 ? brand(address.slice(0, hash)) : address;
}

/** The same sub-resource path under another owner (`a#storage/y` with `b` → `b#storage/y`); `owner` itself for a top address. */
export function reowned(address: Address, owner: Address): Address {
  const hash = address.indexOf('#');
  return hash >= 0 ? brand(owner + address.slice(hash)) : owner;
}

/** The name of instance `k` (1-based) of a replicated application: `web` → `web-1`. The one suffix rule. */
export function replicaName(name: string, k: number): string {
  return `${name}-${k}`;
}

/** The address of instance `k` of the application at `base`. */
export function replicaAddress(base: Address, k: number): Address {
  return brand(replicaName(base, k));
}

/** Index `k` of instance `base-k`, 0 for `base` itself, undefined for any other address. */
export function replicaIndexOf(base: Address, address: Address): number | undefined {
  if (address === base) return 0;
  if (!address.startsWith(`${base}-`)) return undefined;
  const rest = address.slice(base.length + 1);
  return /^[1-9][0-9]*$/.test(rest) ? Number(rest) : undefined;
}

/**
 * True when `address` is selected by a `--target` pattern: the exact address, an ancestor of it
 * (`ado/production` selects everything in that environment), or a glob with `*`.
 */
export function matchesTarget(address: Address | string, target: string): boolean {
  if (target.includes('*')) {
    // A glob selects what it matches and everything below it (`*/staging` → all of staging).
    const re = new RegExp(
      '^' + target.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/#]*') + '($|[/#])',
    );
    return re.test(address);
  }
  return address === target || address.startsWith(target + '/') || address.startsWith(target + '#');
}
