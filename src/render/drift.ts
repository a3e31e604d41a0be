import type { DriftReport, PlanJson, ResourceChange } from '../model/plan.js';
import { displayAction, plural, type DisplayAction } from './actions.js';
import { makePalette, type Palette } from './color.js';
import { resourceFieldViews, type DiffLine, type FieldView } from './fields.js';
import { diagnosticLines, headerLines, type HumanOptions } from './human.js';
import { DEFAULT_MAX_CHARS, assembleCapped } from './markdown-cap.js';
import { detailsBlock, diagnosticsSection, infoLine, unmanagedSection, type MarkdownOptions } from './markdown.js';
import { escapeHtml, escapeMarkdownInline, inlineCode, oneLine } from './sanitize.js';
import { UNVERIFIABLE_TEXT, type ValueWording } from './values.js';
import { healthLines, healthSection } from './health.js';

/**
 * Drift reports read the same PlanJson as plans (`before` = live, `after` = manifest) but
 * describe what is, not what will be: out-of-band changes, no proposal language.
 */

/** The hidden first line of a drift comment. */
export const DRIFT_COMMENT_MARKER = '<!-- ado-coolify-drift -->';

const DRIFT_WORDING: ValueWording = { unknown: 'not known yet' };

/** The drift symbol of a resource. */
const DRIFT_SYMBOL: Record<DisplayAction, string> = {
  create: '+',
  update: '~',
  replace: '~',
  delete: '-',
  move: '→',
  adopt: '⊕',
  'no-op': ' ',
};

function driftPhrase(action: DisplayAction): string {
  switch (action) {
    case 'create':
      return 'declared in the manifest, missing from Coolify';
    case 'delete':
      return 'present in Coolify, no longer in the manifest';
    case 'adopt':
      return 'present in Coolify without the ownership tag';
    case 'move':
      return 'live placement differs from manifest';
    case 'no-op':
      return 'matches the manifest';
    default:
      return 'live resource differs from manifest';
  }
}

/**
 * What drift renderers read: a plan, or a drift report (a plain plan has no unmanaged env
 * keys and does not count what is unmanaged).
 */
export type DriftInput = PlanJson & Partial<Pick<DriftReport, 'unmanagedEnvKeys' | 'unmanagedCounted' | 'authorUnknownReason'>>;

const VIA_TEXT: Record<string, string> = { ui: 'the UI', api: 'the API', mcp: 'MCP', webhook: 'a webhook' };

/**
 * `changed by alice via the UI at 2026-12-02T14:02:00Z (from 10.0.0.1)`, `author unknown
 * (Coolify 4.3.11 has no audit events)`, or '' when the report did not look authors up.
 * Names, times and addresses only: never what an audit event says was sent.
 */
export function driftAuthorText(rc: ResourceChange, plan: DriftInput): string {
  if (rc.author === undefined) return '';
  if (rc.author === null) return `author unknown (${plan.authorUnknownReason ?? 'no audit event names it'})`;
  const via = VIA_TEXT[rc.author.via] ?? rc.author.via;
  return `changed by ${rc.author.name} via ${via} at ${rc.author.at}${rc.author.ip !== undefined ? ` (from ${rc.author.ip})` : ''}`;
}

/** `2 unmanaged resources and 1 unmanaged env key` and how many in all ('' and 0 when none). */
function unmanagedPhrase(plan: DriftInput): { text: string; total: number } {
  const keys = (plan.unmanagedEnvKeys ?? []).reduce((n, e) => n + e.keys.length, 0);
  const text = [
    plan.unmanaged.length > 0 ? plural(plan.unmanaged.length, 'unmanaged resource') : '',
    keys > 0 ? plural(keys, 'unmanaged env key') : '',
  ].filter(Boolean).join(' and ');
  return { text, total: plan.unmanaged.length + keys };
}

/**
 * `Drift: N resources differ.` or `No drift. Coolify matches the manifest.`, from the drift's
 * summary (every change but the no-ops). When something unmanaged is listed, the line says
 * so, and whether it counted (`--fail-on-unmanaged`): never "matches" then (audit m2).
 */
