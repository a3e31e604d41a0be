import type { DesiredResource } from '../model/resource.js';
import { AdoError } from '../errors.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { globToRegExp, type IgnoreRule } from '../engine/drift.js';
import { specFor } from '../kinds/registry.js';
import { ignorablePaths, isEnvPath } from '../validate/ignore-changes.js';
import { CODES } from '../model/diagnostic-codes.js';

/**
 * Checks `drift --ignore ADDR.FIELD` rules against the manifest: the address (or glob) must
 * match a declared resource, and a field without `*` must be one `ignoreChanges` accepts for
 * it. A typo would otherwise ignore nothing, silently.
 */
export function checkIgnoreRules(rules: readonly IgnoreRule[], resources: readonly Pick<DesiredResource, 'address' | 'kind'>[]): void {
  for (const rule of rules) {
    const text = `${rule.address}.${rule.field}`;
    const re = globToRegExp(rule.address);
    const matched = resources.filter((r) => re.test(r.address));
    if (matched.length === 0) {
      throw new AdoError(CODES.BAD_ARGUMENT.code, `--ignore ${text}: \`${rule.address}\` matches no resource of the manifest`, {
        hint: didYouMean(rule.address, resources.map((r) => r.address)) ?? 'addresses look like PROJECT/ENV/KIND/NAME, e.g. shop/production/application/web',
      });
    }
    if (rule.field.includes('*') || isEnvPath(rule.field)) continue;
    const fields = new Set(matched.flatMap((r) => [...ignorablePaths(specFor(r.kind))]));
    if (!fields.has(rule.field)) {
      throw new AdoError(CODES.BAD_ARGUMENT.code, `--ignore ${text}: \`${rule.field}\` is not a field of ${matched.length === 1 ? matched[0]!.address : `the ${matched.length} resources it matches`}`, {
        hint: didYouMean(rule.field, [...fields].filter((f) => !f.includes('_'))) ?? 'fields are manifest paths such as `image`, `limits.memory` or `env.KEY`',
      });
    }
  }
}
