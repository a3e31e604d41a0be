/**
 * GitHub workflow commands (`::error …::message`, `::warning …::message`) for diagnostics and
 * for the Action's own warnings, with GitHub's escaping rules for data and properties.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { clean } from '../render/sanitize.js';

/** Escapes the message part of a workflow command; live text in it shows no raw control or bidi character (`clean`). */
export function escapeData(s: string): string {
  return clean(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Properties of an annotation. */
export interface AnnotationProps {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

/** One `::LEVEL props::message` line (newline-terminated). */
export function annotation(level: 'error' | 'warning' | 'notice', message: string, props: AnnotationProps = {}): string {
  const parts: string[] = [];
  if (props.file !== undefined) parts.push(`file=${escapeProperty(props.file)}`);
  if (props.line !== undefined) parts.push(`line=${props.line}`);
  if (props.col !== undefined) parts.push(`col=${props.col}`);
  if (props.title !== undefined) parts.push(`title=${escapeProperty(props.title)}`);
  return `::${level}${parts.length > 0 ? ` ${parts.join(',')}` : ''}::${escapeData(message)}\n`;
}

/**
 * One annotation per diagnostic: `::error file=…,line=…,col=…,title=CODE::message (hint: …)`.
 * Diagnostics without a source position point at the manifest file.
 */
export function diagnosticAnnotations(diagnostics: readonly Diagnostic[], manifestFile: string): string {
  return diagnostics
    .map((d) =>
      annotation(d.severity === 'warning' ? 'warning' : 'error', d.hint ? `${d.message} (hint: ${d.hint})` : d.message, {
        file: d.source?.file ?? manifestFile,
        line: d.source?.line,
        col: d.source?.col,
        title: d.code,
      }),
    )
    .join('');
}
