import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { OPTION_ALIASES } from '../../src/cli/options.js';

/**
 * Walks every command of the real program and every option it lists in --help, and checks that
 * the option reaches the action of that command wherever the user may type it: after the
 * arguments, before them, and (for a subcommand such as `import compose`) before the
 * subcommand's name. An option that is parsed but not handed to the action must fail instead.
 */

interface Capture {
  command?: Command;
  opts?: Record<string, unknown>;
}

function allCommands(cmd: Command, path: string[] = []): { cmd: Command; path: string[] }[] {
  const out: { cmd: Command; path: string[] }[] = [];
  for (const sub of cmd.commands) {
    const p = [...path, sub.name()];
    out.push({ cmd: sub, path: p }, ...allCommands(sub, p));
  }
  return out;
}

/** A program whose every action records the options it was given, and prints nothing. */
function instrumented(): { program: Command; capture: Capture } {
  const program = buildProgram();
  const capture: Capture = {};
  const quiet = { writeOut: () => undefined, writeErr: () => undefined };
  program.configureOutput(quiet);
  for (const { cmd } of allCommands(program)) {
    cmd.configureOutput(quiet);
    // Groups (`export`, `previews`, `ci`) have no options of their own; only runnable commands matter.
    cmd.action((...args: unknown[]) => {
      const self = args[args.length - 1] as Command;
      capture.command = self;
      capture.opts = self.opts();
    });
  }
  return { program, capture };
}

/** The required arguments and mandatory options (other than `except`) a command needs to run. */
function argsFor(cmd: Command, except: Option): string[] {
  const mandatory = cmd.options.filter((o) => o.mandatory && o !== except).flatMap((o) => sample(o).argv);
  return [...cmd.registeredArguments.filter((a) => a.required).map(() => 'ARG'), ...mandatory];
}

/** The argv for one option and the value the action should see for it. */
function sample(o: Option): { argv: string[]; expected: unknown } {
  const flag = o.long ?? o.short ?? '';
  if (o.negate) return { argv: [flag], expected: false };
  if (!o.required && !o.optional) return { argv: [flag], expected: true };
  const value = o.argChoices?.[o.argChoices.length - 1] ?? 'VALUE-1';
  return { argv: [flag, value], expected: value };
}

function matches(actual: unknown, expected: unknown): boolean {
  return Array.isArray(actual) ? actual.includes(expected) : actual === expected;
}

async function parse(argv: string[]): Promise<{ capture: Capture; error?: unknown }> {
  const { program, capture } = instrumented();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { capture };
  } catch (error) {
    return { capture, error };
  }
}

const cases = allCommands(buildProgram()).flatMap(({ cmd, path }) =>
  cmd.options
    .filter((o) => o.long !== '--help')
    .map((o) => ({ name: `${path.join(' ')} ${o.flags}`, path, option: o, args: argsFor(cmd, o), cmd })),
);

describe('every option of every command reaches its action', () => {
  it('finds the commands and options to walk', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.some((c) => c.name === 'import compose -o, --output <file>')).toBe(true);
  });

  it.each(cases)('$name', async ({ path, option, args, cmd }) => {
    const { argv, expected } = sample(option);
    // a hidden alias (`--environment`) sets the value of the name --help shows (`--env`)
    const canonical = Object.entries(OPTION_ALIASES).find(([, alias]) => alias === option.long)?.[0];
    const key = canonical ? (cmd.options.find((o) => o.long === canonical)?.attributeName() ?? '') : option.attributeName();
    for (const order of [
      [...path, ...args, ...argv],
      [...path, ...argv, ...args],
    ]) {
      const { capture, error } = await parse(order);
      expect(error, order.join(' ')).toBeUndefined();
      expect(capture.command?.name(), order.join(' ')).toBe(path[path.length - 1]);
      expect(matches(capture.opts?.[key], expected), `${order.join(' ')} → ${JSON.stringify(capture.opts?.[key])}`).toBe(true);
    }
    if (path.length > 1) {
      // Before the subcommand's name: either it reaches the subcommand, or the command fails.
      const order = [...path.slice(0, -1), ...argv, ...path.slice(-1), ...args];
      const { capture, error } = await parse(order);
      if (error === undefined) {
        expect(matches(capture.opts?.[key], expected), `${order.join(' ')} → ${JSON.stringify(capture.opts?.[key])}`).toBe(true);
      }
    }
  });

  it('refuses a parent option the subcommand does not have', async () => {
    const { error } = await parse(['import', '--db-passwords', 'compose', 'docker-compose.yml']);
    expect(error).toMatchObject({ code: 'ADO010', message: expect.stringContaining('--db-passwords is an option of `import`') });
  });
});

describe('import compose options (audit M3)', () => {
  it('writes -o OUT, honours --project and refuses an existing file without --force, in every order', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ado-import-compose-'));
    const compose = join(dir, 'docker-compose.yml');
    writeFileSync(compose, 'services:\n  web:\n    image: nginx:1.27\n');
    const run = async (argv: string[]) => {
      const program = buildProgram();
      program.configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
      const stdout = process.stdout.write;
      const stderr = process.stderr.write;
      let printed = '';
      process.stdout.write = ((s: string) => ((printed += s), true)) as typeof process.stdout.write;
      process.stderr.write = (() => true) as typeof process.stderr.write;
      try {
        await program.parseAsync(argv, { from: 'user' });
        return { printed };
      } catch (error) {
        return { printed, error };
      } finally {
        process.stdout.write = stdout;
        process.stderr.write = stderr;
      }
    };
    const orders = [
      (out: string) => ['import', 'compose', compose, '-o', out, '--project', 'analytics'],
      (out: string) => ['import', '-o', out, '--project', 'analytics', 'compose', compose],
      (out: string) => ['import', 'compose', '-o', out, '--project', 'analytics', compose],
    ];
    for (const [i, order] of orders.entries()) {
      const out = join(dir, `out${i}.yaml`);
      const args = order(out);
      const { printed, error } = await run(args);
      expect(error, args.join(' ')).toBeUndefined();
      expect(printed).toBe('');
      expect(existsSync(out), args.join(' ')).toBe(true);
      expect(readFileSync(out, 'utf8')).toMatch(/^projects:\n {2}analytics:/m);
      expect((await run(args)).error).toMatchObject({ message: expect.stringContaining('already exists') });
      expect((await run([...args, '--force'])).error).toBeUndefined();
    }
  });
});
