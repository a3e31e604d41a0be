/**
 * Secrets of an imported manifest. A secret is first a `SecretRef` marker in the manifest
 * tree (a reference to a database a `DatabaseRef`, a string with secrets inside a
 * `TemplateValue`); `finalizeManifestValues` turns markers into `${secrets.NAME}` and
 * `${databases.NAME.attr}` and escapes every literal `${` (Coolify values such as compose
 * files often hold them) as `$${`.
 */
import { secretNameFrom } from './names.js';
import type { ImportedSecret } from './types.js';

/** A placeholder for a secret value in the manifest tree. */
export class SecretRef {
  constructor(readonly name: string) {}
}

/** A reference to a database attribute in the manifest tree (`${databases.pg.internalUrl}`). */
export class DatabaseRef {
  constructor(
    readonly name: string,
    readonly attr: 'internalUrl' | 'password',
  ) {}
}

/** A string made of literal text and placeholders (`echo ${secrets.TOKEN}`). */
export class TemplateValue {
  constructor(readonly parts: ReadonlyArray<string | SecretRef | DatabaseRef>) {}
}

/**
 * Env keys whose values are secret whatever they hold: the diff's rule (a name ending in
 * SECRET, TOKEN, PASSWORD…) and more: `…SECRET_KEY`, `…_DSN`, SECRET or PASSWORD anywhere as a
 * word (`SECRET_KEY_BASE`, Coolify's generated `SERVICE_PASSWORD_*`) and `SERVICE_BASE64_*`
 * (UX audit B1).
 */
const SECRET_KEY =
  /(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|APIKEY|ACCESS_KEY|SECRET_KEY|AUTH_KEY|SIGNING_KEY|ENCRYPTION_KEY|CREDENTIALS?|_PASS|_DSN)$|(^|_)(SECRET|PASSWORD|PASSWD)(_|$)|^SERVICE_(REAL)?BASE64_/i;

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

  /** The placeholder of a secret already in the book with this value. */
  byValue(value: string): SecretRef | undefined {
    for (const s of this.byName.values()) if (s.value === value) return new SecretRef(s.name);
    return undefined;
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

function placeholder(v: SecretRef | DatabaseRef): string {
  return v instanceof SecretRef ? `\${secrets.${v.name}}` : `\${databases.${v.name}.${v.attr}}`;
}

/** Deep copy with placeholders as `${secrets.NAME}` / `${databases.NAME.attr}` and every other string escaped. */
export function finalizeManifestValues<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (v instanceof SecretRef || v instanceof DatabaseRef) return placeholder(v);
    if (v instanceof TemplateValue) return v.parts.map((p) => (typeof p === 'string' ? escapeManifestString(p) : placeholder(p))).join('');
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
