/**
 * Defaults applied while lowering placed resources: server/destination placement, tags,
 * protection and `ignoreChanges` translated to wire paths.
 */
import type { DesiredResource } from '../model/resource.js';
import type { Defaults, PlacedResourceCommon, Resolved } from '../manifest/types.js';
import type { KindSpec } from './spec.js';
import { asPlain, PREVIEW_ENV_SUFFIX } from './lower-helpers.js';

/** Applies manifest defaults to a placed resource. Built once per lowering run. */
export interface DefaultsContext {
  /** Sets placement, tags, protect and ignoreChanges from the entry and `defaults`. */
  place(resource: DesiredResource, entry: Resolved<PlacedResourceCommon>): void;
}

/**
 * Translates manifest `ignoreChanges` paths to wire paths using the kind's labels:
 * `image` → both image fields, `healthCheck` → every `health_check_*`, `env.KEY` stays,
 * `env` → `env.*`, `previews.env.KEY` → `env.KEY#preview`. Wire names are accepted as-is.
 */
export function translateIgnoreChanges(spec: KindSpec, paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    if (p === 'env' || p === 'sharedEnv') {
      out.add(`${p}.*`);
      continue;
    }
    if (p.startsWith('env.') || p.startsWith('sharedEnv.')) {
      out.add(p);
      continue;
    }
    if (p === 'previews.env') {
      out.add('env.*');
      continue;
    }
    if (p.startsWith('previews.env.')) {
      out.add(`env.${p.slice('previews.env.'.length)}${PREVIEW_ENV_SUFFIX}`);
      continue;
    }
    let matched = false;
    for (const f of spec.fields) {
      if (f.path === p || f.label === p || f.label.startsWith(p + '.')) {
        out.add(f.path);
        matched = true;
      }
    }
    if (!matched) out.add(p);
  }
  return [...out].sort();
}

/** Creates the defaults context for one manifest. */
export function createDefaultsContext(defaults: Resolved<Defaults> | undefined, spec: (kind: DesiredResource['kind']) => KindSpec): DefaultsContext {
  const defaultTags = (defaults?.tags ?? []).map((t) => asPlain(t) ?? '').filter((t) => t !== '');
  return {
    place(resource, entry) {
      const server = asPlain(entry.server) ?? asPlain(defaults?.server);
      const destination = asPlain(entry.destination) ?? asPlain(defaults?.destination);
      if (server !== undefined) {
        resource.placement = destination !== undefined ? { server, destination } : { server };
      }
      const own = (entry.tags ?? []).map((t) => asPlain(t) ?? '').filter((t) => t !== '');
      const tags = [...new Set([...defaultTags, ...own].map((t) => t.toLowerCase()))].sort();
      if (tags.length > 0) resource.tags = tags;
      resource.protect = entry.protect ?? false;
      resource.ignoreChanges = translateIgnoreChanges(spec(resource.kind), (entry.ignoreChanges ?? []).map((p) => asPlain(p) ?? ''));
      if (entry.envPolicy === 'exact') resource.envPolicy = 'exact';
    },
  };
}
