import type { Diagnostic } from '../model/diagnostic.js';
import { oneLine } from './sanitize.js';

/** Where a diagnostic points, e.g. `ado.coolify.yaml:12:5 · ado/production/database/old`; may be empty. */
export function diagnosticLocation(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.source) parts.push(`${oneLine(d.source.file)}:${d.source.line}:${d.source.col}`);
  else if (d.path) parts.push(oneLine(d.path));
  if (d.address) parts.push(oneLine(d.address));
  return parts.join(' · ');
}

/** Errors first, then warnings, each group in plan order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity !== 'error')];
}
