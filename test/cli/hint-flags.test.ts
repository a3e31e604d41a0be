/**
 * Audit m8: hints name real flags. Every `--flag` written in a hint anywhere in src/ must be
 * an option of some command of the real program (or a global one), so a user who follows a
 * hint is never told "unknown option".
 */
import type { Command } from 'commander';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('compiled-validator.ts') ? [p] : [];
  });
}

/** Every option name (long form, without dashes) of every command, and `help`. */
function programFlags(): Set<string> {
  const out = new Set<string>(['help']);
  const visit = (c: Command): void => {
    for (const o of c.options) if (o.long) out.add(o.long.replace(/^--(no-)?/, ''));
    for (const sub of c.commands) visit(sub);
  };
  visit(buildProgram());
  return out;
}

/** `--flag` mentions in hint text (a `hint` key or argument and the rest of its line). */
function hintFlags(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of files(join(ROOT, 'src'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/hint[^\n]{0,300}/g)) {
      for (const x of m[0].matchAll(/(?<![\w-])--([a-z][a-z0-9-]+)/g)) out.set(x[1]!, [...(out.get(x[1]!) ?? []), f.slice(ROOT.length + 1)]);
    }
  }
  return out;
}

describe('hints name real flags', () => {
  it('finds the flags hints mention (the scan works)', () => {
    const found = hintFlags();
    expect(found.has('allow-destroy')).toBe(true);
    expect(found.has('auto-approve')).toBe(true);
  });

  it('every flag a hint names is an option of the program', () => {
    const known = programFlags();
    const unknown = [...hintFlags()].filter(([flag]) => !known.has(flag)).map(([flag, where]) => `--${flag} (in ${[...new Set(where)].join(', ')})`);
    expect(unknown).toEqual([]);
  });
});

/** The options (long names, without dashes) of one command and its subcommands, plus globals. */
function commandFlags(name: string): Set<string> {
  const program = buildProgram();
  const out = new Set<string>(['help', 'version']);
  const visit = (c: Command): void => {
    for (const o of c.options) if (o.long) out.add(o.long.replace(/^--(no-)?/, ''));
    for (const sub of c.commands) visit(sub);
  };
  const cmd = program.commands.find((c) => c.name() === name);
  if (!cmd) throw new Error(`no command ${name}`);
  visit(cmd);
  return out;
}

/**
 * `--flag` mentions in the hints of the given files. A mention qualified as "… for CMD"
 * (`--parallelism for apply`) belongs to that command only.
 */
function hintFlagsIn(paths: string[], command: string): string[] {
  const out: string[] = [];
  for (const f of paths) {
    for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/hint[^\n]{0,300}/g)) {
      for (const x of m[0].matchAll(/(?<![\w-])--([a-z][a-z0-9-]+)(?: for (\w+))?/g)) {
        if (x[2] === undefined || x[2] === command) out.push(`--${x[1]!} (in ${f})`);
      }
    }
  }
  return out;
}

const sources = (dir: string): string[] => files(join(ROOT, dir)).map((f) => f.slice(ROOT.length + 1));
const program = buildProgram();
const connecting = program.commands.filter((c) => c.options.some((o) => o.long === '--token-file')).map((c) => c.name());
/** Commands that run an apply, so can meet the apply lock and its hints. */
const applying = ['apply', 'deploy', 'scale', 'autoscale'];
/** The command each day-2 folder serves. */
const DAY2: Record<string, string[]> = { deploy: ['deploy'], logs: ['logs'], previews: ['previews'], scale: ['scale', 'autoscale'], status: ['status'] };

describe('hints name flags of the command that prints them (audit m8, per command)', () => {
  it('finds the connecting and applying commands (the scan works)', () => {
    expect(connecting).toEqual(expect.arrayContaining(['plan', 'apply', 'status', 'logs', 'deploy']));
    for (const a of applying) expect(connecting).toContain(a);
  });

  it.each(connecting)('%s has every flag that a connection or Coolify error hint names', (name) => {
    const known = commandFlags(name);
    const named = hintFlagsIn([...sources('src/coolify'), 'src/engine/connect.ts'], name);
    expect(named.filter((n) => !known.has(n.slice(2, n.indexOf(' '))))).toEqual([]);
  });

  it.each(applying)('%s has every flag that an apply-lock hint names', (name) => {
    const known = commandFlags(name);
    const named = hintFlagsIn(['src/apply/lock.ts', 'src/apply/apply-locks.ts'], name);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !known.has(n.slice(2, n.indexOf(' '))))).toEqual([]);
  });

  it.each(program.commands.map((c) => c.name()).filter((n) => n !== 'help'))('%s: the hints in its command file and day-2 folder name its own flags', (name) => {
    const own = [`src/cli/commands/${name}.ts`].filter((f) => statSync(join(ROOT, f), { throwIfNoEntry: false }));
    const day2 = Object.entries(DAY2).filter(([, cmds]) => cmds.includes(name)).flatMap(([dir]) => sources(`src/day2/${dir}`));
    const known = commandFlags(name);
    const named = hintFlagsIn([...own, ...day2], name);
    // hints that send the user to another command (`ado-coolify apply --auto-approve`) name that command's flags
    const elsewhere = (n: string): boolean => {
      const file = n.slice(n.indexOf('(in ') + 4, -1);
      const flag = n.slice(0, n.indexOf(' '));
      return new RegExp(`ado-coolify (\\w+)[^\\n'\`]*${flag}`).test(readFileSync(join(ROOT, file), 'utf8'));
    };
    expect(named.filter((n) => !known.has(n.slice(2, n.indexOf(' '))) && !elsewhere(n))).toEqual([]);
  });
});
