// `ado-coolify init`: scaffolding of a starter manifest and CI workflows.
export { scaffoldManifest, connectionVar } from './manifest.js';
export { parseApp, parseDatabase, checkInitOptions, projectNameFromDir, INIT_DEFAULTS, DATABASE_TYPES } from './options.js';
export type { InitOptions, InitApp, InitDatabase } from './options.js';
export { planInitFiles, writeInitFiles, readWorkflowTemplates, defaultTemplatesDir, MANIFEST_FILE, type InitFile } from './files.js';
export { promptMissing, type Ask, type PartialInitOptions } from './prompt.js';
export { completeInitOptions, type CompleteContext } from './complete.js';
