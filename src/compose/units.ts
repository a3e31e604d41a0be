/** Compose units: durations (`1m30s`), memory sizes (`512M`, `1.5gb`) and CPU counts. */

const DURATION_PART = /(\d+(?:\.\d+)?)(us|µs|ms|s|m|h)/g;
const UNIT_SECONDS: Record<string, number> = { us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Seconds of a compose duration (`30s`, `1m30s`, `500ms`); undefined when unparsable. */
export function parseComposeDuration(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value >= 0 ? value : undefined;
  const s = value.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let consumed = 0;
  for (const m of s.matchAll(DURATION_PART)) {
    total += Number(m[1]) * (UNIT_SECONDS[m[2]!] ?? 0);
    consumed += m[0].length;
  }
  return consumed === s.length && consumed > 0 ? total : undefined;
}

/** Whole seconds, at least `min` (a 500ms interval becomes 1). */
export function wholeSeconds(seconds: number | undefined, min: number): number | undefined {
  if (seconds === undefined) return undefined;
  return Math.max(min, Math.ceil(seconds - 1e-9));
}

const MEMORY = /^(\d+(?:\.\d+)?)\s*([bkmg])?(?:i?b)?$/i;
const FACTOR: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * A Docker memory size in the manifest's form (`^[0-9]+[bkmgBKMG]?$`): `512M` stays, `1gb`
 * becomes `1g`, `1.5g` becomes `1536m`. Undefined when unparsable.
 */
export function normalizeMemory(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? String(value) : undefined;
  const m = MEMORY.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const n = Number(m[1]);
  if (Number.isInteger(n)) return `${n}${unit}`;
  // fractional: step down until whole
  const order = ['g', 'm', 'k', 'b'];
  let bytes = n * (FACTOR[unit || 'b'] ?? 1);
  for (const u of order) {
    const v = bytes / (FACTOR[u] ?? 1);
    if (Number.isInteger(v)) return `${v}${u === 'b' ? '' : u}`;
  }
  bytes = Math.round(bytes);
  return String(bytes);
}

/** A CPU count as the manifest wants it (a number or a decimal string); undefined if invalid. */
export function normalizeCpus(value: string | number | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const s = String(value).trim();
  if (!/^[0-9]+(\.[0-9]+)?$/.test(s) || Number(s) <= 0) return undefined;
  return typeof value === 'number' ? value : s;
}
