import { orphanedAdvice } from './orphaned-words.js';
import type { PlanJson, ResourceChange } from '../model/plan.js';
import {
  ACTION_PHRASE,
  ACTION_SYMBOL,
  NO_CHANGES_LINE,
  consequenceText,
  displayAction,
  planHasChanges,
  plural,
  summaryLine,
  type DisplayAction,
} from './actions.js';
import { makePalette, type Palette } from './color.js';
import { diagnosticLocation, sortDiagnostics } from './diagnostics.js';
import { resourceFieldViews, type DiffLine, type FieldView } from './fields.js';
import { oneLine } from './sanitize.js';
import { preflightText } from './preflight.js';
import { healthBadge, healthLines } from './health.js';
import { impactSections } from './impact.js';

/** Options of the terminal renderers. */
export interface HumanOptions {
  /** Emit ANSI colours (decide with `shouldUseColor`). */
  color: boolean;
  /** Also show resources without changes, and uuids. */
  verbose?: boolean;
}

const INDENT = '    ';

/** Renders a plan for a terminal: one block per changed resource, then the summary line. */
export function renderPlanHuman(plan: PlanJson, opts: HumanOptions): string {
  const p = makePalette(opts.color);
  const out: string[] = [...headerLines(plan, p), '', ...impactLines(plan, p)];

  const shown = plan.resourceChanges.filter((rc) => opts.verbose || displayAction(rc) !== 'no-op');
  const hidden = plan.resourceChanges.length - shown.length;
  if (planHasChanges(plan)) {
    out.push('ado-coolify will perform these actions:', '');
  }
  for (const rc of shown) out.push(...resourceBlock(rc, p, opts.verbose === true), '');
  if (hidden > 0) out.push(p.comment(`# ${plural(hidden, 'unchanged resource')} hidden`), '');

  out.push(...orphanedLines(plan, p));
  out.push(...healthLines(plan, p));
  out.push(...unmanagedLines(plan, p));
  out.push(...diagnosticLines(plan, p));
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
  if (planHasChanges(plan)) out.push(p.strong(summaryLine(plan.summary)));
  else if (errors === 0) out.push(p.strong(NO_CHANGES_LINE));
  if (errors > 0) out.push(p.strong(`The plan has ${errors} error${errors === 1 ? '' : 's'}: nothing can be applied until ${errors === 1 ? 'it is' : 'they are'} fixed.`));
  return out.join('\n') + '\n';
}

/**
 * The impact summary (src/plan/impact.ts), first after the header: each category with its
 * count and what it names; nothing when the plan has no impact.
 */
export function impactLines(plan: PlanJson, p: Palette): string[] {
  const sections = impactSections(plan);
  if (sections.length === 0) return [];
  const lines = [p.strong('Impact:')];
  for (const s of sections) {
    lines.push(`  ${s.title}`);
    for (const i of s.items) {
      lines.push(i.domain !== undefined ? `    ${oneLine(i.domain)} ${p.comment(`(${oneLine(i.address)})`)}` : `    ${oneLine(i.address)}: ${oneLine(i.detail)}`);
    }
  }
  return [...lines, ''];
}

/** The header: Coolify instance, manifest, targets and a note when sensitive values are unreadable. */
export function headerLines(plan: PlanJson, p: Palette): string[] {
  const lines = [
    `Coolify: ${oneLine(plan.coolify.url)} (${oneLine(plan.coolify.version)})`,
    p.comment(`Manifest: ${oneLine(plan.manifest.path)} · ado-coolify ${oneLine(plan.toolVersion)} · ${oneLine(plan.createdAt)}`),
  ];
  const preflight = preflightText(plan.preflight);
  if (preflight !== '') lines.push(p.comment(`Preflight: ${oneLine(preflight)}`));
  if (plan.targets.length > 0) lines.push(`Targets: ${plan.targets.map(oneLine).join(', ')}`);
  if (!plan.coolify.canReadSensitive) {
    lines.push(p.warning('Note: the API token cannot read sensitive values (no read:sensitive); they cannot be compared.'));
  }
  return lines;
}

/** Colours text by the meaning of its sign or action. */
function paint(p: Palette, key: DisplayAction | DiffLine['sign'] | '~'): (s: string) => string {
  switch (key) {
    case '+':
    case 'create':
      return p.add;
    case '-':
    case 'delete':
    case 'replace':
      return p.remove;
    case '~':
    case 'update':
      return p.change;
    case 'move':
      return p.move;
    case 'adopt':
      return p.adopt;
    case '@':
      return p.move;
    default:
      return (s) => s;
  }
}

