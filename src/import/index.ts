/**
 * `ado-coolify import`: an existing Coolify project → manifest. `readProjectSnapshot` reads
 * (I/O, injected client); `importProject` maps (pure); `renderImportedManifest` and
 * `renderSecretsDotenv` produce the files.
 */
export { importProject } from './import-project.js';
export { readProjectSnapshot, type ImportReaderClient, type ReadSnapshotOptions } from './read-snapshot.js';
export { renderImportedManifest, headerLines, countsLine, type RenderInfo } from './render.js';
export { renderSecretsDotenv, SecretRef, SecretBook, looksSecret } from './secrets.js';
export type * from './types.js';
