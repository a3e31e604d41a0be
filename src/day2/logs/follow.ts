/** `logs --follow`: which lines of a new window of the last N lines are new (pure). */

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
