/** `logs --follow`: which lines of a new window of the last N lines are new, and how a line prints (pure). */
import { logText, terminalText } from '../../render/sanitize.js';

/**
 * The lines of `next` not already printed from `previous`: the largest overlap where the end
 * of `previous` equals the start of `next` is skipped. No overlap → every line is new.
 */
export function newLines(previous: readonly string[], next: readonly string[]): string[] {
  for (let k = Math.min(previous.length, next.length); k > 0; k--) {
    let same = true;
    for (let i = 0; i < k; i++) {
      if (previous[previous.length - k + i] !== next[i]) {
        same = false;
        break;
      }
    }
    if (same) return next.slice(k);
  }
  return [...next];
}

/** Splits a logs answer into lines (no trailing empty line). */
export function splitLogLines(logs: string): string[] {
  const lines = logs.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A log line as printed, with `[instance] ` before it when there are several instances. The
 * line is Coolify's (the container's) text: escape sequences are dropped and other controls
 * shown as `\uXXXX` (`logText`), so a log cannot drive the terminal (audit M4).
 */
export function formatLogLine(instance: string | undefined, line: string): string {
  return `${instance === undefined ? '' : `[${terminalText(instance)}] `}${logText(line)}`;
}
