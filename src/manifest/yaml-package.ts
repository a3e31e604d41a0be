import { createRequire } from 'node:module';

/** The `yaml` package's module, as its own type. */
export type YamlPackage = typeof import('yaml');

let loaded: YamlPackage | undefined;

/**
 * The `yaml` package, loaded the first time it is needed. Loading it takes about 40 ms, which
 * is most of a `validate` of a small manifest; the fast parse (`fast-parse.ts`) does not need
 * it, so a clean manifest never loads it. Synchronous (through `require`: the package is
 * CommonJS, so an `import` of it elsewhere shares the same instance).
 */
export function yamlPackage(): YamlPackage {
  loaded ??= createRequire(import.meta.url)('yaml') as YamlPackage;
  return loaded;
}
