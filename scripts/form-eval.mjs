#!/usr/bin/env node
// `node scripts/form-eval.mjs`: does corresp read a letter the same in another form? Over the bulk
// corpus (../shared/corpus/letters), each letter is made again in the forms letters also come in
// and parsed, and the result is compared with the parse of the letter as filed:
//   layout: plain text laid out as on the page (`pdftotext -layout` of a PDF; an HTML letter's text
//           with its block elements as lines), as EDGAR served letters before 2011;
//   flat:   the corpus's flattened text (every line break collapsed);
//   wrapped: an HTML letter as a text browser dumps it (lynx -dump, 80 columns: wrapped, indented, often no blank line
//           between paragraphs; lynx when installed; HTML letters only);
//   reading: a PDF letter as pdftotext gives it by default (reading order, no -layout: a column's lines, a comment's number
//           or its bullets, come apart from the text beside them; PDF letters only);
//   printed: an HTML letter printed to PDF (wkhtmltopdf, when installed; HTML letters only);
//   raw: a PDF letter as `pdftotext -raw` gives it (content-stream order);
//   w3m, html2text: an HTML letter as those tools dump it (80 columns; a table's cells side by side, a comment's number
//           centred on its cell's height beside the comment's lines; html2text with no blank line between paragraphs),
//           each when installed.
// Per form: comment numbers the same, heading chains exact (and innermost heading), response starts
// (the first 60 letters of each response), letters all right, and each letter field the same (filings by
// form and dates, not their wording). The filed parse is the reference,
// not the truth: the hand-labelled checks are `npm run eval` and `npm run pairs`.
// Options: --form layout|flat|wrapped|reading|printed|raw|w3m|html2text (default all, each tool's form when the tool is installed), --limit N, --misses (list the letters that differ),
// --pdf-engine pdfjs|pdfium (what reads the printed PDFs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { commentKeys } from './lib/comment-keys.mjs';
import { builtParser, corpus, needCorpus, root } from './lib/corpus-check.mjs';

const { values: args } = parseArgs({ options: { form: { type: 'string' }, limit: { type: 'string' }, misses: { type: 'boolean', default: false }, 'pdf-engine': { type: 'string', default: 'pdfjs' } } });
needCorpus('form-eval', 'letters');
const parseLetter = await builtParser('form-eval');
const { Parser } = await import('htmlparser2');
const cache = join(root, 'node_modules', '.cache', 'corresp-form-eval');
mkdirSync(join(cache, 'layout'), { recursive: true });

