/** The last lines of a deployment's log, as shown with a failed deploy. */
import { Redactor } from '../../coolify/redact.js';

/** How many lines a failure shows. */
export const LOG_TAIL_LINES = 20;

/** True for a log entry the Coolify UI hides (addLogEntry's `hidden`, ApplicationDeploymentQueue.php:181-215). */
function isHidden(entry: object): boolean {
  const hidden = (entry as { hidden?: unknown }).hidden;
  return hidden === true || hidden === 1 || hidden === '1' || hidden === 'true';
}

/**
 * The last `lines` non-empty lines of a deployment's `logs`: a JSON array of entries
 * (`{output, hidden, …}`; hidden entries are left out) or, failing that, plain text. Answers []
 * when there are no logs (they come only with `read:sensitive`, DeployController.php:21-33).
 * Secrets are scrubbed by the caller, which knows them.
 */
export function deploymentLogTail(logs: unknown, lines = LOG_TAIL_LINES): string[] {
  if (typeof logs !== 'string' || logs.length === 0) return [];
  let out: string[] = [];
  try {
    const parsed = JSON.parse(logs) as unknown;
    if (!Array.isArray(parsed)) return [];
    out = parsed
      .filter((e): e is object => typeof e === 'object' && e !== null && !isHidden(e))
      .map((e) => (e as { output?: unknown }).output)
      .filter((o): o is string => typeof o === 'string')
      .flatMap((o) => o.split(/\r?\n/));
  } catch {
    out = logs.split(/\r?\n/);
  }
  return out.filter((l) => l.trim().length > 0).slice(-lines);
}

/** The lines with every given secret (in any echo form, see src/coolify/redact.ts) replaced by `[redacted]`. */
export function scrubLogLines(lines: readonly string[], secrets: Iterable<string>): string[] {
  if (lines.length === 0) return [];
  const redactor = new Redactor(secrets);
  return lines.map((l) => redactor.scrub(l));
}
