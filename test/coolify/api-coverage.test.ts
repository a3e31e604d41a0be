/**
 * docs/api-coverage.md is true: every route of the three contracts has a row; a row says `used`
 * exactly when the client calls the route or a team-wide kind's table names it; a route left out
 * has a hand-written reason, and every reason still matches a route left out. UPDATE_GOLDEN=1
 * rewrites the table between its markers (the reasons stay as written).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_ORDER, specFor } from '../../src/kinds/registry.js';
import { clientEndpoints } from '../conformance/client-endpoints.js';
import { contractsDir } from '../helpers/contracts-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DOC = join(ROOT, 'docs', 'api-coverage.md');

const RELEASES = ['4.3.11', '4.3.23', '4.4.2'];

/** `METHOD /path` with every parameter as `{}`. */
const normal = (method: string, path: string): string => `${method} ${path.replace(/\{[^}]*\}/g, '{}')}`;

/** The routes of each release, from the contracts' route lists, in path order. */
function contractRoutes(): Map<string, string[]> {
  const dir = contractsDir();
  if (dir === undefined) throw new Error('the contracts (shared/coolify-api/contracts) are not next to the repository: set ADO_COOLIFY_CONTRACTS');
  const out = new Map<string, string[]>();
  for (const release of RELEASES) {
    const contract = JSON.parse(readFileSync(join(dir, `coolify-v${release}.json`), 'utf8')) as { routes: Array<{ method: string; path: string }> };
    for (const r of contract.routes) {
      const key = normal(r.method, r.path);
      const seen = out.get(key) ?? [];
      if (!seen.includes(release)) out.set(key, [...seen, release]);
    }
  }
  const path = (k: string): string => k.slice(k.indexOf(' ') + 1);
  return new Map([...out.entries()].sort(([a], [b]) => path(a).localeCompare(path(b)) || a.localeCompare(b)));
}

/** Every route ado-coolify uses: the client's endpoints, the team-wide kinds' collections and what kinds send (`KindSpec.sends`). */
async function usedRoutes(): Promise<Set<string>> {
  const used = new Set([...(await clientEndpoints()).keys()].map((e) => normal(e.slice(0, e.indexOf(' ')), e.slice(e.indexOf(' ') + 1))));
  for (const kind of KIND_ORDER) {
    for (const e of specFor(kind).sends ?? []) used.add(normal(e.slice(0, e.indexOf(' ')), e.slice(e.indexOf(' ') + 1)));
    const collection = specFor(kind).team?.collection;
    if (collection === undefined) continue;
    for (const [method, path] of [['GET', collection], ['POST', collection], ['GET', `${collection}/{uuid}`], ['PATCH', `${collection}/{uuid}`], ['DELETE', `${collection}/{uuid}`]] as const) used.add(normal(method, path));
  }
  return used;
}

interface Reason {
  patterns: string[];
  text: string;
}

function between(text: string, name: string): { before: string; inner: string; after: string } {
  const begin = `<!-- ${name}:begin -->\n`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/api-coverage.md has no ${name} markers`);
  return { before: text.slice(0, a + begin.length), inner: text.slice(a + begin.length, b), after: text.slice(b) };
}

function parseReasons(inner: string): Reason[] {
  return inner.split('\n').filter((l) => l.startsWith('- ')).map((line) => {
    const colon = line.indexOf('`: ');
    return { patterns: [...line.slice(2, colon + 1).matchAll(/`([^`]+)`/g)].map((m) => m[1]!), text: line.slice(colon + 3) };
  });
}

const glob = (pattern: string): RegExp => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

function releasesText(releases: readonly string[]): string {
  const from = RELEASES.indexOf(releases[0]!);
  return releases.length === RELEASES.length - from ? `${releases[0]}+` : releases.join(', ');
}

describe('docs/api-coverage.md', () => {
  it('lists every route, says which are used, and gives a reason for every other one', async () => {
    const text = readFileSync(DOC, 'utf8');
    const reasons = parseReasons(between(text, 'reasons').inner);
    const routes = contractRoutes();
    const used = await usedRoutes();
    const unexplained: string[] = [];
    const matched = new Set<Reason>();
    const rows = [...routes.entries()].map(([route, releases]) => {
      if (used.has(route)) return `| \`${route}\` | ${releasesText(releases)} | used | |`;
      const reason = reasons.find((r) => r.patterns.some((p) => glob(p).test(route)));
      if (reason === undefined) unexplained.push(route);
      else matched.add(reason);
      return `| \`${route}\` | ${releasesText(releases)} | left out | ${reason?.text ?? ''} |`;
    });
    expect(unexplained, 'routes left out without a reason: add a line to the reasons').toEqual([]);
    const dead = reasons.filter((r) => !matched.has(r)).map((r) => r.patterns.join(', '));
    expect(dead, 'reasons that no longer match a route left out: remove them').toEqual([]);
    const usedCount = [...routes.keys()].filter((r) => used.has(r)).length;
    const table = [
      `${usedCount} of ${routes.size} routes are used; ${routes.size - usedCount} are left out.`,
      '',
      '| Route | Releases | ado-coolify | Why it is left out |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
    const { before, after } = between(text, 'routes');
    const wanted = `${before}${table}${after}`;
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(DOC, wanted);
    else expect(text, 'docs/api-coverage.md is stale: UPDATE_GOLDEN=1 rewrites it').toBe(wanted);
  }, 60_000);

  it('matches a route against a reason pattern only as a whole', () => {
    expect(glob('* /tags').test('GET /tags')).toBe(true);
    expect(glob('* /tags').test('GET /tags/{}')).toBe(false);
    expect(glob('GET /hetzner/*').test('GET /hetzner/images')).toBe(true);
    expect(releasesText(['4.4.2'])).toBe('4.4.2+');
    expect(releasesText(['4.3.11', '4.3.23', '4.4.2'])).toBe('4.3.11+');
    expect(releasesText(['4.3.11'])).toBe('4.3.11');
  });
});
