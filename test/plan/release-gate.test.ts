import { describe, expect, it } from 'vitest';
import { lowerBackup } from '../../src/kinds/backup.js';
import type { DesiredState } from '../../src/model/resource.js';
import { gateByRelease } from '../../src/plan/release-gate.js';
import { buildCreateRequest, buildUpdateBody } from '../../src/kinds/payload.js';
import { addr } from '../helpers/address.js';

function state(): DesiredState {
  const backup = lowerBackup(addr('shop/production/database/db'), 0, { schedule: '0 3 * * *', missingBackupAlertDays: 2 }, false);
  return { resources: [backup], edges: [], projects: ['shop'] };
}

describe('gateByRelease', () => {
  it('drops a field the release does not accept and warns with ADO505 naming field, resource and release', () => {
    const { desired, diagnostics } = gateByRelease(state(), '4.3.11', '4.3.15');
    const backup = desired.resources[0]!;
    expect(backup.fields['missing_backup_notification_days']).toBeUndefined();
    expect(backup.fields['frequency']).toBe('0 3 * * *');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'ADO505', address: 'shop/production/database/db#backup/0' });
    expect(diagnostics[0]!.message).toContain('missingBackupAlertDays needs Coolify 4.3.23 or newer');
    expect(diagnostics[0]!.message).toContain('Coolify 4.3.15 (4.3.11 rules)');
    // Never sent: neither on create nor on update.
    const ctx = { ownerUuid: 'db-uuid', refs: () => undefined };
    expect(buildCreateRequest(backup, ctx).body).not.toHaveProperty('missing_backup_notification_days');
    const change = { uuid: 'b', changes: [{ path: 'missing_backup_notification_days' }] } as unknown as Parameters<typeof buildUpdateBody>[1];
    expect(buildUpdateBody(backup, change, ctx)).not.toHaveProperty('missing_backup_notification_days');
  });

  it('keeps the field where the release accepts it', () => {
    for (const release of ['4.3.23', '4.4.2']) {
      const { desired, diagnostics } = gateByRelease(state(), release, release);
      expect(desired.resources[0]!.fields['missing_backup_notification_days']).toBe(2);
      expect(diagnostics).toEqual([]);
    }
  });

  it('leaves the input untouched', () => {
    const input = state();
    gateByRelease(input, '4.3.11', '4.3.11');
    expect(input.resources[0]!.fields['missing_backup_notification_days']).toBe(2);
  });
});
