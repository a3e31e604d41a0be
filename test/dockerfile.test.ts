/**
 * The controller's Dockerfile (docs/serve.md, "Running it on Coolify"): multi-stage, runs as a
 * non-root user, a HEALTHCHECK on /healthz with node alone, and an entrypoint that passes only
 * options `serve --help` knows. No Docker on the test machines: the file is read, not built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './e2e/harness.js';

const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const instructions = text.split('\n').filter((l) => /^[A-Z]+ /.test(l));

describe('the Dockerfile', () => {
  it('is multi-stage, its runtime stage unprivileged, with a healthcheck on /healthz', () => {
    const froms = instructions.filter((l) => l.startsWith('FROM '));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    expect(froms[0]).toMatch(/ AS build$/);
    const runtime = instructions.slice(instructions.lastIndexOf(froms.at(-1)!));
    const user = runtime.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/USER (root|0)\b/);
    expect(text).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD \["node", "-e", "fetch\('http:\/\/127\.0\.0\.1:8080\/healthz'\)/);
    expect(runtime.some((l) => l.startsWith('COPY --from=build'))).toBe(true);
  });

  it('starts serve with options serve --help lists, listening on the exposed port', async () => {
    const entry = instructions.find((l) => l.startsWith('ENTRYPOINT '))!;
    const options = [...entry.matchAll(/(--[a-z-]+)/g)].map((m) => m[1]!);
    expect(options).toEqual(expect.arrayContaining(['--repo', '--branch', '--sync', '--interval', '--listen', '--data-dir']));
    const help = await runCli(['serve', '--help'], { env: process.env });
    expect(help.status).toBe(0);
    for (const o of options) expect(help.stdout, o).toContain(`${o} `);
    expect(entry).toContain('--listen 0.0.0.0:8080');
    expect(instructions).toContain('EXPOSE 8080');
  });
});
