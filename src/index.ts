// Library entry point: re-exports only.
export * from './model/address.js';
export * from './model/diagnostic.js';
export * from './model/value.js';
export * from './model/resource.js';
export * from './model/plan.js';
export * from './errors.js';
export type * from './manifest/types.js';
