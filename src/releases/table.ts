/**
 * Queries on the per-release API table: which known release a connected Coolify version maps
 * to, what each endpoint accepts in that release, which pattern a field must match, and model
 * defaults per release. Pure: no I/O.
 *
 * Version-selection rule: the nearest known release at or below the connected version
 * (4.3.11 ≤ v < 4.3.23 → 4.3.11; 4.3.23 ≤ v < 4.4.2 → 4.3.23; v ≥ 4.4.2 → 4.4.2, with a
 * warning above 4.4.2). Versions below the oldest known release are refused.
 */
import { compareVersions, parseVersion, type ParsedVersion } from './version.js';
import { RELEASE_DATA } from './releases.generated.js';
import type { EndpointEntry, ReleaseData } from './types.js';

/** The known releases, oldest first (`4.3.11`, …). */
export const KNOWN_RELEASES: readonly string[] = RELEASE_DATA.releases.map((r) => r.version);

/** The oldest Coolify release ado-coolify supports: the oldest one the table describes. */
export const OLDEST_SUPPORTED_RELEASE: string = KNOWN_RELEASES[0] as string;

/** The newest release the table describes. */
export const NEWEST_KNOWN_RELEASE: string = KNOWN_RELEASES[KNOWN_RELEASES.length - 1] as string;

/** Outcome of resolveRelease. */
export type ReleaseResolution =
  | { ok: true; release: string; version: string; warning?: string }
  | { ok: false; version: string; message: string };

