/**
 * The real bin wiring (bin/ado-coolify.js → bin/cli-loader.js → dist/cli-bundle/cli.cjs → runMain →
 * process.exitCode), which the in-process runner (test/cli/run-cli.ts) does not go through.
 * Needs `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { minimalEnv, runCliProcess } from '../e2e/harness.js';
import { runCliInProcess } from './run-cli.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, TOOL_VERSION } from '../../src/version.js';

describe('the CLI as a real process', () => {
  it.each([['-v'], ['-V'], ['--version']])('%s prints the version and exits 0 (p10)', async (flag) => {
    const r = await runCliProcess([flag], { env: minimalEnv() });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${TOOL_VERSION}\n`);
  });

  it('help exits 0; an unknown option exits 1 with the usage hint', async () => {
    expect((await runCliProcess(['--help'], { env: minimalEnv() })).status).toBe(0);
    const bad = await runCliProcess(['--nope'], { env: minimalEnv() });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown option');
  });

  it('a failing --format json command sets the exit code and prints the error object', async () => {
    const r = await runCliProcess(['show', 'no-such-plan.json', '--format', 'json'], { env: minimalEnv() });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.trim().split('\n').pop() ?? '')).toMatchObject({ type: 'error', exitCode: 1 });
  });
});

describe('-v in process', () => {
  it('finds the package files from the bundle: the schema file and the starter workflows', async () => {
    expect(PACKAGE_ROOT).toBeDefined();
    const schema = await runCliProcess(['schema'], { env: minimalEnv() });
    expect(schema.status).toBe(0);
    expect(schema.stdout).toBe(readFileSync(join(PACKAGE_ROOT!, 'schema', 'ado.coolify.schema.json'), 'utf8'));
    const help = await runCliProcess(['init', '--help'], { env: minimalEnv() });
    expect(help.status).toBe(0);
  });

  it('prints the version at the top level, and is no subcommand option of its own', async () => {
    expect((await runCliInProcess(['-v'], { env: minimalEnv() })).stdout).toBe(`${TOOL_VERSION}\n`);
    const sub = await runCliInProcess(['validate', '-v'], { env: minimalEnv() });
    expect(sub.status).toBe(1);
    expect(sub.stderr).toContain("unknown option '-v'");
  });
});
