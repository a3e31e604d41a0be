/**
 * Thin commands (issue 15 item 8): a command's handler gets its io and returns its exit code;
 * `main(args, io)` returns it and only `runMain` (src/cli/main.ts) sets the process exit code
 * or exits the process. So no file in src/ but src/cli/main.ts assigns `process.exitCode` or
 * calls `process.exit(`, and no command file (src/cli/commands/) names `process` at all: its
 * streams, environment, directory and signals come through the CliIo (src/cli/io.ts).
 * The sandbox has no standalone entry of its own: `ado-coolify sandbox` is a command like the
 * others (it returns once SIGINT/SIGTERM, received through the io, closed it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') && e.name !== 'compiled-validator.ts' ? [path] : [];
  });
}

/** The code of a file without its comments (a `process.exit(` in a doc comment is not a call). */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** `file:line` of every assignment to `process.exitCode` or call of `process.exit(`. */
export function exitCodeWrites(file: string, text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (/\bprocess\.exitCode\s*(=(?!=)|\+=|-=|\|\|=|\?\?=)|\bprocess\.exit\s*\(/.test(line) ? [`${file}:${i + 1}`] : []));
}

/** `file:line` of every use of `process`. */
export function processUses(file: string, text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (/\bprocess\b/.test(line) ? [`${file}:${i + 1}`] : []));
}

const files = tsFiles(SRC).map((path) => ({ rel: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('only src/cli/main.ts sets the exit code (thin commands)', () => {
  it('no file but src/cli/main.ts assigns process.exitCode or calls process.exit', () => {
    const found = files.filter((f) => f.rel !== join('src', 'cli', 'main.ts')).flatMap((f) => exitCodeWrites(f.rel, f.text));
    expect(found).toEqual([]);
  });

  it('src/cli/main.ts does, in runMain (so the check above looks at the right thing)', () => {
    const main = files.find((f) => f.rel === join('src', 'cli', 'main.ts'));
    expect(exitCodeWrites('main', main?.text ?? '').length).toBeGreaterThan(0);
  });

  it('no command file references process: everything comes through the io', () => {
    const commands = files.filter((f) => f.rel.startsWith(join('src', 'cli', 'commands') + '/'));
    expect(commands.length).toBeGreaterThan(15);
    expect(commands.flatMap((f) => processUses(f.rel, f.text))).toEqual([]);
  });

  it('the checks find what they look for, and not in comments', () => {
    expect(exitCodeWrites('x.ts', 'a();\n  process.exitCode = 2;\n')).toEqual(['x.ts:2']);
    expect(exitCodeWrites('x.ts', 'if (x) process.exit(130);')).toEqual(['x.ts:1']);
    expect(exitCodeWrites('x.ts', 'const c = process.exitCode === 1;\n// process.exit(1)\n/** process.exitCode = 3 */')).toEqual([]);
    expect(processUses('x.ts', "io.stdout.write('x');\nconst e = process.env;")).toEqual(['x.ts:2']);
    expect(processUses('x.ts', "// see process.stdout\nconst url = 'http://x'; // process")).toEqual([]);
  });
});
