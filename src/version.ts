import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory of the ado-coolify package: the nearest `package.json` named `ado-coolify` above
 * this module. Found by walking up, so it holds wherever the module runs from: `dist/`, the
 * bundled command line of `dist/cli-bundle/`, or the sources under a test runner.
 */
export const PACKAGE_ROOT: string | undefined = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'ado-coolify') return dir;
      } catch {
        // not our package.json; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
})();

/** The tool's version, read once from package.json. */
export const TOOL_VERSION: string = (() => {
  try {
    if (PACKAGE_ROOT === undefined) return '0.0.0';
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();
