/**
 * ux-audit M7, the readable result: an apply that makes Coolify answer 409 ("Domain
 * conflicts") shows Coolify's own sentence, whole: scrubbing replaces secret values only, never
 * ordinary values such as the branch `main` inside "Domain" (the old output was
 * `Do[redacted] conflicts detected. Use force_do[redacted]_override=true`). The secret the app
 * carries is still never printed. The audit's M1 repro (a rename) no longer reaches Coolify's
 * 409 (the plan orders the old app's delete first, ux-audit M1), so a second app takes the
 * first one's domain through a secret, whose value the plan does not compare.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { CANARIES, cliEnv, findCanaries, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (name: string) => `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          ${name}:
            git: { repository: https://github.com/acme/shop, branch: main, buildPack: dockerfile }
            ports: [8000]
            domains: [https://shop.example.com]
            env:
              SECRET_KEY: \${secrets.JWT_SECRET}
`;

describe('a Coolify error message stays readable (ux-audit M7)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'm.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST('web'));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
  });
  afterAll(async () => {
    await sb.close();
  });

  it("shows Coolify's 409 whole, with `main` and `shop` left in its words", async () => {
    const second = MANIFEST('shopweb').replace('https://shop.example.com', '"https://${secrets.SHOP_HOST}"').split('applications:\n')[1]!;
    writeFileSync(file, MANIFEST('web') + second);
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb, { SHOP_HOST: 'shop.example.com' }) });
    const text = out.stdout + out.stderr;
    expect(out.status).not.toBe(0);
    expect(text).toContain('Domain conflicts detected. Use force_domain_override=true to proceed.');
    expect(text).not.toContain('[redacted] conflicts');
    expect(findCanaries(text)).toEqual([]);
    expect(text).not.toContain(CANARIES.JWT_SECRET);
  });
});
