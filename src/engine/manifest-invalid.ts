import type { LoadedManifest } from './manifest-file.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { AdoError } from '../errors.js';

/** The manifest has errors: carries the diagnostics for the CLI to print like `validate` does. */
export class ManifestInvalidError extends AdoError {
  constructor(
    readonly loaded: LoadedManifest,
    readonly diagnostics: Diagnostic[],
  ) {
    super('ADO_MANIFEST_INVALID', `${loaded.path} is not valid (${diagnostics.filter((d) => d.severity === 'error').length} errors)`, {
      hint: `run: ado-coolify validate -f ${loaded.path}`,
    });
  }
}
