import { byUuid, groupedBy } from '../append-index.js';
import { ApiError, badRequest, notFound, validationFailed } from '../api-error.js';
import { createDeployment, deploymentStatus, startNow } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { serializeDeployment } from '../serialize.js';
import type { ApplicationRecord, DeploymentRecord, PreviewRecord } from '../world.js';
import { tagNames } from './common.js';

interface DeployEntry {
  message: string;
  resource_uuid: string;
  deployment_uuid?: string;
}

/** The preview's domain as ApplicationPreview::generate_preview_fqdn makes it (ApplicationPreview.php:108-129). */
export function previewFqdn(app: ApplicationRecord, pr: number): string | null {
  const fqdn = typeof app.fields.fqdn === 'string' ? app.fields.fqdn.split(',')[0] : undefined;
  if (!fqdn) return null;
  const url = new URL(fqdn);
  const template = String(app.fields.preview_url_template ?? '{{pr_id}}.{{domain}}');
  return `${url.protocol}//${template.replace('{{pr_id}}', String(pr)).replace('{{domain}}', url.host).replace('{{random}}', app.uuid.slice(0, 8))}`;
}

function deployApplication(rt: SandboxRuntime, app: ApplicationRecord, pr: number, dockerTag: string | undefined, force: boolean): DeployEntry {
  if (pr > 0) {
    const w = rt.store.world;
    let preview = w.previews.find((p) => p.application_id === app.id && p.pull_request_id === pr);
    if (!preview && app.fields.build_pack === 'dockerimage' && dockerTag) {
      const p: PreviewRecord = {
        id: rt.store.nextId(), uuid: rt.store.uuid(), application_id: app.id, pull_request_id: pr,
        fqdn: previewFqdn(app, pr), docker_registry_image_tag: dockerTag, created_at: rt.now(),
      };
      w.previews.push(p);
      preview = p;
    }
    // app/Http/Controllers/Api/DeployController.php:441-443
    if (!preview) return { message: `Pull request ${pr} not found for this resource.`, resource_uuid: app.uuid };
    if (dockerTag) preview.docker_registry_image_tag = dockerTag;
  }
  // bootstrap/helpers/applications.php:45-64: a queued or running deployment of the same commit,
  // pull request and image tag is not queued again (unless forced); DeployController.php:539-551
  // then answers the message with the fresh uuid it made, which names no deployment.
  const commit = typeof app.fields.git_commit_sha === 'string' ? app.fields.git_commit_sha : 'HEAD'; // as createDeployment stores it
  const now = rt.now();
  const existing = !force && rt.store.world.deployments.some((e) =>
    e.application_id === app.id && e.pull_request_id === pr && e.commit === commit && (e.docker_registry_image_tag ?? null) === (dockerTag ?? null) &&
    ['queued', 'in_progress'].includes(deploymentStatus(e, rt, now)));
  if (existing) return { message: 'Deployment already queued for this commit.', resource_uuid: app.uuid, deployment_uuid: rt.store.uuid() };
  const d = createDeployment(rt, app, { pr, force, ...(dockerTag ? { dockerTag } : {}) });
  return { message: `Application ${app.name} deployment queued.`, resource_uuid: app.uuid, deployment_uuid: d.deployment_uuid };
}

function deployUuid(rt: SandboxRuntime, uuid: string, pr: number, dockerTag: string | undefined, force: boolean): DeployEntry | undefined {
  const hit = rt.store.findPlaced(uuid);
  if (!hit) return undefined;
  if (hit.kind === 'application') return deployApplication(rt, hit.record, pr, dockerTag, force);
  startNow(rt, hit.record);
  return hit.kind === 'service'
    ? { message: `Service ${hit.record.name} started. It could take a while, be patient.`, resource_uuid: uuid }
    : { message: `Database ${hit.record.name} started.`, resource_uuid: uuid };
}

