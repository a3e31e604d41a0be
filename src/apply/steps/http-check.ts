/**
 * The HTTP readiness check of `verify.http`: after Coolify reports the application healthy, a
 * GET of the check's URL (or its path on the application's first domain) must answer the
 * expected status before the deploy counts as done. It is retried with the apply's poll pacing
 * until its own timeout; a check that never passes is a failed wait, so the deploy is unhealthy
 * (its failure is shown and `rollback:` applies).
 */
import type { StepContext } from '../walker.js';
import type { ApplyRuntime } from '../runtime.js';
import type { Address } from '../../model/address.js';
import type { HttpCheck } from '../../model/resource.js';
import { AdoError } from '../../errors.js';
import { parseDuration } from '../duration.js';
import { waitFor } from '../wait.js';
import { pollOptions } from './health.js';

/** Longest a single check request may take. */
const REQUEST_TIMEOUT_MS = 10_000;

/** The URL a check GETs: its own `url`, or its `path` on the first of the live domains (`fqdn`). */
export function httpCheckUrl(check: HttpCheck, fqdn: unknown): string | undefined {
  if (check.url !== undefined) return check.url;
  const first = typeof fqdn === 'string' ? fqdn.split(',').map((d) => d.trim()).find((d) => d !== '') : undefined;
  if (first === undefined || check.path === undefined) return undefined;
  return `${first.replace(/\/+$/, '')}${check.path}`;
}

/** One GET: the status, or why there was none. */
async function probeOnce(url: string, signal: AbortSignal | undefined): Promise<{ status: number } | { error: string }> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    const res = await fetch(url, { method: 'GET', redirect: 'manual', signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    await res.body?.cancel();
    return { status: res.status };
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : undefined;
    return { error: cause ?? (err instanceof Error ? err.message : String(err)) };
  }
}

/** Runs the application's HTTP check, if it has one; answers a note for the step outcome. */
export async function runHttpCheck(rt: ApplyRuntime, ctx: StepContext, address: Address): Promise<string | undefined> {
  const check = rt.desiredAt(address)?.httpCheck;
  if (!check) return undefined;
  const url = httpCheckUrl(check, rt.liveAt(address)?.fields['fqdn']);
  if (url === undefined) {
    throw new AdoError('ADO_WAIT_FAILED', `${address}: verify.http.path needs a domain, and the application has none`, {
      hint: 'give the application a domain, or use verify.http.url',
    });
  }
  const timeoutMs = parseDuration(check.timeout, `${address} verify.http.timeout`);
  await ctx.waiting(waitFor(async () => {
    const answer = await probeOnce(url, ctx.signal);
    if ('status' in answer && answer.status === check.expectStatus) return { done: true as const, value: undefined };
    return { done: false as const, status: 'status' in answer ? `HTTP ${answer.status}, want ${check.expectStatus}` : answer.error };
  }, { ...pollOptions(rt, ctx), timeoutMs, what: `GET ${url} (verify.http of ${address})` }));
  return `GET ${url}: ${check.expectStatus}`;
}
