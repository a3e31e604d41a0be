/**
 * Coolify's own value rules (Coolify 4.3.11), rewritten as predicates. Each returns a short
 * reason when Coolify would reject (or rewrite) the value, `undefined` when it accepts it.
 * Sources are in app/Support/ValidationPatterns.php (VP) and bootstrap/helpers/shared.php.
 * Pure: no I/O.
 */
import { DESCRIPTION_MAX_LENGTH } from '../model/resource.js';

/** VP:13 NAME_PATTERN, used by nameRules() (VP:418-433: min 3, max 255). */
export const NAME_PATTERN = /^[\p{L}\p{M}\p{N}\s\-_.@/&()#,:+]+$/u;
/** VP:18 DESCRIPTION_PATTERN, used by descriptionRules() (VP:438-453: max 255). */
export const DESCRIPTION_PATTERN = /^[\p{L}\p{M}\p{N}\s\-_.,!?()'"+=*@/&]+$/u;
/** VP:24 FILE_PATH_PATTERN (filePathRules(), VP:480-483: max 255). */
export const FILE_PATH_PATTERN = /^\/[a-zA-Z0-9._\-/~@+]+$/;
/** VP:30 DIRECTORY_PATH_PATTERN (directoryPathRules(), VP:496-499: max 255). */
export const DIRECTORY_PATH_PATTERN = /^\/([a-zA-Z0-9._\-/~@+]*)?$/;
/** VP:36 DOCKER_TARGET_PATTERN (dockerTargetRules(), VP:504-507: max 128). */
export const DOCKER_TARGET_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
/** VP:75 SHELL_SAFE_COMMAND_PATTERN (shellSafeCommandRules(), VP:512-515: max 1000). */
export const SHELL_SAFE_COMMAND_PATTERN = /^(?:[ \t]+|&&|\|\||"[^"$`\\\n\r]*"|'[^'\n\r]*'|[a-zA-Z0-9._\-/=:@,+[\]{}#%^~*?!]+)+$/;
/** VP:82 VOLUME_NAME_PATTERN (persistent storage `name`, ApplicationsController.php:4855). */
export const VOLUME_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
/** VP:104 S3_BUCKET_NAME_PATTERN (plus the checks of isValidS3BucketName(), VP:197-209). */
export const S3_BUCKET_NAME_PATTERN = /^(?=.{3,63}$)[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
/** VP:110 ENVIRONMENT_VARIABLE_KEY_PATTERN (environmentVariableKeyRules(), max 255). */
export const ENVIRONMENT_VARIABLE_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_.]*$/u;
/** VP:116 APPLICATION_DOMAIN_FORBIDDEN_PATTERN (validateApplicationDomains(), VP:542-579). */
export const APPLICATION_DOMAIN_FORBIDDEN_PATTERN = /[`$;&|<>()\\\r\n]/;
/** VP:137 DOCKER_IMAGE_NAME_PATTERN (dockerImageNameRules(), VP:228-243: max 255). */
export const DOCKER_IMAGE_NAME_PATTERN =
  /^(?=.{1,255}$)(?:(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?:@sha256)?$/;
/** VP:146 DOCKER_IMAGE_TAG_PATTERN (dockerImageTagRules(), VP:248-265: max 128). */
export const DOCKER_IMAGE_TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** A digest pin as written in the manifest (`name@sha256:<64 hex>`); only the hex part is sent as the tag. */
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
/** `health_check_path` rule (bootstrap/helpers/api.php:167). */
export const HEALTH_CHECK_PATH_PATTERN = /^[a-zA-Z0-9/\-_.~%,;]+$/;
/** `health_check_host` rule (bootstrap/helpers/api.php:169). */
export const HEALTH_CHECK_HOST_PATTERN = /^[a-zA-Z0-9.\-_]+$/;

/** nameRules() on a project, environment or S3 storage name (VP:418-433). */
export function checkCoolifyName(name: string): string | undefined {
  if (name.length < 3) return 'Coolify needs at least 3 characters';
  if (name.length > 255) return 'Coolify allows at most 255 characters';
  if (!NAME_PATTERN.test(name)) return 'Coolify names may only contain letters, digits, spaces and - _ . / @ & ( ) # , : +';
  return undefined;
}

/**
 * descriptionRules() on the full description Coolify receives (VP:438-453): the pattern, and
 * max 255 characters counting the ownership marker suffix (`markerLength`, with its space).
 */
export function checkCoolifyDescription(text: string, markerLength = 0): string | undefined {
  if (text !== '' && !DESCRIPTION_PATTERN.test(text)) {
    const bad = [...new Set([...text].filter((c) => !DESCRIPTION_PATTERN.test(c)))].map((c) => (c === '\n' ? '\\n' : c));
    return `Coolify descriptions may not contain ${bad.map((c) => `\`${c}\``).join(' ')}`;
  }
  return checkDescriptionLength(text, markerLength);
}

/** The 255-character max of a description, counting the marker this tool appends. */
export function checkDescriptionLength(text: string, markerLength: number): string | undefined {
  const total = text.length + markerLength;
  if (total > DESCRIPTION_MAX_LENGTH) {
    return `with the ownership marker it is ${total} characters; Coolify allows at most ${DESCRIPTION_MAX_LENGTH}`;
  }
  return undefined;
}

/**
 * What Coolify stores for an environment name (app/Models/Environment.php:143-146, through
 * app/Traits/HasSafeStringAttribute.php:10-14): tags stripped, then trimmed, lower-cased and
 * `/` turned into `-`.
 */
export function storedEnvironmentName(name: string): string {
  return stripTags(name).toLowerCase().trim().replace(/\//g, '-');
}

/**
 * A rough `strip_tags()` (app/Traits/HasSafeStringAttribute.php:12,22): drops a `<` not followed
 * by a blank, up to the next `>` (or the end). Checked against Coolify 4.3.11: `a <b>bold</b> c`
 * → `a bold c`, `x < y and y > z` unchanged, `a<b` → `a`. Values that pass NAME_PATTERN /
 * DESCRIPTION_PATTERN contain no `<`, so it only matters for fields without a pattern
 * (application, database and service descriptions).
 */
export function stripTags(text: string): string {
  return text.replace(/<(?!\s)[^>]*>?/g, '');
}

/** DOCKER_IMAGE_NAME_PATTERN on the repository part of an image reference. */
export function checkImageName(name: string): string | undefined {
  if (name.length > 255) return 'Coolify allows image names of at most 255 characters';
  if (!DOCKER_IMAGE_NAME_PATTERN.test(name)) return 'Coolify needs a lower-case repository such as `ghcr.io/org/app` (no upper case, spaces or shell characters)';
  return undefined;
}

/** dockerImageTagRules() on the tag; a `sha256:<64 hex>` digest is accepted (its hex part is sent). */
export function checkImageTag(tag: string): string | undefined {
  if (tag.startsWith('sha256:')) return DIGEST_PATTERN.test(tag) ? undefined : 'a digest must be `sha256:` followed by 64 lower-case hex digits';
  if (!DOCKER_IMAGE_TAG_PATTERN.test(tag)) return 'Coolify tags are 1-128 letters, digits, `_`, `.` or `-`, not starting with `.` or `-`';
  return undefined;
}

/** filePathRules() (VP:480-483). */
export function checkFilePath(p: string): string | undefined {
  if (p.length > 255) return 'Coolify allows at most 255 characters';
  if (!FILE_PATH_PATTERN.test(p)) return 'Coolify needs a path starting with `/` of letters, digits and . _ - / ~ @ +';
  return undefined;
}

/** directoryPathRules() (VP:496-499). */
export function checkDirectoryPath(p: string): string | undefined {
  if (p.length > 255) return 'Coolify allows at most 255 characters';
  if (!DIRECTORY_PATH_PATTERN.test(p)) return 'Coolify needs a directory starting with `/` of letters, digits and . _ - / ~ @ +';
  return undefined;
}

/** dockerTargetRules() (VP:504-507). */
export function checkDockerTarget(t: string): string | undefined {
  if (t.length > 128 || !DOCKER_TARGET_PATTERN.test(t)) return 'Coolify needs a build stage name of letters, digits, `.`, `_` or `-` (at most 128), starting with a letter or digit';
  return undefined;
}

/** shellSafeCommandRules() (VP:512-515). */
export function checkShellSafeCommand(c: string, max = 1000): string | undefined {
  if (c.length > max) return `Coolify allows at most ${max} characters`;
  if (!SHELL_SAFE_COMMAND_PATTERN.test(c)) return 'Coolify refuses ; $ ` ( ) < > \\ | or a lone & outside quotes, and $ ` \\ inside double quotes';
  return undefined;
}

/** environmentVariableKeyRules() (VP:155-170), after the trim of normalizeEnvironmentVariableKey(). */
export function checkEnvKey(key: string): string | undefined {
  const k = key.trim();
  if (k.length > 255) return 'Coolify allows keys of at most 255 characters';
  if (!ENVIRONMENT_VARIABLE_KEY_PATTERN.test(k)) return 'Coolify keys start with a letter or `_` and contain only letters, digits, `_` and `.`';
  return undefined;
}

/** The forbidden-character part of validateApplicationDomains() (VP:554-558). */
export function checkDomainCharacters(url: string): string | undefined {
  const m = APPLICATION_DOMAIN_FORBIDDEN_PATTERN.exec(url);
  return m ? `Coolify refuses \`${m[0]}\` in a URL` : undefined;
}

/** isValidS3BucketName() (VP:197-209). */
export function checkBucketName(bucket: string): string | undefined {
  const rule = 'Coolify needs 3-63 lower-case letters, digits, `.` or `-`, starting and ending with a letter or digit';
  if (!S3_BUCKET_NAME_PATTERN.test(bucket)) return rule;
  if (bucket.includes('..') || bucket.includes('.-') || bucket.includes('-.')) return 'Coolify refuses `..`, `.-` and `-.` in a bucket name';
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(bucket) && bucket.split('.').every((o) => Number(o) <= 255 && (o === '0' || !o.startsWith('0')))) {
    return 'Coolify refuses a bucket name in IP address format';
  }
  return undefined;
}

/** validateShellSafePath() (bootstrap/helpers/shared.php:136-163): the characters it refuses. */
export function checkShellSafePath(p: string): string | undefined {
  for (const c of ['`', '$(', '${', '|', '&', ';', '\n', '\r', '\t', '>', '<']) {
    if (p.includes(c)) return `Coolify refuses \`${JSON.stringify(c).slice(1, -1)}\` in a mount path`;
  }
  return undefined;
}

/** validateFileMountPath() (bootstrap/helpers/shared.php:244-273): shell-safe, no `\`, no `.`/`..` segments. */
export function checkFileMountPath(p: string): string | undefined {
  const shell = checkShellSafePath(p);
  if (shell) return shell;
  if (p.includes('\0')) return 'Coolify refuses a null byte in a file mount path';
  if (p.includes('\\')) return 'Coolify refuses `\\` in a file mount path';
  if (p.split('/').some((s) => s === '.' || s === '..')) return 'Coolify refuses `.` and `..` segments in a file mount path';
  return undefined;
}
