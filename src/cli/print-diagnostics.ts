import { ManifestInvalidError } from '../engine/manifest-invalid.js';
import { ExitCode } from '../errors.js';
import { formatGithub, formatHuman, formatJson } from '../diagnostics/format.js';

/**
 * Prints manifest diagnostics when `err` is a ManifestInvalidError (returns true), so that
 * plan, apply and drift report manifest problems exactly like `validate` does.
 */
export function handleManifestError(err: unknown, format: string): boolean {
  if (!(err instanceof ManifestInvalidError)) return false;
  if (format === 'json') process.stdout.write(ensureNewline(formatJson(err.diagnostics)));
  else process.stderr.write(ensureNewline(formatHuman(err.diagnostics, err.loaded.path)));
  if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(ensureNewline(formatGithub(err.diagnostics, err.loaded.path)));
  process.exitCode = ExitCode.Error;
  return true;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') || text.length === 0 ? text : `${text}\n`;
}