/** Maps a connected Coolify version to the known release whose table applies (rule above). */
export function resolveRelease(version: string, data: ReleaseData = RELEASE_DATA): ReleaseResolution {
  const parsed = parseVersion(version);
  const releases = data.releases.map((r) => r.version);
  const oldest = releases[0] as string;
  if (!parsed) return { ok: false, version, message: `Coolify reported an unrecognised version "${version.slice(0, 40)}".` };
  let chosen: string | undefined;
  for (const r of releases) if (compareVersions(parsed, parseVersion(r) as ParsedVersion) >= 0) chosen = r;
  if (chosen === undefined) {
    return {
      ok: false,
      version,
      message: `Coolify ${version} is older than ${oldest}, the oldest release ado-coolify supports. Upgrade Coolify to ${oldest} or newer.`,
    };
  }
  const newest = releases[releases.length - 1] as string;
  if (chosen === newest && compareVersions(parsed, parseVersion(newest) as ParsedVersion) > 0) {
    return {
      ok: true,
      release: chosen,
      version,
      warning: `Coolify ${version} is newer than ${newest}, the newest release ado-coolify knows; using what ${newest} accepts.`,
    };
  }
  return { ok: true, release: chosen, version };
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** An endpoint of the table with its method and path split once. */
interface ParsedEndpoint {
  name: string;
  method: string;
  segments: string[];
}

/** The table's endpoints by method, parsed once per table (endpointFor runs per request). */
const parsedTables = new WeakMap<ReleaseData, Map<string, ParsedEndpoint[]>>();
/** Answers of endpointFor for templates and paths already seen, per table. */
const answers = new WeakMap<ReleaseData, Map<string, string | undefined>>();
/** Past this many remembered answers (paths with uuids), the memo starts over. */
const MAX_ANSWERS = 10_000;

function parsedEndpoints(data: ReleaseData): Map<string, ParsedEndpoint[]> {
  let byMethod = parsedTables.get(data);
  if (!byMethod) {
    byMethod = new Map();
    for (const name of Object.keys(data.endpoints)) {
      const [m, p] = name.split(' ') as [string, string];
      const list = byMethod.get(m) ?? [];
      list.push({ name, method: m, segments: segments(p) });
      byMethod.set(m, list);
    }
    parsedTables.set(data, byMethod);
  }
  return byMethod;
}

/**
 * The table's endpoint name (`PATCH /projects/{uuid}`) for a request (`PATCH`, `/projects/abc`),
 * or undefined when the table has no such endpoint. A literal segment beats a parameter.
 */
export function endpointFor(method: string, path: string, data: ReleaseData = RELEASE_DATA): string | undefined {
  const key = `${method.toUpperCase()} ${path}`;
  let memo = answers.get(data);
  if (!memo) answers.set(data, (memo = new Map()));
  if (memo.has(key)) return memo.get(key);
  const xs = segments(path.replace(/^\/api\/v1(?=\/)/, '').split('?')[0] ?? '');
  let best: { name: string; literals: number } | undefined;
  for (const { name, segments: ps } of parsedEndpoints(data).get(method.toUpperCase()) ?? []) {
    if (ps.length !== xs.length) continue;
    let literals = 0;
    let ok = true;
    for (let i = 0; i < ps.length; i++) {
      const s = ps[i] as string;
      if (s.startsWith('{')) continue;
      if (s !== xs[i]) {
        ok = false;
        break;
      }
      literals++;
    }
    if (ok && (!best || literals > best.literals)) best = { name, literals };
  }
  if (memo.size >= MAX_ANSWERS) memo.clear();
  memo.set(key, best?.name);
  return best?.name;
}

/** The table entry of an endpoint name, or undefined. */
export function endpointEntry(endpoint: string, data: ReleaseData = RELEASE_DATA): EndpointEntry | undefined {
  return data.endpoints[endpoint];
}

/** The keys an endpoint accepts in a release; null when the table records no allow-list. */
export function allowedFields(release: string, endpoint: string, data: ReleaseData = RELEASE_DATA): ReadonlySet<string> | null {
  const idx = data.endpoints[endpoint]?.releases[release]?.fields;
  if (idx === undefined || idx === null) return null;
  // one set per shared allow-list: plans ask for the same few thousands of times
  let sets = fieldSets.get(data);
  if (!sets) fieldSets.set(data, (sets = new Map()));
  let set = sets.get(idx);
  if (!set) sets.set(idx, (set = new Set(data.fieldLists[idx] ?? [])));
  return set;
}

const fieldSets = new WeakMap<ReleaseData, Map<number, ReadonlySet<string>>>();

/** True when the endpoint's route exists in the release (unknown endpoints count as present). */
export function routePresent(release: string, endpoint: string, data: ReleaseData = RELEASE_DATA): boolean {
  return data.endpoints[endpoint]?.releases[release]?.route ?? true;
}

/**
 * True when a request (`PATCH`, `/applications/x/previews/7`) hits a route that some known
 * release has and this one does not (it answers 404 there).
 */
export function requestRouteAbsent(release: string, method: string, path: string, data: ReleaseData = RELEASE_DATA): boolean {
  const xs = segments(path.split('?')[0] ?? '');
  for (const [route, releases] of Object.entries(data.routesNotInAll)) {
    const [m, p] = route.split(' ') as [string, string];
    if (m !== method.toUpperCase() || releases.includes(release)) continue;
    const ps = segments(p);
    if (ps.length === xs.length && ps.every((s, i) => s.startsWith('{') || s === xs[i])) {
      // A route of every release with more literal segments wins (Laravel tries them in order).
      return !hasPresentLiteralRoute(data, m, xs, ps);
    }
  }
  const endpoint = endpointFor(method, path, data);
  return endpoint !== undefined && !routePresent(release, endpoint, data);
}

function hasPresentLiteralRoute(data: ReleaseData, method: string, xs: string[], matched: string[]): boolean {
  const literals = matched.filter((s) => !s.startsWith('{')).length;
  return Object.entries(data.endpoints).some(([name, e]) => {
    const [m, p] = name.split(' ') as [string, string];
    const ps = segments(p);
    const lit = ps.filter((s) => !s.startsWith('{')).length;
    return m === method && lit > literals && ps.length === xs.length && ps.every((s, i) => s.startsWith('{') || s === xs[i]) && Object.values(e.releases).every((r) => r.route);
  });
}

/**
 * The first known release that has the route of a request (`POST`, `/databases/sqlite`) when
 * `release` answers it 404 (requestRouteAbsent); undefined when the release has it, or no known
 * release does.
 */
export function routeSince(release: string, method: string, path: string, data: ReleaseData = RELEASE_DATA): string | undefined {
  if (!requestRouteAbsent(release, method, path, data)) return undefined;
  return data.releases.map((r) => r.version).find((r) => !requestRouteAbsent(r, method, path, data));
}

/**
 * The first known release whose allow-list for the endpoint has the field, when `release`
 * itself has an allow-list without it; undefined when the field is not release-gated there
 * (accepted, no allow-list, or accepted by no known release at all).
 */
export function gatedSince(release: string, endpoint: string, field: string, data: ReleaseData = RELEASE_DATA): string | undefined {
  const here = allowedFields(release, endpoint, data);
  if (here === null || here.has(field)) return undefined;
  return data.releases.map((r) => r.version).find((r) => allowedFields(r, endpoint, data)?.has(field) === true);
}

/**
 * Turns a PHP pattern as written in Coolify's source (`'/…/u'`, single-quoted string text) into
 * a JavaScript RegExp: PHP string escapes undone, `\A`/`\z` anchors mapped, identity escapes of
 * quotes (invalid under the `u` flag) removed.
 */
export function phpPatternToRegExp(source: string): RegExp {
  const unquoted = source.replace(/\\([\\'])/g, '$1');
  const m = /^\/(.*)\/([a-zA-Z]*)$/s.exec(unquoted);
  if (!m) throw new Error(`not a PHP pattern: ${source.slice(0, 40)}`);
  const body = (m[1] as string)
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\\(["'])/g, '$1');
  const flags = [...new Set((m[2] as string).replace(/[^imsu]/g, ''))].join('');
  return new RegExp(body, flags);
}

/** The pattern a body field must match at an endpoint in a release, with its name; undefined when none. */
export function patternFor(
  release: string,
  endpoint: string,
  field: string,
  data: ReleaseData = RELEASE_DATA,
): { name: string; regexp: RegExp } | undefined {
  const name = data.endpoints[endpoint]?.patterns?.[field];
  const source = name ? data.patterns[release]?.[name] : undefined;
  return name && source ? { name, regexp: phpPatternToRegExp(source) } : undefined;
}

/** A model field's default in a release when it differs between releases; undefined otherwise (or absent). */
export function releaseDefault(release: string, model: string, field: string, data: ReleaseData = RELEASE_DATA): unknown {
  return data.defaults[model]?.[field]?.[release];
}
