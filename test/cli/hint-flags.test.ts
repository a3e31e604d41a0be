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
