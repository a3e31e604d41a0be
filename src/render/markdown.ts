import { orphanedAdvice } from './orphaned-words.js';
import { healthSection } from './health.js';
import { impactSections } from './impact.js';
import type { PlanJson, PlanSummary, ResourceChange } from '../model/plan.js';
import {
  ACTION_SYMBOL,
  NO_CHANGES_LINE,
  consequenceText,
  displayAction,
  isDestructive,
  planHasChanges,
  plural,
  summaryLine,
} from './actions.js';
import { diagnosticLocation, sortDiagnostics } from './diagnostics.js';
import { resourceFieldViews, type FieldView } from './fields.js';
import { DEFAULT_MAX_CHARS, assembleCapped } from './markdown-cap.js';
import { escapeHtml, escapeMarkdownInline, fenceFor, inlineCode } from './sanitize.js';
import { preflightText } from './preflight.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** The hidden first line that lets CI find and update the plan comment in place. */
export const PLAN_COMMENT_MARKER = '<!-- ado-coolify-plan -->';

/** Options of the Markdown plan renderer. */
export interface MarkdownOptions {
  /** Character cap of the whole comment (default 65,000). */
  maxChars?: number;
  /** Heading text (default `ado-coolify plan`). */
  title?: string;
  /** A Mermaid graph of the changed resources, with or without its ```mermaid fence. */
  mermaid?: string;
  /** First line, overriding PLAN_COMMENT_MARKER (one comment per manifest). */
  marker?: string;
}

/** Renders a plan as a GitHub pull-request comment, capped at `maxChars`. */
export function renderPlanMarkdown(plan: PlanJson, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const top = `${opts.marker ?? PLAN_COMMENT_MARKER}\n### ${escapeMarkdownInline(opts.title ?? 'ado-coolify plan')}\n\n`;
  const info = infoLine(plan);

  if (!planHasChanges(plan)) {
    return assembleCapped(
      {
        head: () => `${top}**${NO_CHANGES_LINE}**\n\n${info}`,
        bodies: [],
        extras: orphanedSection(plan) + healthSection(plan) + unmanagedSection(plan, Infinity),
        foot: (limit) => diagnosticsSection(plan.diagnostics, limit),
        droppedTitle: '',
      },
      maxChars,
    );
  }

  const changed = plan.resourceChanges.filter((rc) => displayAction(rc) !== 'no-op');
  const unchanged = plan.resourceChanges.length - changed.length;
  const tableAndInfo = `**${summaryLine(plan.summary)}**\n\n${summaryTable(plan.summary)}\n${info}`;
  const destroyed = changed.filter(isDestructive);

  return assembleCapped(
    {
      head: (limit) => top + impactSection(plan, limit) + tableAndInfo + destroyBanner(destroyed, limit) + '\n',
      bodies: changed.map((rc) => ({ body: resourceDetails(rc), line: `- ${inlineCode(`${ACTION_SYMBOL[displayAction(rc)]} ${rc.address}`)}\n` })),
      extras:
        (unchanged > 0 ? `\n_${plural(unchanged, 'resource')} without changes not shown._\n` : '') +
        mermaidSection(opts.mermaid) +
        orphanedSection(plan) + healthSection(plan) +
        unmanagedSection(plan, Infinity),
      foot: (limit) => diagnosticsSection(plan.diagnostics, limit),
      droppedTitle: 'Resources not shown in detail',
    },
    maxChars,
  );
}

/** `Coolify `url` (version) · manifest `path` · ado-coolify X` plus a sensitivity note. */
export function infoLine(plan: PlanJson): string {
  let line =
    `Coolify ${inlineCode(plan.coolify.url)} (${escapeMarkdownInline(plan.coolify.version)}) · ` +
    `manifest ${inlineCode(plan.manifest.path)} · ado-coolify ${escapeMarkdownInline(plan.toolVersion)}\n`;
  const preflight = preflightText(plan.preflight);
  if (preflight !== '') line += `\nPreflight: ${escapeMarkdownInline(preflight)}\n`;
  if (plan.targets.length > 0) line += `\nTargets: ${plan.targets.map(inlineCode).join(', ')}\n`;
  if (!plan.coolify.canReadSensitive) {
    line += '\n> [!NOTE]\n> The API token cannot read sensitive values (no `read:sensitive`); they cannot be compared.\n';
  }
  return line;
}