function resourceBlock(rc: ResourceChange, p: Palette, verbose: boolean): string[] {
  const action = displayAction(rc);
  const symbol = ACTION_SYMBOL[action];
  // A create that buys something (a cloud server) carries a `$` mark on its head line.
  const cost = rc.cost !== undefined ? `  $ ${oneLine(rc.cost)}` : '';
  const head = paint(p, action)(`${symbol} ${oneLine(rc.address)}`) + (cost === '' ? '' : p.warning(cost));
  const notes = [oneLine(rc.reason), ...consequenceText(rc)].filter((s) => s !== '');
  if (rc.protect) notes.push('protected');
  const badge = healthBadge(rc);
  if (badge) notes.push(badge);
  const uuid = verbose && rc.uuid ? ` [${oneLine(rc.uuid)}]` : '';
  const lines = [head, p.comment(`${INDENT}# ${ACTION_PHRASE[action]}${uuid}${notes.length ? `: ${notes.join('; ')}` : ''}`)];
  for (const view of resourceFieldViews(rc)) lines.push(...fieldLines(view, p));
  if (rc.unchangedCount > 0 && action !== 'create') {
    lines.push(p.comment(`${INDENT}# ${plural(rc.unchangedCount, 'unchanged field')} hidden`));
  }
  return lines;
}

/** Lines for one field, indented under its resource; a caveat follows the first line. */
export function fieldLines(view: FieldView, p: Palette, indent = INDENT): string[] {
  const caveat = view.caveat === undefined ? '' : `  ${p.warning(`(${view.caveat})`)}`;
  switch (view.type) {
    case 'set':
      return [paint(p, view.sign)(`${indent}${view.sign} ${view.label}: ${view.value}`) + caveat];
    case 'change':
      return [p.change(`${indent}~ ${view.label}: ${view.before} → ${view.after}`) + caveat];
    case 'note':
      return [paint(p, view.sign)(`${indent}${view.sign} ${view.label}: ${view.note}`) + caveat];
    case 'multiline':
      return [
        paint(p, view.sign)(`${indent}${view.sign} ${view.label}:`) + caveat,
        ...view.lines.map((l) => paint(p, l.sign)(`${indent}${INDENT}${l.sign === '@' ? '' : `${l.sign} `}${l.text}`.trimEnd())),
      ];
  }
}

/** The orphaned section alone (apply says it when there is nothing else to do); '' when none. */
export function renderOrphanedHuman(plan: PlanJson, opts: HumanOptions): string {
  const lines = orphanedLines(plan, makePalette(opts.color));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Managed resources that left the manifest, kept because pruning is off (src/plan/prune.ts). */
function orphanedLines(plan: PlanJson, p: Palette): string[] {
  const orphaned = plan.orphaned ?? [];
  if (orphaned.length === 0) return [];
  const lines = [p.strong(`No longer in the manifest, kept without --prune (${orphaned.length}):`)];
  for (const u of orphaned) {
    const onPrune = u.onPrune === undefined ? '' : `; with --prune: ${oneLine(u.onPrune)}`;
    lines.push(`  ${oneLine(u.address ?? u.name)} ${p.comment(`(${u.kind}, uuid ${oneLine(u.uuid)}${onPrune})`)}`);
  }
  lines.push(p.comment(`  ${orphanedAdvice(orphaned)}`));
  return [...lines, ''];
}

function unmanagedLines(plan: PlanJson, p: Palette): string[] {
  if (plan.unmanaged.length === 0) return [];
  const lines = [p.strong(`Not managed by ado-coolify, left untouched (${plan.unmanaged.length}):`)];
  for (const u of plan.unmanaged) {
    const name = u.address ?? u.name;
    lines.push(`  ${oneLine(name)} ${p.comment(`(${u.kind}, uuid ${oneLine(u.uuid)}): ${oneLine(u.reason)}`)}`);
  }
  return [...lines, ''];
}

/** Diagnostics, errors first: `Error: [CODE] message`, location, hint. */
export function diagnosticLines(plan: Pick<PlanJson, 'diagnostics'>, p: Palette): string[] {
  const lines: string[] = [];
  for (const d of sortDiagnostics(plan.diagnostics)) {
    const label = d.severity === 'error' ? p.error('Error:') : p.warning('Warning:');
    lines.push(`${label} [${oneLine(d.code)}] ${oneLine(d.message)}`);
    const where = diagnosticLocation(d);
    if (where) lines.push(p.comment(`  ${where}`));
    if (d.hint) lines.push(`  hint: ${oneLine(d.hint)}`);
    lines.push('');
  }
  return lines;
}
