/**
 * What the page says after the Sync button's `POST /api/v1/sync` (docs/serve.md): 202 accepted,
 * 401 wrong or missing token, 403 refused origin, 409 a cycle is running (the request is queued
 * once). Pure; never repeats the token.
 */
import type { BadgeTone } from './badges.js';

/** The message and its tone; `forgetToken` when the page should drop the token it holds. */
export interface SyncMessage {
  text: string;
  tone: BadgeTone;
  forgetToken: boolean;
}

function cycleOf(body: Record<string, unknown> | null): string {
  const n = body?.cycle;
  return typeof n === 'number' && Number.isInteger(n) ? ` ${n}` : '';
}

/** The message for an answer of `POST /api/v1/sync` (status 0: the request did not get through). */
export function describeSyncAnswer(status: number, body: Record<string, unknown> | null): SyncMessage {
  switch (status) {
    case 202:
      return { text: `Sync accepted: cycle${cycleOf(body)} starts now.`, tone: 'ok', forgetToken: false };
    case 401:
      return { text: 'Not accepted (401): the admin token is missing or wrong.', tone: 'bad', forgetToken: true };
    case 403:
      return { text: 'Refused (403): the request did not come from this server’s own page.', tone: 'bad', forgetToken: false };
    case 409:
      return { text: `A cycle is running (409): cycle${cycleOf(body)} must finish first; one more cycle is queued after it.`, tone: 'warn', forgetToken: false };
    case 0:
      return { text: 'The server could not be reached; nothing was started.', tone: 'bad', forgetToken: false };
    default: {
      const error = typeof body?.error === 'string' ? `: ${body.error}` : '';
      return { text: `Unexpected answer (HTTP ${status})${error}.`, tone: 'bad', forgetToken: false };
    }
  }
}
