/**
 * CoolifyApiError: every failure of a Coolify API call (HTTP error, network error, timeout,
 * unusable answer), with the Coolify message, normalised 422 field errors and a hint that says
 * what to do. Built only from already-redacted text (see redact.ts).
 */
import { AdoError } from '../errors.js';
import type { Redactor } from './redact.js';
import type { CoolifyErrorCode } from '../error-codes.js';
import { oneLine } from '../render/sanitize.js';

/** Why a request failed, when it did not get an HTTP answer or the answer was unusable. */
export type TransportFailure = 'network' | 'timeout' | 'too-large' | 'html' | 'empty' | 'invalid-json';

/** Constructor fields of CoolifyApiError. */
export interface CoolifyApiErrorInit {
  code: CoolifyErrorCode;
  message: string;
  hint?: string;
  method: string;
  path: string;
  status?: number;
  coolifyMessage?: string;
  fieldErrors?: Record<string, string[]>;
  retryable: boolean;
  failure?: TransportFailure;
  cause?: unknown;
}

/** A failed Coolify API call. `path` has uuids but never query values. */
export class CoolifyApiError extends AdoError {
  readonly method: string;
  readonly path: string;
  /** HTTP status; undefined when no answer arrived (network error, timeout). */
  readonly status: number | undefined;
  /** Coolify's own `message`, redacted. */
  readonly coolifyMessage: string | undefined;
  /** 422 field errors normalised to `field → messages`, redacted. */
  readonly fieldErrors: Record<string, string[]>;
  /** Whether repeating the same request could succeed. */
  readonly retryable: boolean;
  /** Set for network errors, timeouts and unusable answers. */
  readonly failure: TransportFailure | undefined;

  constructor(init: CoolifyApiErrorInit) {
    super(init.code, init.message, { hint: init.hint, cause: init.cause });
    this.name = 'CoolifyApiError';
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.coolifyMessage = init.coolifyMessage;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryable = init.retryable;
    this.failure = init.failure;
  }
}

/** Type guard for CoolifyApiError. */
export function isCoolifyApiError(err: unknown): err is CoolifyApiError {
  return err instanceof CoolifyApiError;
}

/** HTTP statuses worth retrying for idempotent requests. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Normalises every 422 shape Coolify produces into `field → messages`:
 * `errors` values as arrays or plain strings, `errors` as a list of field names, Laravel's
 * `failed()` shape `{field: {Rule: []}}`, and top-level `{"field": ["This field is not allowed."]}`
 * (unknown keys). Only-`message` answers give `{}`.
 */
export function normalizeFieldErrors(body: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return out;
  const record = body as Record<string, unknown>;
  const add = (field: string, messages: string[]): void => {
    if (messages.length > 0) (out[field] ??= []).push(...messages);
  };
  const errors = record.errors;
  if (Array.isArray(errors)) {
    for (const field of errors) if (typeof field === 'string') add(field, ['Invalid or not allowed.']);
  } else if (errors !== null && typeof errors === 'object') {
    for (const [field, value] of Object.entries(errors as Record<string, unknown>)) add(field, messagesOf(value));
  } else if (typeof errors === 'string') {
    add('_', [errors]);
  }
  // Unknown-key answers put the field at the top level, next to nothing else.
  for (const [field, value] of Object.entries(record)) {
    if (field === 'message' || field === 'errors' || field === 'docs' || field === 'error' || field === 'success') continue;
    const messages = messagesOf(value);
    if (Array.isArray(value) && messages.length > 0) add(field, messages);
  }
  return out;
}

function messagesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'number' ? [String(v)] : []));
  if (value !== null && typeof value === 'object') return Object.keys(value).map((rule) => `Failed rule: ${rule}.`);
  return [];
}

/** What the client knows about a failed HTTP answer, before it becomes an error. */
export interface HttpFailure {
  method: string;
  path: string;
  status: number;
  /** Parsed JSON body, if the body was JSON. */
  body: unknown;
  redactor: Redactor;
}

