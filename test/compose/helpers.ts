/** Test helpers: read a compose fixture like the CLI does, compare goldens. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { composeFileReferences, convertCompose, type ComposeImportResult } from '../../src/compose/index.js';

/** Directory of the compose fixtures. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** Directory of the golden outputs. */
export const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** Converts a fixture, reading its env files and bind-mounted files from disk. */
export function importFixture(name: string): ComposeImportResult {
  const path = join(FIXTURES, name);
  const text = readFileSync(path, 'utf8');
  const refs = composeFileReferences(text);
  const envFiles: Record<string, string> = {};
  const files: Record<string, string> = {};
  for (const e of refs.envFiles) if (existsSync(join(FIXTURES, e))) envFiles[e] = readFileSync(join(FIXTURES, e), 'utf8');
  for (const b of refs.bindSources) {
    const p = join(FIXTURES, b);
    if (existsSync(p) && !readFileSync(p, { encoding: null }).includes(0)) {
      try {
        files[b] = readFileSync(p, 'utf8');
      } catch {
        // a directory: stays a volume
      }
    }
  }
  return convertCompose(text, { fileName: name, envFiles, files, fallbackProject: name.replace(/\.ya?ml$/, '') });
}

/** Compares `actual` with the golden file; rewrites it under UPDATE_GOLDEN=1. */
export function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) throw new Error(`golden file ${file} is missing`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${file} was missing and has been written; re-run`);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
