import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDependencyGraph } from '../../src/graph/dependency-graph.js';
import { renderDot, renderMermaid } from '../../src/graph/render-graph.js';
import type { Address } from '../../src/model/address.js';
import type { Action } from '../../src/model/plan.js';
import type { DependencyEdge } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** Compares with test/graph/golden/NAME; `UPDATE_GOLDEN=1` rewrites the file instead. */
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`missing golden file ${name}; run with UPDATE_GOLDEN=1`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const P = addr('ado');
const ENV = addr('ado/production');
const PG = addr('ado/production/database/pg');
const API = addr('ado/production/application/api-gateway');
const WEB = addr('ado/production/application/dashboard');
const BACKUP = addr('ado/production/database/pg#backup/daily');
const S3 = addr('s3/backups-eu');
const OLD = addr('ado/production/application/old');

const edges: DependencyEdge[] = [
  { from: ENV, to: P, reason: 'parent' },
  { from: PG, to: ENV, reason: 'parent' },
  { from: BACKUP, to: PG, reason: 'parent' },
  { from: BACKUP, to: S3, reason: 's3' },
  { from: API, to: ENV, reason: 'parent' },
  { from: API, to: PG, reason: 'reference', via: '/projects/ado/environments/production/applications/api-gateway/env/DATABASE_URL' },
  { from: API, to: PG, reason: 'dependsOn' },
  { from: WEB, to: ENV, reason: 'parent' },
  { from: WEB, to: API, reason: 'dependsOn' },
  { from: OLD, to: ENV, reason: 'parent' },
];
const graph = buildDependencyGraph(edges, [P, ENV, S3, PG, BACKUP, API, WEB, OLD]);
const highlight = new Map<Address, Action>([
  [API, 'update'],
  [BACKUP, 'create'],
  [OLD, 'delete'],
  [PG, 'replace'],
  [P, 'no-op'],
]);

describe('renderMermaid', () => {
  it('plain graph', () => golden('plain.mmd', renderMermaid(graph)));
  it('highlighted changes', () => golden('highlight.mmd', renderMermaid(graph, { highlight })));
  it('restricted to some nodes', () =>
    golden('only.mmd', renderMermaid(graph, { highlight, only: new Set([ENV, PG, API, WEB]) })));

  it('sanitises ids and keeps them unique; escapes quotes in labels', () => {
    const g = buildDependencyGraph([], [addr('a/b'), addr('a_b'), addr('we"ird')]);
    const out = renderMermaid(g);
    expect(out).toContain('n_a_b["a/b"]');
    expect(out).toContain('n_a_b_2["a_b"]');
    expect(out).toContain('n_we_ird["we#quot;ird"]');
  });
});

describe('renderDot', () => {
  it('plain graph', () => golden('plain.dot', renderDot(graph)));
  it('highlighted changes', () => golden('highlight.dot', renderDot(graph, { highlight })));
  it('escapes quotes and backslashes', () => {
    expect(renderDot(buildDependencyGraph([], [addr('a"b\\c')]))).toContain('"a\\"b\\\\c" [label="a\\"b\\\\c"];');
  });
});
