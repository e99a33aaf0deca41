#!/usr/bin/env node
// Shebang shim: the program lives in dist/cli.js (built by `npm run build`, run by `npm ci`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