/** Builds the CoolifyApiError (message, code, hint) for an HTTP error answer. */
export function errorFromResponse(f: HttpFailure): CoolifyApiError {
  const raw = f.body !== null && typeof f.body === 'object' ? (f.body as Record<string, unknown>) : {};
  const coolifyMessage = typeof raw.message === 'string' ? f.redactor.scrub(raw.message) : undefined;
  const fieldErrors: Record<string, string[]> = {};
  if (f.status === 422 || f.status === 400) {
    for (const [field, messages] of Object.entries(normalizeFieldErrors(f.body))) {
      // Field names too: Coolify echoes unknown keys, and a misplaced value can end up as a key.
      (fieldErrors[f.redactor.scrub(field)] ??= []).push(...messages.map((m) => f.redactor.scrub(m)));
    }
  }
  const { code, hint } = classify(f.status, coolifyMessage ?? '', raw);
  const fieldText = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join('; ');
  // Coolify's words stay on the one line of our message: a newline in them cannot forge a line
  // of output, an escape cannot drive the terminal (audit M4; the renderers escape the rest).
  const detail = oneLine([coolifyMessage ?? defaultMessage(f.status), fieldText].filter((s) => s !== '').join(' — '));
  return new CoolifyApiError({
    code,
    message: `Coolify ${f.method} ${f.path} failed with ${f.status}: ${detail}`,
    hint,
    method: f.method,
    path: f.path,
    status: f.status,
    coolifyMessage,
    fieldErrors,
    retryable: RETRYABLE_STATUSES.has(f.status),
  });
}

const ABILITIES_NEEDED = '`read` + `write` + `deploy` + `read:sensitive`, or `root`';

function classify(status: number, message: string, body: Record<string, unknown>): { code: CoolifyApiErrorInit['code']; hint?: string } {
  switch (status) {
    case 400:
      if (message === 'Invalid token.') {
        return {
          code: 'COOLIFY_INVALID_TOKEN',
          hint: 'The token is not bound to a team. Create a new token in Coolify under Keys & Tokens while a team is selected.',
        };
      }
      if (typeof body.error === 'string' && /Content-Type|JSON/i.test(body.error)) {
        return { code: 'COOLIFY_BAD_REQUEST', hint: `Coolify rejected the request body (${body.error}). This is a bug in ado-coolify.` };
      }
      return { code: 'COOLIFY_BAD_REQUEST' };
    case 401:
      return {
        code: 'COOLIFY_UNAUTHORIZED',
        hint:
          'The token is invalid, revoked or expired (Coolify tokens expire after 30 days by default). ' +
          `Create a new one under Keys & Tokens → API tokens with ${ABILITIES_NEEDED} and set COOLIFY_TOKEN.`,
      };
    case 403: {
      if (message === 'API is disabled.') {
        return {
          code: 'COOLIFY_API_DISABLED',
          hint: 'The Coolify API is off by default. Enable it in Coolify under Settings → Advanced → API Access (and check its allowed IPs).',
        };
      }
      const missing = /Missing required permissions: (.+)$/.exec(message);
      if (missing?.[1] !== undefined) {
        return {
          code: 'COOLIFY_FORBIDDEN',
          hint: `The token lacks the \`${missing[1].trim()}\` ability. ado-coolify needs ${ABILITIES_NEEDED}; create a token with them (tick \`deploy\` first: the UI resets the selection when it is ticked).`,
        };
      }
      return {
        code: 'COOLIFY_FORBIDDEN',
        hint: 'Coolify denied the action (policy or allowed-IP list). The token user must be a team admin or owner for write abilities.',
      };
    }
    case 404:
      if (message === 'Not found.' || message === '') {
        return {
          code: 'COOLIFY_ROUTE_NOT_FOUND',
          hint: 'Coolify does not know this route (or this HTTP method on it). Check that COOLIFY_URL is the Coolify base URL and that Coolify is v4.0.0-beta.400 or newer.',
        };
      }
      return { code: 'COOLIFY_NOT_FOUND', hint: 'The resource does not exist (or is not visible to the token’s team); it may have been deleted outside ado-coolify.' };
    case 405:
      return { code: 'COOLIFY_METHOD_CHANGED', hint: 'Coolify changed this endpoint to POST (v4.2+). This is a bug in ado-coolify; please report it.' };
    case 409:
      return { code: 'COOLIFY_CONFLICT', hint: 'Something with this name, key, domain or tag already exists in Coolify.' };
    case 422:
      return { code: 'COOLIFY_VALIDATION', hint: 'Coolify rejected the fields listed above.' };
    case 429:
      return { code: 'COOLIFY_RATE_LIMITED', hint: 'Coolify is rate limiting (API_RATE_LIMIT, 200/min per user by default). Lower --rate-limit (and --parallelism for apply), or raise API_RATE_LIMIT in the .env of Coolify.' };
    default:
      if (status >= 500) return { code: 'COOLIFY_SERVER_ERROR', hint: 'Coolify failed internally; check its logs (Settings → Logs or `docker logs coolify`).' };
      return { code: 'COOLIFY_HTTP_ERROR' };
  }
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Unauthenticated.';
  if (status === 429) return 'Too Many Attempts.';
  if (status >= 500) return 'server error';
  return 'request failed';
}
