/**
 * Docker image name/tag rules and normalisation of dockerimage applications, as Coolify 4.3.11
 * applies them (checked against a real 4.3.11 instance).
 */
import { validationFailed } from '../api-error.js';

// app/Support/ValidationPatterns.php:138 DOCKER_IMAGE_NAME_PATTERN (repository, optional
// registry host[:port], optional `@sha256` suffix; no tag).
const IMAGE_NAME_RE =
  /^(?=.{1,255}$)(?:(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?:@sha256)?$/;
// app/Support/ValidationPatterns.php:146 DOCKER_IMAGE_TAG_PATTERN: no `:`, at most 128 characters.
const IMAGE_TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST_REF_RE = /^(.+)@sha256:([a-f0-9]{64})$/i;
const SHA256_RE = /^[a-f0-9]{64}$/i;

const TAG_INVALID = 'The docker registry image tag field format is invalid.';
const NAME_INVALID = 'The docker registry image name field format is invalid.';
const FORMAT_INVALID = 'The docker registry image name format is invalid. Use image:tag or image@sha256:hash format.';

/**
 * 422 unless the tag matches the tag pattern (nullable): create uses
 * ValidationPatterns::dockerImageTagRules() (ApplicationsController.php:2180), PATCH the same rule
 * through sharedDataApplications() (bootstrap/helpers/api.php:155).
 */
function checkTag(tag: unknown): void {
  if (tag === undefined || tag === null) return;
  if (typeof tag !== 'string' || tag.length > 128 || !IMAGE_TAG_RE.test(tag)) {
    throw validationFailed({ docker_registry_image_tag: [TAG_INVALID] });
  }
}

/**
 * Create: the name goes through app/Rules/DockerImageFormat.php (ApplicationsController.php:2179):
 * `:sha256:` is refused, `name@sha256:<64 hex>` and `name[:tag]` are accepted when both parts
 * match the name and tag patterns.
 */
function checkCreateName(name: string): void {
  if (/:sha256?:/i.test(name)) {
    throw validationFailed({ docker_registry_image_name: ['The docker registry image name must use @ before sha256 digest (e.g., image@sha256:hash, not image:sha256:hash).'] });
  }
  let repo = name;
  let tag: string | null = null;
  const digest = DIGEST_REF_RE.exec(name);
  if (digest) repo = digest[1] ?? '';
  else {
    const colon = name.lastIndexOf(':');
    if (colon >= 0 && colon > name.lastIndexOf('/')) {
      repo = name.slice(0, colon);
      tag = name.slice(colon + 1);
    }
  }
  if (!IMAGE_NAME_RE.test(repo) || (tag !== null && !IMAGE_TAG_RE.test(tag))) {
    throw validationFailed({ docker_registry_image_name: [FORMAT_INVALID] });
  }
}

/**
 * Validates the image fields of a dockerimage create or PATCH body (422 like Coolify). PATCH
 * checks the name with ValidationPatterns::dockerImageNameRules() (bootstrap/helpers/api.php:154).
 */
export function checkImageFields(body: Record<string, unknown>, mode: 'create' | 'update'): void {
  const name = body.docker_registry_image_name;
  if (typeof name === 'string') {
    if (mode === 'create') checkCreateName(name);
    else if (!IMAGE_NAME_RE.test(name)) throw validationFailed({ docker_registry_image_name: [NAME_INVALID] });
  }
  checkTag(body.docker_registry_image_tag);
}

/**
 * What create stores: `name[:tag]` parsed by app/Services/DockerImageParser.php:16-52; a sha256
 * digest (as `@sha256:<hex>` or as a bare 64-hex tag) becomes name `<name>@sha256` and tag
 * `<hex>` (ApplicationsController.php:2199-2224); no tag means `latest`.
 */
export function parseImageOnCreate(name: string, tag: unknown): { name: string; tag: string } {
  const ref = typeof tag === 'string' && tag !== '' ? `${name}:${tag}` : name;
  let main = ref;
  let outTag = 'latest';
  let isHash = false;
  const digest = DIGEST_REF_RE.exec(ref);
  if (digest) {
    main = digest[1] ?? '';
    outTag = digest[2] ?? '';
    isHash = true;
  } else {
    const colon = ref.lastIndexOf(':');
    if (colon >= 0 && (!ref.includes('/') || colon > ref.lastIndexOf('/'))) {
      main = ref.slice(0, colon);
      outTag = ref.slice(colon + 1);
      isHash = SHA256_RE.test(outTag);
    }
  }
  // ApplicationsController.php:2218-2221: append `@sha256` once.
  if (isHash && !main.endsWith('@sha256')) main = `${main}@sha256`;
  return { name: main, tag: outTag };
}
