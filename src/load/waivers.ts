/**
 * What a command can do without. Read-only commands (`status`, `logs`, `previews list`,
 * `graph`, `drift --no-secrets`) need no secret values, and commands that never connect
 * (`validate`, `graph`, `export`) need no Coolify URL: their loads waive those diagnostics
 * (UX audit M4, m10). Pure.
 */
import { CODES } from '../model/diagnostic-codes.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** The diagnostics a load may waive. */
export interface Waivers {
  /** Secrets need not be provided (ADO204): their values are then unknown, never compared. */
  missingSecrets?: boolean;
  /** `coolify.url` may use an unset environment variable (ADO205 under `/coolify`): the command never connects. */
  coolifyUrl?: boolean;
}

function waived(d: Diagnostic, waivers: Waivers): boolean {
  if (d.severity !== 'error') return false;
  if (waivers.missingSecrets && d.code === CODES.MISSING_SECRET.code) return true;
  return waivers.coolifyUrl === true && d.code === CODES.MISSING_ENV.code && (d.path ?? '').startsWith('/coolify');
}

/** The diagnostics without the waived ones. */
export function waiveDiagnostics(diagnostics: readonly Diagnostic[], waivers: Waivers): Diagnostic[] {
  return diagnostics.filter((d) => !waived(d, waivers));
}

/** The diagnostics with the waived errors turned into warnings (`validate` still shows them), the reason appended. */
export function downgradeWaived(diagnostics: readonly Diagnostic[], waivers: Waivers, why: string): Diagnostic[] {
  return diagnostics.map((d) => (waived(d, waivers) ? { ...d, severity: 'warning', message: `${d.message} (${why})` } : d));
}
