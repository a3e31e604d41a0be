/**
 * Corrections to Coolify's OpenAPI request schemas, where the controllers (and so
 * `API-NOTES.md`) disagree with the spec vendored in `openapi-subset.json`. The controllers win.
 * Each entry says which operations it touches and why; `applyCorrections` turns the vendored
 * schemas into what the sandbox enforces.
 */

/** A JSON Schema fragment as vendored (plain JSON). */
export type JsonSchema = { [key: string]: unknown };

/** One correction to one or more operations (`METHOD /path`, as keyed in the subset). */
export interface Correction {
  operations: string[];
  why: string;
  /** Properties to add (or replace). */
  add?: Record<string, JsonSchema>;
  /** Properties to remove: sending them gets 422 "This field is not allowed.". */
  remove?: string[];
  /** Properties accepted but silently dropped by Coolify. */
  ignore?: string[];
  /** Replaces the `required` list. */
  required?: string[];
  /** At least one of these must be present (message-only 422 otherwise). */
  oneOf?: string[];
}

const str: JsonSchema = { type: ['string', 'null'] };
const bool: JsonSchema = { type: ['boolean', 'null'] };

const APP_CREATES = ['public', 'private-github-app', 'private-deploy-key', 'dockerfile', 'dockerimage'].map(
  (k) => `POST /applications/${k}`,
);
const DB_TYPES = ['postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'keydb', 'dragonfly', 'clickhouse'] as const;
const DB_CREATES = DB_TYPES.map((t) => `POST /databases/${t}`);
const PLACED_CREATES = [...APP_CREATES, ...DB_CREATES, 'POST /services'];
const ENV_OPS = (res: string): string[] => [`POST /${res}/{uuid}/envs`, `PATCH /${res}/{uuid}/envs`];

/** The corrections, in the order they are applied. */
export const CORRECTIONS: Correction[] = [
  {
    operations: PLACED_CREATES,
    why: 'environment_name OR environment_uuid is enough (name tried first); the spec requires both (PR #11134).',
    oneOf: ['environment_name', 'environment_uuid'],
    required: ['project_uuid', 'server_uuid'],
  },
  {
    operations: DB_CREATES,
    why: 'database creates look up the project and server before the validator runs (app/Http/Controllers/Api/DatabasesController.php:1805, :1816, validator at :1855): a missing server_uuid is 404 "Server not found.", not 422.',
    required: [],
  },
  {
    operations: ['POST /applications/public', 'POST /applications/private-deploy-key'],
    why: 'git creates require git_repository, git_branch and build_pack (and the key for deploy-key).',
    required: ['project_uuid', 'server_uuid', 'git_repository', 'git_branch', 'build_pack'],
  },
  {
    operations: ['POST /applications/private-deploy-key'],
    why: 'private_key_uuid is required for deploy-key apps.',
    required: ['project_uuid', 'server_uuid', 'git_repository', 'git_branch', 'build_pack', 'private_key_uuid'],
  },
  {
    operations: ['POST /applications/private-github-app'],
    why: 'github_app_uuid is required for GitHub-app apps.',
    required: ['project_uuid', 'server_uuid', 'git_repository', 'git_branch', 'build_pack', 'github_app_uuid'],
  },
  { operations: ['POST /applications/dockerfile'], why: 'dockerfile (base64) is required.', required: ['project_uuid', 'server_uuid', 'dockerfile'] },
  {
    operations: ['POST /applications/dockerimage'],
    why: 'docker_registry_image_name is required.',
    required: ['project_uuid', 'server_uuid', 'docker_registry_image_name'],
  },
  {
    operations: APP_CREATES,
    why: '`type` and `docker_compose_raw` are accepted on create and silently dropped (AC create_application).',
    ignore: ['type', 'docker_compose_raw'],
  },
  {
    operations: [...APP_CREATES, 'PATCH /applications/{uuid}'],
    why: 'health_check_type (http|cmd) and health_check_command are accepted (API-NOTES §4 optional create fields); the spec omits them.',
    add: { health_check_type: { type: ['string', 'null'], enum: ['http', 'cmd', null] }, health_check_command: str },
  },
  {
    operations: ['PATCH /applications/{uuid}'],
    why: 'the basic-auth fields and static_image are create fields, and PATCH takes the create fields (API-NOTES §4 Update).',
    add: { is_http_basic_auth_enabled: bool, http_basic_auth_username: str, http_basic_auth_password: str, static_image: str },
  },
  {
    operations: [...APP_CREATES, 'PATCH /applications/{uuid}'],
    why: 'custom_nginx_configuration (base64) and custom_network_aliases are accepted (sharedDataApplications); the spec omits them.',
    add: { custom_nginx_configuration: str, custom_network_aliases: str },
  },
  {
    operations: ['POST /applications/dockerfile', 'POST /applications/dockerimage'],
    why:
      'all five creates share one allow-list (AC:1194): git and build fields are accepted on dockerfile/dockerimage. ' +
      'Checked on Coolify 4.3.11: the build fields are stored as sent; the source fields are ignored or overwritten.',
    add: {
      install_command: str, build_command: str, start_command: str, base_directory: str, publish_directory: str,
      dockerfile_location: str, docker_compose_location: str, docker_compose_custom_start_command: str,
      docker_compose_custom_build_command: str, docker_compose_domains: str, watch_paths: str, static_image: str,
      is_preserve_repository_enabled: bool,
    },
  },
  {
    operations: ['POST /applications/dockerfile', 'POST /applications/dockerimage'],
    why: 'source fields of the shared create allow-list (AC:1194) are accepted and dropped: the image or Dockerfile is the source, build_pack is set by the endpoint.',
    ignore: ['git_repository', 'git_branch', 'git_commit_sha', 'private_key_uuid', 'github_app_uuid', 'build_pack'],
  },
  {
    operations: ['POST /applications/dockerimage'],
    why: 'dockerfile is in the shared create allow-list (AC:1194); a dockerimage app does not use it.',
    ignore: ['dockerfile'],
  },
  {
    operations: ['POST /applications/dockerfile', 'POST /applications/dockerimage'],
    why: 'is_static, is_spa and is_auto_deploy_enabled are silently dropped on dockerfile/dockerimage apps (not 422).',
    ignore: ['is_static', 'is_spa', 'is_auto_deploy_enabled'],
  },
  {
    operations: ['PATCH /applications/{uuid}'],
    why: 'PATCH takes the create fields plus dockerfile_target_build, minus placement/source/create-only keys, which get 422 (the spec lists some of them).',
    add: {
      dockerfile_target_build: str,
      static_image: str,
      is_http_basic_auth_enabled: bool,
      http_basic_auth_username: str,
      http_basic_auth_password: str,
      instant_deploy: bool,
    },
    remove: [
      'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'github_app_uuid',
      'private_key_uuid', 'dockerfile', 'autogenerate_domain', 'tags', 'type', 'docker_compose_raw',
    ],
  },
  {
    operations: [...ENV_OPS('applications'), 'PATCH /applications/{uuid}/envs/bulk#item'],
    why: 'Env vars take is_runtime, is_buildtime and comment (PR #6860); the spec leaves them out. `is_build_time` gets 422.',
    add: { is_runtime: bool, is_buildtime: bool, comment: str },
  },
  {
    operations: [...ENV_OPS('services'), ...ENV_OPS('databases'), 'PATCH /services/{uuid}/envs/bulk#item', 'PATCH /databases/{uuid}/envs/bulk#item'],
    why: 'Service and database env vars take comment but not is_preview, is_runtime or is_buildtime.',
    add: { comment: str },
    remove: ['is_preview'],
  },
  {
    operations: [...ENV_OPS('applications'), ...ENV_OPS('services'), ...ENV_OPS('databases')],
    why: 'Only the key is required (an omitted value becomes null on PATCH: not partial), and the route checks it: customApiValidator answers a missing key with "This field is required." (bootstrap/helpers/shared.php:2417), not Laravel\'s default wording.',
    required: [],
  },
  {
    operations: ['POST /databases/mongodb'],
    why: 'mongo_initdb_root_password and mongo_initdb_database are accepted (DC create_database); the spec omits them.',
    add: { mongo_initdb_root_password: str, mongo_initdb_database: str },
  },
  {
    operations: ['PATCH /databases/{uuid}'],
    why: 'instant_deploy is accepted on database PATCH but dropped (a restart is needed).',
    ignore: ['instant_deploy'],
  },
  {
    operations: ['POST /services'],
    why: '`connect_to_docker_network` is rejected on create by the first allow-list check (works on PATCH).',
    remove: ['connect_to_docker_network'],
  },
];

/** Every property of a schema accepts null unless required (Laravel `nullable` rules). */
function nullableOptional(schema: JsonSchema): void {
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  if (!props) return;
  for (const [name, prop] of Object.entries(props)) {
    if (required.has(name)) continue;
    const t = prop.type;
    if (typeof t === 'string' && t !== 'null') prop.type = [t, 'null'];
    if (Array.isArray(prop.enum) && !prop.enum.includes(null)) prop.enum = [...(prop.enum as unknown[]), null];
  }
}

/** The enforced form of one operation's body schema. */
export interface EnforcedSchema {
  schema: JsonSchema;
  ignore: string[];
  oneOf?: string[];
}

/**
 * Applies CORRECTIONS to the vendored operations. Operation keys ending in `#item` address the
 * item schema of a bulk `data` array. Returns a new object; the input is not modified.
 */
export function applyCorrections(operations: Record<string, JsonSchema>): Record<string, EnforcedSchema> {
  const out: Record<string, EnforcedSchema> = {};
  for (const [op, schema] of Object.entries(operations)) {
    out[op] = { schema: structuredClone(schema), ignore: [] };
  }
  const target = (op: string): { owner: EnforcedSchema; schema: JsonSchema } | undefined => {
    const [base, part] = op.split('#');
    const owner = out[base ?? ''];
    if (!owner) return undefined;
    if (part !== 'item') return { owner, schema: owner.schema };
    const data = (owner.schema.properties as Record<string, JsonSchema> | undefined)?.data;
    const items = data?.items as JsonSchema | undefined;
    return items ? { owner, schema: items } : undefined;
  };
  for (const c of CORRECTIONS) {
    for (const op of c.operations) {
      const t = target(op);
      if (!t) throw new Error(`correction targets an operation that is not vendored: ${op}`);
      const props = ((t.schema.properties as Record<string, JsonSchema> | undefined) ?? {}) as Record<string, JsonSchema>;
      t.schema.properties = props;
      for (const [k, v] of Object.entries(c.add ?? {})) props[k] = structuredClone(v);
      for (const k of c.remove ?? []) delete props[k];
      if (c.required) t.schema.required = [...c.required];
      if (c.ignore) t.owner.ignore.push(...c.ignore);
      if (c.oneOf) t.owner.oneOf = [...c.oneOf];
    }
  }
  for (const e of Object.values(out)) {
    nullableOptional(e.schema);
    const items = (e.schema.properties as Record<string, JsonSchema> | undefined)?.data?.items as JsonSchema | undefined;
    if (items) nullableOptional(items);
  }
  return out;
}
