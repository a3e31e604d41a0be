import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { CodeInfo } from '../model/diagnostic-codes.js';

/** Optional parts of a diagnostic. */
export interface DiagnosticExtras {
  hint?: string;
  path?: string;
  source?: SourceLocation;
  address?: string;
}

/** Builds a diagnostic with the code's default severity. */
export function makeDiagnostic(info: CodeInfo, message: string, extras: DiagnosticExtras = {}): Diagnostic {
  const d: Diagnostic = { severity: info.severity, code: info.code, message };
  if (extras.hint !== undefined) d.hint = extras.hint;
  if (extras.path !== undefined) d.path = extras.path;
  if (extras.source !== undefined) d.source = extras.source;
  if (extras.address !== undefined) d.address = extras.address;
  return d;
}

/** Orders diagnostics by file, line and column; those without a position come first. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const sa = a.d.source;
      const sb = b.d.source;
      if (!sa || !sb) return (sa ? 1 : 0) - (sb ? 1 : 0) || a.i - b.i;
      return (
        sa.file.localeCompare(sb.file) || sa.line - sb.line || sa.col - sb.col || a.d.code.localeCompare(b.d.code) || a.i - b.i
      );
    })
    .map((x) => x.d);
}

/** Drops exact repeats (same code, message and position). */
export function dedupeDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.code}|${d.message}|${d.path ?? ''}|${d.source?.line ?? ''}:${d.source?.col ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
