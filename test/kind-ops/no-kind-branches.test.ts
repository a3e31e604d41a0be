/**
 * Kind knowledge lives in the kinds' tables (src/kinds/ for the pure side, src/kind-ops/ for
 * I/O), not in branches elsewhere. This test finds comparisons and `case`s on a resource kind
 * (`kind === 'database'`, `case 'storage':`) in src/ outside those two folders and the sandbox
 * (which emulates Coolify's own models, not our kinds).
 *
 * It is a ratchet: the files that still branch are listed with their counts, and a count may
 * only fall. A new branch, or a new file with one, fails; a file that got better must be
 * lowered here, so the list always tells the truth.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_ORDER } from '../../src/kinds/registry.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXEMPT = ['src/kinds/', 'src/kind-ops/', 'src/sandbox/'];

/** The branches left, per file: only ever lower these. */
const REMAINING: Record<string, number> = {
};

const names = KIND_ORDER.join('|');
const BRANCH = new RegExp(String.raw`\bkind\s*[!=]==?\s*'(?:${names})'|'(?:${names})'\s*[!=]==?\s*[\w.]*kind\b|case\s+'(?:${names})'\s*:`, 'g');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Branch counts per file of src/ outside the exempt folders. */
export function kindBranches(text: (file: string) => string = (f) => readFileSync(join(ROOT, f), 'utf8')): Record<string, number> {
  const out: Record<string, number> = {};
  for (const abs of files(join(ROOT, 'src'))) {
    const rel = relative(ROOT, abs).split('\\').join('/');
    if (EXEMPT.some((e) => rel.startsWith(e))) continue;
    const n = (text(rel).match(BRANCH) ?? []).length;
    if (n > 0) out[rel] = n;
  }
  return out;
}

describe('no branches on resource kind outside the kinds’ tables', () => {
  it('the pattern finds each form of branch, and not look-alikes', () => {
    const count = (s: string) => (s.match(BRANCH) ?? []).length;
    expect(count("if (live.kind === 'database') x();")).toBe(1);
    expect(count("r.kind !== 'storage'")).toBe(1);
    expect(count("'service' === resource.kind")).toBe(1);
    expect(count("switch (k) { case 'application': break; }")).toBe(1);
    expect(count("const kind = 'application';")).toBe(0);
    expect(count("step.op === 'delete'")).toBe(0);
  });

  it('src/apply has none, and elsewhere the count only falls', () => {
    const found = kindBranches();
    expect(Object.keys(found).filter((f) => f.startsWith('src/apply/'))).toEqual([]);
    const grew = Object.entries(found).filter(([f, n]) => n > (REMAINING[f] ?? 0)).map(([f, n]) => `${f}: ${n} branches (allowed ${REMAINING[f] ?? 0}); move the kind knowledge into src/kinds or src/kind-ops`);
    const fell = Object.entries(REMAINING).filter(([f, n]) => (found[f] ?? 0) < n).map(([f, n]) => `${f}: ${found[f] ?? 0} branches, listed as ${n}: lower REMAINING`);
    expect([...grew, ...fell]).toEqual([]);
  });
});
