#!/usr/bin/env node
// `node scripts/furniture-audit.mjs DIR|FILE...`: the page furniture lines (running headers, footers, page numbers) that
// look least like furniture, letter by letter: a line set apart that neither comes back in its letter, nor is a page
// number, nor copies the head, nor holds contact details. `--verify` counts furniture as read, so a real line taken for
// furniture is lost silently; this lists the candidates to read (each one found so far was a general rule to mend).
// Options: --all (list every candidate, not the first eight per letter).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false } } });
const { loadDocument } = await import(join(root, 'dist', 'load', 'index.js'));
const { normalize } = await import(join(root, 'dist', 'normalize.js'));
const { classify } = await import(join(root, 'dist', 'classify', 'index.js'));

const files = positionals.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => /\.(?:html?|txt|pdf)$/i.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path],
);
/** A line's shape: numbers and spacing folded, so "Page 2" and "Page 3" read alike. */
const shape = (text) => text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*#\s*[-–—]?(?:\s*of\s*#)?$|^[ivx]{1,5}$/i;
/** The staff template's mail-merge residue, and its date-and-page field: furniture by construction. */
const TEMPLATE = /FirstName|LastName|Comapany|^\w+ \d{1,2}, \d{4} Page \d/;
const CONTACT = /\b(?:www\.|\.com\b|\d{3}[.\s-]\d{3}[.\s-]\d{4}|\(\d{3}\)|[A-Z]{2}\s+\d{5}\b|Suite\s+\d|\d+\s+\w+\s+(?:Street|Road|Avenue|Blvd|Drive|Way)\b)/i;

let candidates = 0;
let letters = 0;
for (const file of files) {
  let lines;
  try {
    const { source } = await loadDocument(readFileSync(file), { maxBytes: 1e9, maxPages: 5000, file });
    lines = classify(normalize(source)).lines;
  } catch {
    continue;
  }
  const copies = new Map();
  for (const l of lines) if (l.furniture) copies.set(shape(l.line.text), (copies.get(shape(l.line.text)) ?? 0) + 1);
  const head = shape(lines.slice(0, 40).filter((l) => !l.furniture).map((l) => l.line.text).join(' \n '));
  const copiesHead = (text) => {
    const s = shape(text).replace(/^(?:mr|ms|mrs|dr)\.\s+/, '');
    return s.length > 0 && head.includes(s);
  };
  const lone = lines
    .map((l, i) => [l, i])
    .filter(([l]) => l.furniture && l.line.text.trim() !== '' && copies.get(shape(l.line.text)) === 1 && !PAGE_NUMBER.test(shape(l.line.text)) && !copiesHead(l.line.text) && !CONTACT.test(l.line.text) && !TEMPLATE.test(l.line.text));
  if (lone.length === 0) continue;
  candidates += lone.length;
  letters++;
  console.log(`${file} ${lone.length}`);
  for (const [l, i] of args.all ? lone : lone.slice(0, 8)) console.log(`   line ${i}/${lines.length} ${JSON.stringify(l.line.text.slice(0, 110))}`);
}
console.log(`${candidates} candidate lines in ${letters} of ${files.length} letters`);
