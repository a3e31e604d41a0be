/** Docker Compose → manifest import (`ado-coolify import compose`). */
export { convertCompose, composeFileReferences, type ComposeImportOptions, type ComposeImportResult } from './convert.js';
export { parseCompose } from './parse.js';
export { PLACEHOLDER_REPOSITORY } from './map-application.js';
export type { ImportReport } from './report.js';
