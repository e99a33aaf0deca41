#!/usr/bin/env node
// `node scripts/variant-eval.mjs`: does corresp read a letter the same when it is written otherwise for the same page? Over the
// bulk corpus in ../shared/corpus, each letter is rewritten in ways that change nothing a reader sees (or nothing of its words),
// parsed, and compared with the parse of the letter as it was, white space and offsets aside. Needs no labels: every difference
// is a fault of the parser's (or of the rewrite: say which in a note). Prints, per variant, the letters that read otherwise and
// the fields that differ.
//   HTML letters (letters/*.htm): block elements' tags on lines of their own (pretty-printers, many filers' tools); the whole letter
//     in one table cell that only sets its margins, in two nested ones, under a logo row; <strong>/<em> for <b>/<i>; CSS for bold,
//     italics and underlines; bold by the font shorthand; CRLF line ends; without the EDGAR <DOCUMENT> wrapper (as a browser downloads the page).
//   Flattened letters (flat-text/*.txt): two spaces, a no-break space or a tab between some words; wrapped again at 80 columns
//     at spaces (`fold -s -w 80`); cut every 72 characters inside words; without the EDGAR document header flattened at its start.
//   Two letters in one file: each flattened letter followed by the next (is it said, and are the first one's comments kept?).
// Options: --variant NAME (a part of its name; default all), --limit N (letters of each kind), --misses (list the letters).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtParser, corpus, needCorpus } from './lib/corpus-check.mjs';
import { FLAT_REWRITES, HTML_REWRITES } from './lib/rewrites.mjs';

needCorpus('variant-eval', 'letters');
const parseLetter = await builtParser('variant-eval');
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = option('--variant');
const limit = Number(option('--limit') ?? Number.POSITIVE_INFINITY);
const misses = argv.includes('--misses');

const VARIANTS = { html: HTML_REWRITES, flat: FLAT_REWRITES };

/** The letter for comparison: white space collapsed, offsets, the source and the head's EDGAR header left out. */
const comparable = (letter) =>
  JSON.parse(
    JSON.stringify(letter, (key, value) =>
      key === 'location' || key === 'source' || key === 'offset' ? undefined : typeof value === 'string' ? value.replace(/^(?:CORRESP|UPLOAD|LETTER)\s+\d+\s+\S+\.(?:htm|html|txt|pdf)\s+/i, '').replace(/\s+/g, ' ').trim() : value,
    ),
  );
const parse = async (bytes, file) => {
  try {
    return comparable((await parseLetter(bytes, { file })).letter);
  } catch (error) {
    return { error: error?.code ?? String(error) };
  }
};
/** The top-level fields (and the letter's own) that differ. */
function fieldsThatDiffer(a, b) {
  const out = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'letter' && a.letter && b.letter) {
      for (const field of new Set([...Object.keys(a.letter), ...Object.keys(b.letter)])) if (JSON.stringify(a.letter[field]) !== JSON.stringify(b.letter[field])) out.push(`letter.${field}`);
    } else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.push(key);
  }
  return out;
}

console.log('corresp variant-eval: letters rewritten for the same page (or the same words), against the letters as they were\n');
for (const [kind, variants] of Object.entries(VARIANTS)) {
  const dir = join(corpus, kind === 'html' ? 'letters' : 'flat-text');
  const files = readdirSync(dir)
    .filter((f) => (kind === 'html' ? f.endsWith('.htm') : f.endsWith('.txt')))
    .sort()
    .slice(0, limit);
  const chosen = Object.entries(variants).filter(([name]) => only === undefined || name.includes(only));
  if (chosen.length === 0) continue;
  const originals = new Map();
  for (const file of files) {
    const raw = readFileSync(join(dir, file), kind === 'html' ? 'latin1' : 'utf8');
    originals.set(file, { raw, parsed: await parse(Buffer.from(raw, kind === 'html' ? 'latin1' : 'utf8'), file) });
  }
  for (const [name, rewrite] of chosen) {
    const differ = [];
    const fields = new Map();
    for (const [file, { raw, parsed }] of originals) {
      const rewritten = rewrite(raw);
      const again = await parse(Buffer.from(rewritten, kind === 'html' ? 'latin1' : 'utf8'), file);
      const diff = fieldsThatDiffer(parsed, again);
      if (diff.length === 0) continue;
      differ.push([file, diff]);
      for (const field of diff) fields.set(field, (fields.get(field) ?? 0) + 1);
    }
    const same = originals.size - differ.length;
    console.log(`${kind} ${name}: ${same} / ${originals.size} the same${fields.size > 0 ? ` (differ: ${[...fields].map(([f, n]) => `${f} ${n}`).join(', ')})` : ''}`);
    if (misses) for (const [file, diff] of differ) console.log(`    ${file}: ${diff.join(', ')}`);
  }
}

// Two letters in one file: each flattened letter followed by the next one in the folder (joined by a space, as a scraper that
// flattened a folder into one file would). The parse must say so (a SEVERAL_LETTERS warning) and read the first letter's comments
// as it reads them alone; a second letter that greets nobody (an order, a notice) cannot be told from the first's closing.
const JOINED = 'two flattened letters in one file';
if (only === undefined || JOINED.includes(only)) {
  const dir = join(corpus, 'flat-text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const texts = files.map((file) => readFileSync(join(dir, file), 'utf8'));
  const alone = await Promise.all(files.map(async (file, k) => (await parseLetter(Buffer.from(texts[k] ?? ''), { file }).catch(() => null))?.letter ?? null));
  const numbers = (letter) => JSON.stringify(letter?.comments.map((c) => c.number) ?? null);
  const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  let pairs = 0;
  let warned = 0;
  let kept = 0;
  // The first letter's own fields as alone: who wrote it, who signed it, whom it copies (not the second letter's head read as them).
  const fields = { kind: 0, signatories: 0, cc: 0 };
  const missed = [];
  for (let k = 0; k + 1 < files.length; k++) {
    if (!alone[k + 1]?.letter.salutation) continue;
    pairs++;
    const joined = (await parseLetter(Buffer.from(`${texts[k]} ${texts[k + 1]}`), { file: files[k] }).catch(() => null))?.letter;
    const warning = joined?.warnings.some((w) => w.code === 'SEVERAL_LETTERS') === true;
    if (warning) warned++;
    if (numbers(joined) === numbers(alone[k])) kept++;
    for (const field of Object.keys(fields)) if (same(joined?.letter[field], alone[k]?.letter[field])) fields[field]++;
    if (!warning) missed.push(`${files[k]} + ${files[k + 1]}`);
  }
  console.log(`flat ${JOINED} (each with the next, which greets its reader): ${warned} / ${pairs} warned SEVERAL_LETTERS, ${kept} / ${pairs} the first letter's comment numbers as alone`);
  console.log(`  the first letter's ${Object.entries(fields).map(([field, n]) => `${field} ${n}`).join(', ')} / ${pairs} as alone`);
  if (misses) for (const pair of missed) console.log(`    ${pair}`);
}

