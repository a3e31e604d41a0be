/**
 * Compose text compared as data. Coolify re-dumps a stored `docker_compose_raw` through
 * Symfony's YAML parser and dumper on create and on PATCH (bootstrap/helpers/parsers.php:2780-2797,
 * app/Http/Controllers/Api/ServicesController.php:1230), which drops comments, changes quoting
 * and flow style and turns empty lists and maps into `{  }`. Comparing parsed data makes those
 * rewrites equal while a real change of the data still differs.
 */
import { yamlPackage } from '../manifest/yaml-package.js';
import type { Normalizer } from './spec.js';
import { base64Text } from './normalize.js';

// parsers.php:2783-2793: `content`, `isDirectory` and `is_directory` are removed from every
// service's volume entries before the raw compose is stored, so they are never read back.
const STRIPPED_VOLUME_KEYS = ['content', 'isDirectory', 'is_directory'];

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? {} : value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = canonical(v);
    return out;
  }
  return value;
}

function stripVolumeContent(data: unknown): void {
  const services = (data as { services?: unknown } | null)?.services;
  if (services === null || typeof services !== 'object') return;
  for (const svc of Object.values(services as Record<string, unknown>)) {
    const volumes = (svc as { volumes?: unknown } | null)?.volumes;
    if (!Array.isArray(volumes)) continue;
    for (const v of volumes) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        for (const k of STRIPPED_VOLUME_KEYS) delete (v as Record<string, unknown>)[k];
      }
    }
  }
}

/**
 * Compose (plain or base64) as parsed data: maps, lists and scalars with YAML types kept
 * (`"8080"` ≠ `8080`), empty lists ≡ empty maps. Text that does not parse compares as text.
 */
export const composeData: Normalizer = (v) => {
  const textValue = base64Text(v);
  if (typeof textValue !== 'string') return textValue;
  let data: unknown;
  try {
    data = yamlPackage().parse(textValue, { merge: true, maxAliasCount: -1 });
  } catch {
    return textValue;
  }
  stripVolumeContent(data);
  return { compose: canonical(data) };
};
