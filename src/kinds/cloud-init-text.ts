/**
 * Coolify's check of a cloud-init script's text (app/Rules/ValidCloudInitYaml.php, 4.3.11),
 * used by the manifest check (validate/cloud-servers.ts) and the sandbox: an empty text passes
 * (the `required` rule refuses it where it is required), a text starting with `#!` is a bash
 * script and passes unread, a `#cloud-config` text must be YAML after its header, and any other
 * text must be YAML. Coolify parses with Symfony's YAML parser; this one uses the `yaml`
 * package, which agrees on what is YAML for ordinary cloud-config (assumed for the exotic rest).
 */
import { parseDocument } from 'yaml';

/** Why Coolify refuses the text as a cloud-init script (its message, `:attribute` as `script`), or undefined. */
export function cloudInitProblem(text: string, attribute = 'script'): string | undefined {
  // ValidCloudInitYaml.php:21-23: empty passes; :25 trims.
  const script = text.trim();
  if (script === '') return undefined;
  // :28-30: a bash script is not parsed.
  if (script.startsWith('#!')) return undefined;
  // :33-42: the first `#cloud-config` header (and the whitespace after it) removed, then parsed.
  if (script.startsWith('#cloud-config')) {
    const error = yamlError(script.replace(/^#cloud-config\s*/m, ''));
    return error === undefined ? undefined : `The ${attribute} must be valid YAML format. Error: ${error}`;
  }
  // :47-52
  const error = yamlError(script);
  return error === undefined ? undefined : `The ${attribute} must be either a valid bash script (starting with #!) or valid cloud-config YAML. YAML parse error: ${error}`;
}

function yamlError(text: string): string | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  return doc.errors[0]?.message.split('\n')[0];
}
