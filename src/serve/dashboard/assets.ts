/**
 * The dashboard's assets for the `serve` HTTP server: `GET /` (the page) and `GET /assets/*`
 * (its script, stylesheet and icon), bundled at build time by scripts/build-dashboard.mjs into
 * ./assets.generated.ts. Lookup is by exact path in a fixed table, so no request path can reach
 * a file outside it (`/assets/../…`, encoded slashes and the like are simply unknown).
 */
import { BUNDLED_ASSETS } from './assets.generated.js';

/** One asset: the Content-Type header to send and the body. */
export interface DashboardAsset {
  contentType: string;
  body: Buffer | string;
}

/** The URL paths that have an asset (`/` is the page). */
export function dashboardAssetPaths(): string[] {
  return Object.keys(BUNDLED_ASSETS);
}

/**
 * The asset at `path` (`/`, `/index.html` or `/assets/…`; a query string or fragment is
 * ignored), or undefined for any other path.
 */
export function dashboardAsset(path: string): { contentType: string; body: Buffer | string } | undefined {
  const bare = path.split(/[?#]/, 1)[0] ?? '';
  const key = bare === '/index.html' ? '/' : bare;
  if (!Object.hasOwn(BUNDLED_ASSETS, key)) return undefined;
  const asset = BUNDLED_ASSETS[key]!;
  return { contentType: asset.contentType, body: asset.body };
}
