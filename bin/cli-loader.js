// Loads the bundled command line, dist/cli-bundle/cli.cjs (scripts/bundle-cli.mjs), through
// vm.Script with the V8 code cache that scripts/cli-cache.mjs writes beside it: Node 20 caches
// no module's compiled code, and parsing and compiling the command line at every start was most
// of a short command. The cache starts with the build it was made from (the bundle's first line
// names its build); a cache of another build, or one V8 rejects, is not used, and the bundle is
// then compiled as without it. The cache only ever saves time.
// CommonJS (bin/package.json): an ES module entry starts Node's ES module loader, which loads
// node:fs/promises and node:fs's streams for its facade of node:fs, about 5 ms of CPU and 2 MB
// at every start; the ES modules of scripts/ and test/ import it all the same.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '../dist/cli-bundle/cli.cjs');
const CACHE = `${BUNDLE}.cache`;
const BUILD_LINE = /^\/\/ ado-coolify build ([0-9a-f]{64})\n/;

/** The bundle's text: an ASCII file (scripts/bundle-cli.mjs keeps it so) as a one-byte string, without UTF-8 decoding. */
function readText(path) {
  const bytes = readFileSync(path);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

function readOrUndefined(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Compiles and runs the bundle; returns its exports (runMain, main), the script (for
 * createCachedData) and what became of the cache: 'used', 'rejected', 'absent' or 'off'.
 */
function loadCli({ useCache = true, cachePath = CACHE, bundlePath = BUNDLE } = {}) {
  const text = readText(bundlePath);
  const build = BUILD_LINE.exec(text)?.[1];
  const bytes = useCache && build ? readOrUndefined(cachePath) : undefined;
  const cachedData = bytes && bytes.indexOf(0x0a) === 64 && bytes.subarray(0, 64).toString('latin1') === build ? bytes.subarray(65) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${text}\n})`, {
    filename: bundlePath,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cache = !useCache ? 'off' : cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { cli: module.exports, script, build, cache };
}

/** Writes the code cache of a loaded bundle (after it ran what should be cached): a temporary file, then a rename. */
function writeCliCache({ script, build }, cachePath = CACHE) {
  const bytes = Buffer.concat([Buffer.from(`${build}\n`, 'latin1'), script.createCachedData()]);
  const temporary = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, cachePath);
  return bytes.length;
}

module.exports = { BUNDLE, CACHE, loadCli, writeCliCache };
