/** The URLs of an environment's applications after `deploy` (pure). */
import { parseAddress } from '../../model/address.js';
import { maskSecretDomains } from '../../render/mask-domains.js';
import type { LiveState } from '../../model/resource.js';
import { specFor } from '../../kinds/registry.js';
import { terminalText } from '../../render/sanitize.js';

/** One application's URLs. */
export interface AppUrls {
  address: string;
  name: string;
  urls: string[];
}

/** Applications (the kinds with a `liveFqdn`) of the given projects (and environment) with their `fqdn`s, sorted by address. */
export function environmentUrls(live: LiveState, projects: readonly string[], environment?: string, secretValues: readonly string[] = []): AppUrls[] {
  const out: AppUrls[] = [];
  for (const r of live.resources) {
    const fqdnOf = specFor(r.kind).liveFqdn;
    if (!fqdnOf || !r.address) continue;
    const p = parseAddress(r.address);
    if (!p?.project || !projects.includes(p.project) || (environment && p.environment !== environment)) continue;
    out.push({ address: r.address, name: r.name, urls: maskSecretDomains(fqdnOf(r.fields), secretValues) });
  }
  return out.sort((a, b) => a.address.localeCompare(b.address));
}

/** The URL list `deploy` prints at the end; names and fqdns are live text, so each is `terminalText` (audit M4). */
export function renderDeployUrls(urls: readonly AppUrls[]): string {
  const withUrls = urls.filter((u) => u.urls.length > 0);
  if (withUrls.length === 0) return '\nNo application in scope has a domain.\n';
  return `\nURLs:\n${withUrls.map((u) => `  ${terminalText(u.name).padEnd(24)} ${u.urls.map(terminalText).join(', ')}\n`).join('')}`;
}
