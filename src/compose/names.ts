/** Name sanitising for imported resources: the manifest's `^[a-z0-9][a-z0-9_-]*$`, unique. */

/** A resource name from any compose name: lower-case, `[a-z0-9_-]`, 1-63 characters. */
export function sanitizeResourceName(raw: string, fallback = 'app'): string {
  const s = raw
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 63)
    .replace(/[-_]+$/, '');
  return s === '' ? fallback : s;
}

/** A Coolify project/environment name (3+ characters) from any text. */
export function sanitizeCoolifyName(raw: string, fallback: string): string {
  const s = sanitizeResourceName(raw, fallback);
  return s.length >= 3 ? s : `${s}-app`;
}

/** Hands out unique names: `db`, then `db-2`, `db-3`… */
export class NameAllocator {
  private readonly used = new Set<string>();

  /** Reserves a sanitised, unique name derived from `raw`. */
  allocate(raw: string, fallback = 'app'): string {
    const base = sanitizeResourceName(raw, fallback);
    let name = base;
    for (let i = 2; this.used.has(name); i++) {
      const suffix = `-${i}`;
      name = `${base.slice(0, 63 - suffix.length)}${suffix}`;
    }
    this.used.add(name);
    return name;
  }
}
