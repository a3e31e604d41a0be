/**
 * Coolify keeps request strings trimmed (Laravel's TrimStrings middleware, seen on the real
 * 4.3.11; env values also by app/Models/EnvironmentVariable.php:364, :372): a `|` block value
 * ends in a newline that Coolify drops. The plan compares what Coolify keeps, so such a value
 * (an env var, a shared variable, a description, a command) is not a change after every apply.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    description: |
      The shop, with a description that ends in a newline.
    sharedEnv:
      MOTD: |
        welcome
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            preDeploy: |
              php artisan migrate --force
            env:
              BANNER: |
                line one
                line two
              PADDED: "  spaced  "
`;

describe('env values Coolify trims', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('plan clean after apply when a value (env or shared) ends in a newline or has outer spaces', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    writeFileSync(file, MANIFEST);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(again.status, again.stdout).toBe(0);
    expect(sb.store.world.sharedEnvs.find((e) => e.key === 'MOTD')?.value).toBe('welcome');
    // Every request string is trimmed (Laravel's TrimStrings), fields as much as env values.
    expect(sb.store.world.applications.find((a) => a.name === 'web')?.fields['pre_deployment_command']).toBe('php artisan migrate --force');
  });
});
