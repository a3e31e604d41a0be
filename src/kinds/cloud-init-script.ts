/**
 * Team-level cloud-init scripts (Coolify `CloudInitScript`, CloudInitScriptsController of
 * 4.3.11): capability table and lowering. A script is a name and its text; Coolify keeps the
 * text encrypted (CloudInitScript.php casts `script` => encrypted) and shows it only to tokens
 * with `read:sensitive` (removeSensitiveData, CloudInitScriptsController.php:14-23): the text is
 * a secret here (redacted in every output, compared in memory; without read:sensitive, not
 * compared), since a script often carries credentials. The table has no description column
 * (2025_11_16_000002 migration), so no ownership marker: the `cloudInitScripts:` section
 * governs every script of the team (`markerless`). A server bought at a cloud provider names
 * one (`provision.cloudInitScript`); Coolify's create takes the text, not the script's uuid
 * (HetznerController.php:776), so the server's lowering copies it (kinds/server-provision.ts).
 */
import { teamAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { CloudInitScriptSpec, Resolved } from '../manifest/types.js';
import { NO_READS, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';

/** The cloud-init script capability table; the text is a secret, compared with read:sensitive. */
export const CLOUD_INIT_SCRIPT_SPEC: KindSpec = {
  kind: 'cloudInitScript',
  subtypeChange: 'replace',
  tags: false,
  // No description column (2025_11_16_000002_create_cloud_init_scripts_table.php): no marker.
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [],
  liveFqdn: null,
  fields: [
    // store/update: 'name' => required|string|max:255 (CloudInitScriptsController.php:94, :210).
    field('name', 'name', 'update'),
    // store/update: 'script' => required|string + ValidCloudInitYaml (:95, :211); PATCH takes it (:226).
    // Coolify encrypts it and hides it without read:sensitive, and a script often carries
    // credentials: a secret here (redacted in plans, compared in memory), whatever it references.
    field('script', 'script', 'update', { sensitive: true, multiline: true }),
  ],
  reads: NO_READS,
  // routes/api.php:131-135: index (:38-53), store (:79-123), show (:142-157), update (:186-236), destroy (:255-280)
  team: {
    collection: '/cloud-init-scripts',
    scope: 'withSection',
    lower: (name, entry) => lowerCloudInitScript(name, entry as Resolved<CloudInitScriptSpec>),
    // Coolify encrypts the text and hides it without read:sensitive: written as a placeholder,
    // its value only to the secrets file (a script often holds credentials).
    importEntry: (r, secret) => ({ script: secret('script', 'cloud-init script', typeof r.script === 'string' ? r.script : undefined) }),
    markerless: { protectedWhenDropped: false },
  },
};

/** Lowers one cloud-init script entry. */
export function lowerCloudInitScript(name: string, s: Resolved<CloudInitScriptSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, script: s.script };
  return { address: teamAddress('cloudInitScript', name), kind: 'cloudInitScript', name, fields, protect: s.protect ?? false, ignoreChanges: [] };
}
