/** Bad `rollback:` and `verify.http` values are located diagnostics, not stack traces. */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, minimalEnv, runCli, tempDir } from './harness.js';

const manifest = (body: string): string => `version: 1
defaults: { server: main }
projects:
  demo:
    environments:
      production:
        applications:
          web:
            image: "nginx:1.27"
${body}
`;

describe('rollback and verify in the manifest', () => {
  it.each([
    ['rollback: sometimes', 'rollback'],
    ['verify: { http: { url: "http://x/h", path: /h } }', 'verify'],
    ['verify: { http: { path: health } }', 'path'],
    ['verify: { http: { url: "http://x/h", timeout: 5 } }', 'timeout'],
    ['verify: { http: { url: "http://x/h", expectStatus: 99 } }', 'expectStatus'],
  ])('%s is refused with a located diagnostic', async (line, word) => {
    const file = join(tempDir(), 'ado.coolify.yaml');
    writeFileSync(file, manifest(`            ${line}`));
    const out = await runCli(['validate', '-f', file], { env: minimalEnv() });
    const text = out.stdout + out.stderr;
    expect(out.status, text).toBe(1);
    expect(text).toMatch(/ado\.coolify\.yaml:10:\d+/);
    expect(text).toContain(word);
    expect(hasStackTrace(text)).toBe(false);
  });

  it('valid values pass', async () => {
    const file = join(tempDir(), 'ado.coolify.yaml');
    writeFileSync(file, manifest('            rollback: onFailure\n            verify: { http: { path: /health, expectStatus: 204, timeout: 30s } }'));
    const out = await runCli(['validate', '-f', file], { env: minimalEnv() });
    expect(out.status, out.stdout + out.stderr).toBe(0);
  });
});