export function driftSummaryLine(plan: DriftInput): string {
  const n = plan.resourceChanges.length - plan.summary.noop;
  const differ = `${plural(n, 'resource')} ${n === 1 ? 'differs' : 'differ'}`;
  const { text: unmanaged, total } = unmanagedPhrase(plan);
  if (total === 0) return n === 0 ? 'No drift. Coolify matches the manifest.' : `Drift: ${differ}.`;
  const many = total === 1 ? 'it' : 'them';
  if (plan.unmanagedCounted === true) return `Drift: ${n === 0 ? '' : `${differ}; `}${unmanaged} in scope (counted: --fail-on-unmanaged).`;
  return `${n === 0 ? 'No drift in managed resources' : `Drift: ${differ}`}; ${unmanaged} in scope (--fail-on-unmanaged to count ${many}).`;
}

/** The unmanaged env keys, one resource a line: keys only, never values. */
function unmanagedEnvKeyLines(plan: DriftInput): string[] {
  return (plan.unmanagedEnvKeys ?? []).map((e) => `${e.address}: ${e.keys.join(', ')}`);
}

/** A field view phrased as an observation. */
export function driftFieldText(view: FieldView): { sign: string; text: string; lines?: DiffLine[] } {
  switch (view.type) {
    case 'change':
      return { sign: '~', text: `${view.label}: live value differs from manifest: manifest ${view.after}, live ${view.before}` };
    case 'set':
      return view.sign === '+'
        ? { sign: '~', text: `${view.label}: live value differs from manifest: manifest ${view.value}, live (none)` }
        : { sign: '~', text: `${view.label}: live value differs from manifest: manifest (none), live ${view.value}` };
    case 'note':
      return view.note === UNVERIFIABLE_TEXT
        ? { sign: '?', text: `${view.label}: ${UNVERIFIABLE_TEXT}` }
        : { sign: '~', text: `${view.label}: live value differs from manifest (sensitive value, not shown)` };
    case 'multiline':
      return { sign: '~', text: `${view.label}: live value differs from manifest (- live, + manifest):`, lines: view.lines };
  }
}

/** The plan's reason, except for missing/extra resources where the heading already says it. */
function driftReason(rc: ResourceChange): string {
  const action = displayAction(rc);
  return action === 'create' || action === 'delete' ? '' : rc.reason;
}

function fieldsOf(rc: ResourceChange): FieldView[] {
  const action = displayAction(rc);
  // A missing or extra resource is described by its heading; listing its fields adds nothing.
  if (action === 'create' || action === 'delete') return [];
  return rc.changes.length > 0 ? resourceFieldViews(rc, DRIFT_WORDING) : [];
}

/** Renders drift for a terminal. */
export function renderDriftHuman(plan: DriftInput, opts: HumanOptions): string {
  const p = makePalette(opts.color);
  const out: string[] = [...headerLines(plan, p), ''];
  const drifted = plan.resourceChanges.filter((rc) => displayAction(rc) !== 'no-op');
  if (drifted.length > 0) out.push('Out-of-band changes (Coolify differs from the manifest):', '');
  for (const rc of drifted) out.push(...driftBlock(rc, p, opts.verbose === true, driftAuthorText(rc, plan)), '');
  if (opts.verbose) {
    for (const rc of plan.resourceChanges.filter((r) => displayAction(r) === 'no-op')) {
      out.push(`  ${oneLine(rc.address)}`, p.comment('    # matches the manifest'), '');
    }
  }
  if (plan.unmanaged.length > 0) {
    out.push(p.strong(`Unmanaged resources in scope, not in the manifest (${plan.unmanaged.length}):`));
    for (const u of plan.unmanaged) {
      out.push(`  ${oneLine(u.address ?? u.name)} ${p.comment(`(${u.kind}, uuid ${oneLine(u.uuid)}): ${oneLine(u.reason)}`)}`);
    }
    out.push('');
  }
  out.push(...healthLines(plan, p));
  const envKeys = unmanagedEnvKeyLines(plan);
  if (envKeys.length > 0) {
    out.push(p.strong(`Unmanaged env keys, live but not in the manifest (values not shown; never deleted):`));
    for (const line of envKeys) out.push(`  ${oneLine(line)}`);
    out.push('');
  }
  out.push(...diagnosticLines(plan, p));
  out.push(p.strong(driftSummaryLine(plan)));
  return out.join('\n') + '\n';
}

