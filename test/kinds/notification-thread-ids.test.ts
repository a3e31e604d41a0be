/**
 * Telegram's per-event thread ids (`notifications.telegram.threadIds`): Coolify keeps one
 * `telegram_notifications_<event>_thread_id` per event (TelegramNotificationSettings.php:36-49,
 * NotificationsController.php:124-137, a nullable string), `$hidden` (:55-68): lowered, sent,
 * compared only with read:sensitive, imported; the restart-limit one gated to 4.3.23+.
 */
import { describe, expect, it } from 'vitest';
import { buildCreateRequest, type PayloadContext } from '../../src/kinds/payload.js';
import { NOTIFICATION_SPEC, importNotificationChannel, lowerNotificationChannel } from '../../src/kinds/notification.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import type { DiffContext } from '../../src/diff/types.js';
import type { LiveResource } from '../../src/model/resource.js';
import { gateByRelease } from '../../src/plan/release-gate.js';

const ctx: PayloadContext = { refs: () => undefined };
const live = (fields: Record<string, unknown>): LiveResource => ({ kind: 'notification', uuid: 'telegram', name: 'telegram', owned: true, fields: { id: 1, name: 'telegram', uuid: 'telegram', ...fields } });
const dctx = (canReadSensitive: boolean): DiffContext => ({ refs: () => undefined, canReadSensitive });

describe('Telegram thread ids', () => {
  const r = lowerNotificationChannel('telegram', { enabled: true, chatId: '-100123', threadIds: { deploymentSuccess: 42, backupFailure: '7' } });

  it('lowers threadIds.<event> to the event\'s thread id column, a number as its digits, and sends them', () => {
    expect(r.fields).toMatchObject({ telegram_notifications_deployment_success_thread_id: '42', telegram_notifications_backup_failure_thread_id: '7' });
    expect(buildCreateRequest(r, ctx).body).toMatchObject({ telegram_notifications_deployment_success_thread_id: '42', telegram_notifications_backup_failure_thread_id: '7' });
  });

  it('compares them with read:sensitive only: equal is clean, a changed one is drift of threadIds.<event>', () => {
    const base = { telegram_enabled: true, telegram_chat_id: '-100123' };
    expect(diffResource(r, live({ ...base, telegram_notifications_deployment_success_thread_id: '42', telegram_notifications_backup_failure_thread_id: '7' }), NOTIFICATION_SPEC, dctx(true)).changes).toEqual([]);
    const moved = diffResource(r, live({ ...base, telegram_notifications_deployment_success_thread_id: '41', telegram_notifications_backup_failure_thread_id: '7' }), NOTIFICATION_SPEC, dctx(true));
    expect(moved.changes.map((c) => c.label)).toEqual(['threadIds.deploymentSuccess']);
    // hidden without read:sensitive: unverifiable, never counted as drift (as the chat id)
    const hidden = diffResource(r, live({ telegram_enabled: true }), NOTIFICATION_SPEC, dctx(false)).changes.filter((c) => c.label.startsWith('threadIds.'));
    expect(hidden.map((c) => [c.label, c.counts, c.sensitiveState])).toEqual([['threadIds.deploymentSuccess', false, 'unverifiable'], ['threadIds.backupFailure', false, 'unverifiable']]);
  });

  it('imports the thread ids Coolify holds', () => {
    const entry = importNotificationChannel({ id: 1, name: 'telegram', telegram_enabled: true, telegram_notifications_server_patch_thread_id: '9', telegram_notifications_status_change_thread_id: null }, (_w, _l) => '${secrets.X}');
    expect(entry.threadIds).toEqual({ serverPatch: '9' });
  });

  it('the restart-limit thread id is left out with ADO505 before 4.3.23', () => {
    const d = { resources: [lowerNotificationChannel('telegram', { threadIds: { restartLimitReached: '5', serverPatch: '9' } })], edges: [], projects: [] };
    const old = gateByRelease(d, '4.3.11', '4.3.11');
    expect(old.desired.resources[0]!.fields).toEqual({ telegram_notifications_server_patch_thread_id: '9' });
    expect(old.diagnostics.map((x) => x.code)).toEqual(['ADO505']);
    expect(gateByRelease(d, '4.3.23', '4.3.23').desired.resources[0]!.fields).toMatchObject({ telegram_notifications_restart_limit_reached_thread_id: '5' });
  });
});
