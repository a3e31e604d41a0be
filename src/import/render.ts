/**
 * Renders an imported manifest as YAML: the schema comment, a header saying what was
 * imported and how adoption works, the secrets to set, renames and TODOs. Pure.
 */
import { Document, visit } from 'yaml';
import { SCHEMA_MODELINE } from '../manifest/schema-ref.js';
import { hasInvisible, jsonText, terminalText } from '../render/sanitize.js';
import type { ImportResult } from './types.js';
import { TEAM_KIND_LIST, TEAM_KINDS } from '../model/address.js';

/** What the header names besides the result. */
export interface RenderInfo {
  /** The project imported; absent for `import --instance`. */
  project?: string;
  environments: string[];
  coolifyUrl?: string;
  /** `--secrets-out` file, when one was written. */
  secretsOut?: string;
}

const KIND_LABELS: ReadonlyArray<[string, string]> = [
  ['project', 'project'],
  ['environment', 'environment'],
  ...TEAM_KIND_LIST.map((k): [string, string] => [k, TEAM_KINDS[k].label]),
  ['database', 'database'],
  ['backup', 'backup'],
  ['application', 'application'],
  ['storage', 'storage'],
  ['scheduledTask', 'scheduled task'],
  ['service', 'service'],
];

/** One line summing up what was imported, e.g. `2 environments, 3 databases, …`. */
export function countsLine(counts: Readonly<Record<string, number>>, withProjects = false): string {
  const parts = KIND_LABELS.filter(([k]) => (withProjects || k !== 'project') && (counts[k] ?? 0) > 0).map(([k, label]) => `${counts[k]} ${label}${counts[k] === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing besides the project';
}

/** The header comment lines (without `# `). */
export function headerLines(result: ImportResult, info: RenderInfo): string[] {
  const at = info.coolifyUrl ? ` at ${info.coolifyUrl}` : '';
  const lines = info.project === undefined
    ? [`Imported by \`ado-coolify import --instance\` from the Coolify instance${at}:`, `${countsLine(result.counts, true)}.`]
    : [`Imported by \`ado-coolify import\` from Coolify project "${info.project}"${at}`, `(environments: ${info.environments.join(', ')}): ${countsLine(result.counts)}.`];
  lines.push(
    '',
    'Only fields that differ from Coolify\'s defaults are written: a field left out is not managed.',
    'The imported resources are not marked as managed yet. Review this file, then run',
    '`ado-coolify plan`: it shows them as "adopt" (tagging only, nothing else changes;',
    'env vars and shared variables it declares are taken over, which rewrites them with the same',
    'values and the ownership comment). `ado-coolify apply` then marks them as managed.',
  );
  if (result.secrets.length > 0) {
    lines.push('', `Secrets to set (${info.secretsOut ? `values written to ${info.secretsOut}; ` : ''}pass them with --secrets-file or as environment variables):`);
    for (const s of result.secrets) lines.push(`  ${s.name}  (${s.where}${s.value === undefined ? '; not readable: set it yourself' : ''})`);
  }
  if (result.renames.length > 0) {
    lines.push('', 'RENAMED to fit the manifest\'s name rules. Addresses come from names: rename these in Coolify',
      'too, or the plan will not match them (it would create new resources):');
    for (const r of result.renames) lines.push(`  ${r.kind} ${r.where ? `${r.where}: ` : ''}"${r.from}" → "${r.to}"`);
  }
  const todos = result.notes.filter((n) => n.severity !== 'info');
  if (todos.length > 0) {
    lines.push('', 'To review:');
    for (const n of todos) lines.push(`  ${n.severity === 'todo' ? 'TODO' : 'WARNING'} ${n.where}: ${n.message}`);
  }
  const infos = result.notes.filter((n) => n.severity === 'info');
  if (infos.length > 0) {
    lines.push('', 'Notes:');
    for (const n of infos) lines.push(`  ${n.where}: ${n.message}`);
  }
  return lines;
}

/**
 * The manifest file text. Names, notes and values come from Coolify (audit M4, m5): a header
 * line is `terminalText` (a newline in a live name cannot end the comment and start YAML), and
 * a value holding a control, bidi or zero-width character is written double-quoted with that
 * character as a `\uXXXX` escape, so the file shows it and still reads back the same value.
 */
export function renderImportedManifest(result: ImportResult, info: RenderInfo): string {
  const doc = new Document(result.manifest);
  let hidden = false;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && hasInvisible(node.value)) {
        node.type = 'QUOTE_DOUBLE';
        hidden = true;
      }
    },
  });
  const header = [SCHEMA_MODELINE, '', ...headerLines(result, info).map(terminalText)];
  const body = doc.toString({ lineWidth: 0 });
  // Only double-quoted scalars can hold such a character now, and `\uXXXX` is their escape.
  return `${header.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n')}\n${hidden ? jsonText(body) : body}`;
}

/** Where `import` wrote its output, for its report. */
export interface ImportReportInfo {
  /** The project imported; absent for `import --instance`. */
  projectName?: string;
  output?: string;
  secretsOut?: string;
}

/**
 * What `import` prints on stderr after writing the manifest: counts, renames, notes, secrets to
 * set and the next step. Live names and notes are `terminalText` (audit M4).
 */
export function renderImportReport(result: ImportResult, info: ImportReportInfo): string {
  const into = info.output !== undefined ? ` into ${info.output}` : '';
  const lines: string[] = [info.projectName === undefined ? `imported the instance${into}: ${countsLine(result.counts, true)}` : `imported project "${info.projectName}"${into}: ${countsLine(result.counts)}`];
  for (const r of result.renames) {
    lines.push(`WARNING: renamed ${r.kind} ${r.where ? `${r.where}/` : ''}"${r.from}" to "${r.to}": the plan will not match it until it is renamed in Coolify too`);
  }
  for (const n of result.notes.filter((x) => x.severity !== 'info')) lines.push(`${n.severity === 'todo' ? 'TODO' : 'warning'}: ${n.where}: ${n.message}`);
  if (result.secrets.length > 0) {
    lines.push(`secrets to set (${result.secrets.length})${info.secretsOut !== undefined ? `, values written to ${info.secretsOut}` : ''}:`);
    for (const s of result.secrets) lines.push(`  ${s.name}  ${s.where}${s.value === undefined ? ' (not readable: set it yourself)' : ''}`);
    if (info.secretsOut === undefined) {
      lines.push('their values were written nowhere: re-run with --secrets-out FILE to get them in a private (0600) dotenv file, or set each one yourself, then pass them with --secrets-file FILE or as environment variables');
    }
  }
  const file = info.output ?? 'FILE';
  lines.push(`next: review the file, then \`ado-coolify plan -f ${file}${info.secretsOut !== undefined ? ` --secrets-file ${info.secretsOut}` : ''}\`: the imported resources show as "adopt"`);
  return lines.map((l) => `${terminalText(l)}\n`).join('');
}
