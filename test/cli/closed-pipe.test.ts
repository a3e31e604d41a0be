/** `ado-coolify … | head`: the reader closing the pipe early ends the CLI quietly, never with a stack trace. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../e2e/harness.js';

describe('a closed stdout pipe', () => {
  it.each([[['--help']], [['apply', '--help']], [['schema']]])('%j exits without a stack trace', async (args) => {
    const r = await runCli(args, { env: { ...process.env, NO_COLOR: '1' }, closeStdout: true });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+|Unhandled/);
    expect(r.status).toBe(0);
  });
});
