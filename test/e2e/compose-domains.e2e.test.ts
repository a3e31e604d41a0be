import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

// Issue 18: compose resources with domains converge in one apply. Coolify 4.3.11 takes both on
// create: a service's `urls` after the compose is parsed (ServicesController.php:727-730), a git
// compose app's `docker_compose_domains` stored as sent (ApplicationsController.php:1387-1457).
const MANIFEST = `version: 1
defaults:
  server: main
projects:
  compose:
    environments:
      production:
        services:
          stack:
            compose: |
              services:
                web:
                  image: nginx:1
                admin:
                  image: nginx:1
            urls:
              - { name: web, url: https://web.example.com }
              - { name: admin, url: https://admin.example.com }
        applications:
          shop:
            git:
              repository: https://github.com/example/shop
              buildPack: dockercompose
              composeDomains:
                - { name: web, domain: https://shop.example.com }
                - { name: api, domain: https://api.shop.example.com }
`;

describe('compose domains in one apply (issue 18)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'compose-domains.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
  });
  afterAll(async () => sb.close());

  it('the plan sends the domains with the create', async () => {
    const plan = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('https://shop.example.com');
    expect(plan.stdout).toContain('https://web.example.com');
  });

  it('one apply from empty sets every domain', async () => {
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const svc = sb.store.world.services.find((s) => s.name === 'stack');
    expect(svc?.fields.app_fqdns).toEqual({ web: 'https://web.example.com', admin: 'https://admin.example.com' });
    const app = sb.store.world.applications.find((a) => a.name === 'shop');
    expect(JSON.parse(String(app?.fields.docker_compose_domains))).toEqual({
      web: { domain: 'https://shop.example.com' },
      api: { domain: 'https://api.shop.example.com' },
    });
  });

  it('re-plans clean', async () => {
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });
});
