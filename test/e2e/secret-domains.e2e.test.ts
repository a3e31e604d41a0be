/** Audit m1: a `${secrets.X}` used in `domains` is masked by status, deploy and their JSON, as in the plan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const SECRET = 'canarysub7q2x';
const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            domains: ["https://\${secrets.WEB_SUBDOMAIN}.example.com", "https://public.example.com"]
`;

describe('secrets in domains never print', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'shop.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb, { WEB_SUBDOMAIN: SECRET });

  it('apply sends the real domain; status, status --format json and deploy mask it', async () => {
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stderr).toBe(0);
    expect(sb.store.world.applications.find((a) => a.name === 'web')?.fields.fqdn).toContain(SECRET);
    const outputs = [
      await runCli(['status', '-f', file], { env: env() }),
      await runCli(['status', '-f', file, '--format', 'json'], { env: env() }),
      await runCli(['deploy', '-f', file, '--environment', 'production', '--yes'], { env: env() }),
    ];
    for (const o of outputs) {
      expect(o.status, o.stdout + o.stderr).toBe(0);
      expect(o.stdout + o.stderr).not.toContain(SECRET);
      expect(o.stdout + o.stderr).not.toContain(SECRET.toUpperCase());
    }
    // The domain that holds no secret is still shown, and the masked one is said to be sensitive.
    expect(outputs[0]!.stdout).toContain('public.example.com');
    expect(outputs[0]!.stdout).toContain('(sensitive value)');
    const json = JSON.parse(outputs[1]!.stdout) as unknown;
    expect(JSON.stringify(json)).toContain('(sensitive value)');
  });
});
