import { describe, expect, it } from 'vitest';
import { renderDriftHuman, renderDriftMarkdown } from '../../src/render/drift.js';
import { renderPlanHuman } from '../../src/render/human.js';
import { renderPlanJson } from '../../src/render/json.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { FIXTURES, huge } from './fixtures/plans.js';
import { expectGolden } from './golden.js';
import { ADO_IMPACT_FIXTURES } from './fixtures/ado-stack.js';
import { CANARY } from '../plan/fixtures.js';

const MERMAID = `graph LR
  pg["ado/production/database/postgres"] --> api["ado/production/application/api-gateway"]
  redis["ado/production/database/redis"] --> api`;

describe.each(Object.entries(FIXTURES))('golden: %s', (name, build) => {
  it('human, no colour', () => expectGolden(`${name}.human.txt`, renderPlanHuman(build(), { color: false })));
  it('human, colour', () => expectGolden(`${name}.human-color.txt`, renderPlanHuman(build(), { color: true })));
  it('human, verbose', () => expectGolden(`${name}.human-verbose.txt`, renderPlanHuman(build(), { color: false, verbose: true })));
  it('markdown', () =>
    expectGolden(`${name}.md`, renderPlanMarkdown(build(), name === 'all-creates' ? { mermaid: MERMAID } : {})));
  it('json', () => expectGolden(`${name}.json`, renderPlanJson(build())));
  it('drift, human', () => expectGolden(`${name}.drift.txt`, renderDriftHuman(build(), { color: false })));
  it('drift, markdown', () => expectGolden(`${name}.drift.md`, renderDriftMarkdown(build())));
});

describe('golden: huge', () => {
  // Human and JSON output of 2,000 resources would be megabytes of golden text; the huge plan's
  // human/JSON behaviour is covered by property tests in human.test.ts and json.test.ts.
  it('markdown (truncated)', () => expectGolden('huge.md', renderPlanMarkdown(huge())));
  it('drift markdown (truncated)', () => expectGolden('huge.drift.md', renderDriftMarkdown(huge())));
});

// Issue 18: the impact summary at the top of the plans of the repository's ADO stack, in the
// three formats (the rest of each plan comes along, built by buildPlan).
describe.each(Object.entries(ADO_IMPACT_FIXTURES))('golden impact: %s', (name, build) => {
  it('human', () => expectGolden(`${name}.human.txt`, renderPlanHuman(build(), { color: false })));
  it('markdown', () => expectGolden(`${name}.md`, renderPlanMarkdown(build())));
  it('json', () => expectGolden(`${name}.json`, renderPlanJson(build())));
  it('no secret in any format', () => {
    const p = build();
    for (const out of [renderPlanHuman(p, { color: false }), renderPlanMarkdown(p), renderPlanJson(p)]) expect(out).not.toContain(CANARY);
  });
});
