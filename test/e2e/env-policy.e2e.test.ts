/**
 * Env ownership modes (issue 18): `envPolicy: merge` (the default) keeps an env key added
 * out of band and lists it (drift: unmanaged env keys); `exact` shows it in the plan as a
 * removal and apply deletes it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (policy: string) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
${policy}            env: { MODE: live }
`;

async function addKey(sb: Sandbox, key: string): Promise<void> {
  const app = sb.store.world.applications.find((a) => a.name === 'web')!;
  const res = await fetch(`${sb.url}/api/v1/applications/${app.uuid}/envs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ key, value: 'by hand' }),
  });
  expect(res.status).toBe(201);
}

const liveKeys = (sb: Sandbox): string[] => {
  const app = sb.store.world.applications.find((a) => a.name === 'web')!;
  return sb.store.world.envVars.filter((e) => e.owner.kind === 'application' && e.owner.id === app.id && !e.is_preview).map((e) => e.key).sort();
};

describe('envPolicy', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('merge keeps an out-of-band key and lists it; exact shows its removal and deletes it', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    writeFileSync(file, MANIFEST(''));
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) })).status).toBe(0);
    await addKey(sb, 'HAND_MADE');

    const merge = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(merge.status, merge.stdout).toBe(0);
    const drift = await runCli(['drift', '-f', file], { env: cliEnv(sb) });
    expect(drift.stdout).toContain('HAND_MADE');
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) })).status).toBe(0);
    expect(liveKeys(sb)).toEqual(['HAND_MADE', 'MODE']);

    writeFileSync(file, MANIFEST('            envPolicy: exact\n'));
    const exact = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(exact.status, exact.stdout).toBe(2);
    expect(exact.stdout).toMatch(/- env\.HAND_MADE/);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(liveKeys(sb)).toEqual(['MODE']);
    const clean = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(clean.status, clean.stdout).toBe(0);
  });
});
