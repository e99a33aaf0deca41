// Owns loading the modules the parser process's bundle leaves out (pdf-parse, pdfjs-dist, PDFium), each on a
// process's first PDF. The bundle's one import() is here so that the parser process can run it from V8's code
// cache (batch/child-start.ts): on Node 20 an import() in code read back from a cache fails ("A dynamic import
// callback was not specified"), so that start hands in an importer of its own, outside the cached code.
import { fileURLToPath } from 'node:url';
import { hasCodeCache, runCachedBundle } from '../code-cache.js';

type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

/** The module `specifier` names (a package name), loaded by the importer in use. */
export function importExternal<Module>(specifier: string): Promise<Module> {
  return importer(specifier) as Promise<Module>;
}

/** Load the external modules with `use` from now on. */
export function setImporter(use: Importer): void {
  importer = use;
}

export type PdfLibraries = typeof import('./pdf-libraries.js');

/** The build's one-script bundle of pdf-libraries.ts, with V8's code caches of it (absent when running from the sources). */
const PDF_LIBRARIES_BUNDLE = fileURLToPath(new URL('./pdf-libraries.bundle.cjs', import.meta.url));

/**
 * pdf-parse and pdf.js with its worker half: from the build's bundle of them and V8's code cache of it, as a parser
 * process's own bundle runs (pdf.js is ES modules, which Node 20 compiles afresh in every process: a single-PDF
 * `corresp parse` waited ~90 ms more for them), else (no cache for this process: another Node, other flags) imported.
 */
export async function loadPdfLibraries(): Promise<PdfLibraries> {
  if (hasCodeCache(PDF_LIBRARIES_BUNDLE)) return runCachedBundle(PDF_LIBRARIES_BUNDLE).exports as unknown as PdfLibraries;
  const [pdfParse, pdfjs] = await Promise.all([
    importExternal<PdfLibraries['pdfParse']>('pdf-parse'),
    importExternal<PdfLibraries['pdfjs']>('pdfjs-dist/legacy/build/pdf.mjs'),
    importExternal<unknown>('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]);
  return { pdfParse, pdfjs };
}
