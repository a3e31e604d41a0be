/**
 * Secrets of an imported manifest. A secret is first a `SecretRef` marker in the manifest
 * tree; `finalizeManifestValues` turns markers into `${secrets.NAME}` and escapes every
 * literal `${` (Coolify values such as compose files often hold them) as `$${`.
 */
import { secretNameFrom } from './names.js';
import type { ImportedSecret } from './types.js';

/** A placeholder for a secret value in the manifest tree. */
export class SecretRef {
  constructor(readonly name: string) {}
}

/** Env keys whose values are secret whatever they hold (same rule as the diff's redaction). */
const SECRET_KEY = /(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS?)$/i;

/** True when an env key looks like it holds a secret. */
export function looksSecret(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** Collects the secrets of one import and hands out stable, unique names. */
export class SecretBook {
  private readonly byName = new Map<string, ImportedSecret>();

  /**
   * A placeholder for a secret named from `nameParts` (`['api-gateway', 'JWT_SECRET']` →
   * `API_GATEWAY_JWT_SECRET`); a second secret with the same name gets `_2`.
   */
  add(nameParts: string[], where: string, value: string | undefined): SecretRef {
    const base = secretNameFrom(...nameParts);
    let name = base;
    for (let i = 2; this.byName.has(name); i++) name = `${base}_${i}`;
    const secret: ImportedSecret = { name, where };
    if (value !== undefined) secret.value = value;
    this.byName.set(name, secret);
    return new SecretRef(name);
  }

  /** Every secret, sorted by name. */
  list(): ImportedSecret[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Escapes a literal string for the manifest (`${` → `$${`). */
export function escapeManifestString(s: string): string {
  return s.replace(/\$\{/g, () => '$${');
}

/** Deep copy with SecretRefs as `${secrets.NAME}` and every other string escaped. */
export function finalizeManifestValues<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (v instanceof SecretRef) return `\${secrets.${v.name}}`;
    if (typeof v === 'string') return escapeManifestString(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** Dotenv text for `--secrets-out` (double-quoted, escaped so the secrets-file parser reads it back). */
export function renderSecretsDotenv(secrets: readonly ImportedSecret[]): string {
  const lines = ['# Secrets of the imported manifest. Keep this file private (mode 0600); do not commit it.'];
  for (const s of secrets) {
    if (s.value === undefined) {
      lines.push(`# ${s.name}= (not readable: set it yourself; used by ${s.where})`);
      continue;
    }
    const escaped = s.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
    lines.push(`${s.name}="${escaped}"`);
  }
  return `${lines.join('\n')}\n`;
}
