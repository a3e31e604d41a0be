// Diagnostics: codes, construction, sorting, suggestions, schema-issue conversion, formats.
export * from './codes.js';
export * from './make.js';
export * from './suggest.js';
export * from './format.js';
export * from './schema-issues.js';
