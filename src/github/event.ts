/**
 * The workflow run's context: event name, repository, API URL and, for pull-request events,
 * the PR number read from the event payload (`GITHUB_EVENT_PATH`).
 */

/** What the Action needs to know about the run. */
export interface EventContext {
  eventName: string;
  /** `owner/name`. */
  repository?: string;
  /** Without a trailing slash. */
  apiUrl: string;
  /** Set for pull_request / pull_request_target events. */
  prNumber?: number;
  isPullRequest: boolean;
}

/** Events whose payload carries a pull request we may comment on. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

/** Reads the context; an unreadable or odd payload just means "no PR number". */
export async function readEventContext(
  env: Record<string, string | undefined>,
  readFile: (path: string) => Promise<string>,
): Promise<EventContext> {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const apiUrl = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY?.trim() || undefined;
  const isPullRequest = PULL_REQUEST_EVENTS.includes(eventName);
  let prNumber: number | undefined;
  if (isPullRequest && env.GITHUB_EVENT_PATH) {
    try {
      prNumber = prNumberFromPayload(JSON.parse(await readFile(env.GITHUB_EVENT_PATH)) as unknown);
    } catch {
      prNumber = undefined;
    }
  }
  return { eventName, repository, apiUrl, prNumber, isPullRequest };
}

/** `pull_request.number`, else the top-level `number`, when a positive integer. */
export function prNumberFromPayload(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as { pull_request?: { number?: unknown }; number?: unknown };
  const n = p.pull_request?.number ?? p.number;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
