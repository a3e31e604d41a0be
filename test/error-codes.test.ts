/**
 * The named error codes (src/error-codes.ts): every code a command can print is
 * registered (AdoError.code is typed by the registry, so the compiler holds the source to it),
 * and docs/diagnostics.md documents exactly the registered ones. Also: no code literal of the
 * `ADO_`/`COOLIFY_` shape in src/ escapes the registry through a plain `string`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ERROR_CODES, ERROR_CODES } from '../src/error-codes.js';
import { AdoError } from '../src/errors.js';
import { jsonErrorReport } from '../src/cli/json-error.js';

const ROOT = join(import.meta.dirname, '..');
const doc = readFileSync(join(ROOT, 'docs', 'diagnostics.md'), 'utf8');
/** Literals of the code shape that are not codes: names of variables the tool writes. */
const NOT_CODES = new Set(['ADO_SECRET']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the named error codes', () => {
  it('documents every registered code in docs/diagnostics.md, and documents no other', () => {
    const sections = [...doc.matchAll(/^### ((?:ADO|COOLIFY)_[A-Z0-9_]+)\b/gm)].map((m) => m[1]!);
    expect(sections.filter((c) => !(c in ERROR_CODES))).toEqual([]);
    expect(ALL_ERROR_CODES.filter((c) => !sections.includes(c))).toEqual([]);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('registers every code-shaped literal written in src/', () => {
    const unknown: string[] = [];
    for (const abs of files(join(ROOT, 'src'))) {
      const rel = relative(ROOT, abs).split('\\').join('/');
      if (rel === 'src/schema/compiled-validator.ts') continue;
      for (const m of readFileSync(abs, 'utf8').matchAll(/'((?:ADO|COOLIFY)_[A-Z0-9_]+)'/g)) {
        if (!(m[1]! in ERROR_CODES) && !NOT_CODES.has(m[1]!)) unknown.push(`${m[1]} in ${rel}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('has no spelling of a bad flag other than ADO010', () => {
    expect(Object.keys(ERROR_CODES)).not.toContain('ADO_BAD_FLAG');
    expect(Object.keys(ERROR_CODES).filter((c) => /FLAG|ARGUMENT/.test(c))).toEqual([]);
  });

  it('carries the code into the JSON error object', () => {
    const report = jsonErrorReport(new AdoError('ADO_LOCKED', 'locked', { hint: 'wait' }), 1);
    expect(JSON.stringify(report)).toContain('"code":"ADO_LOCKED"');
  });
});

describe('a bad flag is ADO010 in every command (ux-audit m4)', () => {
  it('gives `--var NOEQ` the same code as `sandbox --port abc`', async () => {
    const { parseVars, parsePositiveInt } = await import('../src/cli/options.js');
    const codeOf = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (err) {
        return (err as AdoError).code;
      }
      return undefined;
    };
    expect(codeOf(() => parseVars(['NOEQ']))).toBe('ADO010');
    expect(codeOf(() => parsePositiveInt('--port', 'abc'))).toBe('ADO010');
  });
});
