/**
 * Verification of the webhooks `serve` accepts (pure but for hashing): GitHub's
 * `X-Hub-Signature-256` (HMAC SHA-256 of the raw body under the shared secret) and GitLab's
 * `X-Gitlab-Token` (the secret itself), both compared in constant time; then whether the
 * verified event is a push to the watched branch.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Compares two strings in time that depends only on their lengths' hashes (constant time). */
export function constantTimeEqual(given: string, expected: string): boolean {
  // Hashing first makes both sides the same length, so no early exit leaks the length either.
  const a = createHmac('sha256', 'ado-coolify-compare').update(given).digest();
  const b = createHmac('sha256', 'ado-coolify-compare').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** True when `header` is `sha256=<hex>` of the body's HMAC under `secret`. */
export function verifyGithubSignature(body: Buffer, header: string | undefined, secret: string): boolean {
  if (header === undefined || !header.startsWith('sha256=')) return false;
  const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return constantTimeEqual(header.trim().toLowerCase(), expected);
}

/** True when GitLab's token header is the secret. */
export function verifyGitlabToken(header: string | undefined, secret: string): boolean {
  if (header === undefined) return false;
  return constantTimeEqual(header, secret);
}

/** What a verified webhook asks for. */
export interface HookVerdict {
  /** A push to the watched branch: run a cycle. */
  push: boolean;
  /** The pushed commit, when the payload names it. */
  after?: string;
  /** In words, for the log line. */
  why: string;
}

/** Reads a push payload's `ref` and `after` (both GitHub and GitLab use these names). */
function pushOf(body: Buffer, branch: string): HookVerdict {
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    return { push: false, why: 'the body is not JSON' };
  }
  const ref = typeof payload === 'object' && payload !== null ? (payload as { ref?: unknown }).ref : undefined;
  const after = typeof payload === 'object' && payload !== null ? (payload as { after?: unknown }).after : undefined;
  if (ref !== `refs/heads/${branch}`) return { push: false, why: `a push to ${typeof ref === 'string' ? ref : 'no ref'}, not refs/heads/${branch}` };
  return { push: true, ...(typeof after === 'string' && /^[0-9a-f]{7,64}$/.test(after) ? { after } : {}), why: `a push to ${branch}` };
}

/** A verified GitHub event: only `push` to the branch triggers (`ping` and others do not). */
export function githubVerdict(event: string | undefined, body: Buffer, branch: string): HookVerdict {
  if (event !== 'push') return { push: false, why: `a GitHub ${event ?? 'unnamed'} event` };
  return pushOf(body, branch);
}

/** A verified GitLab event: only `Push Hook` to the branch triggers. */
export function gitlabVerdict(event: string | undefined, body: Buffer, branch: string): HookVerdict {
  if (event !== 'Push Hook') return { push: false, why: `a GitLab ${event ?? 'unnamed'} event` };
  return pushOf(body, branch);
}
