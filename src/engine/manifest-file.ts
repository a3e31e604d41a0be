/**
 * Reading the manifest and the secrets file from disk: the I/O half of loading. The pure half
 * (parse, validate, resolve) is src/load/load-manifest.ts; this module only reads the bytes and
 * turns read errors into the same diagnostics.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { dedupeDiagnostics } from '../model/diagnostic.js';
import { loadManifestSource, type LoadedManifest, type ManifestInputs, type SecretsFileContent } from '../load/load-manifest.js';

export type { LoadedManifest } from '../load/load-manifest.js';

/** Inputs besides the manifest file: `--var` overrides, the environment and secrets. */
export interface LoadManifestOptions extends Omit<ManifestInputs, 'secretsFile'> {
  /** A dotenv file with secrets; looked up after `secrets`, before `env`. */
  secretsFile?: string;
  /** The directory relative paths (manifest, secrets file) are read from; the process's by default. Messages quote the paths as given. */
  cwd?: string;
}

/** The path to open for `path` given relative to `cwd` (unchanged without one). */
export function pathIn(cwd: string | undefined, path: string): string {
  return cwd === undefined ? path : resolve(cwd, path);
}

/** Why a file could not be read, in words. */
function readErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === NOT_REGULAR) return (err as Error).message;
  return code ?? 'read error';
}

const NOT_REGULAR = 'ADO_NOT_REGULAR_FILE';

/**
 * Reads a regular file. Anything else (a FIFO, a device such as /dev/zero, a directory) is
 * refused at once: it is opened non-blocking (a FIFO without a writer would block the open)
 * and checked on the open handle, so nothing is read from it and nothing can swap it between
 * the check and the read.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = await handle.stat();
    if (!st.isFile()) {
      const what = st.isDirectory() ? 'it is a directory' : st.isFIFO() ? 'it is a FIFO (named pipe)' : st.isCharacterDevice() || st.isBlockDevice() ? 'it is a device' : st.isSocket() ? 'it is a socket' : 'it is not a regular file';
      throw Object.assign(new Error(`${what}, not a regular file`), { code: NOT_REGULAR });
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads the secrets file, or says why it could not be read. */
async function readSecretsFile(path: string, cwd: string | undefined): Promise<SecretsFileContent> {
  try {
    return { path, text: (await readRegularFile(pathIn(cwd, path))).toString('utf8') };
  } catch (err) {
    return { path, unreadable: readErrorText(err) };
  }
}

/**
 * Like `loadManifest`, for manifest content already in memory (`path` is only used in
 * positions); the secrets file, when given, is read from disk. Never throws for bad input.
 */
export async function loadManifestBytes(path: string, bytes: Uint8Array | string, options: LoadManifestOptions = {}): Promise<LoadedManifest> {
  const { secretsFile, cwd, ...inputs } = options;
  const loaded = await loadManifestSource(path, bytes, { ...inputs, ...(secretsFile !== undefined ? { secretsFile: await readSecretsFile(secretsFile, cwd) } : {}) });
  // Kept in place: the loaded manifest carries non-enumerable secret values.
  loaded.diagnostics = dedupeDiagnostics(loaded.diagnostics);
  return loaded;
}

/**
 * Reads, parses, validates and resolves a manifest. Never throws for bad input: an unreadable
 * file, YAML errors, schema errors and semantic problems all come back as diagnostics.
 */
export async function loadManifest(path: string, options: LoadManifestOptions = {}): Promise<LoadedManifest> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(pathIn(options.cwd, path));
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
