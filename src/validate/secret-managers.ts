/**
 * The checks of secret managers (Coolify 4.4) the schema cannot express: an application's
 * `secretManager.use` must name an entry of the top-level `secretManagers:` (Coolify cannot list
 * its integration tokens, so an undeclared one cannot be found: ADO541), and the keys of both
 * must fit the provider (ADO542), as Coolify's rules by provider say:
 * IntegrationTokensController.php:62-70 (store: Doppler tokens `dp.st.`/`dp.sa.`, Infisical
 * `metadata.base_url` and `metadata.client_id`, Vault `metadata.base_url` and optional
 * `metadata.namespace`) and ApplicationSecretManagerController.php:76-93 (update: Doppler
 * `project`/`config` for a service account token, Infisical `project_id` and `environment`
 * with an optional `secret_path`, Vault `mount` and `path`). Pure.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { joinPointer } from '../manifest/pointer.js';
import { entriesOf, isObject, type PlacedEntry } from '../manifest/structure.js';

/** Per provider: the declaration keys it needs and takes, the application settings it needs and takes. */
const PROVIDER_KEYS: Readonly<Record<string, { needs: string[]; takes: string[]; settingsNeed: string[]; settingsTake: string[] }>> = {
  // Doppler's project/config are required only with a service account token (`dp.sa.`), which
  // a plan cannot tell from the secret: Coolify's 422 says it then.
  doppler: { needs: [], takes: [], settingsNeed: [], settingsTake: ['project', 'config'] },
  infisical: { needs: ['baseUrl', 'clientId'], takes: ['baseUrl', 'clientId'], settingsNeed: ['projectId', 'environment'], settingsTake: ['projectId', 'environment', 'secretPath'] },
  vault: { needs: ['baseUrl'], takes: ['baseUrl', 'namespace'], settingsNeed: ['mount', 'path'], settingsTake: ['mount', 'path'] },
};
const DECL_KEYS = ['baseUrl', 'clientId', 'namespace'];
const SETTING_KEYS = ['project', 'config', 'projectId', 'environment', 'secretPath', 'mount', 'path'];

const list = (keys: readonly string[]): string => keys.map((k) => `\`${k}\``).join(', ');

/** ADO541 and ADO542 diagnostics of the document's secret managers and the applications using them. */
export function checkSecretManagers(doc: unknown, placed: readonly PlacedEntry[], locate: (pointer: string) => SourceLocation | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (info: (typeof CODES)[keyof typeof CODES], message: string, pointer: string, hint?: string): void => {
    out.push(makeDiagnostic(info, message, { path: pointer, source: locate(pointer), ...(hint ? { hint } : {}) }));
  };
  const declared = new Map<string, string | undefined>();
  for (const [name, sm] of entriesOf(isObject(doc) ? doc.secretManagers : undefined)) {
    const provider = isObject(sm) && typeof sm.provider === 'string' ? sm.provider : undefined;
    declared.set(name, provider);
    const keys = provider ? PROVIDER_KEYS[provider] : undefined;
    if (!keys || !isObject(sm)) continue;
    const at = joinPointer('/secretManagers', name);
    for (const k of keys.needs) if (sm[k] === undefined) add(CODES.SECRET_MANAGER_SETTINGS, `a ${provider} secret manager needs \`${k}\``, at, `a ${provider} secret manager takes ${list(keys.takes)}`);
    for (const k of DECL_KEYS) {
      if (sm[k] !== undefined && !keys.takes.includes(k)) add(CODES.SECRET_MANAGER_SETTINGS, `a ${provider} secret manager takes no \`${k}\``, joinPointer(at, k), keys.takes.length > 0 ? `it takes ${list(keys.takes)}` : undefined);
    }
  }
  for (const entry of placed) {
    // Only applications take `secretManager:` (the schema refuses it elsewhere).
    if (!isObject(entry.spec) || !isObject(entry.spec.secretManager)) continue;
    const sm = entry.spec.secretManager;
    const at = joinPointer(entry.pointer, 'secretManager');
    if (typeof sm.use !== 'string') continue;
    if (!declared.has(sm.use)) {
      const suggestion = didYouMean(sm.use, [...declared.keys()]);
      add(
        CODES.UNKNOWN_SECRET_MANAGER,
        `secretManager.use names \`${sm.use}\`, which the top-level \`secretManagers:\` does not declare`,
        joinPointer(at, 'use'),
        suggestion ?? 'declare it under `secretManagers:` (Coolify cannot list its secret manager tokens, so only a declared one can be used)',
      );
      continue;
    }
    const provider = declared.get(sm.use);
    const keys = provider ? PROVIDER_KEYS[provider] : undefined;
    if (!keys) continue;
    for (const k of keys.settingsNeed) if (sm[k] === undefined) add(CODES.SECRET_MANAGER_SETTINGS, `an application using the ${provider} secret manager \`${sm.use}\` needs secretManager.${k}`, at, `${provider} takes ${list(keys.settingsTake)}`);
    for (const k of SETTING_KEYS) {
      if (sm[k] !== undefined && !keys.settingsTake.includes(k)) add(CODES.SECRET_MANAGER_SETTINGS, `the ${provider} secret manager \`${sm.use}\` takes no secretManager.${k}`, joinPointer(at, k), `${provider} takes ${list(keys.settingsTake)}`);
    }
  }
  return out;
}
