// Semantic checks the JSON Schema cannot express.
export * from './semantic.js';
export * from './cron.js';
export * from './domains.js';
export * from './cycles.js';
export * from './sensitive.js';
export * from './coolify-patterns.js';
export * from './coolify-rules.js';
