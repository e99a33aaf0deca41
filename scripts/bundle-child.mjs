#!/usr/bin/env node
// Part of `npm run build`: bundles the parser process (dist/batch/child.js and everything it imports but
// pdf-parse, pdfjs-dist and PDFium, loaded only for a PDF) into one script, dist/batch/child.bundle.cjs, pdf-parse
// and pdf.js into another (dist/load/pdf-libraries.bundle.cjs, loaded on a process's first PDF), and makes V8's code
// cache of each for the flags parser processes run with; dist/batch/child-start.cjs (child-start.ts bundled) starts
// a parser process from them. Node reads one file instead of a hundred (a parser process started
// in half the time, 250 -> 125 ms on a 2-core machine), and the cache spares compiling it, and the functions a
// letter needs, again: every single-letter `corresp parse` waits for both.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

// `node scripts/bundle-child.mjs [DIST]`: another build's dist/ (npm run bench bundles one without the analysis fields).
const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const batch = join(dist, 'batch');
const root = join(import.meta.dirname, '..');
const bundle = join(batch, 'child.bundle.cjs');
const load = join(dist, 'load');
const pdfBundle = join(load, 'pdf-libraries.bundle.cjs');

// The caches of the bundles these replace, and the ES-module bundle of builds before them, go first.
for (const name of readdirSync(batch)) if (/^child\.bundle\.|^child-start\.cjs$/.test(name)) rmSync(join(batch, name));
for (const name of readdirSync(load)) if (name.startsWith('pdf-libraries.bundle.')) rmSync(join(load, name));

/**
 * Each module of dist/ keeps its own import.meta.url in a bundle (a script has none): its file's URL, found from the
 * bundle's own place as it runs, so that a module reads the data beside it (analysis-tables.bin) bundled or not.
 */
const moduleUrls = {
  name: 'module-urls',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, ({ path }) => {
      if (relative(dist, path).startsWith('..')) return undefined;
      const contents = readFileSync(path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      return { contents: contents.replaceAll('import.meta.url', `__moduleUrl(${JSON.stringify(relative(batch, path))})`), loader: 'js' };
    });
  },
};
/** One CommonJS script for Node 20, whatever it imports inside it. */
const script = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' };
const common = {
  ...script,
  plugins: [moduleUrls],
  banner: { js: "const __moduleUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(__dirname, path)).href;" },
};
// Scripts, not ES modules: V8's code cache is made and read only through vm.Script on Node 20, and Node starts a
// CommonJS entry sooner (its start-up, child-start.cjs, runs the parser's bundle from the cache: 12 ms sooner than
// as an ES module, 311 against 323 ms to a 62 KB HTML letter's answer, medians of 10).
await build({
  ...common,
  entryPoints: [join(batch, 'child-start.js')],
  outfile: join(batch, 'child-start.cjs'),
});
const { outputFiles } = await build({
  ...common,
  entryPoints: [join(batch, 'child.js')],
  write: false,
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'pdf-parse', '@hyzyla/pdfium'],
});
writeNamed(bundle, 'parser', outputFiles[0]);

/**
 * pdf.js and pdf-parse keep their own import.meta.url (their modules' file URLs, found from the bundle's place as it runs:
 * pdf.js reads a require for the optional canvas package and its decoders' WebAssembly from them); a place not found is
 * the bundle's own.
 */
const packageUrls = {
  name: 'package-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.m?js$/ }, ({ path }) => {
      const contents = readFileSync(path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const specifier = relative(join(root, 'node_modules'), path).split(sep).join('/');
      return { contents: contents.replaceAll('import.meta.url', `__packageUrl(${JSON.stringify(specifier)})`), loader: 'js' };
    });
  },
};
const pdfOutput = await build({
  ...script,
  entryPoints: [join(load, 'pdf-libraries.js')],
  write: false,
  minify: true,
  keepNames: true,
  // A native module: required, not bundled (pdf.js polyfills DOMMatrix and the like from it).
  external: ['@napi-rs/canvas'],
  plugins: [packageUrls],
  banner: {
    js: "const __packageUrl = (specifier) => { try { return require('node:url').pathToFileURL(require.resolve(specifier)).href; } catch { return require('node:url').pathToFileURL(__filename).href; } };",
  },
});
writeNamed(pdfBundle, 'PDF libraries', pdfOutput.outputFiles[0]);

/**
 * The bundle's text in ASCII: each other character as its \u escape (but a cased letter, below). esbuild leaves them in
 * comments, regular expression literals and String.raw templates (where an escape means the same once the text is made a
 * regular expression, as all of ours are); one of them made V8 hold the whole 0.7 MB source in two bytes a character, read
 * and decoded afresh by every parser process.
 */
function asciiOnly(text) {
  // A letter with a lower case of its own stays as it is: forLowerCase lower-cases a pattern's source, which would leave its
  // escape as it is (an "É" must become "é").
  return text.replace(/[^\x00-\x7f]/g, (c) => (c.toLowerCase() === c ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c));
}

/** Write a bundle with a first line that names its content: a cache is kept per bundle (V8 itself checks only the source's length). */
function writeNamed(file, name, output) {
  const id = createHash('sha256').update(output.contents).digest('hex').slice(0, 16);
  writeFileSync(file, `// corresp ${name} bundle ${id}\n${asciiOnly(output.text)}`);
}

// The caches hold what a process has compiled when it exits: a few letters of each kind go through first.
const WARM_UP = ['2016-ajg-10k-corresp.htm', '2017-21vianet-corresp.txt', '2016-ajg-10k-upload.pdf', '2020-aon-prer14a-upload.pdf']
  .map((name) => join(root, 'fixtures', 'letters', name))
  .filter((file) => existsSync(file));
const { heapMiBFor, startParserProcess } = await import(pathToFileURL(join(batch, 'parser-process.js')).href);
const { DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MIB, DEFAULT_MAX_PAGES } = await import(pathToFileURL(join(dist, 'limits.js')).href);
process.env.CORRESP_WRITE_CODE_CACHE = '1';
const heapMiB = heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024);
// One cache per set of flags parser processes start with: a single letter's, and a batch's that keeps every core busy (a
// long run, thousands of letters a process, compiles its own: a few tens of milliseconds in minutes).
for (const coresBusy of [false, true]) {
  const child = startParserProcess(pathToFileURL(join(batch, 'child-start.cjs')), { heapMiB, coresBusy, longRun: false });
  child.ref();
  child.channel?.ref();
  for (const file of WARM_UP) {
    child.send({ file, maxBytes: DEFAULT_MAX_BYTES, maxPages: DEFAULT_MAX_PAGES, verify: true, pretty: false });
    const [outcome] = await once(child, 'message');
    if (!outcome.ok) throw new Error(`bundle-child: ${file}: ${outcome.message}`);
  }
  const exited = once(child, 'exit');
  child.disconnect();
  const [code] = await exited;
  if (code !== 0) throw new Error(`bundle-child: the parser process making the code cache exited with ${code}`);
}
