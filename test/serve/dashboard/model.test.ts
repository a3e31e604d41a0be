/** The dashboard's pure parts: grouping, badges, chart scaling, graph layout, progress, sync answers. */
import { describe, expect, it } from 'vitest';
import { changeBadge, healthBadge, syncBadge } from '../../../src/serve/dashboard/model/badges.js';
import { formatDuration, MIN_BAR_HEIGHT, niceCeiling, timelineChart } from '../../../src/serve/dashboard/model/chart.js';
import { layoutGraph } from '../../../src/serve/dashboard/model/graph-layout.js';
import { groupResources } from '../../../src/serve/dashboard/model/grouping.js';
import { describeProgress, IDLE, reduceProgress } from '../../../src/serve/dashboard/model/progress.js';
import { describeSyncAnswer } from '../../../src/serve/dashboard/model/sync-answer.js';
import { fixtureHistory, RESOURCES } from './fixtures.js';

describe('groupResources', () => {
  it('groups by project then environment, team-wide last, counting what is not in sync', () => {
    const groups = groupResources(RESOURCES);
    expect(groups.map((g) => g.project)).toEqual(['ado', 'shop', null]);
    expect(groups[0]!.environments.map((e) => e.environment)).toEqual(['production', 'staging']);
    expect(groups[0]!.outOfSync).toBe(2);
    expect(groups[0]!.environments[0]!.resources.map((r) => r.name)).toEqual(['api-gateway', 'orchestrator', 'postgres', 'redis']);
    expect(groups[2]!.environments).toHaveLength(1);
    expect(groups[2]!.environments[0]!.environment).toBeNull();
  });
});

describe('badges', () => {
  it('maps every contract state to a tone, unknown values to neutral', () => {
    expect(syncBadge('OutOfSync').tone).toBe('warn');
    expect(syncBadge('Missing').tone).toBe('bad');
    expect(healthBadge('Healthy').tone).toBe('ok');
    expect(healthBadge('Degraded').tone).toBe('bad');
    expect(healthBadge('Progressing').tone).toBe('info');
    expect(healthBadge('toString')).toMatchObject({ text: 'toString', tone: 'neutral' });
    expect(syncBadge(null).text).toBe('Unknown');
    expect(changeBadge(null)).toBeUndefined();
    expect(changeBadge('delete')?.tone).toBe('bad');
  });
});

describe('timeline chart', () => {
  it('scales bars to a nice maximum, oldest cycle left, a zero duration still visible', () => {
    expect(niceCeiling(22_800)).toBe(50_000);
    expect(niceCeiling(1000)).toBe(1000);
    expect(niceCeiling(0)).toBe(1);
    const history = fixtureHistory();
    history.cycles[0] = { ...history.cycles[0]!, durationMs: 0 };
    const c = timelineChart(history.cycles, { width: 640, height: 200 });
    expect(c.maxMs).toBe(50_000);
    expect(c.bars.map((b) => b.cycle)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const five = c.bars.find((b) => b.cycle === 5)!;
    expect(five.height).toBeCloseTo((22_800 / 50_000) * c.plot.height);
    expect(five.y + five.height).toBeCloseTo(c.plot.top + c.plot.height);
    expect(c.bars.at(-1)!.height).toBe(MIN_BAR_HEIGHT);
    expect(c.bars.find((b) => b.cycle === 4)!.tone).toBe('bad');
    expect(c.bars.at(-1)!.x + c.bars.at(-1)!.width).toBeLessThanOrEqual(c.plot.left + c.plot.width);
  });
  it('words durations', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1200)).toBe('1.2 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});

describe('layoutGraph', () => {
  it('puts dependencies left of their dependents and survives a cycle and dangling edges', () => {
    const layout = layoutGraph({
      nodes: [{ id: 'p', kind: 'project', label: 'p' }, { id: 'db', kind: 'database', label: 'db' }, { id: 'app', kind: 'application', label: 'app' }, { id: 'x', kind: 'x', label: 'x' }, { id: 'y', kind: 'y', label: 'y' }],
      edges: [{ from: 'p', to: 'db' }, { from: 'db', to: 'app' }, { from: 'p', to: 'app' }, { from: 'x', to: 'y' }, { from: 'y', to: 'x' }, { from: 'p', to: 'nowhere' }],
    });
    const col = Object.fromEntries(layout.nodes.map((n) => [n.id, n.column]));
    expect(col).toMatchObject({ p: 0, db: 1, app: 2 });
    expect(col.x).toBe(3);
    expect(layout.edges).toHaveLength(5);
    for (const n of layout.nodes) expect(n.x + 180).toBeLessThanOrEqual(layout.width);
  });
});

describe('live progress', () => {
  it('folds SSE events into counts and an announced sentence; another cycle starts over', () => {
    let s = reduceProgress(IDLE, 'cycle-start', { cycle: 12, trigger: 'manual', startedAt: 'x' });
    s = reduceProgress(s, 'phase', { cycle: 12, phase: 'apply' });
    s = reduceProgress(s, 'step', { cycle: 12, address: 'a', action: 'update', outcome: 'ok', durationMs: 5 });
    s = reduceProgress(s, 'step', { cycle: 12, address: 'b', action: 'deploy', outcome: 'failed', durationMs: 5 });
    expect(describeProgress(s)).toBe('Cycle 12 (manual) running: apply — 2 steps: 1 ok, 1 failed, 0 skipped');
    s = reduceProgress(s, 'cycle-end', { cycle: 12, result: 'Failed', exitCode: 1, durationMs: 3000 });
    expect(describeProgress(s)).toBe('Cycle 12 finished: Failed in 3.0 s — 2 steps: 1 ok, 1 failed, 0 skipped');
    const next = reduceProgress(s, 'step', { cycle: 13, address: 'c', action: 'create', outcome: 'ok', durationMs: 1 });
    expect(next.counts).toEqual({ ok: 1, failed: 0, skipped: 0 });
    expect(reduceProgress(s, 'step', 'not an object')).toBe(s);
  });
});

describe('describeSyncAnswer', () => {
  it('says 202, 401 (and drops the token), 403 and 409', () => {
    expect(describeSyncAnswer(202, { accepted: true, cycle: 12 })).toEqual({ text: 'Sync accepted: cycle 12 starts now.', tone: 'ok', forgetToken: false });
    expect(describeSyncAnswer(401, null)).toMatchObject({ tone: 'bad', forgetToken: true });
    expect(describeSyncAnswer(403, null).text).toContain('403');
    expect(describeSyncAnswer(409, { cycle: 7 }).text).toContain('cycle 7 must finish first');
  });
});
