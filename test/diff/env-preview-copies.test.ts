/**
 * Coolify's automatic preview copies of application env vars (EnvironmentVariable.php:95-121)
 * and the order of env lines in a plan (ux-audit p1.6).
 */
import { describe, expect, it } from 'vitest';
import { buildEnvUpsert } from '../../src/diff/env-upsert.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import type { DesiredState } from '../../src/model/resource.js';
import { renderPlanHuman } from '../../src/render/human.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { plan, sampleDesired, sampleManifest } from '../plan/fixtures.js';
import { createRefLookup } from '../../src/plan/refs.js';

const API = 'ado/production/application/api-gateway';
const DASHBOARD = 'ado/production/application/dashboard';
const app = (m: ResolvedManifest, name: string) => m.projects['ado']!.environments!['production']!.applications![name]!;

function desiredWith(edit: (m: ResolvedManifest) => void): DesiredState {
  const m = sampleManifest();
  edit(m);
  return buildDesiredState(m, sampleDesired().edges);
}

function lines(p: ReturnType<typeof plan>, address: string): string[] {
  const all = renderPlanHuman(p, { color: false }).split('\n');
  const start = all.findIndex((l) => l.endsWith(` ${address}`));
  return all.slice(start, all.indexOf('', start));
}

describe('env removals and Coolify’s automatic preview copies (ux-audit p1.6)', () => {
  it('removing a var of an app without previews shows one removal, not its preview copy too', () => {
    const before = desiredWith((m) => {
      app(m, 'api-gateway').env!['DEBUG'] = 'false';
    });
    const live = convergedLive(before, true);
    const p = plan(sampleDesired(), live);
    const change = p.resourceChanges.find((c) => c.address === API)!;
    expect(change.changes.map((c) => c.label)).toEqual(['env.DEBUG']);
    expect(lines(p, API).join('\n')).not.toContain('previews.env');
  });

  it('the copy is still deleted with its variable, so none is left behind', () => {
    const before = desiredWith((m) => {
      app(m, 'api-gateway').env!['DEBUG'] = 'false';
    });
    const live = convergedLive(before, true);
    const desired = sampleDesired();
    const api = desired.resources.find((r) => r.address === API)!;
    const rows = live.resources.find((r) => r.address === API)!.env!.filter((e) => e.key === 'DEBUG');
    expect(rows.map((r) => r.is_preview)).toEqual([false, true]);
    expect(buildEnvUpsert(api, live.resources.find((r) => r.address === API), createRefLookup(live, desired)).deleteUuids).toEqual(rows.map((r) => r.uuid).sort());
  });

  it('a dropped previews.env key (its variable has no other row) is still shown as removed', () => {
    const before = desiredWith((m) => {
      app(m, 'dashboard').previews!.env!['ONLY_PREVIEW'] = 'x';
    });
    const p = plan(sampleDesired(), convergedLive(before, true));
    const change = p.resourceChanges.find((c) => c.address === DASHBOARD)!;
    expect(change.changes.map((c) => c.label)).toEqual(['previews.env.ONLY_PREVIEW']);
  });

  it('previews.env lines come after every env line', () => {
    const before = desiredWith((m) => {
      app(m, 'dashboard').env!['ZZZ'] = 'old';
      app(m, 'dashboard').env!['AAA'] = 'old';
    });
    const after = desiredWith((m) => {
      app(m, 'dashboard').previews!.env!['API_URL'] = 'https://pr2.api';
      app(m, 'dashboard').env!['AAA'] = 'new';
      app(m, 'dashboard').env!['MMM'] = 'new';
    });
    const p = plan(after, convergedLive(before, true));
    const labels = p.resourceChanges.find((c) => c.address === DASHBOARD)!.changes.map((c) => c.label);
    expect(labels).toEqual(['env.AAA', 'env.MMM', 'env.ZZZ', 'previews.env.API_URL']);
  });
});
