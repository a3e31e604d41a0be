#!/usr/bin/env node
// Entry point: runs the bundled CLI (dist/cli-bundle/cli.cjs, compiled from its code cache:
// bin/cli-loader.js). `npm ci` builds dist/, the bundle and the caches through the `prepare` script.
// CommonJS (bin/package.json), for a start without Node's ES module loader (bin/cli-loader.js).
'use strict';
const { loadCli } = require('./cli-loader.js');

loadCli().cli.runMain(process.argv);
