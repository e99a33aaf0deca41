// Owns loading the modules the parser process's bundle leaves out (pdf-parse, pdfjs-dist, PDFium), each on a
// process's first PDF. The bundle's one import() is here so that the parser process can run it from V8's code
// cache (batch/child-start.ts): on Node 20 an import() in code read back from a cache fails ("A dynamic import
// callback was not specified"), so that start hands in an importer of its own, outside the cached code.

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