/** The most items of one impact category the comment lists (the resources follow anyway). */
const IMPACT_ITEMS_SHOWN = 25;

/**
 * The impact summary (src/plan/impact.ts), which the comment leads with: each category with
 * its count, and up to `limit` (at most IMPACT_ITEMS_SHOWN) of what it names; '' when the
 * plan has no impact.
 */
export function impactSection(plan: PlanJson, limit: number): string {
  const sections = impactSections(plan);
  if (sections.length === 0) return '';
  const lines = ['#### Impact', ''];
  for (const s of sections) {
    lines.push(`- **${escapeMarkdownInline(s.title)}**`);
    const shown = s.items.slice(0, Math.min(limit, IMPACT_ITEMS_SHOWN));
    for (const i of shown) {
      lines.push(i.domain !== undefined ? `  - ${inlineCode(i.domain)} (${inlineCode(i.address)})` : `  - ${inlineCode(i.address)}: ${escapeMarkdownInline(i.detail)}`);
    }
    if (shown.length < s.items.length) lines.push(`  - … and ${s.items.length - shown.length} more`);
  }
  return lines.join('\n') + '\n\n';
}

function summaryTable(s: PlanSummary): string {
  const rows: Array<[string, string, number, boolean]> = [
    ['+', 'add', s.add, true],
    ['~', 'change', s.change, true],
    ['-', 'destroy', s.destroy, true],
    ['±', 'replace', s.replace, false],
    ['→', 'move', s.move, false],
    ['⊕', 'adopt', s.adopt, false],
    ['↻', 'redeploy', s.redeploy, true],
    ['↻', 'restart', s.restart, false],
    ['?', 'unmanaged (left untouched)', s.unmanaged, false],
  ];
  const body = rows
    .filter(([, , n, always]) => always || n > 0)
    .map(([sym, name, n]) => `| \`${sym}\` ${name} | ${n} |`)
    .join('\n');
  return `| Action | Count |\n| :-- | --: |\n${body}\n`;
}

function destroyBanner(destroyed: ResourceChange[], limit: number): string {
  if (destroyed.length === 0) return '';
  const lines = ['', '> [!CAUTION]', `> **This plan destroys ${plural(destroyed.length, 'resource')}.** Review before merging:`];
  const shown = destroyed.slice(0, limit);
  for (const rc of shown) {
    const tags = [displayAction(rc) === 'replace' ? 'replaced: destroyed, then created' : 'destroyed'];
    if (rc.protect) tags.push('protected');
    lines.push(`> - ${inlineCode(rc.address)} (${tags.join(', ')})`);
  }
  if (shown.length < destroyed.length) lines.push(`> - … and ${destroyed.length - shown.length} more`);
  return lines.join('\n') + '\n';
}

function resourceDetails(rc: ResourceChange): string {
  const action = displayAction(rc);
  const notes = [action, ...(rc.cost !== undefined ? [`$ ${rc.cost}`] : []), rc.reason, ...consequenceText(rc), ...(rc.protect ? ['protected'] : [])].filter((s) => s !== '');
  const summary = `<code>${escapeHtml(`${ACTION_SYMBOL[action]} ${rc.address}`)}</code> · ${escapeHtml(notes.join(' · '))}`;
  const lines = resourceFieldViews(rc).flatMap(diffLines);
  if (rc.unchangedCount > 0 && action !== 'create') lines.push(`# ${plural(rc.unchangedCount, 'unchanged field')} hidden`);
  return detailsBlock(summary, lines);
}

/** A `<details>` block with a ```diff body (or a note when there are no field lines). */
export function detailsBlock(summaryHtml: string, lines: string[]): string {
  if (lines.length === 0) return `<details><summary>${summaryHtml}</summary>\n\n_No field changes._\n\n</details>\n`;
  const body = lines.join('\n');
  const fence = fenceFor(body);
  return `<details><summary>${summaryHtml}</summary>\n\n${fence}diff\n${body}\n${fence}\n\n</details>\n`;
}

