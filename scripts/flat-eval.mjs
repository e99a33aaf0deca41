#!/usr/bin/env node
// `node scripts/flat-eval.mjs`: how well corresp reads flattened letters (line breaks collapsed into
// spaces) against the same letters as filed, over the bulk corpus in ../shared/corpus
// (letters/cNNNN.pdf|htm and flat-text/cNNNN.txt). Prints coverage, number and text agreement, speed.
// Options: --orig FILE (NDJSON of `corresp parse letters/` to skip re-parsing the originals), --verbose.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtParser, corpus, needCorpus } from './lib/corpus-check.mjs';

needCorpus('flat-eval', 'flat-text');
const parseLetter = await builtParser('flat-eval');
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const origAt = argv.indexOf('--orig');

const stemOf = (file) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
/** Comments by number, from a parsed letter (or an error record). */
const commentsOf = (letter) => new Map((letter?.comments ?? []).map((c) => [c.number, c]));

const originals = new Map();
if (origAt >= 0) {
  for (const line of readFileSync(argv[origAt + 1], 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    originals.set(stemOf(record.source.file), record.error ? undefined : record);
  }
} else {
  const dir = join(corpus, 'letters');
  for (const file of readdirSync(dir).sort()) {
    try {
      originals.set(stemOf(file), (await parseLetter(readFileSync(join(dir, file)), { file })).letter);
    } catch {
      originals.set(stemOf(file), undefined);
    }
  }
}

const flatDir = join(corpus, 'flat-text');
const flatFiles = readdirSync(flatDir).filter((f) => f.endsWith('.txt')).sort();
const inputs = flatFiles.map((file) => ({ file, bytes: readFileSync(join(flatDir, file)) }));
// Parse the flat letters twice in-process: the first pass includes warming up, the second is steady state.
const flat = new Map();
const timings = [];
for (let pass = 0; pass < 2; pass++) {
  const started = process.hrtime.bigint();
  for (const { file, bytes } of inputs) {
    try {
      flat.set(stemOf(file), (await parseLetter(bytes, { file })).letter);
    } catch (error) {
      flat.set(stemOf(file), { error: error.code ?? 'ERROR' });
    }
  }
  timings.push(Number(process.hrtime.bigint() - started) / 1e6);
}
let uncovered = 0;
for (const { file, bytes } of inputs) {
  const result = await parseLetter(bytes, { file, verify: true }).catch(() => undefined);
  if (result?.letter.warnings.some((w) => w.code === 'TEXT_NOT_COVERED')) {
    uncovered++;
    if (verbose) console.log(`  not covered: ${file}`);
  }
}

const words = (text) => (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Dice agreement of two texts' word multisets (1 when both are empty). */
function agreement(a, b) {
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return 1;
  const counts = new Map();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

let commented = 0;
let found = 0;
let sameNumbers = 0;
let textSum = 0;
let responseSum = 0;
let responseLetters = 0;
let errors = 0;
const misses = [];
// Metadata and headings: share of letters (comments) where the flat version says the same as the original.
const fields = ['kind', 'date', 'company', 'fileNumbers', 'salutation', 'signatories', 'cc'];
const same = Object.fromEntries(fields.map((f) => [f, 0]));
let headingsSame = 0;
let headingsChecked = 0;
let parsedBoth = 0;
for (const [stem, original] of originals) {
  const mine = flat.get(stem);
  if (!original || !mine || mine.error) continue;
  parsedBoth++;
  for (const f of fields) if (JSON.stringify(original.letter[f]) === JSON.stringify(mine.letter[f])) same[f]++;
  const got = commentsOf(mine);
  for (const c of original.comments) {
    if (!got.has(c.number)) continue;
    headingsChecked++;
    if (JSON.stringify(c.headings) === JSON.stringify(got.get(c.number).headings)) headingsSame++;
  }
}
for (const [stem, original] of originals) {
  const mine = flat.get(stem);
  if (mine?.error) errors++;
  const want = commentsOf(original);
  if (want.size === 0) continue;
  commented++;
  const got = commentsOf(mine?.error ? undefined : mine);
  if (got.size > 0) found++;
  const a = [...want.keys()].join(',');
  const b = [...got.keys()].join(',');
  if (a === b) sameNumbers++;
  else misses.push(`${stem}: [${a}] vs [${b}]`);
  const numbers = new Set([...want.keys(), ...got.keys()]);
  let sum = 0;
  let responses = 0;
  for (const n of numbers) {
    sum += want.has(n) && got.has(n) ? agreement(want.get(n).text, got.get(n).text) : 0;
    responses += want.has(n) && got.has(n) ? agreement(want.get(n).response?.text, got.get(n).response?.text) : 0;
  }
  textSum += sum / numbers.size;
  if (original.letter.kind === 'response') {
    responseLetters++;
    responseSum += responses / numbers.size;
  }
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
console.log('corresp flat-eval: flattened letters (flat-text/) against the letters as filed (letters/)\n');
console.log(`letters                          ${flat.size}`);
console.log(`flat letters that failed         ${errors}`);
console.log(`originals with comments          ${commented}`);
console.log(`  flat version gives comments    ${found}  ${pct(found, commented)}`);
console.log(`  same comment numbers           ${sameNumbers}  ${pct(sameNumbers, commented)}`);
console.log(`  comment text agreement (mean)  ${pct(textSum, commented)}`);
console.log(`  response text agreement        ${pct(responseSum, responseLetters)} over ${responseLetters} response letters`);
console.log(`same headings                    ${pct(headingsSame, headingsChecked)} of ${headingsChecked} comments found in both`);
console.log(`same metadata (of ${parsedBoth} letters)     ${fields.map((f) => `${f} ${pct(same[f], parsedBoth)}`).join(', ')}`);
console.log(`flat letters not covered         ${uncovered} (TEXT_NOT_COVERED with verify)`);
for (const [pass, ms] of timings.entries()) {
  console.log(`speed (in-process, ${pass === 0 ? 'first pass' : 'warm'})    ${(ms / flat.size).toFixed(2)} ms per letter, ${Math.round((1000 * flat.size) / ms)} letters/s`);
}
if (verbose) for (const m of misses) console.log(`  ${m}`);
