/**
 * Reading the manifest and the secrets file from disk: the I/O half of loading. The pure half
 * (parse, validate, resolve) is src/load/load-manifest.ts; this module only reads the bytes and
 * turns read errors into the same diagnostics.
 */
import { readFile } from 'node:fs/promises';
import { CODES } from '../diagnostics/codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { loadManifestSource, type LoadedManifest, type ManifestInputs, type SecretsFileContent } from '../load/load-manifest.js';

export type { LoadedManifest } from '../load/load-manifest.js';

/** Inputs besides the manifest file: `--var` overrides, the environment and secrets. */
export interface LoadManifestOptions extends Omit<ManifestInputs, 'secretsFile'> {
  /** A dotenv file with secrets; looked up after `secrets`, before `env`. */
  secretsFile?: string;
}

/** Why a file could not be read, in words. */
function readErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return code ?? 'read error';
}

/** Reads the secrets file, or says why it could not be read. */
async function readSecretsFile(path: string): Promise<SecretsFileContent> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (err) {
    return { path, unreadable: readErrorText(err) };
  }
}

/**
 * Like `loadManifest`, for manifest content already in memory (`path` is only used in
 * positions); the secrets file, when given, is read from disk. Never throws for bad input.
 */
export async function loadManifestBytes(path: string, bytes: Uint8Array | string, options: LoadManifestOptions = {}): Promise<LoadedManifest> {
  const { secretsFile, ...inputs } = options;
  return loadManifestSource(path, bytes, { ...inputs, ...(secretsFile !== undefined ? { secretsFile: await readSecretsFile(secretsFile) } : {}) });
}

/**
 * Reads, parses, validates and resolves a manifest. Never throws for bad input: an unreadable
 * file, YAML errors, schema errors and semantic problems all come back as diagnostics.
 */
export async function loadManifest(path: string, options: LoadManifestOptions = {}): Promise<LoadedManifest> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return {
      path,
      hash: '',
      edges: [],
      diagnostics: [
        makeDiagnostic(CODES.FILE_UNREADABLE, `cannot read manifest \`${path}\`: ${readErrorText(err)}`, {
          hint: 'pass the manifest with -f FILE (default: ado.coolify.yaml in the current directory)',
        }),
      ],
      locate: () => undefined,
    };
  }
  return loadManifestBytes(path, bytes, options);
}
