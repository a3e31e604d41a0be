/**
 * The layers of docs/architecture.md, enforced: dependency-cruiser with .dependency-cruiser.cjs
 * over src/ finds no violation, and the folders of src/ import each other without a loop. A
 * tree of deliberate violations proves each rule fails when it should.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { folderCycles, folderGraph } from './folder-graph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Cruises `paths` under `baseDir` with the project's rules (and `baseDir`'s tsconfig.json). */
async function cruiseWithRules(baseDir: string, paths: string[]): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));
  const tsConfig = extractTSConfig(join(baseDir, 'tsconfig.json'));
  const result = await cruise(paths, { ...options, baseDir, validate: true }, undefined, { tsConfig });
  return result.output as ICruiseResult;
}

/** `rule: from → to`, one line per violation. */
function lines(violations: readonly IViolation[]): string[] {
  return violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('layering of src/', () => {
  let cruised: Promise<ICruiseResult> | undefined;
  const srcResult = (): Promise<ICruiseResult> => (cruised ??= cruiseWithRules(ROOT, ['src']));

  it('has no dependency violation', async () => {
    const result = await srcResult();
    expect(result.modules.length).toBeGreaterThan(250);
    expect(lines(result.summary.violations)).toEqual([]);
  }, 60_000);

  it('has folders that import each other without a loop', async () => {
    const result = await srcResult();
    const graph = folderGraph(result.modules);
    expect(graph.get('cli')?.has('engine')).toBe(true);
    expect(folderCycles(graph)).toEqual([]);
  }, 60_000);
});

describe('the layering check fails on a violation', () => {
  const tree = mkdtempSync(join(tmpdir(), 'ado-layering-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
  write('package.json', JSON.stringify({ name: 'fixture', type: 'module' }));
  write('src/diff/reads-files.ts', "import { readFileSync } from 'node:fs';\nexport const text = readFileSync('x', 'utf8');\n");
  write('src/plan/asks-coolify.ts', "import { client } from '../coolify/client.js';\nexport const c = client;\n");
  write('src/coolify/client.ts', 'export const client = 1;\n');
  write('src/render/spawns.ts', "import { spawn } from 'node:child_process';\nexport const s = spawn;\n");
  write('src/github/borrows.ts', "import { print } from '../cli/print.js';\nexport const p = print;\n");
  write('src/cli/print.ts', 'export const print = 1;\n');
  write('src/engine/reaches-up.ts', "import type { Hook } from '../day2/hook.js';\nexport type H = Hook;\n");
  write('src/day2/hook.ts', 'export type Hook = () => void;\n');
  write('src/model/a.ts', "import { b } from './b.js';\nexport const a = () => b;\n");
  write('src/model/b.ts', "import { a } from './a.js';\nexport const b = () => a;\n");
  write('src/kinds/x.ts', "import { y } from '../diff/y.js';\nexport const x = y;\n");
  write('src/diff/y.ts', "import { z } from '../kinds/z.js';\nexport const y = z;\n");
  write('src/kinds/z.ts', 'export const z = 1;\n');

  it('names each deliberate violation with its rule', async () => {
    const result = await cruiseWithRules(tree, ['src']);
    // one line per violation: the I/O builtins and the client in the core, the GitHub layer
    // borrowing from the CLI (two rules), the engine reaching up into day2 with a type-only
    // import, and a loop of files
    expect(lines(result.summary.violations)).toEqual([
      'core-no-io-builtins: src/diff/reads-files.ts → fs',
      'core-no-io-builtins: src/render/spawns.ts → child_process',
      'core-no-shell: src/plan/asks-coolify.ts → src/coolify/client.ts',
      'no-circular: src/model/a.ts → src/model/b.ts',
      'nothing-imports-the-entry-points: src/github/borrows.ts → src/cli/print.ts',
      'shell-downward-engine: src/engine/reaches-up.ts → src/day2/hook.ts',
      'shell-downward-github: src/github/borrows.ts → src/cli/print.ts',
    ]);
  }, 60_000);

  it('finds a loop between folders', async () => {
    const result = await cruiseWithRules(tree, ['src']);
    expect(folderCycles(folderGraph(result.modules))).toEqual(['diff → kinds → diff']);
  }, 60_000);
});
