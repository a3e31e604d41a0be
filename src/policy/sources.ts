/**
 * Where policy documents come from (pure): the manifest's `policy:` section and a policy file
 * (`--policy FILE`, YAML or JSON, the same shape), each with the positions of its keys.
 */
import { makeDiagnostic } from '../diagnostics/make.js';
import { parseManifestText } from '../manifest/parse.js';
import { joinPointer } from '../manifest/pointer.js';
import { CODES } from '../model/diagnostic-codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { PolicySource } from './config.js';

/** The manifest's `policy:` section as a policy source (nothing when it has none). */
export function manifestPolicySource(doc: unknown, locate: (pointer: string) => SourceLocation | undefined): PolicySource | undefined {
  const data = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>)['policy'] : undefined;
  if (data === undefined) return undefined;
  return { data, origin: 'manifest', locate: (path) => locate(joinPointer('/policy', ...path)) };
}

/**
 * A policy file's text as a policy source. YAML problems (syntax, tabs, duplicate keys, an
 * empty file) are ADO808 diagnostics that name the file and the position.
 */
export function policyFileSource(text: string, path: string): { source?: PolicySource; diagnostics: Diagnostic[] } {
  const parsed = parseManifestText(text, path);
  const diagnostics = parsed.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) =>
      makeDiagnostic(CODES.POLICY_INVALID, `policy file ${path}: ${d.message.replace(/\bmanifest\b/g, 'policy file')}`, {
        hint: 'a policy file is YAML or JSON: `rules: { pinnedImages: error }` and/or `custom: [...]` (docs/policy.md)',
        ...(d.source !== undefined ? { source: d.source } : {}),
      }),
    );
  if (parsed.doc === undefined || diagnostics.length > 0) return { diagnostics };
  const map = parsed.sourceMap;
  return {
    source: { data: parsed.doc, origin: path, locate: (p) => map.locate(joinPointer('', ...p)) ?? { file: path, line: 1, col: 1 } },
    diagnostics,
  };
}
