/**
 * Names in an imported manifest: resource names must match the schema's resource-name
 * pattern, project and environment names Coolify's name pattern (3+ characters), secret
 * names the variable pattern. Every change is recorded: addresses come from names, so a
 * renamed resource does not match its live record until it is renamed in Coolify too.
 */
import type { ImportRename } from './types.js';

const RESOURCE_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const COOLIFY_NAME = /^[\p{L}\p{M}\p{N}\s_.@/&()#,:+-]+$/u;

/** True when `name` is a valid manifest resource name. */
export function isResourceName(name: string): boolean {
  return name.length >= 1 && name.length <= 63 && RESOURCE_NAME.test(name);
}

/** Lower-cases and replaces what the resource-name pattern forbids (`My App.v2` → `my-app-v2`). */
export function sanitizeResourceName(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+/, '')
    .replace(/[-_]+$/, '');
  if (s.length > 63) s = s.slice(0, 63).replace(/[-_]+$/, '');
  return s === '' ? 'unnamed' : s;
}

/** A Coolify project/environment name: allowed characters only, at least 3 characters. */
export function sanitizeCoolifyName(name: string): string {
  let s = [...name].map((c) => (COOLIFY_NAME.test(c) ? c : '-')).join('').trim();
  if (s === '') s = 'imported';
  while (s.length < 3) s += '-x';
  return s.slice(0, 255);
}

/** Hands out unique names within one scope (one map of the manifest) and records renames. */
export class NameScope {
  private readonly used = new Set<string>();

  constructor(
    private readonly kind: string,
    private readonly where: string,
    private readonly renames: ImportRename[],
    private readonly sanitize: (s: string) => string = sanitizeResourceName,
  ) {}

  /** The manifest name for a live name (sanitised, made unique); `record: false` for names Coolify does not have. */
  take(live: string, record = true): string {
    const base = this.sanitize(live);
    let name = base;
    for (let i = 2; this.used.has(name); i++) {
      const suffix = `-${i}`;
      name = `${base.slice(0, 63 - suffix.length)}${suffix}`;
    }
    this.used.add(name);
    if (record && name !== live) this.renames.push({ kind: this.kind, where: this.where, from: live, to: name });
    return name;
  }
}

/** `api-gateway` + `JWT_SECRET` → `API_GATEWAY_JWT_SECRET` (a valid `${secrets.NAME}`). */
export function secretNameFrom(...parts: string[]): string {
  const joined = parts
    .filter((p) => p !== '')
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9_]+/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^_+|_+$/g, '');
  if (joined === '') return 'SECRET';
  return /^[0-9]/.test(joined) ? `S_${joined}` : joined;
}