/** Block elements: each starts a line of the laid-out text. */
const BLOCK = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'center', 'blockquote', 'pre', 'hr', 'dt', 'dd']);
/** An HTML letter's text with its block elements as lines and table cells apart by spaces: what a browser's "save as text" gives. */
function htmlToLayout(html) {
  let out = '';
  let skip = 0;
  let cell = 0;
  // Inside a table cell, paragraphs run on in the cell's line (a row is one line, its cells apart by spaces).
  const breakLine = (name) => {
    if (name === 'tr' || name === 'table') out += '\n';
    else if (BLOCK.has(name)) out += cell > 0 ? ' ' : '\n';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style' || name === 'title') skip++;
        breakLine(name);
        if (name === 'td' || name === 'th') {
          cell++;
          out += '   ';
        }
      },
      ontext(text) {
        if (skip === 0) out += text.replace(/[ \t\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style' || name === 'title') skip--;
        if (name === 'td' || name === 'th') cell = Math.max(0, cell - 1);
        breakLine(name);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n');
}

function layoutText(file) {
  const stem = file.replace(/\.[^.]+$/, '');
  const cached = join(cache, 'layout', `${stem}.txt`);
  if (existsSync(cached)) return readFileSync(cached);
  const path = join(corpus, 'letters', file);
  const text = file.endsWith('.pdf') ? execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { maxBuffer: 1 << 28 }) : Buffer.from(htmlToLayout(readFileSync(path, 'latin1').includes('charset=utf-8') ? readFileSync(path, 'utf8') : readFileSync(path, 'latin1')));
  writeFileSync(cached, text);
  return text;
}

/**
 * An HTML letter as a text browser dumps it (`lynx -dump`, 80 columns): paragraphs wrapped and indented, as a text letter
 * typed for EDGAR was and as an analyst's own conversion gives; undefined for a PDF letter (its laid-out text is the
 * layout form), or when lynx is not installed (Debian/Ubuntu: apt-get install lynx).
 */
function wrappedText(file) {
  if (!/\.html?$/.test(file) || !canDump) return undefined;
  return cachedText('wrapped', file, (path) => execFileSync('lynx', ['-dump', '-nolist', '-width=80', '-display_charset=utf-8', path], { maxBuffer: 1 << 28 }));
}
/** A PDF letter as `pdftotext` gives it by default (reading order, no -layout): the text's lines as the page breaks them, a column's lines (a comment's number, bullets) apart from the text beside them. */
function readingText(file) {
  if (!file.endsWith('.pdf')) return undefined;
  return cachedText('reading', file, (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 1 << 28 }));
}
/** The text a tool makes of a corpus letter (`make` given its path), kept in the form's cache folder. */
function cachedText(form, file, make) {
  const cached = join(cache, form, `${file.replace(/\.[^.]+$/, '')}.txt`);
  if (existsSync(cached)) return readFileSync(cached);
  const text = make(join(corpus, 'letters', file));
  mkdirSync(join(cache, form), { recursive: true });
  writeFileSync(cached, text);
  return text;
}
/** Whether a command is installed: it runs with `flag` (its version) and exits 0. */
function installed(command, flag) {
  try {
    execFileSync(command, [flag], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canDump = installed('lynx', '-version');

/** An HTML letter printed to PDF by wkhtmltopdf (Debian's package; the form is left out without it), cached; undefined for a PDF letter. */
function printedPdf(file) {
  if (!/\.html?$/.test(file)) return undefined;
  const cached = join(cache, 'printed', file.replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(cached)) {
    mkdirSync(join(cache, 'printed'), { recursive: true });
    try {
      execFileSync('wkhtmltopdf', ['-q', '--disable-javascript', join(corpus, 'letters', file), cached], { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, stdio: 'ignore', timeout: 120_000 });
    } catch (error) {
      // A letter's link to an image or style sheet it cannot load fails the run (exit 1, "network error") after the PDF is written.
      if (!existsSync(cached)) throw error;
    }
  }
  return readFileSync(cached);
}
const canPrint = installed('wkhtmltopdf', '--version');

/** More tools' text of a letter: the form, the letters it is made of, the command and its arguments before the file. */
const TOOL_FORMS = [
  { form: 'raw', of: /\.pdf$/, command: 'pdftotext', args: ['-raw', '-enc', 'UTF-8'], after: ['-'], version: '-v' },
  { form: 'w3m', of: /\.html?$/, command: 'w3m', args: ['-dump', '-cols', '80', '-T', 'text/html'], after: [], version: '-version' },
  { form: 'html2text', of: /\.html?$/, command: 'html2text', args: ['-utf8', '-width', '80'], after: [], version: '-version' },
].map((tool) => ({ ...tool, installed: installed(tool.command, tool.version) }));
/** A letter as a tool of TOOL_FORMS makes it, cached; undefined for the letters it is not made of. */
function toolText(tool, file) {
  if (!tool.of.test(file)) return undefined;
  return cachedText(tool.form, file, (path) => execFileSync(tool.command, [...tool.args, path, ...tool.after], { maxBuffer: 1 << 28 }));
}

const FORMS = {
  layout: (file) => layoutText(file),
  flat: (file) => readFileSync(join(corpus, 'flat-text', file.replace(/\.[^.]+$/, '.txt'))),
  wrapped: (file) => wrappedText(file),
  reading: (file) => readingText(file),
  // HTML letters printed to PDF (issue 13's "responses printed to PDF"): only the HTML letters have this form.
  printed: (file) => printedPdf(file),
  ...Object.fromEntries(TOOL_FORMS.map((tool) => [tool.form, (file) => toolText(tool, file)])),
};
if (!args.form && !canPrint) console.error('corresp form-eval: wkhtmltopdf not found, so the printed form is left out (Debian/Ubuntu: apt-get install wkhtmltopdf).');
if (!args.form && !canDump) console.error('corresp form-eval: lynx not found, so the wrapped form is left out (Debian/Ubuntu: apt-get install lynx).');
for (const tool of TOOL_FORMS) if (!args.form && !tool.installed) console.error(`corresp form-eval: ${tool.command} not found, so the ${tool.form} form is left out.`);
const missing = new Set([...(canPrint ? [] : ['printed']), ...(canDump ? [] : ['wrapped']), ...TOOL_FORMS.filter((tool) => !tool.installed).map((tool) => tool.form)]);
const forms = args.form ? [args.form] : Object.keys(FORMS).filter((form) => !missing.has(form));
const norm = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
/** The letter fields compared, each as it is compared (filings by form and dates: a Re: block's wording may wrap differently). */
const FIELDS = {
  kind: (l) => l.kind,
  date: (l) => l.date,
  company: (l) => l.company,
  filings: (l) => l.filings.map((f) => [f.form, f.filedOn, f.fiscalYearEnd]),
  fileNumbers: (l) => l.fileNumbers,
  inReplyTo: (l) => l.inReplyTo,
  signatories: (l) => l.signatories,
  office: (l) => l.office,
  staffContacts: (l) => l.staffContacts,
  cc: (l) => l.cc,
};
const start = (s) => norm(s ?? '').slice(0, 60);

const files = readdirSync(join(corpus, 'letters')).sort().slice(0, args.limit ? Number(args.limit) : undefined);
const filed = new Map();
for (const file of files) {
  try {
    filed.set(file, (await parseLetter(readFileSync(join(corpus, 'letters', file)), { file })).letter);
  } catch {
    filed.set(file, undefined);
  }
}

for (const form of forms) {
  const t = { letters: 0, sameNumbers: 0, comments: 0, chains: 0, inner: 0, responses: 0, responsesSame: 0, allRight: 0, closings: 0, pages: 0, numbersAdded: 0, numbersLost: 0 };
  const fieldsSame = Object.fromEntries(Object.keys(FIELDS).map((name) => [name, 0]));
  const misses = [];
  for (const file of files) {
    const original = filed.get(file);
    if (!original || original.comments.length === 0) continue;
    const bytes = FORMS[form](file);
    if (bytes === undefined) continue;
    t.letters++;
    let other;
    try {
      other = (await parseLetter(bytes, { file: form === 'printed' ? `${file}.pdf` : `${file}.txt`, pdfEngine: args['pdf-engine'] })).letter;
    } catch (error) {
      misses.push(`${file}: ${error.code ?? error.message}`);
      continue;
    }
    for (const [name, read] of Object.entries(FIELDS)) if (JSON.stringify(read(original.letter)) === JSON.stringify(read(other.letter))) fieldsSame[name]++;
    // Page furniture read as words, or words lost with it: the closing's start, the page count, and bare numbers (a page's
    // number, a footnote mark) in the comments' and answers' texts that one side has and the other lacks.
    if (start(original.closing) === start(other.closing)) t.closings++;
    if (original.source.pages === other.source.pages) t.pages++;
    if (original.comments.length === other.comments.length) {
      original.comments.forEach((c, k) => {
        const o = other.comments[k];
        for (const [a, b] of [[c.text, o?.text], [c.response?.text, o?.response?.text]]) {
          const [added, lost] = bareNumbersApart(a ?? '', b ?? '');
          t.numbersAdded += added;
          t.numbersLost += lost;
        }
      });
    }
    // A number printed twice pairs in order: the second "1" with the other's second.
    const originalKeys = commentKeys(original.comments);
    const byNumber = new Map(commentKeys(other.comments).map((key, i) => [key, other.comments[i]]));
    const same = JSON.stringify(original.comments.map((c) => c.number)) === JSON.stringify(other.comments.map((c) => c.number));
    if (same) t.sameNumbers++;
    let right = same;
    const wrong = [];
    for (const [i, c] of original.comments.entries()) {
      t.comments++;
      const o = byNumber.get(originalKeys[i]);
      const chainSame = o !== undefined && JSON.stringify(c.headings.map(norm)) === JSON.stringify(o.headings.map(norm));
      if (chainSame) t.chains++;
      else wrong.push(`#${c.number} headings ${JSON.stringify(o?.headings ?? null)} vs ${JSON.stringify(c.headings)}`);
      if (o !== undefined && norm(c.headings.at(-1) ?? '') === norm(o.headings.at(-1) ?? '')) t.inner++;
      if (c.response) {
        t.responses++;
        if (o?.response && start(o.response.text) === start(c.response.text)) t.responsesSame++;
        else wrong.push(`#${c.number} response starts ${JSON.stringify((o?.response?.text ?? '').slice(0, 50))} vs ${JSON.stringify(c.response.text.slice(0, 50))}`);
      }
      right &&= chainSame && (!c.response || (o?.response !== undefined && o.response !== null && start(o.response.text) === start(c.response.text)));
    }
    if (right) t.allRight++;
    else misses.push(`${file}: ${same ? '' : `numbers ${JSON.stringify(other.comments.map((c) => c.number))} vs ${JSON.stringify(original.comments.map((c) => c.number))}; `}${wrong.slice(0, 3).join('; ')}`);
  }
  const pct = (a, b) => `${a} / ${b}  ${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`${form}: ${t.letters} letters with comments as filed`);
  console.log(`  same comment numbers    ${pct(t.sameNumbers, t.letters)}`);
  console.log(`  heading chains exact    ${pct(t.chains, t.comments)}`);
  console.log(`  innermost heading same  ${pct(t.inner, t.comments)}`);
  console.log(`  response starts same    ${pct(t.responsesSame, t.responses)}`);
  console.log(`  letters all the same    ${pct(t.allRight, t.letters)}`);
  console.log(`  letter fields the same  ${Object.entries(fieldsSame).map(([name, n]) => `${name} ${((100 * n) / Math.max(1, t.letters)).toFixed(1)}%`).join(', ')}`);
  console.log(`  closing starts same     ${pct(t.closings, t.letters)}   page count same ${pct(t.pages, t.letters)}`);
  console.log(`  bare numbers in texts   ${t.numbersAdded} the letters as filed lack, ${t.numbersLost} of theirs lost (letters with as many comments)`);
  if (args.misses) for (const m of misses) console.log(`    ${m.slice(0, 400)}`);
}

/** How many bare numbers of one or two figures (a page's number, a footnote's mark) `b` has that `a` lacks, and `a` has that `b` lacks. */
function bareNumbersApart(a, b) {
  const count = (text) => {
    const out = new Map();
    for (const word of text.split(/\s+/)) if (/^\d{1,2}$/.test(word)) out.set(word, (out.get(word) ?? 0) + 1);
    return out;
  };
  const [inA, inB] = [count(a), count(b)];
  let added = 0;
  let lost = 0;
  for (const [word, n] of inB) added += Math.max(0, n - (inA.get(word) ?? 0));
  for (const [word, n] of inA) lost += Math.max(0, n - (inB.get(word) ?? 0));
  return [added, lost];
}
