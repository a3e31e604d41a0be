/**
 * Team cloud-init scripts, as app/Http/Controllers/Api/CloudInitScriptsController.php (Coolify
 * 4.3.11) serves them under routes/api.php:131-135. The text is kept as sent (Coolify encrypts
 * it at rest, CloudInitScript.php casts) and shown only to a token with read:sensitive.
 */
import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { iso } from '../serialize-base.js';
import type { CloudInitScriptRecord } from '../world.js';
import { cloudInitProblem } from '../../kinds/cloud-init-text.js';

// :97 and :213: name and script are the only keys either action takes.
const ALLOWED = ['name', 'script'];

const list = (rt: SandboxRuntime): CloudInitScriptRecord[] => (rt.store.world.cloudInitScripts ??= []);

/** removeSensitiveData (:14-23): no `id` or `team_id`; `script` only with read:sensitive. */
function serialize(s: CloudInitScriptRecord, sensitive: boolean): Record<string, unknown> {
  return { uuid: s.uuid, name: s.name, ...(sensitive ? { script: s.script } : {}), created_at: iso(s.created_at), updated_at: iso(s.updated_at) };
}

function find(rt: SandboxRuntime, uuid: string | undefined): CloudInitScriptRecord {
  const s = list(rt).find((x) => x.uuid === uuid);
  // :150-152 (show), :203-205 (update), :263-265 (destroy).
  if (!s) throw new ApiError(404, 'Cloud-init script not found.');
  return s;
}

/**
 * Laravel's messages for store's rules (:93-96, both required) and update's (:209-212, both
 * optional), then "This field is not allowed." for every other key (:97-101, :213-217), in one answer.
 */
function ruleErrors(body: Record<string, unknown>, required: boolean): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const f of ALLOWED) {
    const v = body[f];
    if (v === undefined && !required) continue;
    // Laravel's ConvertEmptyStringsToNull: '' arrives as null, which `required` refuses.
    if (required && (v === undefined || v === null || v === '')) errors[f] = [`The ${f} field is required.`];
    else if (typeof v !== 'string') errors[f] = [`The ${f} field must be a string.`];
    else if (f === 'name' && [...v].length > 255) errors[f] = ['The name field must not be greater than 255 characters.'];
    else if (f === 'script') {
      // new ValidCloudInitYaml (app/Rules/ValidCloudInitYaml.php)
      const problem = cloudInitProblem(v);
      if (problem !== undefined) errors[f] = [problem];
    }
  }
  for (const k of Object.keys(body)) if (!ALLOWED.includes(k)) (errors[k] ??= []).push('This field is not allowed.');
  return errors;
}

/** `/cloud-init-scripts`: list, create, read, update, delete. */
export const cloudInitScriptRoutes: Route[] = [
  // :38-53: newest first (orderByDesc created_at).
  { method: 'GET', path: '/cloud-init-scripts', handler: ({ rt, sensitive }) => ({ body: [...list(rt)].sort((a, b) => b.created_at - a.created_at || b.id - a.id).map((s) => serialize(s, sensitive)) }) },
  {
    method: 'POST',
    path: '/cloud-init-scripts',
    // validateIncomingRequest (:88-91): a non-JSON or empty body is a 400.
    body: 'required',
    handler: ({ rt, body, sensitive }) => {
      const errors = ruleErrors(body, true);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      const now = rt.now();
      // :110-114; no unique name (the migration has no unique index).
      const s: CloudInitScriptRecord = { id: rt.store.nextId(), uuid: rt.store.uuid(), name: String(body.name), script: String(body.script), created_at: now, updated_at: now };
      list(rt).push(s);
      // :122: 201 with the record as removeSensitiveData leaves it.
      return { status: 201, body: serialize(s, sensitive) };
    },
  },
  // :142-157
  { method: 'GET', path: '/cloud-init-scripts/{uuid}', handler: ({ rt, params, sensitive }) => ({ body: serialize(find(rt, params.uuid), sensitive) }) },
  {
    method: 'PATCH',
    path: '/cloud-init-scripts/{uuid}',
    // :193-196 (an empty body is validateIncomingRequest's 400, so :198-200 is never reached).
    body: 'required',
    handler: ({ rt, params, body, sensitive }) => {
      // :202-205: the lookup comes before the rules (:209-224).
      const s = find(rt, params.uuid);
      const errors = ruleErrors(body, false);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      if (typeof body.name === 'string') s.name = body.name;
      if (typeof body.script === 'string') s.script = body.script;
      s.updated_at = rt.now();
      // :235: 200 with the fresh record.
      return { body: serialize(s, sensitive) };
    },
  },
  {
    method: 'DELETE',
    path: '/cloud-init-scripts/{uuid}',
    handler: ({ rt, params }) => {
      const s = find(rt, params.uuid);
      // :271: nothing refers to a script (servers got its text), so a delete is never refused.
      rt.store.world.cloudInitScripts = list(rt).filter((x) => x.id !== s.id);
      // :279
      return { body: { message: 'Cloud-init script deleted.' } };
    },
  },
];
