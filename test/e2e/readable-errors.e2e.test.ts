/**
 * ux-audit M7, the readable result: renaming a git app on branch `main` that has a domain (the
 * audit's M1 repro, still without a `moved:` hint) makes Coolify answer 409. The error the
 * user reads is Coolify's own sentence, whole: scrubbing replaces secret values only, never
 * ordinary values such as the branch `main` inside "Domain" (the old output was
 * `Do[redacted] conflicts detected. Use force_do[redacted]_override=true`). The secret the app
 * carries is still never printed.
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
    writeFileSync(file, MANIFEST('shopweb'));
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    const text = out.stdout + out.stderr;
    expect(out.status).not.toBe(0);
    expect(text).toContain('Domain conflicts detected. Use force_domain_override=true to proceed.');
    expect(text).not.toContain('[redacted] conflicts');
    expect(findCanaries(text)).toEqual([]);
    expect(text).not.toContain(CANARIES.JWT_SECRET);
  });
});
