/**
 * `docker_compose_domains` of a dockercompose application, as Coolify 4.3.11 stores it: a JSON
 * object `{"SERVICE": {"domain": "…", "redirect"?: "…"}}` in a text column, returned by GET as
 * that string.
 *
 * - Create (app/Http/Controllers/Api/ApplicationsController.php:1387-1457, the same at
 *   :1651-1721 and :1882-1952): every sent entry is stored under its name, whatever the compose
 *   holds: the compose of a git app is not known yet (`docker_compose_raw` stays null until
 *   LoadComposeFile or the first deploy reads it from the repository).
 * - Update (:2960-2968): refused with 422 while `docker_compose_raw` is empty ("Reload the
 *   compose file from the git repository first."); otherwise (:3028-3044, :3117-3118) only the
 *   entries naming a service of the stored compose are kept, and nothing is stored when none is.
 *
 * Checked against Coolify 4.3.11: a create with `docker_compose_domains` answers 201 and GET
 * shows them; a PATCH before the compose was loaded answers that 422.
 */
import { parse } from 'yaml';
import { validationFailed } from './api-error.js';
import type { ApplicationRecord } from './world.js';

const REDIRECTS = ['www', 'non-www', 'both'];

/** PHP's json_encode: `/` is escaped as `\/`. */
function phpJson(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, '\\/');
}

function entries(sent: unknown): Array<{ name: string; entry: Record<string, unknown> }> {
  if (!Array.isArray(sent)) return [];
  return sent.map((item) => {
    const r = (item ?? {}) as Record<string, unknown>;
    const entry: Record<string, unknown> = { domain: r.domain ?? null };
    if (typeof r.redirect === 'string' && REDIRECTS.includes(r.redirect)) entry.redirect = r.redirect;
    return { name: String(r.name ?? ''), entry };
  });
}

/** The services a stored compose names (none when it does not parse). */
function composeServiceNames(compose: string): Set<string> {
  try {
    const doc = parse(compose) as { services?: unknown } | null;
    const services = doc?.services;
    return new Set(services !== null && typeof services === 'object' && !Array.isArray(services) ? Object.keys(services) : []);
  } catch {
    return new Set();
  }
}

/** Stores `docker_compose_domains` from a create or update body (see the file comment). */
export function applyComposeDomains(app: ApplicationRecord, body: Record<string, unknown>, mode: 'create' | 'update'): void {
  if (body.docker_compose_domains === undefined) return;
  const sent = entries(body.docker_compose_domains);
  const stored: Record<string, unknown> = {};
  if (mode === 'create') {
    for (const { name, entry } of sent) stored[name] = entry;
    if (Object.keys(stored).length > 0) app.fields.docker_compose_domains = phpJson(stored);
    return;
  }
  const compose = typeof app.fields.docker_compose_raw === 'string' ? app.fields.docker_compose_raw : '';
  if (compose === '') {
    throw validationFailed({
      docker_compose_domains: 'Cannot set docker_compose_domains without docker_compose_raw. Reload the compose file from the git repository first.',
    });
  }
  const names = composeServiceNames(compose);
  for (const { name, entry } of sent) if (names.has(name)) stored[name] = entry;
  if (Object.keys(stored).length > 0) app.fields.docker_compose_domains = phpJson(stored);
}

/**
 * A dockercompose app's deploy reads the compose from the repository when Coolify has not
 * (Application.php:2103 loadComposeFile, called by the deployment job): the stored compose is
 * set, and the stored domains keep only the names it has (:2197-2203, reconcileDockerComposeDomains
 * :2219-2241; legacy name twins left aside). The sandbox's repositories are
 * SandboxOptions.repositoryComposes; without an entry the app keeps no compose.
 */
export function loadRepositoryCompose(app: ApplicationRecord, repositories: Readonly<Record<string, string>>): void {
  if (app.fields.build_pack !== 'dockercompose') return;
  if (typeof app.fields.docker_compose_raw === 'string' && app.fields.docker_compose_raw !== '') return;
  const compose = repositories[String(app.fields.git_repository ?? '')];
  if (compose === undefined) return;
  app.fields.docker_compose_raw = compose;
  if (typeof app.fields.docker_compose_domains !== 'string') return;
  const names = composeServiceNames(compose);
  if (names.size === 0) return;
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(app.fields.docker_compose_domains) as Record<string, unknown>;
  } catch {
    stored = {};
  }
  const kept = Object.fromEntries(Object.entries(stored).filter(([name]) => names.has(name)));
  app.fields.docker_compose_domains = Object.keys(kept).length > 0 ? phpJson(kept) : null;
}
