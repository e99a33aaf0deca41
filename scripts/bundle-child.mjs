#!/usr/bin/env node
// Part of `npm run build`: bundles the parser process (dist/batch/child.js and everything it imports but
// pdf-parse, pdfjs-dist and PDFium, loaded only for a PDF) into one script, dist/batch/child.bundle.cjs, and
// makes V8's code cache of it for the flags parser processes run with; dist/batch/child-start.cjs (child-start.ts
// bundled) starts a parser process from both. Node reads one file instead of a hundred (a parser process started
// in half the time, 250 -> 125 ms on a 2-core machine), and the cache spares compiling it, and the functions a
// letter needs, again: every single-letter `corresp parse` waits for both.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

// `node scripts/bundle-child.mjs [DIST]`: another build's dist/ (npm run bench bundles one without the analysis fields).
const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const batch = join(dist, 'batch');
const bundle = join(batch, 'child.bundle.cjs');

// The caches of the bundle this one replaces, and the ES-module bundle of builds before it, go first.
for (const name of readdirSync(batch)) if (/^child\.bundle\.|^child-start\.cjs$/.test(name)) rmSync(join(batch, name));

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
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
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
const [output] = outputFiles;
// The first line names the content: a cache is kept per bundle (V8 itself checks only the source's length).
const id = createHash('sha256').update(output.contents).digest('hex').slice(0, 16);
writeFileSync(bundle, `// corresp parser bundle ${id}\n${output.text}`);

// The cache holds what a process has compiled when it exits: a few letters of each kind go through first.
const root = join(import.meta.dirname, '..');
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
