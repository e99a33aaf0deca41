// Owns starting a parser process from its bundle (child.bundle.cjs: child.ts and what it imports) and V8's code cache of
// it, both made by `npm run build` (scripts/bundle-child.mjs, which bundles this module too, as child-start.cjs: Node
// starts a CommonJS entry sooner), so that a process does not compile again what the build compiled: a single-letter
// `corresp parse` waits for it. Measured on 2 cores, alternated with the ES-module bundle before (medians of 15): one
// 62 KB HTML letter 473 -> 442 ms, 430 with the analysis tables' bytes and the models' words out of the bundle.
import { fileURLToPath } from 'node:url';
import { runBundle } from './code-cache.js';

const bundle = runBundle(fileURLToPath(new URL('./child.bundle.cjs', import.meta.url)), process.execArgv);
// On Node 20 an import() in code read back from a cache fails ("A dynamic import callback was not specified"):
// the bundle loads pdf.js and PDFium with this module's.
(bundle.exports.setImporter as (use: (specifier: string) => Promise<unknown>) => void)((specifier) => import(specifier));

// The build sends a few letters through a process started so, then has it write the cache as it exits.
if (process.env.CORRESP_WRITE_CODE_CACHE === '1') process.on('exit', () => bundle.writeCache());
