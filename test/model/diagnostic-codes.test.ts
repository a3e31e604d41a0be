/**
 * The code registry (src/model/diagnostic-codes.ts) is the one list of numbered codes: every
 * `ADOnnn` written in src/ is registered there, every registered code has its section in
 * docs/diagnostics.md, and every section documents a registered code.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES } from '../../src/model/diagnostic-codes.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** Generated, and holds patterns rather than codes; the registry itself. */
const SKIP = new Set(['src/schema/compiled-validator.ts', 'src/model/diagnostic-codes.ts']);
const NUMBERED = /\bADO\d{3}\b/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Numbered codes written in src/, with the files that write each. */
function codesInSource(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const abs of files(join(ROOT, 'src'))) {
    const rel = relative(ROOT, abs).split('\\').join('/');
    if (SKIP.has(rel)) continue;
    for (const code of readFileSync(abs, 'utf8').match(NUMBERED) ?? []) out.set(code, [...(out.get(code) ?? []), rel]);
  }
  return out;
}

const registered = new Set<string>(ALL_CODES.map((c) => c.code));
const doc = readFileSync(join(ROOT, 'docs', 'diagnostics.md'), 'utf8');

describe('the diagnostic code registry', () => {
  it('holds each code once', () => {
    expect(registered.size).toBe(ALL_CODES.length);
  });

  it('registers every numbered code used in src/', () => {
    const used = codesInSource();
    // The scan finds codes at all: a few known uses.
    expect([...used.keys()]).toEqual(expect.arrayContaining(['ADO010', 'ADO308']));
    const unknown = [...used].filter(([code]) => !registered.has(code)).map(([code, where]) => `${code} in ${[...new Set(where)].join(', ')}`);
    expect(unknown).toEqual([]);
  });

  it('documents every registered code in docs/diagnostics.md, and documents no other', () => {
    for (const c of ALL_CODES) expect(doc, c.code).toMatch(new RegExp(`^### ${c.code}\\b`, 'm'));
    const sections = [...doc.matchAll(/^### (ADO\d{3})\b/gm)].map((m) => m[1]!);
    expect(sections.filter((c) => !registered.has(c))).toEqual([]);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('marks warnings as warnings in the docs', () => {
    const warnings = ALL_CODES.filter((c) => c.severity === 'warning').map((c) => c.code);
    expect(warnings).toEqual(['ADO310', 'ADO505', 'ADO506', 'ADO507', 'ADO508', 'ADO512', 'ADO513', 'ADO516', 'ADO540', 'ADO530']);
    for (const code of warnings) expect(doc).toContain(`### ${code} (warning)`);
  });

  it('types codes: a diagnostic with an unregistered one does not compile', () => {
    // The check is in the types (tsc runs over test/): the @ts-expect-error fails the type
    // check if the code it marks were accepted.
    // @ts-expect-error ADO999 is not registered
    const d: Diagnostic = { severity: 'error', code: 'ADO999', message: 'x' };
    expect(d.code).toBe('ADO999');
  });
});
