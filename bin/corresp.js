#!/usr/bin/env node
// Shebang shim: the program lives in dist/cli.js (built by `npm run build`, run by `npm ci`).
// The first parser process of a `parse` or `thread` run starts before the program loads, so that
// its start-up runs beside ours (see startEarly); the program is imported only after that.
import { startEarly } from '../dist/batch/parser-process.js';

startEarly(process.argv);
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv);
