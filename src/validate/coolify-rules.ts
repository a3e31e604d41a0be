/**
 * Coolify's own validation rules applied to the manifest at validate time (ADO4xx), so the
 * user meets a located error instead of a Coolify 422 during apply. Runs on the document after
 * vars/env expansion; values still holding `${…}` (resource references, secrets) are only
 * known at apply time and are skipped. Pure; never throws.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { PlacedKind } from '../model/address.js';
import { ownershipMarker } from '../model/resource.js';
import { CODES, type CodeInfo } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { joinPointer } from '../manifest/pointer.js';
import { entriesOf, isObject, listEnvironments, listPlaced, type PlainObject } from '../manifest/structure.js';
import { splitImage } from '../kinds/normalize.js';
import { specFor } from '../kinds/registry.js';
import {
  checkBucketName,
  checkCoolifyDescription,
  checkCoolifyName,
  checkDescriptionLength,
  checkDirectoryPath,
  checkEnvKey,
  checkFileMountPath,
  checkImageName,
  checkImageTag,
  checkShellSafeCommand,
  HEALTH_CHECK_HOST_PATTERN,
  HEALTH_CHECK_PATH_PATTERN,
  storedEnvironmentName,
  stripTags,
} from './coolify-patterns.js';

/** Inputs: the expanded document and the locators of keys and values. */
export interface CoolifyRuleInputs {
  doc: unknown;
  locate: (pointer: string) => SourceLocation | undefined;
  locateValue: (pointer: string) => SourceLocation | undefined;
}

const known = (v: unknown): v is string => typeof v === 'string' && !v.includes('${');

/** Length of the marker suffix (with its leading space) this tool appends to a description. */
function markerLength(spec: PlainObject): number {
  return 1 + ownershipMarker(spec.protect === true).length;
}

/** Runs every ADO4xx check. */
export function runCoolifyRules({ doc, locate, locateValue }: CoolifyRuleInputs): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (info: CodeInfo, message: string, pointer: string, hint: string, atKey = false): void => {
    out.push(makeDiagnostic(info, message, { path: pointer, source: atKey ? locate(pointer) : locateValue(pointer), hint }));
  };
  if (!isObject(doc)) return out;

  // Projects, environments and S3 storages: descriptionRules() (ProjectController.php:250,369,769;
  // S3StoragesController.php:278,392) on the description with the marker.
  const patterned = (spec: PlainObject, pointer: string, what: string): void => {
    if (!known(spec.description)) return;
    const problem = checkCoolifyDescription(spec.description, markerLength(spec));
    if (problem) add(CODES.COOLIFY_DESCRIPTION, `${what} description: ${problem}`, joinPointer(pointer, 'description'), DESCRIPTION_HINT);
  };
  for (const [project, p] of entriesOf(doc.projects)) {
    if (isObject(p)) patterned(p, joinPointer('/projects', project), `project \`${project}\``);
  }
  for (const env of listEnvironments(doc)) {
    patterned(env.spec, env.pointer, `environment \`${env.environment}\``);
    // Environment.php:143-146 customizeName(): Coolify stores another name, so the live
    // environment would never match and a second apply hits the unique index (500).
    const stored = storedEnvironmentName(env.environment);
    if (stored !== env.environment && stored.length > 0) {
      add(
        CODES.COOLIFY_ENV_NAME_REWRITTEN,
        `Coolify stores environment \`${env.environment}\` as \`${stored}\` (lower case, \`/\` becomes \`-\`)`,
        env.pointer,
        `Coolify stores environment names lower-case: write \`${stored}\``,
        true,
      );
    }
  }
  for (const [name, s3] of entriesOf(doc.s3Storages)) {
    const pointer = joinPointer('/s3Storages', name);
    if (!isObject(s3)) continue;
    patterned(s3, pointer, `S3 storage \`${name}\``);
    // S3StoragesController.php:277 nameRules(): at least 3 characters.
    const nameProblem = checkCoolifyName(name);
    if (nameProblem) add(CODES.COOLIFY_NAME, `S3 storage name \`${name}\`: ${nameProblem}`, pointer, 'rename it to at least 3 characters, e.g. `backups`', true);
    // S3StoragesController.php:280 ValidS3BucketName (ValidationPatterns.php:197-209).
    if (known(s3.bucket)) {
      const problem = checkBucketName(s3.bucket);
      if (problem) add(CODES.COOLIFY_BUCKET, `bucket \`${s3.bucket}\`: ${problem}`, joinPointer(pointer, 'bucket'), 'use the bucket name as S3 knows it, e.g. `ado-backups`');
    }
  }

  for (const entry of listPlaced(doc)) {
    const spec = entry.spec;
    if (!isObject(spec)) continue;
    // Apps and databases keep descriptions in varchar(255) columns, services in longText (KindSpec).
    if (known(spec.description)) {
      const at = joinPointer(entry.pointer, 'description');
      const problem = specFor(entry.kind).descriptionHasLengthLimit ? checkDescriptionLength(spec.description, markerLength(spec)) : undefined;
      if (problem) add(CODES.COOLIFY_DESCRIPTION, `${entry.kind} \`${entry.name}\` description: ${problem}`, at, DESCRIPTION_HINT);
      // HasSafeStringAttribute::setDescriptionAttribute strip_tags(): Coolify would store
      // another text, and the plan would show the description changed forever.
      const stored = stripTags(spec.description);
      if (stored !== spec.description) {
        add(CODES.COOLIFY_DESCRIPTION, `${entry.kind} \`${entry.name}\` description: Coolify strips HTML tags and would store \`${stored}\``, at, 'remove the `<…>` tags (or put a blank after `<`)');
      }
    }
    checkEnvKeys(spec.env, joinPointer(entry.pointer, 'env'), add);
    PLACED_RULES[entry.kind]?.(spec, entry.pointer, add);
  }
  return out;
}

