import { ManifestInvalidError } from '../engine/manifest-invalid.js';
import type { CliIo } from './io.js';
import { formatGithub, formatHuman, formatJson } from '../diagnostics/format.js';

/**
 * Prints manifest diagnostics when `err` is a ManifestInvalidError (returns true: the command
 * then exits 1), so that plan, apply and drift report manifest problems exactly like `validate`.
 */
export function handleManifestError(err: unknown, format: string, io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>): boolean {
  if (!(err instanceof ManifestInvalidError)) return false;
  if (format === 'json') io.stdout.write(ensureNewline(formatJson(err.diagnostics)));
  else io.stderr.write(ensureNewline(formatHuman(err.diagnostics, err.loaded.path)));
  if (io.env.GITHUB_ACTIONS === 'true') io.stdout.write(ensureNewline(formatGithub(err.diagnostics, err.loaded.path)));
  return true;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') || text.length === 0 ? text : `${text}\n`;
}
