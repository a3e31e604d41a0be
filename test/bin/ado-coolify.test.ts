/**
 * bin/ado-coolify.js: the CommonJS entry point. A command whose promise never settles ends with
 * exit code 13, as the ES module entry's top-level await did. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the entry point with the bundle's runMain replaced by `runMain` (JavaScript source). */
function runEntry(runMain: string): number | null {
  const script = `const loader = require('./bin/cli-loader.js'); loader.loadCli = () => ({ cli: { runMain: ${runMain} } }); require('./bin/ado-coolify.js');`;
  return spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).status;
}

describe('the entry point', () => {
  it('exits 13 when the command never settles, and with the exit code the command set otherwise', () => {
    expect(runEntry('() => new Promise(() => {})')).toBe(13);
    expect(runEntry('async () => { process.exitCode = 0; }')).toBe(0);
    expect(runEntry('async () => { process.exitCode = 2; }')).toBe(2);
    expect(runEntry('async () => { throw new Error("boom"); }')).toBe(1);
  });

  it('runs the bundled command line', () => {
    const run = spawnSync(process.execPath, ['bin/ado-coolify.js', '--version'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
