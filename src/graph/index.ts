/** The pure dependency-graph core: graph queries, cycles, steps, critical path, rendering. */
export * from './topo-sort.js';
export * from './cycles.js';
export * from './dependency-graph.js';
export * from './steps.js';
export * from './critical-path.js';
export * from './render-graph.js';
export * from './plan-graph.js';
