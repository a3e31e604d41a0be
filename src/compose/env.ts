/**
 * Builds the manifest `env` of an imported service: compose variables become `${vars.X}` /
 * `${secrets.X}`, values under secret-looking keys (or URLs with credentials) become
 * `${secrets.NAME}` placeholders, and values naming other services become references.
 * Secret VALUES are never copied into the output.
 */
import type { EnvValueSpec } from '../manifest/types.js';
import { SECRET_NAME, escapeManifestText, toManifestString, tokenizeCompose, type InterpolationSink } from './interpolate.js';
import { rewireValue, type HostTarget } from './rewire.js';

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const CREDENTIAL_URL = /:\/\/[^/\s:@]*:[^@\s/]+@/;

/** Hands out secret names: the env key, or `SERVICE_KEY` when the key is taken by another value. */
export class SecretRegistry {
  private readonly byName = new Map<string, { raw: string | undefined; uses: string[] }>();

  /** Registers a secret needed for `where`; `raw` (kept in memory only) lets equal values share a name. */
  name(wanted: string, owner: string, where: string, raw?: string): string {
    const base = wanted.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    const candidates = [base, `${owner.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}_${base}`];
    for (let i = 0; ; i++) {
      const name = candidates[i] ?? `${candidates[1]}_${i}`;
      const existing = this.byName.get(name);
      if (!existing) {
        this.byName.set(name, { raw, uses: [where] });
        return name;
      }
      if (existing.raw === raw) {
        existing.uses.push(where);
        return name;
      }
    }
  }

  /** Every secret with the places that use it, sorted by name. */
  list(): Array<{ name: string; uses: string[] }> {
    return [...this.byName.entries()].map(([name, v]) => ({ name, uses: v.uses })).sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** What building one env map needs. */
export interface EnvBuildContext {
  /** Manifest name of the owner (for secret names and notes). */
  owner: string;
  /** `applications.api` or `databases.db`, for notes. */
  ownerPath: string;
  sink: InterpolationSink;
  secrets: SecretRegistry;
  /** Services that values may point at (the owner excluded). */
  targets: readonly HostTarget[];
  notes: string[];
}

/** The env map plus the resources its references point at. */
export interface BuiltEnv {
  env: Record<string, EnvValueSpec>;
  referenced: string[];
}

/** Translates one compose value (a whole `${VAR}` keeps its name as the secret's). */
function secretPlaceholder(key: string, raw: string, ctx: EnvBuildContext): string {
  const tokens = tokenizeCompose(raw);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only?.kind === 'var') {
    const name = ctx.secrets.name(only.name, ctx.owner, `${ctx.ownerPath}.env.${key}`, `\${${only.name}}`);
    ctx.sink.useSecret(name);
    return `\${secrets.${name}}`;
  }
  const name = ctx.secrets.name(key, ctx.owner, `${ctx.ownerPath}.env.${key}`, raw);
  ctx.sink.useSecret(name);
  return `\${secrets.${name}}`;
}

/** Builds the env map from `env_file` pairs then `environment` pairs (later wins). */
export function buildEnv(pairs: ReadonlyArray<readonly [string, string | undefined]>, ctx: EnvBuildContext): BuiltEnv {
  const merged = new Map<string, string>();
  for (const [key, value] of pairs) merged.set(key, value ?? `\${${key}}`);
  const env: Record<string, EnvValueSpec> = {};
  const referenced: string[] = [];
  for (const [key, raw] of merged) {
    if (!ENV_KEY.test(key)) {
      ctx.notes.push(`${ctx.ownerPath}: env var \`${key}\` is not a valid Coolify env name; skipped`);
      continue;
    }
    const secretKey = SECRET_NAME.test(key);
    const rewired = rewireValue(raw, ctx.targets, secretKey);
    if (rewired) {
      env[key] = rewired.parts.map((p) => ('ref' in p ? p.ref : toManifestString(p.text, ctx.sink))).join('');
      for (const t of rewired.targets) if (!referenced.includes(t)) referenced.push(t);
      continue;
    }
    if (secretKey || CREDENTIAL_URL.test(raw)) {
      env[key] = secretPlaceholder(key, raw, ctx);
      continue;
    }
    env[key] = toManifestString(raw, ctx.sink);
  }
  return { env, referenced };
}

/** A literal manifest string (no compose interpolation), escaped. */
export function literal(text: string): string {
  return escapeManifestText(text);
}
