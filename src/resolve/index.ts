// Resolution: `${vars|env}` expansion, then secrets and references with dependency edges.
export * from './template.js';
export * from './expand.js';
export * from './resolve-refs.js';
export * from './structure.js';
