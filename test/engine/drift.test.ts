import { describe, expect, it } from 'vitest';
import { addr } from '../helpers/address.js';
import { driftOf, hasDrift, parseIgnoreRule } from '../../src/engine/drift.js';
import { summarizePlan } from '../../src/plan/summary.js';
import { renderDriftHuman } from '../../src/render/drift.js';
import { P, plan, resource } from '../render/fixtures/builders.js';
import { imageBump } from '../render/fixtures/plans.js';

describe('driftOf', () => {
  it('drops ignored fields and counts the result with the plan’s own summary', () => {
    const bumped = imageBump();
    const [first, ...others] = bumped.resourceChanges.filter((rc) => rc.action === 'update');
    const drift = driftOf(bumped, [parseIgnoreRule(`${first!.address}.image`)]);
    const quiet = drift.resourceChanges.find((rc) => rc.address === first!.address)!;
    expect(quiet).toMatchObject({ action: 'no-op', actionReason: 'only-ignored-fields', changes: [], consequences: [] });
    expect(drift.summary).toEqual(summarizePlan(drift.resourceChanges, drift.unmanaged.length));
    expect(drift.summary).toMatchObject({ change: others.length, redeploy: others.length, noop: bumped.summary.noop + 1 });
    expect(drift.steps).toEqual([]);
    expect(renderDriftHuman(drift, { color: false })).toContain(`Drift: ${others.length} resources differ.`);
    expect(hasDrift(drift)).toBe(true);
  });

  it('a pending redeploy alone (last deployment failed) is no drift, as before 2.0', () => {
    const p = plan([resource(addr(`${P}/application/api`), 'application', 'redeploy', 'redeploy: last deployment failed', { consequences: ['redeploy'] })]);
    const drift = driftOf(p, []);
    expect(drift.resourceChanges[0]).toMatchObject({ action: 'no-op', actionReason: 'only-ignored-fields' });
    expect(drift.summary).toMatchObject({ change: 0, redeploy: 0, noop: 1 });
    expect(hasDrift(drift)).toBe(false);
    expect(renderDriftHuman(drift, { color: false })).toContain('No drift.');
  });

  it('keeps creates, deletes and adoptions as drift', () => {
    const p = plan([
      resource(addr(`${P}/application/new`), 'application', 'create', 'not in Coolify'),
      resource(addr(`${P}/application/old`), 'application', 'delete', 'no longer in the manifest'),
      resource(addr(`${P}/application/hand`), 'application', 'adopt', 'exists without the ownership mark', { alsoUpdates: true }),
    ]);
    const drift = driftOf(p, [parseIgnoreRule(`${P}/application/*.image`)]);
    expect(drift.resourceChanges.map((rc) => rc.action)).toEqual(['create', 'delete', 'adopt']);
    expect(drift.summary).toMatchObject({ add: 1, destroy: 1, adopt: 1, change: 1, noop: 0 });
  });
});
