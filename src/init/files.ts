/**
 * The files `ado-coolify init` writes: the manifest and, optionally, the example GitHub
 * workflows copied into `.github/workflows/` (prefixed `coolify-`). Existing files are never
 * overwritten without `force`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdoError } from '../errors.js';
import { scaffoldManifest } from './manifest.js';
import type { InitOptions } from './options.js';

/** A file to write, path relative to the target directory. */
export interface InitFile {
  path: string;
  content: string;
}

/** The manifest's file name. */
export const MANIFEST_FILE = 'ado.coolify.yaml';

/**
 * The directory of the example workflows shipped with the package: `examples/github/` next
 * to the nearest `package.json` named `ado-coolify` above this module.
 */
export function defaultTemplatesDir(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'ado-coolify') {
          const templates = join(dir, 'examples', 'github');
          return existsSync(templates) ? templates : undefined;
        }
      } catch {
        // not our package.json; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The workflow templates (`*.yml`), sorted, as files under `.github/workflows/coolify-NAME`. */
export function readWorkflowTemplates(templatesDir: string | undefined): InitFile[] {
  if (!templatesDir || !existsSync(templatesDir)) {
    throw new AdoError('ADO_INIT_NO_TEMPLATES', 'the example GitHub workflows are not installed with this copy of ado-coolify', {
      hint: 'copy them from examples/github/ in the ado-coolify repository, or run init without --github-workflows',
    });
  }
  return readdirSync(templatesDir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `.github/workflows/coolify-${f}`, content: readFileSync(join(templatesDir, f), 'utf8') }));
}

/** Every file init would write, for the given options. */
export function planInitFiles(o: InitOptions, templatesDir: string | undefined = defaultTemplatesDir()): InitFile[] {
  const files: InitFile[] = [{ path: MANIFEST_FILE, content: scaffoldManifest(o) }];
  if (o.githubWorkflows) files.push(...readWorkflowTemplates(templatesDir));
  return files;
}

/** Writes the files under `dir`; refuses (AdoError, exit 1) if any exists, unless `force`. */
export async function writeInitFiles(dir: string, files: readonly InitFile[], force: boolean, cwd: string = process.cwd()): Promise<string[]> {
  const targets = files.map((f) => join(dir, f.path));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !force) {
    const list = existing.map((t) => relative(cwd, t) || t).join(', ');
    throw new AdoError('ADO_INIT_EXISTS', `refusing to overwrite existing ${existing.length === 1 ? 'file' : 'files'}: ${list}`, {
      hint: 'pass --force to overwrite, or --dir DIR to write elsewhere',
    });
  }
  for (const [i, f] of files.entries()) {
    const target = targets[i]!;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content);
  }
  return targets;
}
