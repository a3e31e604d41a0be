/**
 * Telegram's per-event thread ids end to end against the sandbox: applied with the channel
 * (PATCH /notifications/telegram, NotificationsController.php:124-137), clean after, a thread id
 * changed in the UI is drift (the CLI's token reads sensitive fields), and import --instance
 * writes them back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = `version: 1
notifications:
  telegram:
    enabled: true
    token: \${secrets.TG_TOKEN}
    chatId: "-1001234"
    threadIds:
      deploymentFailure: 12
      backupFailure: "14"
projects: {}
`;

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('Telegram thread ids end to end', () => {
  it('applies them, plans clean, shows a UI change as drift, imports them', async () => {
    sb = await sandbox();
    const dir = tempDir();
    const file = join(dir, 'tg.yaml');
    writeFileSync(file, MANIFEST);
    const env = cliEnv(sb, { TG_TOKEN: '123456:canary-telegram-token' });
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const record = (): Record<string, unknown> => sb!.store.world.notifications?.telegram ?? {};
    expect(record()).toMatchObject({ telegram_notifications_deployment_failure_thread_id: '12', telegram_notifications_backup_failure_thread_id: '14' });
    expect((await runCli(['drift', '-f', file], { env })).status).toBe(0);

    record().telegram_notifications_deployment_failure_thread_id = '13';
    sb.store.save();
    const drifted = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env });
    expect(drifted.status, drifted.stdout + drifted.stderr).toBe(2);
    const rc = (JSON.parse(drifted.stdout) as PlanJson).resourceChanges.find((c) => c.address === 'nc/telegram');
    expect(rc?.changes.map((c) => c.label)).toEqual(['threadIds.deploymentFailure']);

    const out = join(dir, 'imported.yaml');
    const imported = await runCli(['import', '--instance', '--output', out, '--secrets-out', join(dir, 'secrets.env')], { env });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/threadIds:\s*\n\s+deploymentFailure: "?13"?\s*\n\s+backupFailure: "?14"?/);
    expect(text).not.toContain('canary-telegram-token');
  }, 120_000);
});
