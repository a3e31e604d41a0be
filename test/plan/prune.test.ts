import { describe, expect, it } from 'vitest';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import { renderPlanHuman, renderPlanMarkdown } from '../../src/render/index.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { plan, sampleDesired, sampleManifest } from './fixtures.js';

type Apps = NonNullable<ResolvedManifest['projects'][string]['environments'][string]['applications']>;

/** The sample manifest with its production applications edited. */
function edited(edit: (apps: Apps) => void): ResolvedManifest {
  const m = sampleManifest();
  edit(m.projects['ado']!.environments['production']!.applications!);
  return m;
}

/** Plans `manifest` against Coolify converged with the whole sample manifest. */
function planAgainstSample(manifest: ResolvedManifest, prune: boolean) {
  const live = convergedLive(sampleDesired(), true);
  return plan(buildDesiredState(manifest, []), live, { prune });
}

const deleted = (p: ReturnType<typeof plan>): string[] => p.resourceChanges.filter((c) => c.action === 'delete').map((c) => c.address).sort();
const orphaned = (p: ReturnType<typeof plan>): string[] => (p.orphaned ?? []).map((o) => o.address ?? o.name).sort();

describe('pruning is opt-in (ux-audit: pruning, issue 13)', () => {
  const cases: Array<{ name: string; edit: (apps: Apps) => void; prune: boolean; deleted: string[]; orphaned: string[] }> = [
    {
      name: 'an application removed from the manifest is kept and listed without --prune',
      edit: (apps) => delete apps['dashboard'],
      prune: false,
      deleted: [],
      orphaned: ['ado/production/application/dashboard'],
    },
    {
      name: 'with --prune it is deleted',
      edit: (apps) => delete apps['dashboard'],
      prune: true,
      deleted: ['ado/production/application/dashboard'],
      orphaned: [],
    },
    {
      name: 'a kept application keeps its tasks and storages, which are not listed apart',
      edit: (apps) => delete apps['api-gateway'],
      prune: false,
      deleted: [],
      orphaned: ['ado/production/application/api-gateway'],
    },
    {
      name: 'a scheduled task removed from a declared application is deleted without --prune (an edit of its owner)',
      edit: (apps) => delete apps['api-gateway']!.scheduledTasks,
      prune: false,
      deleted: ['ado/production/application/api-gateway#task/cleanup'],
      orphaned: [],
    },
    {
      name: 'scaling down deletes the instances it drops without --prune',
      edit: (apps) => {
        apps['worker']!.replicas = 1;
      },
      prune: false,
      deleted: ['ado/production/application/worker-1', 'ado/production/application/worker-2'],
      orphaned: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = planAgainstSample(edited(c.edit), c.prune);
      expect(deleted(p)).toEqual(c.deleted);
      expect(orphaned(p)).toEqual(c.orphaned);
      expect(p.summary.destroy).toBe(c.deleted.length);
      expect(p.prune).toBe(c.prune ? true : undefined);
    });
  }

  it('an environment removed from the manifest is kept with what it holds, each listed', () => {
    const m = sampleManifest();
    delete m.projects['ado']!.environments['staging'];
    const p = planAgainstSample(m, false);
    expect(deleted(p)).toEqual([]);
    expect(orphaned(p)).toEqual(['ado/staging']);
  });

  it('a plan without orphans keeps its shape (no `orphaned` or `prune` key)', () => {
    const p = plan(sampleDesired(), convergedLive(sampleDesired(), true));
    expect('orphaned' in p).toBe(false);
    expect('prune' in p).toBe(false);
  });

  it('the human and Markdown plans say what is kept and how to delete it', () => {
    const p = planAgainstSample(edited((apps) => delete apps['dashboard']), false);
    const human = renderPlanHuman(p, { color: false });
    expect(human).toContain('No longer in the manifest, kept without --prune (1):');
    expect(human).toContain('ado/production/application/dashboard');
    expect(human).toContain('--prune to delete them');
    const md = renderPlanMarkdown(p);
    expect(md).toContain('No longer in the manifest, kept without `--prune` (1)');
    expect(md).toContain('`ado/production/application/dashboard`');
  });
});
