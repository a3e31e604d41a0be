import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { parseLatencyOption, registerSandbox, sandboxOptionsFromCli } from '../../src/cli/commands/sandbox.js';
import { AdoError } from '../../src/errors.js';
import { processHost } from '../cli/run-cli.js';

describe('ado-coolify sandbox options', () => {
  it('maps flags to startSandbox options', async () => {
    const o = await sandboxOptionsFromCli({ port: '0', state: 's.json', token: '1|abcdefghij', latency: '50±20', faults: 'burst429=2', seed: '7', rateLimit: '0' }, {});
    expect(o).toMatchObject({ port: 0, stateFile: 's.json', token: '1|abcdefghij', latency: { ms: 50, jitterMs: 20 }, seed: 7, rateLimitPerMinute: 0 });
    expect(o.faults).toEqual({ burst429: { count: 2, retryAfterS: 1 } });
  });

  it('takes the token from SANDBOX_TOKEN', async () => {
    expect((await sandboxOptionsFromCli({ port: '8000' }, { SANDBOX_TOKEN: '9|from-env-token' })).token).toBe('9|from-env-token');
  });

  it('rejects bad input with AdoError, not a stack trace', async () => {
    await expect(sandboxOptionsFromCli({ port: 'abc' }, {})).rejects.toBeInstanceOf(AdoError);
    await expect(sandboxOptionsFromCli({ port: '8000', faults: 'boom=1' }, {})).rejects.toThrow(/--faults: .*unknown kind/);
    expect(() => parseLatencyOption('slow')).toThrow(AdoError);
    expect(parseLatencyOption('30+-5')).toEqual({ ms: 30, jitterMs: 5 });
  });

  it('takes --coolify-version for the known releases only', async () => {
    for (const v of ['4.3.11', '4.3.23', '4.4.2']) expect((await sandboxOptionsFromCli({ port: '0', coolifyVersion: v }, {})).coolifyVersion).toBe(v);
    expect((await sandboxOptionsFromCli({ port: '0', coolifyVersion: 'v4.3.23' }, {})).coolifyVersion).toBe('4.3.23');
    await expect(sandboxOptionsFromCli({ port: '0', coolifyVersion: '4.3.10' }, {})).rejects.toThrow(/--coolify-version expects one of 4\.3\.11, 4\.3\.23, 4\.4\.2/);
  });

  it('documents --coolify-version in --help', () => {
    const program = new Command();
    registerSandbox(program, processHost());
    const help = program.commands.find((c) => c.name() === 'sandbox')!.helpInformation().replace(/\s+/g, ' ');
    expect(help).toContain('--coolify-version <v>');
    expect(help).toMatch(/4\.3\.11 \(default\), 4\.3\.23 or 4\.4\.2/);
  });

  it('documents the fault syntax in --help', () => {
    const program = new Command();
    registerSandbox(program, processHost());
    const cmd = program.commands.find((c) => c.name() === 'sandbox')!;
    const help = cmd.helpInformation();
    let after = '';
    cmd.configureOutput({ writeOut: (s) => (after += s), writeErr: () => undefined });
    cmd.outputHelp();
    expect(help).toContain('--faults <spec>');
    expect(after).toContain('burst429=N');
    expect(after).toContain('drop-post=N');
  });
});
