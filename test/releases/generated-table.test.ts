import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractsDir } from '../helpers/contracts-dir.js';

/** The parts of scripts/extract-releases.mjs this test uses. */
interface ExtractModule {
  generateReleasesSource(dir: string): string;
  DEFAULT_CONTRACTS_DIR: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('release table', () => {
  it('is up to date with the contract files (run `node scripts/extract-releases.mjs`)', async () => {
    // A computed specifier: the script is plain JS without type declarations.
    const mod = (await import(pathToFileURL(join(repoRoot, 'scripts/extract-releases.mjs')).href)) as ExtractModule;
    const dir = contractsDir(mod.DEFAULT_CONTRACTS_DIR);
    // No silent pass: without the contracts the staleness of the table cannot be judged.
    expect(
      dir,
      `the Coolify contract files are absent (looked for ${mod.DEFAULT_CONTRACTS_DIR} next to the repository, or ADO_COOLIFY_CONTRACTS): cannot check src/releases/releases.generated.ts`,
    ).toBeDefined();
    const fresh = mod.generateReleasesSource(dir as string);
    const committed = readFileSync(join(repoRoot, 'src/releases/releases.generated.ts'), 'utf8');
    expect(committed === fresh, 'src/releases/releases.generated.ts is stale: run `node scripts/extract-releases.mjs`').toBe(true);
  });

  it('names its origin and holds no machine path', () => {
    const text = readFileSync(join(repoRoot, 'src/releases/releases.generated.ts'), 'utf8');
    expect(text).toContain('coolify-terraform/terraform-provider-coolify');
    expect(text).toContain('MPL-2.0');
    expect(text).toContain('Apache-2.0');
    expect(text).not.toMatch(/\/(work|tmp|home|Users)\//);
  });
});
