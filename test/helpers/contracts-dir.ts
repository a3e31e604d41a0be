import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The contracts directory: ADO_COOLIFY_CONTRACTS, else `../shared/coolify-api/contracts`
 * (scripts/extract-releases.mjs's default) or, for a git worktree nested deeper, the same path
 * one level up. Undefined when none holds the contracts.
 */
export function contractsDir(defaultRel = '../shared/coolify-api/contracts'): string | undefined {
  const fromEnv = process.env.ADO_COOLIFY_CONTRACTS;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const rel of [defaultRel, `../${defaultRel}`]) {
    const dir = join(repoRoot, rel);
    if (existsSync(join(dir, 'coolify-v4.3.11.json'))) return dir;
  }
  return undefined;
}
