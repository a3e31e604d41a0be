/**
 * The plan's impact summary (PlanImpact, src/plan/impact.ts) as sections of items, in words
 * shared by the terminal and the Markdown renderers: each prints them in its own markup.
 */
import type { ImpactActivation, PlanImpact, PlanJson } from '../model/plan.js';

/** One line of a section: about a resource, or about a domain of a resource. */
export interface ImpactItem {
  address: string;
  /** Set for a domain line: the domain, shown before its resource. */
  domain?: string;
  /** What happens, in words (empty for a domain line). */
  detail: string;
}

/** One category of the impact: a title with its count, then its items. */
export interface ImpactSection {
  title: string;
  items: ImpactItem[];
}

const DOWNTIME_WORDS: Record<ImpactActivation['downtime'], string> = {
  expected: 'downtime expected',
  'not-expected': 'no downtime expected',
  possible: 'may have downtime',
};

function activationDetail(a: ImpactActivation): string {
  return a.first ? a.why : `${DOWNTIME_WORDS[a.downtime]} (${a.why})`;
}

function activationTitle(name: string, list: readonly ImpactActivation[]): string {
  const down = list.filter((a) => a.downtime === 'expected').length;
  const maybe = list.filter((a) => a.downtime === 'possible').length;
  const notes = [...(down > 0 ? [`${down} with downtime expected`] : []), ...(maybe > 0 ? [`${maybe} may have downtime`] : [])];
  return `${name}: ${list.length}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * The plan's impact as sections, in a fixed order; empty categories are left out, and no
 * section at all when the impact names nothing or the plan has none (a 2.1 plan file).
 */
export function impactSections(plan: Pick<PlanJson, 'impact'>): ImpactSection[] {
  const impact: PlanImpact | undefined = plan.impact;
  if (impact === undefined) return [];
  const sections: ImpactSection[] = [];
  const add = (title: string, items: ImpactItem[]): void => {
    if (items.length > 0) sections.push({ title, items });
  };
  add(activationTitle('Deploys', impact.deploys), impact.deploys.map((a) => ({ address: a.address, detail: activationDetail(a) })));
  add(activationTitle('Restarts', impact.restarts), impact.restarts.map((a) => ({ address: a.address, detail: activationDetail(a) })));
  add(`Domains added: ${impact.domains.added.length}`, impact.domains.added.map((d) => ({ address: d.address, domain: d.domain, detail: '' })));
  add(`Domains removed: ${impact.domains.removed.length}`, impact.domains.removed.map((d) => ({ address: d.address, domain: d.domain, detail: '' })));
  add(
    `Made public or private: ${impact.exposure.length}`,
    impact.exposure.map((e) => ({ address: e.address, detail: `becomes ${e.to} (${e.field})` })),
  );
  add(
    `Deletions: ${impact.deletions.length}`,
    impact.deletions.map((d) => ({
      address: d.address,
      detail: `${d.kind} ${d.replaced ? 'replaced (deleted, then created)' : 'deleted'}${d.protect ? ', protected' : ''}`,
    })),
  );
  add(`Data affected: ${impact.data.length}`, impact.data.map((d) => ({ address: d.address, detail: d.field === null ? d.why : `${d.field}: ${d.why}` })));
  return sections;
}
