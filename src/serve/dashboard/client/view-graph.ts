/**
 * The dependency graph as an SVG picture (layout in ../model/graph-layout.ts). Nodes are coloured
 * by the change the plan holds for them, and the picture has a text alternative: the list of
 * arrows under a disclosure.
 */
import { changeBadge } from '../model/badges.js';
import type { Graph, StatusResource } from '../model/contract.js';
import { layoutGraph, NODE, shortLabel } from '../model/graph-layout.js';
import { byId, el, render, svg } from './dom.js';

/** Renders `graph`, colouring nodes by the `change` of the resource with the same address. */
export function renderGraph(graph: Graph, resources: readonly StatusResource[]): void {
  const host = byId('graph');
  const changes = new Map(resources.map((r) => [r.address, r.change]));
  const key = JSON.stringify([graph, [...changes]]);
  if (graph.nodes.length === 0) {
    render(host, key, el('p', { class: 'muted' }, 'No resources in the graph.'));
    return;
  }
  const layout = layoutGraph(graph);
  const picture = svg(
    'svg',
    {
      class: 'graph',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      role: 'img',
      'aria-labelledby': 'graph-title',
    },
    svg('title', { id: 'graph-title' }, `Dependency graph: ${layout.nodes.length} resources, ${layout.edges.length} dependencies; arrows point from a dependency to its dependent`),
    svg(
      'defs',
      {},
      svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' })),
    ),
    ...layout.edges.map((e) => svg('path', { d: e.d, class: 'edge', 'marker-end': 'url(#arrow)' })),
    ...layout.nodes.map((n) => {
      const change = changeBadge(changes.get(n.id) ?? null);
      return svg(
        'g',
        { class: `node${change ? ` tone-${change.tone}` : ''}`, transform: `translate(${n.x},${n.y})`, 'data-id': n.id },
        svg('title', {}, `${n.id}${change ? ` (${change.text})` : ''}`),
        svg('rect', { width: NODE.width, height: NODE.height, rx: 6 }),
        svg('text', { x: 10, y: 15, class: 'node-kind' }, `${change ? `${change.symbol} ` : ''}${n.kind}`),
        svg('text', { x: 10, y: 31, class: 'node-label' }, shortLabel(n.label)),
      );
    }),
  );
  const list = el(
    'details',
    { class: 'graph-list' },
    el('summary', {}, 'The dependencies as a list'),
    el('ul', {}, ...graph.edges.map((e) => el('li', {}, el('code', {}, e.from), ' → ', el('code', {}, e.to)))),
  );
  render(host, key, el('div', { class: 'scroll-x', tabindex: 0, role: 'region', 'aria-label': 'Dependency graph, scrollable' }, picture), list);
}
