#!/usr/bin/env node
// Entry point: runs the bundled CLI (dist/cli-bundle/cli.cjs, compiled from its code cache:
// bin/cli-loader.js). `npm ci` builds dist/, the bundle and the caches through the `prepare` script.
import { loadCli } from './cli-loader.js';

await loadCli().cli.runMain(process.argv);
