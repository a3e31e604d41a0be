/**
 * The Git App collections (`/github-apps`, `/gitlab-apps`; routes/api.php:282-292): listed,
 * created, PATCHed and deleted, one app named by its integer id (there is no GET of one).
 */
import type { Transport } from './transport.js';
import type { CoolifyRecord, JsonBody, MessageResponse } from './types.js';

/** One Git App collection. */
export interface GitAppApi {
  /** `GET`: the team's apps and every system-wide one; secrets only with `read:sensitive`. */
  list(): Promise<CoolifyRecord[]>;
  /** `POST`: answers the created app (201). */
  create(body: JsonBody): Promise<CoolifyRecord>;
  /** `PATCH /{id}`: answers `{message, data}`. */
  update(id: string, body: JsonBody): Promise<{ message?: string; data?: CoolifyRecord }>;
  /** `DELETE /{id}`: 409 while applications use the app. */
  delete(id: string): Promise<MessageResponse>;
}

/** The GitAppApi of a collection whose one-record parameter is `param` (`github_app_id`). */
export function gitAppApi(t: Transport, collection: string, param: string): GitAppApi {
  const one = `${collection}/{${param}}`;
  return {
    list: () => t.request({ method: 'GET', template: collection }),
    create: (body) => t.request({ method: 'POST', template: collection, body }),
    update: (id, body) => t.request({ method: 'PATCH', template: one, params: { [param]: id }, body }),
    delete: (id) => t.request({ method: 'DELETE', template: one, params: { [param]: id } }),
  };
}
