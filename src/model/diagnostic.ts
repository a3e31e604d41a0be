import type { DiagnosticCode, Severity } from './diagnostic-codes.js';
import type { SourceLocation } from './source.js';

export type { DiagnosticCode, Severity } from './diagnostic-codes.js';

/**
 * One problem found in a manifest or during planning, printed as
 * `file:line:col  CODE  message` with an optional hint. Codes are stable (documented in
 * docs/diagnostics.md) so CI can match on them.
 */
export interface Diagnostic {
  severity: Severity;
  /** Stable code such as `ADO102`, one of the registry (diagnostic-codes.ts). */
  code: DiagnosticCode;
  message: string;
  /** A suggested fix, e.g. "did you mean `healthCheck`?". */
  hint?: string;
  /** Manifest path as a JSON pointer, e.g. `/projects/ado/environments/production`. */
  path?: string;
  source?: SourceLocation;
  /** Address of the resource concerned, when there is one. */
  address?: string;
}

/** True when the list holds at least one error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
