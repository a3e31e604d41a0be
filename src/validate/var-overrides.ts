import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';

/**
 * `--var NAME=value` for a name the manifest neither declares under `vars:` nor uses as
 * `${vars.NAME}` changes nothing, so a typo (`--var VERSON=1.5.0`) would let a CI "deploy 1.5.0"
 * report success while deploying nothing. Like Terraform, such a variable is an error.
 */
export function checkVarOverrides(
  overrides: Readonly<Record<string, string>> | undefined,
  declared: unknown,
  used: ReadonlySet<string>,
  where: () => SourceLocation | undefined,
): Diagnostic[] {
  const known = new Set<string>(used);
  if (declared !== null && typeof declared === 'object' && !Array.isArray(declared)) for (const k of Object.keys(declared)) known.add(k);
  return Object.keys(overrides ?? {})
    .filter((name) => !known.has(name))
    .map((name) => {
      const at = where();
      return makeDiagnostic(CODES.UNKNOWN_VAR, `\`--var ${name}\` sets a variable the manifest neither declares under \`vars:\` nor uses`, {
        path: '/vars',
        ...(at ? { source: at } : {}),
        hint:
          didYouMean(name, known) ??
          (known.size > 0 ? `the manifest's variables: ${[...known].sort().join(', ')}` : `declare it under \`vars:\` and use it as \`\${vars.${name}}\``),
      });
    });
}
