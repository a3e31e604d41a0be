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

/** True for the codes of policy violations, ADO801–ADO807 (not ADO808, a policy that cannot be used). */
export function isPolicyViolation(d: Pick<Diagnostic, 'code'>): boolean {
  return /^ADO80[1-7]$/.test(d.code);
}

/** True when the list holds at least one error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * The diagnostics without repeats: one per (code, location, message). A YAML alias
 * (`env: *djangoenv`) makes the same problem at the same `file:line:col` once per use; it is
 * reported once (audit p4). Diagnostics without a location are kept apart by their path.
 */
export function dedupeDiagnostics<T extends Diagnostic>(diagnostics: readonly T[]): T[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const where = d.source ? `${d.source.file}:${d.source.line}:${d.source.col}` : `path:${d.path ?? ''}`;
    const key = `${d.code}\u0000${where}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
