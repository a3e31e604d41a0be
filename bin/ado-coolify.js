#!/usr/bin/env node
// Entry point: runs the bundled CLI. `npm ci` builds dist/ (and its bundle, dist/cli-bundle/,
// scripts/bundle-cli.mjs) through the `prepare` script.
import { runMain } from '../dist/cli-bundle/main.js';

runMain(process.argv);
