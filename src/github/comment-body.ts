/**
 * The Markdown the Action posts and writes to the step summary: the marker that identifies
 * the comment, bodies for failures (so a stale plan is never left standing), the apply outcome
 * and a last-line-of-defence cap at GitHub's comment limit.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { ActionCommand } from './inputs.js';
import { DEFAULT_MAX_CHARS, safeSlice } from '../render/markdown-cap.js';
import { DRIFT_COMMENT_MARKER, PLAN_COMMENT_MARKER } from '../render/index.js';
import { inlineCode, markdownText } from '../render/sanitize.js';

/** GitHub rejects comments over 65,536 characters; we stay under 65,000. */
export const COMMENT_MAX_CHARS = DEFAULT_MAX_CHARS;

/**
 * The hidden marker of the comment: the renderers' default for the default manifest, or one
 * per manifest path so several manifests in one repository get one comment each.
 */
export function markerFor(command: ActionCommand, manifestPath: string): string {
  const kind = command === 'drift' ? 'drift' : 'plan';
  const normalized = manifestPath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (normalized === 'ado.coolify.yaml') return kind === 'drift' ? DRIFT_COMMENT_MARKER : PLAN_COMMENT_MARKER;
  // An HTML comment cannot contain `--` or `>`.
  const safe = normalized.replace(/-{2,}/g, '-').replace(/[<>]/g, '_');
  return `<!-- ado-coolify-${kind}: ${safe} -->`;
}


/** The comment when the manifest is invalid: every diagnostic, errors first. */
export function invalidManifestBody(marker: string, command: ActionCommand, manifestPath: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const sorted = [...errors, ...diagnostics.filter((d) => d.severity !== 'error')];
  const lines = [
    marker,
    `### ado-coolify ${command}`,
    '',
    `**The manifest ${inlineCode(manifestPath)} is not valid** (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}); nothing was planned.`,
    '',
  ];
  for (const d of sorted) {
    const where = d.source ? ` (${inlineCode(`${d.source.file}:${d.source.line}:${d.source.col}`)})` : '';
    const hint = d.hint ? `<br>hint: ${markdownText(d.hint)}` : '';
    lines.push(`- ${d.severity === 'error' ? '**Error**' : '**Warning**'} ${inlineCode(d.code)} ${markdownText(d.message)}${where}${hint}`);
  }
  return lines.join('\n') + '\n';
}

/** The comment when the command failed without a plan (Coolify unreachable, bad token…). */
export function failedBody(marker: string, command: ActionCommand, exitCode: number): string {
  return (
    `${marker}\n### ado-coolify ${command}\n\n` +
    `> [!WARNING]\n> **ado-coolify ${command} failed** (exit code ${exitCode}); no plan was computed. ` +
    'See the job log for the error. This comment replaces any earlier plan, which may be out of date.\n'
  );
}

/** A paragraph saying how an apply ended. */
export function applyOutcome(exitCode: number): string {
  if (exitCode === 0) return '\n---\n**Apply finished:** Coolify matches the manifest.\n';
  if (exitCode === 3) {
    return '\n---\n> [!WARNING]\n> **Partial apply** (exit code 3): some steps failed or were skipped. Re-run apply to converge; see the job log.\n';
  }
  return `\n---\n> [!CAUTION]\n> **Apply failed** (exit code ${exitCode}). See the job log.\n`;
}

/**
 * Cuts `body` to `max` characters with a note. The renderers already cap their output; this
 * guards everything else (failure bodies, the apply outcome appended to a capped plan).
 */
export function capComment(body: string, max = COMMENT_MAX_CHARS): string {
  if (body.length <= max) return body;
  const note = `\n\n---\n… comment cut at ${max} characters (it was ${body.length}). The full plan is in the job log and the plan JSON.\n`;
  let cut = safeSlice(body, Math.max(0, max - note.length - 5));
  // Close an open code fence so the note renders as text.
  const fences = cut.match(/^(`{3,}|~{3,})/gm) ?? [];
  if (fences.length % 2 === 1) cut += '\n```';
  return safeSlice(cut + note, max);
}
