/**
 * A singleton team kind (notification channels) in the plan: a declared channel is an update of
 * the record Coolify already has; a dropped enabled one is kept (listed as orphaned, no change)
 * and with --prune planned as a removal whose only change is its switch; one already off says
 * nothing; a manifest without the section does not see the channels at all.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredState, LiveResource } from '../../src/model/resource.js';
import { lowerNotificationChannel } from '../../src/kinds/notification.js';
import { gateByRelease } from '../../src/plan/release-gate.js';
import { withSwitchedOffSingletons } from '../../src/plan/switch-off.js';
import { emptyLive, plan } from './fixtures.js';
import { addr } from '../helpers/address.js';

const channel = (name: string, fields: Record<string, unknown>): LiveResource => ({ kind: 'notification', uuid: name, name, address: addr(`nc/${name}`), owned: true, fields: { id: 1, name, uuid: name, ...fields } });
const live = () => ({
  ...emptyLive(),
  resources: [
    channel('discord', { discord_enabled: true, discord_webhook_url: 'https://1.1.1.1/x', deployment_success_discord_notifications: false }),
    channel('slack', { slack_enabled: false, slack_webhook_url: null }),
  ],
});
const desired = (withDiscord: boolean, section = true): DesiredState => ({
  resources: withDiscord ? [lowerNotificationChannel('discord', { enabled: true, events: { deploymentSuccess: true } })] : [],
  edges: [],
  projects: [],
  ...(section ? { teamKinds: ['notification' as const] } : {}),
});

describe('a singleton team kind in the plan', () => {
  it('a declared channel is an update of the existing record', () => {
    const p = plan(desired(true), live());
    expect(p.resourceChanges.map((c) => [c.address, c.action])).toEqual([['nc/discord', 'update']]);
    expect(p.resourceChanges[0]!.changes.map((c) => c.label)).toEqual(['events.deploymentSuccess']);
    expect(p.unmanaged).toEqual([]);
  });

  it('a dropped enabled channel is kept without --prune; one already off says nothing', () => {
    const p = plan(desired(false), live());
    expect(p.resourceChanges).toEqual([]);
    expect(p.orphaned?.map((o) => [o.address, o.reason])).toEqual([['nc/discord', 'no longer in the manifest: kept as it is (plan with --prune: switched off (enabled: false); its settings are kept)']]);
    expect(p.unmanaged).toEqual([]);
  });

  it('with --prune it is switched off: an update whose only change is the switch, never a delete', () => {
    const switched = withSwitchedOffSingletons(desired(false), live(), true);
    // the slack channel is off already: nothing to switch off
    expect(switched.resources.map((r) => [r.address, r.fields])).toEqual([['nc/discord', { discord_enabled: false }]]);
    const p = plan(switched, live(), { prune: true });
    expect(p.resourceChanges.map((c) => [c.address, c.action, c.reason])).toEqual([['nc/discord', 'update', 'no longer in the manifest: switched off (enabled: false); its settings are kept']]);
    expect(p.resourceChanges[0]!.changes.map((c) => [c.path, c.before, c.after])).toEqual([['discord_enabled', true, false]]);
    expect(p.summary).toMatchObject({ change: 1, destroy: 0 });
    // without the switch-off step (buildPlan alone) a singleton is still never deleted
    expect(plan(desired(false), live(), { prune: true }).resourceChanges).toEqual([]);
    expect(withSwitchedOffSingletons(desired(false), live(), false)).toEqual(desired(false));
  });

  it('a manifest without the section governs no channel, even with --prune', () => {
    expect(withSwitchedOffSingletons(desired(false, false), live(), true).resources).toEqual([]);
    const p = plan(desired(false, false), live(), { prune: true });
    expect(p.resourceChanges).toEqual([]);
    expect(p.orphaned).toBeUndefined();
  });

  it('restartLimitReached needs 4.3.23: dropped with ADO505 against 4.3.11', () => {
    const d: DesiredState = { resources: [lowerNotificationChannel('discord', { events: { restartLimitReached: true, backupFailure: true } })], edges: [], projects: [] };
    const gated = gateByRelease(d, '4.3.11', '4.3.11');
    expect(gated.desired.resources[0]!.fields).toEqual({ backup_failure_discord_notifications: true });
    expect(gated.diagnostics.map((x) => [x.code, x.address])).toEqual([['ADO505', 'nc/discord']]);
    expect(gated.diagnostics[0]!.message).toContain('events.restartLimitReached needs Coolify 4.3.23');
    expect(gateByRelease(d, '4.3.23', '4.3.23').diagnostics).toEqual([]);
  });
});
