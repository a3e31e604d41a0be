/**
 * What a database image's version change needs beyond a restart (audit M8): each engine's
 * release series and what crossing one does to the data on the volume. Read by the database
 * table's `image` field (`changeCaveat`); the diff stays kind-agnostic.
 */
import type { FieldCaveat } from '../model/plan.js';
import { splitImage } from './normalize.js';

/** A release series: `[major]` or `[major, minor]`, from an image tag such as `16-alpine`, `8.0.36`. */
type Series = readonly number[];

/** How one engine's versions are read and what crossing a release series needs. */
interface EngineVersionRule {
  /** The release series of a tag (undefined for `latest`, digests and other tags without a version). */
  series(tag: string): Series | undefined;
  /** Only a downgrade is a problem (Redis reads older dump files). */
  downgradeOnly?: true;
  /** What the change needs, in words (`from`/`to` as the tags' series). */
  note(from: string, to: string, downgrade: boolean): string;
}

function leadingVersion(tag: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?/.exec(tag);
  if (!m) return undefined;
  return m[2] === undefined ? [Number(m[1])] : [Number(m[1]), Number(m[2])];
}

/** The major version; `x.y` below 10 (PostgreSQL 9.6 and 10 are both "major"). */
function postgresSeries(tag: string): Series | undefined {
  const v = leadingVersion(tag);
  if (!v) return undefined;
  return v[0]! >= 10 ? [v[0]!] : v;
}
const majorMinor = (tag: string): Series | undefined => leadingVersion(tag);
const majorOnly = (tag: string): Series | undefined => leadingVersion(tag)?.slice(0, 1);

const NO_DOWNGRADE = 'a downgrade is not supported: the older server does not start on the newer data files';

/** Per engine (the database subtype). Engines not listed get no version caveat. */
const RULES: Readonly<Record<string, EngineVersionRule>> = {
  postgresql: {
    series: postgresSeries,
    note: (from, to) => `major version ${from} → ${to}: PostgreSQL ${to} does not start on the old data directory without pg_upgrade (or a dump and restore)`,
  },
  mysql: {
    series: majorMinor,
    note: (from, to, down) =>
      `release series ${from} → ${to}: ${down ? NO_DOWNGRADE : 'MySQL upgrades the data directory in place at first start, which cannot be undone, and skipping a series is not supported: back up first'}`,
  },
  mariadb: {
    series: majorMinor,
    note: (from, to, down) =>
      `release series ${from} → ${to}: ${down ? NO_DOWNGRADE : 'the data directory needs mariadb-upgrade (the image runs it only with MARIADB_AUTO_UPGRADE=1): back up first'}`,
  },
  mongodb: {
    series: majorMinor,
    note: (from, to, down) =>
      `release series ${from} → ${to}: ${down ? NO_DOWNGRADE : 'MongoDB upgrades one series at a time, with featureCompatibilityVersion set to the old series first; skipping one does not start'}`,
  },
  redis: { series: majorOnly, downgradeOnly: true, note: (from, to) => `major version ${from} → ${to}: ${NO_DOWNGRADE}` },
  keydb: { series: majorOnly, downgradeOnly: true, note: (from, to) => `major version ${from} → ${to}: ${NO_DOWNGRADE}` },
};

function compareSeries(a: Series, b: Series): number {
  // `8` names the newest 8.x: compare only the parts both tags give.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function tagOf(image: unknown): string | undefined {
  if (typeof image !== 'string' || image.trim() === '') return undefined;
  const { name, tag } = splitImage(image.trim());
  if (name.endsWith('@sha256')) return undefined;
  return tag ?? 'latest';
}

/**
 * The caveat of a database image change from `before` to `after` for `engine`: a
 * `data-migration` when the tags name different release series (a downgrade only, for
 * Redis and KeyDB); undefined when either tag names no version (`latest`, a digest).
 */
export function databaseImageCaveat(before: unknown, after: unknown, engine: string | undefined): FieldCaveat | undefined {
  const rule = engine !== undefined ? RULES[engine] : undefined;
  const [fromTag, toTag] = [tagOf(before), tagOf(after)];
  if (!rule || fromTag === undefined || toTag === undefined) return undefined;
  const [from, to] = [rule.series(fromTag), rule.series(toTag)];
  if (!from || !to) return undefined;
  const cmp = compareSeries(to, from);
  if (cmp === 0 || (rule.downgradeOnly && cmp > 0)) return undefined;
  return { code: 'data-migration', note: rule.note(from.join('.'), to.join('.'), cmp < 0) };
}
