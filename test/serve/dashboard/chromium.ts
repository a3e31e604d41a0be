/**
 * Finds Debian's Chromium for the dashboard's browser test (`apt-get install chromium`; .ci/run
 * installs it when missing). CHROMIUM_PATH overrides. The binary itself is preferred over the
 * /usr/bin/chromium wrapper script, which only adds desktop flags.
 */
import { existsSync } from 'node:fs';

/** Where Debian and its derivatives put Chromium, best first. */
export const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium executable to drive; throws (the test fails, never skips) when there is none. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} does not exist`);
    return wanted;
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`no Chromium found (${CHROMIUM_CANDIDATES.join(', ')}): apt-get install -y chromium (.ci/run does it), or set CHROMIUM_PATH`);
  return found;
}
