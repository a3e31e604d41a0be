import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

/**
 * Audit m5: one flag name per concept. `--env` and `--environment` are accepted by every command
 * that takes an environment (--help shows `--env`), `-f` is `--file` wherever it exists, and an
 * unknown option gets a did-you-mean.
 */
function allCommands(cmd: Command, path: string[] = []): { cmd: Command; path: string[] }[] {
  return cmd.commands.flatMap((sub) => [{ cmd: sub, path: [...path, sub.name()] }, ...allCommands(sub, [...path, sub.name()])]);
}
const commands = allCommands(buildProgram());
const visible = (cmd: Command) => cmd.options.filter((o) => !o.hidden);

async function parse(argv: string[]): Promise<{ opts?: Record<string, unknown>; error?: unknown; stderr: string }> {
  const program = buildProgram();
  let stderr = '';
  let opts: Record<string, unknown> | undefined;
  const out = { writeOut: () => undefined, writeErr: (s: string) => void (stderr += s) };
  program.configureOutput(out);
  for (const { cmd } of allCommands(program)) {
    cmd.configureOutput(out);
    cmd.action((...args: unknown[]) => void (opts = (args[args.length - 1] as Command).opts()));
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { opts, stderr };
  } catch (error) {
    return { opts, error, stderr };
  }
}

describe('one flag name per concept (audit m5)', () => {
  const withEnv = commands.filter(({ cmd }) => cmd.options.some((o) => /^--env(ironment)?$/.test(o.long ?? '')));

  it('every environment option is shown as --env', () => {
    expect(withEnv.map((c) => c.path.join(' '))).toEqual(expect.arrayContaining(['plan', 'deploy', 'init', 'export kubernetes', 'import compose', 'status']));
    for (const { cmd, path } of withEnv) {
      expect(visible(cmd).map((o) => o.long), path.join(' ')).toContain('--env');
      expect(visible(cmd).map((o) => o.long), path.join(' ')).not.toContain('--environment');
    }
  });

  it.each(withEnv.map((c) => ({ name: c.path.join(' '), ...c })))('$name takes --env and --environment alike', async ({ cmd, path }) => {
    const args = [
      ...cmd.registeredArguments.filter((a) => a.required).map(() => 'ARG'),
      ...cmd.options.filter((o) => o.mandatory).flatMap((o) => [o.long ?? '', 'X']),
    ];
    const a = await parse([...path, ...args, '--env', 'staging']);
    const b = await parse([...path, ...args, '--environment', 'staging']);
    expect(a.error).toBeUndefined();
    expect(b.error).toBeUndefined();
    expect(b.opts?.env).toEqual(a.opts?.env);
    expect([a.opts?.env].flat()).toEqual(['staging']);
  });

  it('-f is --file in every command that has a short -f', () => {
    for (const { cmd, path } of commands) {
      const f = cmd.options.find((o) => o.short === '-f');
      if (f) expect(f.long, path.join(' ')).toBe('--file');
    }
  });

  it('--verbose means the same everywhere (request counts): show has --show-unchanged', () => {
    const show = commands.find((c) => c.path.join(' ') === 'show')!.cmd;
    expect(show.options.map((o) => o.long)).toContain('--show-unchanged');
    expect(show.options.map((o) => o.long)).not.toContain('--verbose');
  });

  it.each([
    [['plan', '--detailed-exitcod'], '--detailed-exitcode'],
    [['deploy', '--worker', '3'], '--workers'],
    [['show', 'p.json', '--formt', 'json'], '--format'],
    [['import', 'compose', 'f.yml', '--outptu', 'x'], '--output'],
  ])('an unknown option gets a did-you-mean: %j', async (argv, suggestion) => {
    const r = await parse(argv);
    expect(r.error).toBeDefined();
    expect(r.stderr).toContain(`Did you mean ${suggestion}?`);
  });
});

describe('flags shared by plan and apply say the same thing', () => {
  const flag = (command: string, long: string) => commands.find((c) => c.path.join(' ') === command)!.cmd.options.find((o) => o.long === long);
  it.each(['--allow-destroy', '--prune', '--policy', '--replace'])('%s has one description in plan and apply', (long) => {
    expect(flag('plan', long)?.description).toBeTruthy();
    expect(flag('plan', long)?.description).toBe(flag('apply', long)?.description);
  });
  it('--allow-destroy names the consents it gives, protected deletes and a protected major version change', () => {
    expect(flag('plan', '--allow-destroy')?.description).toMatch(/protected.*major version.*ADO502, ADO509/);
  });
});
