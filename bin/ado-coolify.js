#!/usr/bin/env node
// Entry point: runs the compiled CLI. `npm ci` builds dist/ through the `prepare` script.
import { runMain } from '../dist/cli/main.js';

runMain(process.argv);
