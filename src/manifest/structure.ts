import type { Address, PlacedKind } from '../model/address.js';
import { environmentAddress, placedAddress, projectAddress, teamAddress, teamKindOfSection } from '../model/address.js';
import { joinPointer, splitPointer } from './pointer.js';

/**
 * Defensive navigation of a (possibly invalid) manifest document: the resolver and the
 * semantic checks run even when the schema found problems, so nothing here assumes a shape.
 */

/** Manifest section name → placed kind. */
export const SECTION_KIND = { databases: 'database', applications: 'application', services: 'service' } as const satisfies Record<
  string,
  PlacedKind
>;

/** A manifest section holding placed resources. */
export type PlacedSection = keyof typeof SECTION_KIND;

/** The three sections, in apply order. */
export const PLACED_SECTIONS: readonly PlacedSection[] = ['databases', 'applications', 'services'];

/** A plain object (not null, not an array). */
export type PlainObject = Record<string, unknown>;

/** True for plain objects. */
export function isObject(value: unknown): value is PlainObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Entries of a value when it is an object, else none. */
export function entriesOf(value: unknown): Array<[string, unknown]> {
  return isObject(value) ? Object.entries(value) : [];
}

/** One application, database or service found in the document. */
export interface PlacedEntry {
  project: string;
  environment: string;
  kind: PlacedKind;
  section: PlacedSection;
  name: string;
  address: Address;
  pointer: string;
  /** The raw spec (may be of any type in an invalid document). */
  spec: unknown;
}

/** One environment found in the document. */
export interface EnvironmentEntry {
  project: string;
  environment: string;
  address: Address;
  pointer: string;
  spec: PlainObject;
}

/** Every environment of every project, in document order. */
export function listEnvironments(doc: unknown): EnvironmentEntry[] {
  const out: EnvironmentEntry[] = [];
  if (!isObject(doc)) return out;
  for (const [project, p] of entriesOf(doc.projects)) {
    if (!isObject(p)) continue;
    for (const [environment, e] of entriesOf(p.environments)) {
      if (!isObject(e)) continue;
      out.push({
        project,
        environment,
        address: environmentAddress(project, environment),
        pointer: joinPointer('/projects', project, 'environments', environment),
        spec: e,
      });
    }
  }
  return out;
}

/** Every application, database and service, in document order. */
export function listPlaced(doc: unknown): PlacedEntry[] {
  const out: PlacedEntry[] = [];
  for (const env of listEnvironments(doc)) {
    for (const section of PLACED_SECTIONS) {
      for (const [name, spec] of entriesOf(env.spec[section])) {
        const kind = SECTION_KIND[section];
        out.push({
          project: env.project,
          environment: env.environment,
          kind,
          section,
          name,
          address: placedAddress(env.project, env.environment, kind, name),
          pointer: joinPointer(env.pointer, section, name),
          spec,
        });
      }
    }
  }
  return out;
}

/** What owns a manifest location, for reference resolution and edges. */
export type Holder =
  | { kind: 'placed'; entry: Pick<PlacedEntry, 'project' | 'environment' | 'kind' | 'name' | 'address' | 'pointer'> }
  | { kind: 'environment'; project: string; environment: string; address: Address }
  | { kind: 'project'; address: Address }
  | { kind: 'team'; address: Address }
  | { kind: 'none' };

/** Finds the holder of the value at `pointer` from its path alone. */
export function holderOf(pointer: string): Holder {
  const s = splitPointer(pointer);
  const team = teamKindOfSection(s[0]);
  if (team !== undefined && s[1] !== undefined) return { kind: 'team', address: teamAddress(team, s[1]) };
  if (s[0] !== 'projects' || s[1] === undefined) return { kind: 'none' };
  const project = s[1];
  if (s[2] !== 'environments' || s[3] === undefined) return { kind: 'project', address: projectAddress(project) };
  const environment = s[3];
  const section = s[4];
  const name = s[5];
  if (section !== undefined && name !== undefined && section in SECTION_KIND) {
    const kind = SECTION_KIND[section as PlacedSection];
    return {
      kind: 'placed',
      entry: {
        project,
        environment,
        kind,
        name,
        address: placedAddress(project, environment, kind, name),
        pointer: joinPointer('/projects', project, 'environments', environment, section, name),
      },
    };
  }
  return { kind: 'environment', project, environment, address: environmentAddress(project, environment) };
}

/** Names of placed resources by environment, for references and `dependsOn`. */
export class ResourceIndex {
  private readonly byEnv = new Map<string, Map<string, PlacedEntry[]>>();

  constructor(readonly entries: readonly PlacedEntry[]) {
    for (const e of entries) {
      const key = ResourceIndex.envKey(e.project, e.environment);
      let names = this.byEnv.get(key);
      if (!names) this.byEnv.set(key, (names = new Map()));
      const list = names.get(e.name) ?? [];
      list.push(e);
      names.set(e.name, list);
    }
  }

  private static envKey(project: string, environment: string): string {
    return `${project}\u0000${environment}`;
  }

  /** Every resource with this name in the environment (more than one is an error elsewhere). */
  find(project: string, environment: string, name: string): PlacedEntry[] {
    return this.byEnv.get(ResourceIndex.envKey(project, environment))?.get(name) ?? [];
  }

  /** Names in the environment, optionally of one kind. */
  names(project: string, environment: string, kind?: PlacedKind): string[] {
    const names = this.byEnv.get(ResourceIndex.envKey(project, environment));
    if (!names) return [];
    return [...names.entries()].filter(([, list]) => !kind || list.some((e) => e.kind === kind)).map(([n]) => n);
  }
}
