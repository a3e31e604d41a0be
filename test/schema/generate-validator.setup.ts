/**
 * Vitest globalSetup of every project: (re)generates src/schema/compiled-validator.ts and validator-body.cjs before any
 * test file imports src/. The files are not committed (scripts/build-schema.mjs makes them; `npm run
 * build` does too), so a bare `npx vitest run` on a fresh checkout needs this, and a schema edit
 * is never tested against a stale validator.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of scripts/build-schema.mjs this setup uses. */
interface BuildSchemaModule {
  writeValidator(): { written: boolean; bytes: number };
}

/** Runs once per vitest run, before the test files. */
export default async function setup(): Promise<void> {
  // A computed specifier: the script is plain JS without type declarations.
  const script = fileURLToPath(new URL('../../scripts/build-schema.mjs', import.meta.url));
  const builder = (await import(pathToFileURL(script).href)) as BuildSchemaModule;
  builder.writeValidator();
}
