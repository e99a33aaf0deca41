#!/usr/bin/env node
// Part of `npm run build`: bundles the parser process (dist/batch/child.js and everything it imports but
// pdf-parse and pdfjs-dist, loaded only for a PDF) into one file, dist/batch/child.bundle.js. Node then reads
// one module instead of a hundred: a parser process starts in about half the time (250 → 125 ms on a
// 2-core machine), which every single-letter `corresp parse` waits for.
import { buildSync } from 'esbuild';
import { join } from 'node:path';

// `node scripts/bundle-child.mjs [DIST]`: another build's dist/ (npm run bench bundles one without the analysis fields).
const dist = join(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'), 'batch');
buildSync({
  entryPoints: [join(dist, 'child.js')],
  outfile: join(dist, 'child.bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'pdf-parse', '@hyzyla/pdfium'],
  logLevel: 'warning',
});
