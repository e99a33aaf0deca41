#!/usr/bin/env node
// The two PDF engines side by side (issue 15): every PDF parsed with pdf.js (the default) and with PDFium
// (`--pdf-engine pdfium`), each letter's two outputs compared whole (`source` left out). Prints, per set, how
// many letters come out byte-identical and, with --misses, where each other one first differs. Not a test.
//
//   node scripts/engine-compare.mjs [--misses]
//
// Sets: the fixture PDFs, the corpus PDFs (../shared/corpus/letters, when present) and the HTML letters printed to
// PDF that `node scripts/form-eval.mjs --form printed` caches (node_modules/.cache/corresp-form-eval/printed, when
// present). Time: the same files with each engine, one after the other, in this one process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });
const { parseLetter } = await import(join(root, 'dist', 'index.js'));

const sets = [
  ['fixture PDFs', join(root, 'fixtures', 'letters')],
  ['corpus PDFs', join(root, '..', 'shared', 'corpus', 'letters')],
  ['HTML letters printed to PDF', join(root, 'node_modules', '.cache', 'corresp-form-eval', 'printed')],
].filter(([, dir]) => existsSync(dir));

for (const [name, dir] of sets) {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  const ms = { pdfjs: 0, pdfium: 0 };
  const misses = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const [pdfjs, pdfium] = [await outcome(bytes, file, 'pdfjs', ms), await outcome(bytes, file, 'pdfium', ms)];
    if (pdfjs !== pdfium) misses.push(`${file}: ${firstDifference(pdfjs, pdfium)}`);
  }
  const same = files.length - misses.length;
  console.log(`${name}: ${files.length} letters, ${same} byte-identical (${((100 * same) / files.length).toFixed(1)}%); one pass each, in this process: pdf.js ${(ms.pdfjs / 1000).toFixed(1)} s, PDFium ${(ms.pdfium / 1000).toFixed(1)} s`);
  if (args.misses) for (const miss of misses) console.log(`  ${miss}`);
}

/** A letter's output (or its error code) as one string, the time spent added to `ms`. */
async function outcome(bytes, file, pdfEngine, ms) {
  const started = performance.now();
  try {
    const { letter } = await parseLetter(bytes, { file, pdfEngine });
    const { source, ...rest } = letter;
    return JSON.stringify(rest);
  } catch (error) {
    return `error ${error.code ?? error.message}`;
  } finally {
    ms[pdfEngine] += performance.now() - started;
  }
}

/** Where two outputs first part, with a little of each around it. */
function firstDifference(a, b) {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, at - 50), at + 50));
  return `pdf.js ${around(a)} | PDFium ${around(b)}`;
}
