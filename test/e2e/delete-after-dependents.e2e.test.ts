/**
 * Audit m12: deleting a resource waits for its former dependents. Removing `staging/redis` and
 * the `REDIS_URL` that referenced it from `staging/web` deletes redis only after web's env was
 * written and web was redeployed without it (as Terraform destroys after the dependents'
 * updates): the running web never loses Redis before the version without it is live.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (withRedis: boolean) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      staging:
        databases:
${withRedis ? '          redis: { type: redis }\n' : ''}          db: { type: postgresql }
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            env:
              DATABASE_URL: \${databases.db.internalUrl}
              MODE: ${withRedis ? 'cached' : 'plain'}
${withRedis ? '              REDIS_URL: ${databases.redis.internalUrl}\n' : ''}`;

describe('removing a referenced database and its reference', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });

  it('deletes redis after web env was written and web was redeployed', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    writeFileSync(file, MANIFEST(true));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const redis = sb.store.world.databases.find((d) => d.name === 'redis')!;
    const web = sb.store.world.applications.find((a) => a.name === 'web')!;

    writeFileSync(file, MANIFEST(false));
    const from = sb.requestLog.length;
    const second = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy', '--parallelism', '4'], { env: cliEnv(sb) });
    expect(second.status, second.stdout + second.stderr).toBe(0);
    const log = sb.requestLog.slice(from).map((q) => `${q.method} ${q.path}`);
    const del = log.findIndex((l) => l.startsWith(`DELETE /api/v1/databases/${redis.uuid}`));
    const envWrites = log.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith(`PATCH /api/v1/applications/${web.uuid}/envs`) || l.startsWith(`DELETE /api/v1/applications/${web.uuid}/envs`));
    // web's only deploy in this run; it is finished once its deployment was last polled.
    const deploy = log.indexOf('POST /api/v1/deploy');
    const deployed = log.findLastIndex((l) => l.startsWith('GET /api/v1/deployments/') && !l.startsWith('GET /api/v1/deployments/applications/'));
    expect(del, log.join('\n')).toBeGreaterThan(-1);
    expect(envWrites.length, log.join('\n')).toBeGreaterThan(0);
    expect(deploy, log.join('\n')).toBeGreaterThan(-1);
    for (const [, i] of envWrites) expect(del, log.join('\n')).toBeGreaterThan(i);
    expect(del, log.join('\n')).toBeGreaterThan(deploy);
    expect(del, log.join('\n')).toBeGreaterThan(deployed);
    expect(sb.store.world.databases.map((d) => d.name)).toEqual(['db']);
  });
});
