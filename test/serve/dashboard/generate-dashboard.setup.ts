/**
 * Vitest globalSetup: (re)generates src/serve/dashboard/assets.generated.ts (the dashboard's
 * bundled assets) before any test file imports src/serve/. The file is not committed
 * (scripts/build-dashboard.mjs makes it; `npm run build` does too), so a bare `npx vitest run`
 * on a fresh checkout needs this, and a change to the page is never tested against a stale bundle.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of scripts/build-dashboard.mjs this setup uses. */
interface BuildDashboardModule {
  writeDashboard(): Promise<{ written: boolean; bytes: number }>;
}

/** Runs once per vitest run, before the test files. */
export default async function setup(): Promise<void> {
  // A computed specifier: the script is plain JS without type declarations.
  const script = fileURLToPath(new URL('../../../scripts/build-dashboard.mjs', import.meta.url));
  const builder = (await import(pathToFileURL(script).href)) as BuildDashboardModule;
  await builder.writeDashboard();
}
