/** Compiles a TypeScript snippet strictly (as src/ is) and returns tsc's errors, '' when it compiles. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The import path of a src/ module (e.g. `kinds/spec.js`) for the snippet. */
export function srcModule(path: string): string {
  return join(ROOT, 'src', path).split('\\').join('/');
}

/** tsc's output for `source` (imports written with `srcModule`). */
export function typeErrors(source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ado-type-errors-')), 'snippet.ts');
  writeFileSync(file, source);
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', '--types', 'node', file], { encoding: 'utf8' });
    return '';
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? '');
  }
}