/** `/deploy` (query or JSON body) and the deployment queue. */
export const deploymentRoutes: Route[] = [
  {
    method: 'POST',
    path: '/deploy',
    ability: 'deploy',
    body: 'optional',
    handler: ({ rt, query, body }) => {
      const param = (name: string): string | undefined => {
        const q = query.get(name);
        if (q !== null && q !== '') return q;
        const b = body[name];
        return b === undefined || b === null || b === '' ? undefined : String(b);
      };
      const uuids = param('uuid');
      const tags = param('tag');
      if (uuids && tags) throw badRequest('You can only use uuid or tag, not both.');
      const prText = param('pr') ?? param('pull_request_id') ?? '0';
      const pr = Number(prText);
      if (!Number.isInteger(pr) || pr < 0) throw validationFailed({ pr: ['The pr must be a non-negative integer.'] });
      const dockerTag = param('docker_tag');
      const force = ['true', '1'].includes(param('force') ?? '');
      if (uuids) {
        const list = uuids.split(',').map((s) => s.trim()).filter(Boolean);
        if (list.length === 0) throw badRequest('No UUIDs provided.');
        const deployments = list.map((u) => deployUuid(rt, u, pr, dockerTag, force)).filter((x): x is DeployEntry => !!x);
        if (deployments.length === 0) throw new ApiError(404, 'No resources found.');
        return { body: { deployments } };
      }
      if (tags) {
        const names = tags.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
        if (names.length === 0) throw badRequest('No TAGs provided.');
        const messages: string[] = [];
        const details: Array<{ resource_uuid: string; deployment_uuid: string }> = [];
        for (const name of names) {
          if (!rt.store.world.tags.some((t) => t.name === name)) continue;
          const tagged = rt.store.allPlaced().filter((h) => tagNames(rt, h.record).includes(name));
          if (tagged.length === 0) {
            messages.push(`No resources found for tag ${name}.`);
            continue;
          }
          for (const h of tagged) {
            const entry = deployUuid(rt, h.record.uuid, pr, dockerTag, force);
            if (!entry) continue;
            messages.push(entry.message);
            if (entry.deployment_uuid) details.push({ resource_uuid: entry.resource_uuid, deployment_uuid: entry.deployment_uuid });
          }
        }
        if (messages.length === 0) throw new ApiError(404, 'No resources found with this tag.');
        return { body: details.length > 0 ? { message: messages, details } : { message: messages } };
      }
      throw badRequest('You must provide uuid or tag.');
    },
  },
  {
    method: 'GET',
    path: '/deployments',
    handler: ({ rt, sensitive }) => {
      const now = rt.now();
      const active = rt.store.world.deployments.filter((d) => ['queued', 'in_progress'].includes(deploymentStatus(d, rt, now)));
      // app/Http/Controllers/Api/DeployController.php:76-80: `->get()` returns rows in table
      // order, then `->sortBy('id')` keeps each row's key. PostgreSQL moves an updated row to
      // the end of the table; here the last write is the insert, or the queued → in_progress
      // update. Keys out of order make Laravel answer a JSON object keyed by position.
      const lastWrite = (d: DeploymentRecord): number =>
        deploymentStatus(d, rt, now) === 'in_progress' ? d.created_at + rt.timings.deploymentQueuedMs : d.created_at;
      const tableOrder = [...active].sort((a, b) => lastWrite(a) - lastWrite(b) || a.id - b.id);
      const keyed = tableOrder.map((d, key) => ({ d, key })).sort((a, b) => a.d.id - b.d.id);
      if (keyed.every((k, i) => k.key === i)) return { body: keyed.map((k) => serializeDeployment(rt, k.d, sensitive)) };
      const members = keyed.map((k) => `${JSON.stringify(String(k.key))}:${JSON.stringify(serializeDeployment(rt, k.d, sensitive))}`);
      return { jsonText: `{${members.join(',')}}` };
    },
  },
  {
    method: 'GET',
    path: '/deployments/{uuid}',
    handler: ({ rt, params, sensitive }) => {
      const d = rt.store.world.deployments.find((x) => x.deployment_uuid === params.uuid);
      // DeployController.php:135-142: a deployment whose application is gone is not found either.
      if (!d || !rt.store.world.applications.some((a) => a.id === d.application_id)) throw notFound('Deployment');
      return { body: serializeDeployment(rt, d, sensitive, { withApplication: true }) };
    },
  },
  {
    method: 'POST',
    path: '/deployments/{uuid}/cancel',
    ability: 'deploy',
    handler: ({ rt, params }) => {
      const d = rt.store.world.deployments.find((x) => x.deployment_uuid === params.uuid);
      if (!d) throw notFound('Deployment');
      const status = deploymentStatus(d, rt, rt.now());
      if (status !== 'queued' && status !== 'in_progress') throw badRequest(`Deployment cannot be cancelled. Current status: ${status}`);
      d.cancelled_at = rt.now();
      return { body: { message: 'Deployment cancelled successfully.', deployment_uuid: d.deployment_uuid, status: 'cancelled-by-user' } };
    },
  },
  {
    method: 'GET',
    path: '/deployments/applications/{uuid}',
    handler: ({ rt, params, query, sensitive }) => {
      const app = byUuid(rt.store.world.applications, params.uuid);
      if (!app) throw notFound('Application');
      const skip = Math.max(0, Number(query.get('skip') ?? 0) || 0);
      const take = Math.max(1, Number(query.get('take') ?? 10) || 10);
      const all = [...(groupedBy(rt.store.world.deployments, 'application_id', (d) => d.application_id).get(app.id) ?? [])].sort((a, b) => b.id - a.id);
      return { body: { count: all.length, deployments: all.slice(skip, skip + take).map((d) => serializeDeployment(rt, d, sensitive, { tableOrder: true })) } };
    },
  },
];
