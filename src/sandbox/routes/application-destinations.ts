/**
 * An application's destinations, as ApplicationsController.php (Coolify 4.3.11) serves them
 * under routes/api.php:270-272: the primary one and the extra ones (`additional_networks`,
 * the `additional_destinations` pivot), attached and detached one at a time.
 */
import { byUuid } from '../append-index.js';
import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { AdditionalDestinationRecord, ApplicationRecord, DestinationRecord } from '../world.js';

const pivot = (rt: SandboxRuntime): AdditionalDestinationRecord[] => (rt.store.world.additionalDestinations ??= []);

function findApp(rt: SandboxRuntime, uuid: string | undefined): ApplicationRecord {
  const app = byUuid(rt.store.world.applications, uuid);
  // :5675-5678 (destinations), :5765-5768 (add), :5832-5835 (remove).
  if (!app) throw new ApiError(404, 'Application not found.');
  return app;
}

/** The entry of one destination in the list (:5685-5703). */
function entry(rt: SandboxRuntime, d: DestinationRecord, primary: boolean): Record<string, unknown> {
  const server = rt.store.world.servers.find((s) => s.id === d.server_id);
  return { uuid: d.uuid, name: d.name, network: d.network, server_uuid: server?.uuid ?? null, server_id: d.server_id, is_primary: primary };
}

/** The extra destinations of an application, in the order they were attached. */
function extraOf(rt: SandboxRuntime, app: ApplicationRecord): DestinationRecord[] {
  const w = rt.store.world;
  return pivot(rt).filter((p) => p.application_id === app.id).flatMap((p) => w.destinations.filter((d) => d.id === p.destination_id));
}

/** `GET|POST /applications/{uuid}/destinations`, `DELETE /applications/{uuid}/destinations/{destination_uuid}`. */
export const applicationDestinationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/applications/{uuid}/destinations',
    handler: ({ rt, params }) => {
      const app = findApp(rt, params.uuid);
      const primary = rt.store.world.destinations.find((d) => d.id === app.destination_id);
      // :5682-5706: the primary first, then the extra ones.
      return { body: [...(primary ? [entry(rt, primary, true)] : []), ...extraOf(rt, app).map((d) => entry(rt, d, false))] };
    },
  },
  {
    method: 'POST',
    path: '/applications/{uuid}/destinations',
    // validateIncomingRequest (:5742-5745)
    body: 'required',
    handler: ({ rt, params, body }) => {
      // :5748-5762: 'destination_uuid' => required|string, nothing else; before the application lookup.
      const errors: Record<string, string[]> = {};
      const wanted = body.destination_uuid;
      if (wanted === undefined || wanted === null || wanted === '') errors.destination_uuid = ['The destination uuid field is required.'];
      else if (typeof wanted !== 'string') errors.destination_uuid = ['The destination uuid field must be a string.'];
      for (const k of Object.keys(body)) if (k !== 'destination_uuid') (errors[k] ??= []).push('This field is not allowed.');
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      const app = findApp(rt, params.uuid);
      const w = rt.store.world;
      const d = w.destinations.find((x) => x.uuid === wanted);
      const server = d ? w.servers.find((s) => s.id === d.server_id) : undefined;
      // :5771-5774: a standalone destination of the team whose server can host resources (not a build server).
      if (!d || !server || server.is_build_server) throw new ApiError(404, 'Destination not found.');
      // :5776-5778
      if (app.destination_id === d.id) throw new ApiError(422, 'Destination is already the primary destination.');
      // :5780-5782
      if (extraOf(rt, app).some((x) => x.id === d.id)) throw new ApiError(422, 'Destination is already attached.');
      // :5784-5786
      const primary = w.destinations.find((x) => x.id === app.destination_id);
      if (primary?.server_id === d.server_id) throw new ApiError(422, 'Cannot attach a destination on the same server as the primary destination.');
      // :5788-5790 additional_servers
      if (pivot(rt).some((p) => p.application_id === app.id && p.server_id === d.server_id)) throw new ApiError(422, 'A destination on this server is already attached.');
      // :5792
      pivot(rt).push({ application_id: app.id, destination_id: d.id, server_id: d.server_id });
      // :5800-5803
      return { status: 201, body: { message: 'Destination attached.', uuid: d.uuid } };
    },
  },
  {
    method: 'DELETE',
    path: '/applications/{uuid}/destinations/{destination_uuid}',
    handler: ({ rt, params }) => {
      const app = findApp(rt, params.uuid);
      const w = rt.store.world;
      const d = w.destinations.find((x) => x.uuid === params.destination_uuid);
      // :5840-5843
      if (!d) throw new ApiError(404, 'Destination not found.');
      // :5845-5847
      if (app.destination_id === d.id) throw new ApiError(422, 'Cannot remove the primary destination.');
      // :5848-5851: not attached to this application.
      const at = pivot(rt).findIndex((p) => p.application_id === app.id && p.destination_id === d.id);
      if (at < 0) throw new ApiError(404, 'Destination not found.');
      // :5853-5855
      pivot(rt).splice(at, 1);
      // :5863
      return { body: { message: 'Destination detached.' } };
    },
  },
];