function color(p: Palette, sign: string): (s: string) => string {
  if (sign === '+') return p.add;
  if (sign === '-') return p.remove;
  if (sign === '~' || sign === '?') return p.change;
  if (sign === '→' || sign === '@') return p.move;
  if (sign === '⊕') return p.adopt;
  return (s) => s;
}

function driftBlock(rc: ResourceChange, p: Palette, verbose: boolean, author: string): string[] {
  const action = displayAction(rc);
  const sym = DRIFT_SYMBOL[action];
  const uuid = verbose && rc.uuid ? ` [${oneLine(rc.uuid)}]` : '';
  const reason = driftReason(rc) ? `: ${oneLine(driftReason(rc))}` : '';
  const lines = [color(p, sym)(`${sym} ${oneLine(rc.address)}`), p.comment(`    # ${driftPhrase(action)}${uuid}${reason}`)];
  if (author !== '') lines.push(p.comment(`    # ${oneLine(author)}`));
  for (const view of fieldsOf(rc)) {
    const f = driftFieldText(view);
    lines.push(color(p, f.sign)(`    ${f.sign} ${f.text}`));
    for (const l of f.lines ?? []) lines.push(color(p, l.sign)(`        ${l.sign === '@' ? '' : `${l.sign} `}${l.text}`.trimEnd()));
  }
  return lines;
}

/** Renders drift as a Markdown issue or PR comment, capped like the plan comment (`mermaid` is ignored). */
export function renderDriftMarkdown(plan: DriftInput, opts: MarkdownOptions = {}): string {
  const top = `${opts.marker ?? DRIFT_COMMENT_MARKER}\n### ${escapeMarkdownInline(opts.title ?? 'ado-coolify drift')}\n\n`;
  const drifted = plan.resourceChanges.filter((rc) => displayAction(rc) !== 'no-op');
  const head = `${top}**${driftSummaryLine(plan)}**\n\n${infoLine(plan)}${drifted.length > 0 ? '\nOut-of-band changes (Coolify differs from the manifest):\n\n' : ''}`;
  return assembleCapped(
    {
      head: () => head,
      bodies: drifted.map((rc) => {
        const action = displayAction(rc);
        const sym = DRIFT_SYMBOL[action];
        const summary = `<code>${escapeHtml(`${sym} ${rc.address}`)}</code> · ${escapeHtml([driftPhrase(action), driftReason(rc), oneLine(driftAuthorText(rc, plan))].filter(Boolean).join(' · '))}`;
        const lines = fieldsOf(rc).flatMap((view) => {
          const f = driftFieldText(view);
          return [
            `${f.sign} ${f.text}`,
            ...(f.lines ?? []).map((l) => (l.sign === '@' ? `  ${l.text}` : `${l.sign}     ${l.text}`.trimEnd())),
          ];
        });
        // A missing or extra resource has no fields to show: one line, no <details>.
        const body = lines.length > 0 ? detailsBlock(summary, lines) : `<p>${summary}</p>\n`;
        return { body, line: `- ${inlineCode(`${sym} ${rc.address}`)}\n` };
      }),
      extras: healthSection(plan) + unmanagedSection(plan, Infinity, 'Unmanaged resources in scope, not in the manifest') + unmanagedEnvKeysSection(plan),
      foot: (limit) => diagnosticsSection(plan.diagnostics, limit),
      droppedTitle: 'Drifted resources not shown in detail',
    },
    opts.maxChars ?? DEFAULT_MAX_CHARS,
  );
}

function unmanagedEnvKeysSection(plan: DriftInput): string {
  const lines = unmanagedEnvKeyLines(plan);
  if (lines.length === 0) return '';
  return `\n#### Unmanaged env keys, live but not in the manifest (values not shown)\n\n${lines.map((l) => `- ${inlineCode(l)}`).join('\n')}\n`;
}