/**
 * Lines of a ```diff block for one field: a change is a `-` line and a `+` line so GitHub
 * colours both; a caveat follows the line of the new value.
 */
export function diffLines(view: FieldView): string[] {
  const caveat = view.caveat === undefined ? '' : `  (${view.caveat})`;
  switch (view.type) {
    case 'set':
      return [`${view.sign} ${view.label}: ${view.value}${caveat}`];
    case 'change':
      return [`- ${view.label}: ${view.before}`, `+ ${view.label}: ${view.after}${caveat}`];
    case 'note':
      return [`${view.sign} ${view.label}: ${view.note}${caveat}`];
    case 'multiline':
      return [
        `${view.sign} ${view.label}:${caveat}`,
        ...view.lines.map((l) => (l.sign === '@' ? `  ${l.text}` : `${l.sign}     ${l.text}`.trimEnd())),
      ];
  }
}

function mermaidSection(mermaid: string | undefined): string {
  if (!mermaid || mermaid.trim() === '') return '';
  const trimmed = mermaid.trim();
  if (trimmed.startsWith('```')) return `\n${trimmed}\n`;
  const fence = fenceFor(trimmed);
  return `\n<details><summary>Dependency graph of the changes</summary>\n\n${fence}mermaid\n${trimmed}\n${fence}\n\n</details>\n`;
}

/** Managed resources that left the manifest, kept because the plan was made without `--prune`. */
export function orphanedSection(plan: Pick<PlanJson, 'orphaned'>): string {
  const orphaned = plan.orphaned ?? [];
  if (orphaned.length === 0) return '';
  const lines = [`\n#### No longer in the manifest, kept without \`--prune\` (${orphaned.length})\n`];
  for (const u of orphaned) {
    const onPrune = u.onPrune === undefined ? '' : `; with \`--prune\`: ${escapeMarkdownInline(u.onPrune)}`;
    lines.push(`- ${inlineCode(u.address ?? u.name)} (${escapeMarkdownInline(u.kind)}, uuid ${inlineCode(u.uuid)}${onPrune})`);
  }
  lines.push('', `_${orphanedAdvice(orphaned).replace('--prune', '`--prune`')}_`);
  return lines.join('\n') + '\n';
}

/** The "not managed by ado-coolify" section, capped at `limit` items. */
export function unmanagedSection(plan: Pick<PlanJson, 'unmanaged'>, limit: number, title = 'Not managed by ado-coolify, left untouched'): string {
  if (plan.unmanaged.length === 0) return '';
  const lines = [`\n#### ${title} (${plan.unmanaged.length})\n`];
  for (const u of plan.unmanaged.slice(0, limit)) {
    lines.push(`- ${inlineCode(u.address ?? u.name)} (${escapeMarkdownInline(u.kind)}, uuid ${inlineCode(u.uuid)}): ${escapeMarkdownInline(u.reason)}`);
  }
  if (plan.unmanaged.length > limit) lines.push(`- … and ${plan.unmanaged.length - limit} more`);
  return lines.join('\n') + '\n';
}

/** The diagnostics section, errors first, capped at `limit` items. */
export function diagnosticsSection(diagnostics: readonly Diagnostic[], limit: number): string {
  if (diagnostics.length === 0) return '';
  const sorted = sortDiagnostics(diagnostics);
  const lines = ['\n#### Diagnostics\n'];
  for (const d of sorted.slice(0, limit)) {
    const where = diagnosticLocation(d);
    let line = `- ${d.severity === 'error' ? '**Error**' : '**Warning**'} ${inlineCode(d.code)} ${escapeMarkdownInline(d.message)}`;
    if (where) line += ` (${inlineCode(where)})`;
    if (d.hint) line += `<br>hint: ${escapeMarkdownInline(d.hint)}`;
    lines.push(line);
  }
  if (sorted.length > limit) lines.push(`- … and ${sorted.length - limit} more`);
  return lines.join('\n') + '\n';
}
