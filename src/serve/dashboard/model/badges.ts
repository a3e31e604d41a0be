/**
 * What a badge of the dashboard says and how it looks: the tone (a CSS class whose colours meet
 * WCAG AA on both themes, docs/serve.md, "Dashboard") and a symbol, so the state never rests on
 * colour alone.
 */

/** The colour family of a badge; the stylesheet defines `.badge.tone-…` for each. */
export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

/** A badge: the text shown, its tone, a symbol and a longer description for assistive tech. */
export interface Badge {
  text: string;
  tone: BadgeTone;
  symbol: string;
  description: string;
}

const SYNC: Record<string, Omit<Badge, 'text'>> = {
  Synced: { tone: 'ok', symbol: '✓', description: 'Coolify matches the manifest' },
  OutOfSync: { tone: 'warn', symbol: '≠', description: 'Coolify differs from the manifest' },
  Missing: { tone: 'bad', symbol: '∅', description: 'declared in the manifest, not in Coolify' },
  Unmanaged: { tone: 'neutral', symbol: '○', description: 'in Coolify, not managed by the manifest' },
  Unknown: { tone: 'neutral', symbol: '?', description: 'not known yet' },
};

const HEALTH: Record<string, Omit<Badge, 'text'>> = {
  Healthy: { tone: 'ok', symbol: '♥', description: 'running and healthy' },
  Progressing: { tone: 'info', symbol: '◔', description: 'starting or deploying' },
  Degraded: { tone: 'bad', symbol: '!', description: 'unhealthy or exited' },
  Missing: { tone: 'bad', symbol: '∅', description: 'not found in Coolify' },
  Unknown: { tone: 'neutral', symbol: '?', description: 'health not reported' },
};

const RESULT: Record<string, Omit<Badge, 'text'>> = {
  Synced: { tone: 'ok', symbol: '✓', description: 'nothing to change' },
  Applied: { tone: 'ok', symbol: '✓', description: 'changes applied' },
  OutOfSync: { tone: 'warn', symbol: '≠', description: 'changes found, not applied' },
  Failed: { tone: 'bad', symbol: '✗', description: 'the cycle failed' },
};

const CHANGE: Record<string, Omit<Badge, 'text'>> = {
  create: { tone: 'ok', symbol: '+', description: 'will be created' },
  update: { tone: 'warn', symbol: '~', description: 'will be changed' },
  replace: { tone: 'warn', symbol: '±', description: 'will be replaced' },
  delete: { tone: 'bad', symbol: '−', description: 'will be deleted' },
};

const OUTCOME: Record<string, Omit<Badge, 'text'>> = {
  ok: { tone: 'ok', symbol: '✓', description: 'step succeeded' },
  failed: { tone: 'bad', symbol: '✗', description: 'step failed' },
  skipped: { tone: 'neutral', symbol: '–', description: 'step skipped' },
};

const UNKNOWN: Omit<Badge, 'text'> = { tone: 'neutral', symbol: '?', description: 'unknown state' };

function pick(table: Record<string, Omit<Badge, 'text'>>, value: string | null | undefined): Badge {
  const text = typeof value === 'string' && value !== '' ? value : 'Unknown';
  return { text, ...(Object.hasOwn(table, text) ? table[text]! : UNKNOWN) };
}

/** The badge of a resource's or the whole repository's sync state. */
export function syncBadge(sync: string | null | undefined): Badge {
  return pick(SYNC, sync);
}

/** The badge of a resource's health. */
export function healthBadge(health: string | null | undefined): Badge {
  return pick(HEALTH, health);
}

/** The badge of a finished cycle's result. */
export function resultBadge(result: string | null | undefined): Badge {
  return pick(RESULT, result);
}

/** The badge of a planned change, or undefined when there is none. */
export function changeBadge(change: string | null | undefined): Badge | undefined {
  if (change === null || change === undefined || change === '') return undefined;
  return pick(CHANGE, change);
}

/** The badge of an apply step's outcome. */
export function outcomeBadge(outcome: string | null | undefined): Badge {
  return pick(OUTCOME, outcome);
}
