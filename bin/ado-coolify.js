#!/usr/bin/env node
// Entry point: runs the bundled CLI (dist/cli-bundle/cli.cjs, compiled from its code cache:
// bin/cli-loader.js). `npm ci` builds dist/, the bundle and the caches through the `prepare` script.
// CommonJS (bin/package.json), for a start without Node's ES module loader (bin/cli-loader.js).
'use strict';
const { loadCli } = require('./cli-loader.js');

let settled = false;
loadCli()
  .cli.runMain(process.argv)
  .finally(() => {
    settled = true;
  });
// as the top-level await of an ES module entry did: a command whose promise never settles, the
// event loop empty, ends with exit code 13 (Node's unsettled top-level await), not 0
process.once('beforeExit', () => {
  if (!settled) process.exitCode = 13;
});
