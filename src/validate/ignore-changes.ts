import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { KindSpec } from '../kinds/spec.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { joinPointer } from '../manifest/pointer.js';
import { specFor } from '../kinds/registry.js';
import { isObject, type PlacedEntry } from '../manifest/structure.js';

/**
 * `ignoreChanges` paths must name a field of the resource: a typo (`limits.memroy`) would
 * otherwise silently ignore nothing. Accepted: the manifest labels of the kind's fields
 * (`image`, `limits.memory`) and their parents (`healthCheck`, `limits`), the Coolify field names
 * (`health_check_path`), and env keys (`env`, `env.KEY`, `sharedEnv.KEY`, `previews.env.KEY`),
 * the same paths `translateIgnoreChanges` understands.
 */

const ENV_PREFIXES = ['env', 'sharedEnv', 'previews.env'];

/** The paths a kind accepts in `ignoreChanges`, besides env keys. */
export function ignorablePaths(spec: KindSpec): Set<string> {
  const out = new Set<string>();
  for (const f of spec.fields) {
    out.add(f.path);
    const parts = f.label.split('.');
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('.'));
  }
  return out;
}

/** Whether `path` is an env-key form (`env`, `env.KEY`, …). */
export function isEnvPath(path: string): boolean {
  return ENV_PREFIXES.some((p) => path === p || (path.startsWith(`${p}.`) && path.length > p.length + 1));
}

/** One ADO313 error per `ignoreChanges` path that names no field of its resource. */
export function checkIgnoreChanges(placed: readonly PlacedEntry[], locateValue: (pointer: string) => SourceLocation | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const entry of placed) {
    if (!isObject(entry.spec) || !Array.isArray(entry.spec.ignoreChanges)) continue;
    const known = ignorablePaths(specFor(entry.kind));
    entry.spec.ignoreChanges.forEach((p: unknown, i: number) => {
      if (typeof p !== 'string' || p.includes('${') || known.has(p) || isEnvPath(p)) return;
      const pointer = joinPointer(entry.pointer, 'ignoreChanges', i);
      const labels = [...known].filter((k) => !k.includes('_'));
      out.push(
        makeDiagnostic(CODES.UNKNOWN_IGNORE_PATH, `\`ignoreChanges\` path \`${p}\` is not a field of ${entry.address}`, {
          path: pointer,
          source: locateValue(pointer),
          address: entry.address,
          hint: didYouMean(p, labels) ?? `fields are manifest paths such as \`image\`, \`limits.memory\` or \`env.KEY\``,
        }),
      );
    });
  }
  return out;
}
