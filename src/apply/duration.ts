/**
 * The one duration syntax of the tool, for every flag (`--timeout`, `--lock-timeout`, `--watch`,
 * `--interval`, `--ttl`), the manifest (`previews.ttl`, `autoscale.cooldown`) and the GitHub
 * Action: a number with a unit, `ms`, `s`, `m`, `h`, `d` or `w`, and compounds such as `1h30m`.
 */
import { AdoError } from '../errors.js';
import { CODES } from '../model/diagnostic-codes.js';

/** Error code of a malformed duration: a bad argument (ADO010), like every bad flag value. */
export const BAD_DURATION_CODE = CODES.BAD_ARGUMENT.code;

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
type Unit = keyof typeof UNIT_MS;

/** The duration syntax as a regular expression source; the schema's `duration` uses exactly this. */
export const DURATION_PATTERN = '^(?:[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w))+$';

/** The examples every duration message shows. */
export const DURATION_EXAMPLES = '90s, 10m, 1h30m, 7d or 2w';

const WHOLE = new RegExp(DURATION_PATTERN);
const PART = /([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d|w)/g;

/**
 * Parses a duration into milliseconds (rounded). Throws an AdoError naming the input when it
 * is empty, has no unit, uses an unknown unit, or is negative.
 */
export function parseDuration(text: string, what = 'duration'): number {
  const s = text.trim();
  const hint = `use a number with a unit (ms, s, m, h, d, w), such as ${DURATION_EXAMPLES}`;
  if (s === '') throw new AdoError(BAD_DURATION_CODE, `${what} is empty`, { hint });
  if (/^-/.test(s)) throw new AdoError(BAD_DURATION_CODE, `${what} "${text}" is negative`, { hint });
  if (/^\d+(?:\.\d+)?$/.test(s)) {
    throw new AdoError(BAD_DURATION_CODE, `${what} "${text}" has no unit`, { hint: `did you mean "${s}s"? ${hint}` });
  }
  if (!WHOLE.test(s)) throw new AdoError(BAD_DURATION_CODE, `${what} "${text}" is not a duration`, { hint });
  let ms = 0;
  for (const m of s.matchAll(PART)) ms += Number(m[1]) * UNIT_MS[m[2] as Unit];
  return Math.round(ms);
}

/** Formats milliseconds compactly for messages: `250ms`, `4.2s`, `1m 30s`, `2h 5m`, `7d`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const v = Math.max(0, Math.round(ms));
  if (v < 1_000) return `${v}ms`;
  if (v < 60_000) {
    const s = v / 1_000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)}s`;
  }
  const parts: string[] = [];
  let rest = Math.round(v / 1_000);
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${n}${unit}`);
  }
  return parts.slice(0, 2).join(' ');
}