const DESCRIPTION_HINT =
  "use letters, digits, spaces and - _ . , ! ? ( ) ' \" + = * / @ & only, at most 255 characters with the ` (managed by ado-coolify)` marker";

type Add = (info: CodeInfo, message: string, pointer: string, hint: string, atKey?: boolean) => void;

/** environmentVariableKeyRules() max 255 (the pattern itself is in the schema, ADO106). */
function checkEnvKeys(env: unknown, pointer: string, add: Add): void {
  for (const [key] of entriesOf(env)) {
    if (key.length <= 255) continue;
    const problem = checkEnvKey(key);
    if (problem) add(CODES.COOLIFY_ENV_KEY, `env key \`${key.slice(0, 20)}…\`: ${problem}`, joinPointer(pointer, key), 'shorten the key', true);
  }
}

function checkApplication(spec: PlainObject, pointer: string, add: Add): void {
  // bootstrap/helpers/api.php:154-155 dockerImageNameRules() / dockerImageTagRules().
  if (known(spec.image)) {
    const { name, tag } = splitImage(spec.image.trim());
    const at = joinPointer(pointer, 'image');
    const nameProblem = checkImageName(name);
    if (nameProblem) add(CODES.COOLIFY_IMAGE, `image name \`${name}\`: ${nameProblem}`, at, `write the repository in lower case, e.g. \`${name.toLowerCase()}\``);
    if (tag !== undefined) {
      const tagProblem = checkImageTag(tag);
      if (tagProblem) add(CODES.COOLIFY_IMAGE, `image tag \`${tag}\`: ${tagProblem}`, at, 'use a tag such as `1.4.2` or a digest `@sha256:<64 hex>`');
    }
  }
  if (isObject(spec.git)) {
    const git = spec.git;
    const gp = (k: string): string => joinPointer(pointer, 'git', k);
    // bootstrap/helpers/api.php:162-163 directoryPathRules(), :197,199 filePathRules() (max 255),
    // :198 dockerTargetRules() (max 128): the schema holds the patterns (ADO106), so only the
    // lengths are checked here.
    for (const k of ['baseDirectory', 'publishDirectory', 'dockerfile', 'composeFile'] as const) {
      if (known(git[k]) && git[k].length > 255) add(CODES.COOLIFY_PATH, `git.${k}: Coolify allows at most 255 characters`, gp(k), 'shorten the path');
    }
    if (known(git.dockerfileTarget) && git.dockerfileTarget.length > 128) {
      add(CODES.COOLIFY_COMMAND, 'git.dockerfileTarget: Coolify allows at most 128 characters', gp('dockerfileTarget'), 'shorten the stage name');
    }
    // bootstrap/helpers/api.php:156-158 shellSafeCommandRules().
    for (const k of ['installCommand', 'buildCommand', 'startCommand'] as const) {
      if (!known(git[k])) continue;
      const problem = checkShellSafeCommand(git[k]);
      if (problem) add(CODES.COOLIFY_COMMAND, `git.${k}: ${problem}`, gp(k), 'put the command in a script in the repository and call it (e.g. `npm run build`), or join steps with `&&`');
    }
  }
  // Domains: validateApplicationDomains() (ValidationPatterns.php:542-579) refuses
  // APPLICATION_DOMAIN_FORBIDDEN_PATTERN characters; ADO304 (checkDomain) is stricter (bare
  // host names only), so there is no separate check here.
  // bootstrap/helpers/api.php:167,169 health_check_path / health_check_host patterns.
  if (isObject(spec.healthCheck)) {
    const hc = spec.healthCheck;
    if (known(hc.path) && !HEALTH_CHECK_PATH_PATTERN.test(hc.path)) {
      add(CODES.COOLIFY_HEALTH_CHECK, `health check path \`${hc.path}\`: Coolify allows only letters, digits and / - _ . ~ % , ;`, joinPointer(pointer, 'healthCheck', 'path'), 'use a plain path such as `/health` (no query string)');
    }
    if (known(hc.host) && !HEALTH_CHECK_HOST_PATTERN.test(hc.host)) {
      add(CODES.COOLIFY_HEALTH_CHECK, `health check host \`${hc.host}\`: Coolify allows only letters, digits, \`.\`, \`-\` and \`_\``, joinPointer(pointer, 'healthCheck', 'host'), 'use a host name such as `localhost`');
    }
  }
  // ApplicationsController.php:4857 host_path DIRECTORY_PATH_PATTERN; :4974 validateFileMountPath() for file storages.
  for (const [name, st] of entriesOf(spec.storages)) {
    if (!isObject(st)) continue;
    const sp = joinPointer(pointer, 'storages', name);
    if (known(st.hostPath)) {
      const problem = checkDirectoryPath(st.hostPath);
      if (problem) add(CODES.COOLIFY_PATH, `storage \`${name}\` hostPath \`${st.hostPath}\`: ${problem}`, joinPointer(sp, 'hostPath'), pathHint(st.hostPath));
    }
    if (st.type === 'file' && known(st.mountPath)) {
      const problem = checkFileMountPath(st.mountPath);
      if (problem) add(CODES.COOLIFY_PATH, `storage \`${name}\` mountPath \`${st.mountPath}\`: ${problem}`, joinPointer(sp, 'mountPath'), 'write a plain absolute path such as `/etc/app/config.yaml`');
    }
  }
}

/** The ADO4xx checks of each placed kind's own keys (a table: a new kind must say what it checks). */
const PLACED_RULES: Record<PlacedKind, ((spec: PlainObject, pointer: string, add: Add) => void) | null> = {
  application: checkApplication,
  database: null,
  service: null,
};

function pathHint(p: string): string {
  const fixed = `/${p.replace(/^\/+/, '')}`.replace(/[^a-zA-Z0-9._\-/~@+]/g, '-');
  return `write an absolute path such as \`${fixed}\``;
}
