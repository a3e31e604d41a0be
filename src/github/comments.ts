/**
 * Pull-request comments through GitHub's REST API (native fetch): list every issue comment
 * of the PR (following `Link: rel="next"` pagination), find ours by its hidden marker, and
 * create or update it so a PR carries one plan comment, updated in place on every push.
 */

/** A GitHub API answer that was not a success; carries the status, never the token. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly apiMessage: string,
  ) {
    super(`GitHub API ${method} ${path} answered ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
    this.name = 'GitHubApiError';
  }
}

/** The fields of an issue comment we use. */
export interface IssueComment {
  id: number;
  body: string;
  user?: { login?: string; type?: string } | null;
}

/** Where and how to talk to GitHub. */
export interface GitHubTarget {
  apiUrl: string;
  /** `owner/name`. */
  repository: string;
  prNumber: number;
  token: string;
  fetch: typeof fetch;
}

/** The login GitHub uses for comments written with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** Most pages followed when listing comments (10,000 comments at 100 per page). */
const MAX_PAGES = 100;

function headers(token: string): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'ado-coolify',
  };
}

async function request(target: GitHubTarget, method: string, url: string, body?: unknown): Promise<Response> {
  const res = await target.fetch(url, {
    method,
    headers: { ...headers(target.token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) {
    let message = '';
    try {
      const json = (await res.json()) as { message?: unknown };
      if (typeof json.message === 'string') message = json.message;
    } catch {
      message = '';
    }
    throw new GitHubApiError(res.status, method, new URL(url).pathname, message);
  }
  return res;
}

/** The URL of the `rel="next"` page in a `Link` header, if any. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function commentsUrl(target: GitHubTarget): string {
  return `${target.apiUrl}/repos/${target.repository}/issues/${target.prNumber}/comments`;
}

/** Every comment of the PR, all pages (`per_page=100`, following `Link: rel="next"`). */
export async function listComments(target: GitHubTarget): Promise<IssueComment[]> {
  const all: IssueComment[] = [];
  let url: string | undefined = `${commentsUrl(target)}?per_page=100&page=1`;
  for (let page = 0; url !== undefined && page < MAX_PAGES; page++) {
    const res = await request(target, 'GET', url);
    const batch = (await res.json()) as IssueComment[];
    if (!Array.isArray(batch)) break;
    all.push(...batch);
    url = nextLink(res.headers.get('link'));
  }
  return all;
}

/**
 * The comment carrying `marker` as its first line (a quote of it in a human's reply does not
 * count). When several match, one written by `author` (default: the Actions bot) wins, then
 * any bot, then the oldest.
 */
export function findMarkedComment(comments: readonly IssueComment[], marker: string, author = ACTIONS_BOT_LOGIN): IssueComment | undefined {
  const marked = comments.filter((c) => typeof c.body === 'string' && c.body.trimStart().startsWith(marker));
  return (
    marked.find((c) => c.user?.login === author) ??
    marked.find((c) => c.user?.type === 'Bot') ??
    marked[0]
  );
}

/** Posts a new comment; returns its id. */
export async function createComment(target: GitHubTarget, body: string): Promise<number> {
  const res = await request(target, 'POST', commentsUrl(target), { body });
  return ((await res.json()) as IssueComment).id;
}

/** Replaces a comment's body. */
export async function updateComment(target: GitHubTarget, id: number, body: string): Promise<void> {
  await request(target, 'PATCH', `${target.apiUrl}/repos/${target.repository}/issues/comments/${id}`, { body });
}

/** What `upsertComment` did. */
export type UpsertOutcome = { action: 'created' | 'updated'; id: number } | { action: 'skipped' };

/**
 * Updates the marked comment in place, or creates it. With `createIfMissing: false` (no
 * changes and no comment yet) nothing is created.
 */
export async function upsertComment(
  target: GitHubTarget,
  marker: string,
  body: string,
  options: { createIfMissing: boolean; author?: string },
): Promise<UpsertOutcome> {
  const existing = findMarkedComment(await listComments(target), marker, options.author);
  if (existing) {
    await updateComment(target, existing.id, body);
    return { action: 'updated', id: existing.id };
  }
  if (!options.createIfMissing) return { action: 'skipped' };
  return { action: 'created', id: await createComment(target, body) };
}
