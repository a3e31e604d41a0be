import type { Diagnostic } from '../model/diagnostic.js';
import { clean, jsonText, terminalBlock, terminalText } from '../render/sanitize.js';

/**
 * Output formats for diagnostics: human (`file:line:col  CODE  message` + hints + a count
 * line), JSON (`{valid, errorCount, warningCount, diagnostics}`), and GitHub Actions
 * workflow annotations (`::error file=…,line=…,col=…,title=CODE::message`).
 */

/** Error and warning counts. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return { errors, warnings };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning" (empty parts left out; "no problems" when both are zero). */
export function countLine(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no problems';
}

/** One diagnostic's position prefix, `file:line:col` (or the file alone). */
function where(d: Diagnostic, fallbackFile: string): string {
  const s = d.source;
  return s ? `${s.file}:${s.line}:${s.col}` : fallbackFile;
}

/** Human format: one line per diagnostic, indented hints, and a final count line. */
export function formatHuman(diagnostics: readonly Diagnostic[], file: string): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    const label = d.severity === 'warning' ? 'warning: ' : '';
    // Messages can quote live names (ADO501) and the manifest's own text: nothing raw (audit M4).
    lines.push(`${terminalText(where(d, file))}  ${d.code}  ${label}${terminalBlock(d.message)}`);
    if (d.hint) lines.push(`  hint: ${terminalBlock(d.hint)}`);
  }
  if (diagnostics.length > 0) lines.push(`${countDiagnostics(diagnostics).errors > 0 ? '✗' : '!'} ${countLine(diagnostics)}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The JSON report shape. */
export interface DiagnosticsReport {
  valid: boolean;
  errorCount: number;
  warningCount: number;
  diagnostics: Diagnostic[];
}

/** JSON format (pretty-printed, newline-terminated). */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const report: DiagnosticsReport = { valid: errors === 0, errorCount: errors, warningCount: warnings, diagnostics: [...diagnostics] };
  return jsonText(JSON.stringify(report, null, 2)) + '\n';
}

/** Escapes the message part of a workflow command (no raw control or bidi character either). */
function escapeData(s: string): string {
  return clean(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value of a workflow command. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations, one line per diagnostic (hints appended to the message). */
export function formatGithub(diagnostics: readonly Diagnostic[], file: string): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${escapeProperty(d.source?.file ?? file)}`];
      if (d.source) props.push(`line=${d.source.line}`, `col=${d.source.col}`);
      props.push(`title=${escapeProperty(d.code)}`);
      const message = d.hint ? `${d.message} (hint: ${d.hint})` : d.message;
      return `::${d.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(message)}\n`;
    })
    .join('');
}
