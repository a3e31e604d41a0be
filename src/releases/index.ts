/** The per-release Coolify API table and its queries (pure). */
export * from './types.js';
export * from './table.js';
export * from './check.js';
export { RELEASE_DATA } from './releases.generated.js';
export * from './version.js';
