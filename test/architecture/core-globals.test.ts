/**
 * The pure core reads no Node global that reaches the world: `process` (environment, exit,
 * streams), `console`, `fetch` and the timers. dependency-cruiser sees imports, not globals, so
 * this test asks the type checker about every such name in the core files (the core is what
 * the `core-no-io-builtins` rule of .dependency-cruiser.cjs names). A name the file declares
 * itself (e.g. the compiled validator's `const require`) is not the global.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Globals the core may not use. */
const WORLD_GLOBALS = new Set(['process', 'console', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', 'require']);

/**
 * `file:line:col name` of every use of a world global in the given files: an identifier whose
 * symbol the type checker finds declared only outside the files (in lib.*.d.ts or @types/node).
 */
export function worldGlobalUses(files: readonly string[]): string[] {
  const program = ts.createProgram([...files], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((f) => program.getSourceFile(f)?.fileName));
  const uses: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (!wanted.has(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && WORLD_GLOBALS.has(node.text)) {
        const declarations = checker.getSymbolAtLocation(node)?.getDeclarations() ?? [];
        const global = declarations.length > 0 && declarations.every((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()) || d.getSourceFile().fileName.includes('/node_modules/'));
        if (global) {
          const { line, character } = file.getLineAndCharacterOfPosition(node.getStart());
          uses.push(`${relative(ROOT, file.fileName)}:${line + 1}:${character + 1} ${node.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the pure core uses no world global', () => {
  it('finds a use of process, console and fetch, and not a property or a local name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-globals-'));
    const sample = join(dir, 'sample.ts');
    writeFileSync(
      sample,
      [
        'export const a = process.env.X;',
        "console.log('x');",
        'const opts = { process: 1 };',
        'export const b = opts.process;',
        'export function f(fetch: () => void): void { fetch(); }',
        "void fetch('http://127.0.0.1');",
      ].join('\n'),
    );
    try {
      expect(worldGlobalUses([sample]).map((u) => u.slice(u.indexOf(':') + 1))).toEqual(['1:18 process', '2:1 console', '6:6 fetch']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no use in any core file', async () => {
    const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));
    const rule = options.ruleSet?.forbidden?.find((r) => r.name === 'core-no-io-builtins');
    const corePattern = rule?.from.path;
    expect(typeof corePattern).toBe('string');
    const core = new RegExp(corePattern as string);
    const files = sourceFiles(join(ROOT, 'src')).map((f) => relative(ROOT, f).split('\\').join('/')).filter((f) => core.test(f));
    expect(files.length).toBeGreaterThan(120);
    expect(worldGlobalUses(files.map((f) => join(ROOT, f)))).toEqual([]);
  });
});
