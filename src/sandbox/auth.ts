import { randomInt } from 'node:crypto';
import type { Ability, SandboxToken } from './options.js';
import { ApiError } from './api-error.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Sanctum-looking token `1|<40 random chars>` (crypto random, not the seeded sequence). */
export function generateToken(id = 1): string {
  let s = '';
  for (let i = 0; i < 40; i++) s += ALNUM[randomInt(ALNUM.length)];
  return `${id}|${s}`;
}

/** Known tokens with their abilities and owner (the rate-limit key). */
export class TokenRegistry {
  private readonly tokens = new Map<string, { abilities: Ability[]; owner: string }>();

  constructor(root: string, extra: Array<SandboxToken & { owner?: string }> = []) {
    this.tokens.set(root, { abilities: ['root'], owner: 'root' });
    for (const t of extra) this.tokens.set(t.token, { abilities: [...t.abilities], owner: t.owner ?? 'root' });
  }

  /** Resolves the `Authorization` header; 401 `Unauthenticated.` when missing or unknown. */
  authenticate(header: string | undefined): { abilities: Ability[]; owner: string } {
    const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
    const found = m ? this.tokens.get(m[1]!.trim()) : undefined;
    if (!found) throw new ApiError(401, 'Unauthenticated.');
    return found;
  }
}

/** 403 `Missing required permissions: X` unless the token holds X or root. No ability implies another. */
export function requireAbility(abilities: readonly Ability[], needed: 'read' | 'write' | 'deploy'): void {
  if (abilities.includes('root') || abilities.includes(needed)) return;
  throw new ApiError(403, `Missing required permissions: ${needed}`);
}

/** True when sensitive fields may be shown (root or read:sensitive). */
export function canReadSensitive(abilities: readonly Ability[]): boolean {
  return abilities.includes('root') || abilities.includes('read:sensitive');
}
