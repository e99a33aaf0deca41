// Owns starting a parser process from its bundle (child.bundle.cjs: child.ts and what it imports) and V8's code cache of
// it, both made by `npm run build` (scripts/bundle-child.mjs, which bundles this module too, as child-start.cjs: Node
// starts a CommonJS entry sooner), so that a process does not compile again what the build compiled: a single-letter
// `corresp parse` waits for it. Measured on 2 cores, alternated with the ES-module bundle before (medians of 15): one
// 62 KB HTML letter 473 -> 442 ms, 430 with the analysis tables' bytes and the models' words out of the bundle.
import { fileURLToPath } from 'node:url';
import { runCachedBundle } from '../code-cache.js';

const bundle = runCachedBundle(fileURLToPath(new URL('./child.bundle.cjs', import.meta.url)));
// On Node 20 an import() in code read back from a cache fails ("A dynamic import callback was not specified"):
// the bundle loads pdf.js and PDFium with this module's.
(bundle.exports.setImporter as (use: (specifier: string) => Promise<unknown>) => void)((specifier) => import(specifier));

