/**
 * Coolify 4.4's preview API (ApplicationPreviewsController, 4.4): list, read and create an
 * application's pull-request previews. Absent before 4.4.2 (404): the callers check the
 * release first (src/day2/previews/api-path.ts) and fall back to `deploy?pr=N` and the deployment history.
 */
import type { Transport } from './transport.js';
import type { JsonBody } from './types.js';

/** One preview as the 4.4 API shows it (ApplicationPreviewsController.php formatPreview). */
export interface PreviewApiRecord {
  uuid: string;
  pull_request_id: number;
  pull_request_html_url: string | null;
  git_type: string | null;
  /** Container state, `running:healthy`, `exited`, … */
  status: string;
  /** The preview's domain(s), comma-separated, or null. */
  domains: string | null;
  docker_registry_image_tag: string | null;
  created_at: string;
  updated_at: string;
}

/** `POST /applications/{uuid}/previews`: the deployment it queued (null when not) and the preview. */
export interface PreviewCreated {
  message: string;
  deployment_uuid: string | null;
  preview: PreviewApiRecord;
}

/** `/applications/{uuid}/previews` (4.4). */
export interface PreviewsApi {
  list(appUuid: string): Promise<PreviewApiRecord[]>;
  get(appUuid: string, pullRequestId: number): Promise<PreviewApiRecord>;
  /** Opens (or redeploys) the preview of a pull request; body: `pull_request_id`, `docker_tag`, `git_type`, `force`, `instant_deploy`. */
  create(appUuid: string, body: JsonBody): Promise<PreviewCreated>;
}

/** Creates the `/applications/{uuid}/previews` group. */
export function createPreviewsApi(t: Transport): PreviewsApi {
  const many = '/applications/{uuid}/previews';
  return {
    list: (uuid) => t.request({ method: 'GET', template: many, params: { uuid } }),
    get: (uuid, pr) => t.request({ method: 'GET', template: `${many}/{pull_request_id}`, params: { uuid, pull_request_id: pr } }),
    create: (uuid, body) => t.request({ method: 'POST', template: many, params: { uuid }, body }),
  };
}
