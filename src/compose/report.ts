/** The import report: what was mapped, what to review, which secrets to set. */

/** Everything the import wants the user to know; it becomes the header comment. */
export interface ImportReport {
  /** `service (image) -> applications.name` lines. */
  mapped: string[];
  /** Placeholders and guesses to check before applying. */
  review: string[];
  /** Secrets the manifest now needs, with the places that use them. */
  secrets: Array<{ name: string; uses: string[] }>;
  /** Manifest vars created from compose variables, with their default. */
  vars: Array<{ name: string; value: string }>;
  /** Compose features that have no equivalent and were dropped. */
  notCarried: string[];
}

/** An empty report. */
export function emptyReport(): ImportReport {
  return { mapped: [], review: [], secrets: [], vars: [], notCarried: [] };
}

/** The header comment lines (without `#`), for the generated manifest. */
export function reportLines(report: ImportReport, fileName: string): string[] {
  const lines = [`Imported from ${fileName} by \`ado-coolify import compose\`.`, ''];
  lines.push('Mapped:');
  for (const m of report.mapped) lines.push(`  ${m}`);
  if (report.review.length > 0) {
    lines.push('', 'To review before `ado-coolify apply`:');
    for (const r of report.review) lines.push(`  - ${r}`);
  }
  if (report.secrets.length > 0) {
    lines.push('', 'Secrets to set (environment variables or --secrets-file; values were not copied):');
    for (const s of report.secrets) lines.push(`  - ${s.name}${s.uses.length > 0 ? ` (${s.uses.join(', ')})` : ''}`);
  }
  if (report.vars.length > 0) {
    lines.push('', 'Variables from compose interpolation (override with --var NAME=value):');
    for (const v of report.vars) lines.push(`  - ${v.name}${v.value === '' ? ' (no default in the compose file: set it)' : ''}`);
  }
  if (report.notCarried.length > 0) {
    lines.push('', 'Not carried over:');
    for (const n of report.notCarried) lines.push(`  - ${n}`);
  }
  return lines;
}
