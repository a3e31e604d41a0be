/**
 * The token preflight (issue 18): which Coolify release answered, what the token can do and
 * which declared fields it cannot verify. Pure: it reads the live state and the field diffs
 * the plan already computed, no extra request.
 *
 * Coolify 4.3.11 has no endpoint that reveals a token's abilities: routes/api.php guards each
 * route with `api.ability:*` (app/Http/Middleware/ApiAbility.php) and only the sensitive-data
 * middleware (app/Http/Middleware/ApiSensitiveData.php) looks at them, to hide sensitive
 * attributes. So the abilities are inferred: `read` because the reads succeeded,
 * `read:sensitive` when sensitive keys came back. Write and deploy abilities cannot be seen
 * without writing; they are not listed.
 */
import type { NotVerifiable, Preflight, TokenAbility } from '../model/plan.js';
import type { LiveState } from '../model/resource.js';
import type { FieldDiff } from '../diff/types.js';

/** Why a sensitive field cannot be compared. */
export const NO_READ_SENSITIVE_WHY = 'token lacks read:sensitive: Coolify hides the value';

/** Collects, per address, the field diffs that could not be verified. */
export class NotVerifiableCollector {
  private readonly seen = new Map<string, { address: string; entry: NotVerifiable }>();

  /** Notes the unverifiable changes of one declared resource that exists live. */
  note(address: string, changes: readonly FieldDiff[]): void {
    for (const c of changes) {
      if (c.sensitiveState !== 'unverifiable') continue;
      const subject = `${address}.${c.label}`;
      if (!this.seen.has(subject)) this.seen.set(subject, { address, entry: { subject, why: NO_READ_SENSITIVE_WHY } });
    }
  }

  /** The entries whose address passes `inScope`, sorted by subject. */
  entries(inScope: (address: string) => boolean): NotVerifiable[] {
    return [...this.seen.values()]
      .filter((v) => inScope(v.address))
      .map((v) => v.entry)
      .sort((a, b) => a.subject.localeCompare(b.subject));
  }
}

/** The inferred abilities of the token behind a live state. */
export function inferAbilities(live: Pick<LiveState, 'canReadSensitive'>): TokenAbility[] {
  return live.canReadSensitive ? ['read', 'read:sensitive'] : ['read'];
}

/** The preflight of a plan. */
export function buildPreflight(live: Pick<LiveState, 'coolifyVersion' | 'canReadSensitive'>, notVerifiable: NotVerifiable[]): Preflight {
  return { release: live.coolifyVersion, abilities: inferAbilities(live), inferred: true, notVerifiable };
}
