// Hostile input to the loaders: encodings, invisible marks, false PDF headers, unclosed elements, --verify against the raw document, parseLetter arguments.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify/index.js';
import { CorrespError } from '../src/errors.js';
import { parseLetter } from '../src/index.js';
import { detectFormat } from '../src/load/detect.js';
import { htmlBlocks, unclosedElements } from '../src/load/html.js';
import { decodeText, decodeWindows1252, utf16ToUtf8 } from '../src/load/index.js';
import { checkCoverage, readHtml } from '../src/verify.js';
import { LETTERS_DIR, sameLetter } from './fixtures.js';
// @ts-expect-error: a plain .mjs module, no types
import { HTML_REWRITES } from '../scripts/lib/rewrites.mjs';

const HOSTILE_DIR = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const hostile: { about: string; letters: Record<string, { format: string; container?: string; replacementCharacters?: number }> } = JSON.parse(
  readFileSync(join(HOSTILE_DIR, 'expected.json'), 'utf8'),
);
const utf8 = (text: string) => new TextEncoder().encode(text);
const blockTexts = (html: string) => htmlBlocks(html).map((b) => b.runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim());
/** Every mark the review found hiding comment numbers. */
const MARKS = [
  0x00ad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff,
].map((c) => String.fromCharCode(c));
const MARK_CLASS = new RegExp(`[${MARKS.join('')}]`, 'g');

/** What must survive any re-encoding: the comments' numbers and texts. */
async function commentsOf(bytes: Uint8Array | string, file = 'x') {
  const { letter, coverage } = await parseLetter(bytes, { file, verify: true });
  expect(coverage?.ok, coverage?.problem).toBe(true);
  return { comments: letter.comments.map((c) => ({ number: c.number, text: c.text.replace(MARK_CLASS, '') })), letter };
}

describe('hostile fixtures (fixtures/hostile)', async () => {
  const base = await commentsOf(readFileSync(join(HOSTILE_DIR, 'base.txt')), 'base.txt');
  it('the base letter has three comments', () => {
    expect(base.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(base.comments[0]?.text).toContain('“adjusted margin” –');
  });
  for (const [name, expected] of Object.entries(hostile.letters)) {
    it(`${name} parses to the base letter's comments`, async () => {
      const { comments, letter } = await commentsOf(readFileSync(join(HOSTILE_DIR, name)), name);
      expect(comments).toEqual(base.comments);
      expect(letter.source.format).toBe(expected.format);
      expect(letter.source.container).toBe(expected.container ?? null);
      expect(letter.closing).toMatch(/^We remind you/);
      expect(letter.letter.date).toBe('2020-03-03');
      expect(letter.letter.head).not.toMatch(/<|CORRESP|filename1/);
      const all = JSON.stringify(letter);
      expect(all).not.toMatch(/[\u0080-\u009f]|â€/);
      expect(all.split('\ufffd').length - 1).toBe(expected.replacementCharacters ?? 0);
    });
  }
});

describe('decodeText', () => {
  it('should map 0x80-0x9F by the Windows-1252 table, the five undefined bytes to themselves', () => {
    const row = Uint8Array.from({ length: 32 }, (_, k) => 0x80 + k);
    expect(decodeWindows1252(row)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    // Smart quotes in a letter that is not UTF-8 (U+0092 before the fix).
    expect(decodeText(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x92, 0x96, 0xe9]))).toBe('“A” ’–é');
  });
  it('should keep a mostly-valid UTF-8 file as UTF-8, one U+FFFD per bad sequence', () => {
    const good = utf8('Management’s “adjusted” café – résumé ');
    const damaged = new Uint8Array([...good, 0xff, ...good, 0xc3, 0x28, ...good]);
    expect(decodeText(damaged)).toBe('Management’s “adjusted” café – résumé \ufffdManagement’s “adjusted” café – résumé \ufffd(Management’s “adjusted” café – résumé ');
  });
  it('should mend a no-break space whose second byte a tool dropped amid white space (html2text, c0012), and only there', () => {
    const cut = new Uint8Array([...utf8('cc: Curtis A. Morgan\n'), 0xc2, 0xa0, 0xc2, 0xa0, 0xc2, ...utf8('Vistra Energy Corp.\n  '), 0xc2, 0x24, ...utf8('5')]);
    expect(decodeText(cut)).toBe('cc: Curtis A. Morgan\n\u00a0\u00a0\u00a0Vistra Energy Corp.\n  \u00a0$5');
    // Inside a word it is damage, as before.
    expect(decodeText(new Uint8Array([...utf8('Management’s café'), 0xc2, ...utf8('x résumé')]))).toBe('Management’s café\ufffdx résumé');
  });
  it('should read a file of mostly invalid sequences as Windows-1252', () => {
    // One accidental valid pair (Ã©) among many 1252 quotes.
    expect(decodeText(Uint8Array.from([0x93, 0x61, 0x94, 0x92, 0xc3, 0xa9, 0x93, 0x62, 0x94]))).toBe('“a”’Ã©“b”');
  });
  it('should not count a U+FFFD written in the file as damage', () => {
    // Four valid (written) U+FFFD and one bad byte: UTF-8. Counted as damage, they made it 1252 ("ï¿½").
    expect(decodeText(new Uint8Array([...utf8('\ufffd\ufffd\ufffd\ufffd a '), 0x92]))).toBe('\ufffd\ufffd\ufffd\ufffd a \ufffd');
    expect(decodeText(new Uint8Array([...utf8('\ufffd a '), 0x92, 0x93]))).toBe('ï¿½ a ’“');
  });
  it('should read a C1 control in UTF-8 text as the Windows-1252 character of its byte (a text browser\'s "&#146;", c0288 dumped by lynx)', () => {
    expect(decodeText(utf8('Management\u0092s Discussion \u0093Form 10-K\u0094 \u0096 Controller'))).toBe('Management’s Discussion “Form 10-K” – Controller');
    // The five bytes Windows-1252 leaves undefined stay as they are.
    expect(decodeText(utf8('a\u0081b\u009dc'))).toBe('a\u0081b\u009dc');
  });
  it('should drop a UTF-8 byte-order mark and the invisible marks', () => {
    expect(decodeText(utf8('\ufeffRe: \u200eX\u202e\u00ad'))).toBe('Re: X');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a’'), 0xff]))).toBe('a’\ufffd');
  });
});

describe('utf16ToUtf8', () => {
  const text = 'Dear Sir: we note “your” filing – 1. Please revise.';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  it('should transcode UTF-16 with a byte-order mark, either order', () => {
    expect(Buffer.from(utf16ToUtf8(Buffer.concat([Buffer.from([0xff, 0xfe]), le])) ?? []).toString()).toBe(text);
    expect(Buffer.from(utf16ToUtf8(Buffer.concat([Buffer.from([0xfe, 0xff]), be])) ?? []).toString()).toBe(text);
  });
  it('should recognise UTF-16 without a mark by its NUL bytes, and nothing else', () => {
    expect(Buffer.from(utf16ToUtf8(le) ?? []).toString()).toBe(text);
    expect(Buffer.from(utf16ToUtf8(be) ?? []).toString()).toBe(text);
    expect(utf16ToUtf8(utf8(text))).toBeUndefined();
    expect(utf16ToUtf8(new Uint8Array(4096))).toBeUndefined();
    expect(utf16ToUtf8(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bad', 'binary-image.htm')))).toBeUndefined();
    expect(utf16ToUtf8(Buffer.from('short', 'utf16le'))).toBeUndefined();
  });
});

describe('detectFormat', () => {
  it('should skip a UTF-8 byte-order mark before an EDGAR wrapper or a PDF header', () => {
    expect(detectFormat(utf8('\ufeff<DOCUMENT>\n<TYPE>CORRESP\n<TEXT>\n<html>'))).toBe('edgar');
    expect(detectFormat(utf8('\ufeff\n<SEC-DOCUMENT>0001.txt'))).toBe('edgar');
    expect(detectFormat(utf8('\ufeff%PDF-1.7\n'))).toBe('pdf');
    expect(detectFormat(utf8('\ufeff\u200b\u202a\u2060\u00ad <DOCUMENT>\n<TYPE>CORRESP'))).toBe('edgar');
  });
  it('should take %PDF- after a few junk bytes, but not after markup or words', () => {
    expect(detectFormat(Uint8Array.from([0x00, 0x0d, 0x0a, 0xe2, ...utf8('%PDF-1.4\n')]))).toBe('pdf');
    expect(detectFormat(utf8('<html><head><meta name="generator" content="%PDF-1.4"></head><body><p>Dear Sir:</p>'))).toBe('html');
    expect(detectFormat(utf8('<meta content="%PDF-1.4">Dear Sir: we note'))).not.toBe('pdf');
    expect(detectFormat(utf8('August 30, 2017\n\nDear Sir: the file starts with %PDF-1.4 as expected.'))).toBe('text');
  });
});

describe('invisible marks', () => {
  const letter = readFileSync(join(HOSTILE_DIR, 'base.txt'), 'utf8');
  for (const mark of MARKS) {
    it(`should find comment numbers wrapped in U+${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, async () => {
      const marked = letter.replace(/\n([0-9])\. /g, `\n${mark}$1${mark}.${mark} `);
      const { comments, letter: parsed } = await commentsOf(marked);
      expect(comments.map((c) => c.number)).toEqual([1, 2, 3]);
      expect(JSON.stringify(parsed)).not.toContain(mark);
    });
  }
  it('should find them as HTML entities too, in a number cell', async () => {
    const html = `<html><body>${letter
      .trim()
      .split(/\n\n+/)
      .map((p) => p.replace(/^([0-9])\. (.*)$/s, '<table><tr><td>&lrm;$1.&#8203;</td><td>$2</td></tr></table>'))
      .map((p) => (p.startsWith('<table') ? p : `<p>${p}</p>`))
      .join('\n')}</body></html>`;
    const { comments } = await commentsOf(html);
    expect(comments.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});

describe('unclosed elements in HTML', () => {
  const paragraphs = readFileSync(join(HOSTILE_DIR, 'base.txt'), 'utf8').trim().split(/\n\n+/);
  const before2 = paragraphs.findIndex((p) => p.startsWith('2. '));
  const page = (insert: string) =>
    `<html><head><title>Letter</title></head><body>\n${paragraphs.map((p, k) => `${k === before2 ? insert : ''}<p>${p}</p>`).join('\n')}\n</body></html>`;
  const names = ['svg', 'math', 'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noscript', 'template', 'object', 'noembed', 'noframes', 'plaintext', 'xml'];
  for (const name of names) {
    it(`should keep the letter after an unclosed <${name}>`, async () => {
      const { comments, letter } = await commentsOf(page(`<${name} class="x">`));
      expect(comments.map((c) => c.number)).toEqual([1, 2, 3]);
      expect(letter.closing).toMatch(/^We remind you/);
      expect(letter.letter.signatories.map((s) => s.name)).toEqual(['Jane Doe']);
    });
  }
  it('should keep the text inside an unclosed <svg> as text', () => {
    expect(blockTexts('<p>a</p><svg><text>chart</text><p>b</p>')).toEqual(['a', 'chart', 'b']);
  });
  it('should still skip closed elements and read closed raw-text ones as before', () => {
    expect(blockTexts('<p>a</p><svg><text>logo</text></svg><script>x()</script><style>p{}</style><p>b</p>')).toEqual(['a', 'b']);
    expect(blockTexts('<p>a</p><svg/><p>b</p><svg><svg></svg></svg><p>c</p>')).toEqual(['a', 'b', 'c']);
  });
  it('should tell an element opened twice with one end tag from a closed one', () => {
    const html = '<title>a<p>b<title>c</title><svg><svg></svg><p>d</p><script>"<script"</script>';
    expect([...unclosedElements(html)]).toEqual([0, html.indexOf('<svg>')]);
  });
});

describe('--verify against the raw document', () => {
  it('should read HTML without the loader: tags, comments, hidden and skipped content dropped', () => {
    const html = '<p>a&amp;b &#65;&#x42;<!-- x --></p><script>y</script><svg>z</svg><div style="display:none">h<div>i</div></div><p title="x>y">k</p><xmp><p>raw</xmp>';
    expect(readHtml(html).replace(/\s+/g, ' ').trim()).toBe('a&b AB k <p>raw');
  });
  it('should move words as the loader does only inside <pre>, where it reads a text letter (a property test\'s case)', () => {
    const read = (html: string) => readHtml(html).replace(/\s+/g, ' ').trim();
    // Outside <pre> the loader reads markup: a number beside indented lines stays where it stands.
    expect(read('\n\n <TEXT>   \u00a0 Dear Sir:\n<p> 2. Dear Sir:')).toBe('Dear Sir: 2. Dear Sir:');
    // Inside it, a number centred beside its text's lines moves to their first line (load/text.ts numbersAtBlockTop).
    expect(read('<pre>Goodwill\n\n   We note your test.\n1. Please tell us more\n   about it.</pre><p>End</p>')).toBe('Goodwill 1. We note your test. Please tell us more about it. End');
  });
  it('should read damaged markup as the tokenizer does (cases found by mutation fuzzing)', () => {
    const read = (html: string) => readHtml(html).replace(/\s+/g, ' ').trim();
    // "<!--" inside a skipped <title> is text, not an unclosed comment.
    expect(read('<head><title>R<!--esponse</title></head><body><p>Letter</p>')).toBe('Letter');
    // "</" without a name is a bogus comment; a quote that never closes swallows the rest.
    expect(read('<p>a</\u0000ONT>b</p>')).toBe('a b');
    expect(read('<p>a</p><p title="x>b</p>')).toBe('a');
    // Unknown references stay as written.
    expect(read('<p>&xxnbsp; &nbsp &copy2017</p>')).toBe('&xxnbsp; ©2017');
    // A tag cut off by the end of the file.
    expect(read('<p>a</p></b x')).toBe('a x');
    expect(read('<p>a</p><T')).toBe('a <T');
    expect(read('<p>a</p><b class="x')).toBe('a');
  });
  it('should report words of the document that the loader lost', async () => {
    const html = `<html><body>${readFileSync(join(HOSTILE_DIR, 'base.txt'), 'utf8')
      .split(/\n\n+/)
      .map((p) => `<p>${p}</p>`)
      .join('')}</body></html>`;
    const { letter, text } = await parseLetter(html, { verify: true });
    const lines = classify(text).lines;
    expect(checkCoverage(letter, lines, { format: 'html', text: html }).ok).toBe(true);
    // As if the loader had dropped a paragraph (what an unclosed <svg> did).
    const lost = html.replace('<p>2. ', '<p>Please also tell us about goodwill.</p><p>2. ');
    const report = checkCoverage(letter, lines, { format: 'html', text: lost });
    expect(report.ok).toBe(false);
    expect(report.problem).toMatch(/loader lost.*Pleasealsotellusaboutgoodwill2/);
    expect(checkCoverage(letter, lines, { format: 'text', text: `${readFileSync(join(HOSTILE_DIR, 'base.txt'), 'utf8')} And more.` }).ok).toBe(false);
    expect(checkCoverage(letter, lines, { format: 'pdf' }).ok).toBe(true);
  });
  it('should find a preamble\'s words past the first comment\'s start only between its headings and its label (a lead-in), once', async () => {
    const { letter, text } = await parseLetter(readFileSync(join(HOSTILE_DIR, 'base.txt')), { verify: true });
    const lines = classify(text).lines;
    expect(checkCoverage(letter, lines, { format: 'pdf' }).ok).toBe(true);
    const first = letter.comments[0] as (typeof letter.comments)[number];
    // Words of comment 1 copied into the preamble: they would be there twice.
    const twice = { ...letter, preamble: `${letter.preamble}\n\n${first.text.split(' ').slice(0, 5).join(' ')}` };
    expect(checkCoverage(twice, lines, { format: 'pdf' }).ok).toBe(false);
    // Moved there from the comment: found once, but not between its headings and its label.
    const moved = { ...twice, comments: [{ ...first, text: first.text.split(' ').slice(5).join(' ') }, ...letter.comments.slice(1)] };
    expect(checkCoverage(moved, lines, { format: 'pdf' }).ok).toBe(false);
  });
  it('should read an EDGAR letter to its last </TEXT>, so a </text> inside the letter cannot hide words', async () => {
    const paragraphs = readFileSync(join(HOSTILE_DIR, 'base.txt'), 'utf8').trim().split(/\n\n+/);
    const body = paragraphs.map((p) => `${p.startsWith('2. ') ? '<svg><text>Logo</text></svg>' : ''}<p>${p}</p>`).join('\n');
    const container = `<DOCUMENT>\n<TYPE>CORRESP\n<TEXT>\n<html><body>${body}</body></html>\n</TEXT>\n</DOCUMENT>\n`;
    const { letter, coverage } = await parseLetter(container, { verify: true });
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(coverage?.ok, coverage?.problem).toBe(true);
  });
});

describe('parseLetter arguments', () => {
  const letter = readFileSync(join(HOSTILE_DIR, 'base.txt'));
  it('should read a string as its UTF-8 bytes, and an ArrayBuffer as its bytes', async () => {
    const fromBytes = await parseLetter(letter);
    const fromString = await parseLetter(letter.toString('utf8'));
    expect(fromString.letter).toEqual(fromBytes.letter);
    const copy = new Uint8Array(letter).buffer;
    expect((await parseLetter(copy)).letter).toEqual(fromBytes.letter);
  });
  it('should throw a CorrespError naming what it got for anything else', async () => {
    for (const [input, found] of [
      [42, 'number'],
      [null, 'null'],
      [undefined, 'undefined'],
      [{ text: 'x' }, 'an object (Object)'],
      [[1, 2], 'an array'],
    ] as const) {
      const error = await parseLetter(input as unknown as string, { file: 'f' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorrespError);
      expect(error).toMatchObject({ code: 'UNSUPPORTED_FORMAT', file: 'f' });
      expect((error as Error).message).toContain(`got ${found}`);
    }
  });
});

describe('a good letter re-encoded', () => {
  const htmlFile = join(LETTERS_DIR, '2021-meta-10k-corresp.htm');
  const textFile = join(LETTERS_DIR, '2017-21vianet-corresp.txt');
  const html = readFileSync(htmlFile, 'latin1');
  const text = readFileSync(textFile, 'utf8');
  const bom = (order: 'le' | 'be', s: string) => {
    const le = Buffer.from(s, 'utf16le');
    return order === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
  };
  for (const [name, file, original] of [
    ['HTML in an EDGAR wrapper', htmlFile, html],
    ['plain text', textFile, text],
  ] as const) {
    it(`${name}: UTF-16LE and UTF-16BE with a BOM parse to the same comments`, async () => {
      const want = (await commentsOf(readFileSync(file))).comments;
      expect(want.length).toBeGreaterThan(3);
      expect((await commentsOf(bom('le', original))).comments).toEqual(want);
      expect((await commentsOf(bom('be', original))).comments).toEqual(want);
    });
  }
  it('HTML: smart-quote entities written as Windows-1252 bytes parse to the same comments', async () => {
    const want = (await commentsOf(readFileSync(htmlFile))).comments;
    const bytes: Record<string, number> = { rsquo: 0x92, lsquo: 0x91, ldquo: 0x93, rdquo: 0x94, ndash: 0x96, mdash: 0x97 };
    let swapped = 0;
    const cp1252 = html.replace(/&(rsquo|lsquo|ldquo|rdquo|ndash|mdash);/g, (_, code: string) => {
      swapped++;
      return String.fromCharCode(bytes[code] as number);
    });
    expect(swapped).toBeGreaterThan(5);
    expect((await commentsOf(Buffer.from(cp1252, 'latin1'))).comments).toEqual(want);
  });
  it('HTML: a UTF-8 BOM before the EDGAR wrapper parses to the same letter', async () => {
    const plain = await parseLetter(readFileSync(htmlFile));
    const withBom = await parseLetter(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(htmlFile)]));
    expect(withBom.letter.source.container).toBe('edgar');
    expect({ ...withBom.letter, source: null }).toEqual({ ...plain.letter, source: null });
  });
  it('HTML: every fixture letter written otherwise for the same page parses to the same letter, white space aside: block tags on lines of their own (pretty-printers, many filers\' tools), the whole letter in a table that only sets its margins, or two', async () => {
    // Text in one line or many reads the same in a browser: HTML collapses white space, and trims it at a block's and a cell's edges.
    const rewrites = Object.fromEntries(
      ['block tags on lines of their own', 'in a layout table', 'in a layout table under a logo row', 'in nested layout tables', 'without the EDGAR wrapper (as a browser downloads it)'].map((name) => [name, HTML_REWRITES[name] as (html: string) => string]),
    );
    const htmlLetters = readdirSync(LETTERS_DIR).filter((f) => f.endsWith('.htm'));
    expect(htmlLetters.length).toBeGreaterThan(20);
    for (const file of htmlLetters) {
      const original = readFileSync(join(LETTERS_DIR, file), 'latin1');
      const want = sameLetter((await parseLetter(Buffer.from(original, 'latin1'))).letter);
      for (const [name, rewrite] of Object.entries(rewrites)) {
        const rewritten = rewrite(original);
        expect(rewritten, `${file}: ${name}`).not.toBe(original);
        expect(sameLetter((await parseLetter(Buffer.from(rewritten, 'latin1'))).letter), `${file}: ${name}`).toBe(want);
      }
    }
  });
  it('HTML: a letter set in one cell of a table that only lays the page out reads as the letter does, its comment found (c0157 so rewritten had lost its only comment)', async () => {
    const italic = (t: string) => `<div><font style="font-style:italic">${t}</font></div>`;
    const plain = (t: string) => `<div><font>${t}</font></div>`;
    const body = [
      ...['August 16, 2024', 'Division of Corporation Finance', 'United States Securities and Exchange Commission', 'Washington, D.C. 20549', 'Re: Example Inc.', 'Definitive Proxy Statement on Schedule 14A', 'File No. 001-35229', 'Dear Ms. Doe:'].map(plain),
      plain('This letter responds to the comments of the Staff by letter dated August 9, 2024. We have reproduced the comment in italics above the response.'),
      plain('Pay Versus Performance, page 65'),
      italic('1. We note that you have included Revenue as your Company-Selected Measure pursuant to'),
      italic('Item 402(v)(2)(vi) of Regulation S-K. Please include your Company-Selected Measure in'),
      italic('the Tabular List provided pursuant to Item 402(v)(6) of Regulation S-K.'),
      ...['<br>', 'We confirm that we will revise our future proxy disclosures accordingly.', '<br>', 'Please contact me with any questions.', 'Sincerely,', '/s/ Jane Doe', 'Corporate Secretary'].map(plain),
    ].join('');
    const comments = async (html: string) => (await parseLetter(Buffer.from(html))).letter.comments.map((c) => [c.number, c.headings, c.text.slice(0, 40), c.response?.text ?? null]);
    const want = await comments(`<html><body>${body}</body></html>`);
    expect(want).toEqual([[1, ['Pay Versus Performance, page 65'], 'We note that you have included Revenue a', 'We confirm that we will revise our future proxy disclosures accordingly.']]);
    expect(await comments(`<html><body><table width="100%"><tr><td>${body}</td></tr></table></body></html>`)).toEqual(want);
    // A table of the letter's own, a comment boxed in one cell, stays a table: its text is read apart as before.
    const boxed = (await parseLetter(Buffer.from(`<html><body>${body.replace(italic('1. We note that you have included Revenue as your Company-Selected Measure pursuant to'), `<table><tr><td>${italic('1. We note that you have included Revenue as your Company-Selected Measure pursuant to')}</td></tr></table>`)}</body></html>`))).text;
    expect(boxed.lines.find((line) => line.text.startsWith('1. We note'))?.inTable).toBe(true);
  });

  it('HTML set line by line (a <div> a line, as PDF-to-HTML converters write): a line said twice in lower case and a page\'s last words are the letter\'s, not page furniture', async () => {
    const line = (t: string) => `<div>${t}</div>`;
    const head = ['August 16, 2024', 'Division of Corporation Finance', 'United States Securities and Exchange Commission', 'Washington, D.C. 20549', 'Re: Example Inc.', 'Form 10-K for the Fiscal Year Ended December 31, 2023', 'File No. 001-35229', 'Dear Ms. Doe:', '<br>', 'This letter responds to the comments of the Staff by letter dated August 9, 2024.', '<br>'];
    const answer = (name: string) => [`For the customer relationship intangible acquired in the ${name} acquisition, we considered the factors above and`, 'a specific pattern in the consumption of economic benefit could not be reliably', 'determined. Accordingly, we determined that a straight-line amortization method was', 'appropriate for the customer relationship intangible.'];
    const lines = [...head, '1. Please tell us how you amortize the Ottens customer relationships.', '<br>', ...answer('Ottens'), '<br>', '2. Please tell us how you amortize the LMC customer relationships.', '<br>', ...answer('LMC'), '<br>', 'Sincerely,', '/s/ Jane Doe'];
    const { comments } = (await parseLetter(Buffer.from(`<html><body>${lines.map(line).join('')}</body></html>`))).letter;
    expect(comments.map((c) => c.number)).toEqual([1, 2]);
    for (const c of comments) expect(c.response?.text).toContain('and a specific pattern in the consumption of economic benefit could not be reliably determined.');
    // c0640 so set: "… drawn upon at the" / "direction of the" / (page break) "Arthur J. Gallagher & Co." / "File No. …" / "Page 2" / "captive
    // company's regulator": the page's last line is no running header, though the head prints "of" and "the".
    const corpusLetter = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'letters', 'c0640.htm');
    if (!existsSync(corpusLetter)) return;
    const setLineByLine = readFileSync(corpusLetter, 'latin1').replace('drawn upon at the direction of the </P>', 'drawn upon at the</P><div>direction of the </div>');
    const answers = (await parseLetter(Buffer.from(setLineByLine, 'latin1'))).letter.comments.map((c) => c.response?.text ?? '').join(' ');
    expect(answers).toContain('drawn upon at the direction of the captive company’s regulator');
  });

  it('HTML without the EDGAR wrapper: a company\'s short letter that answers the Division\'s letter, or addresses the Commission above its date, is the company\'s (c0039, c0153, c0510 so)', async () => {
    const kindOf = async (lines: string[]) => {
      const { letter } = (await parseLetter(Buffer.from(`<html><body>${lines.map((t) => `<p>${t}</p>`).join('')}</body></html>`))).letter;
      return [letter.kind, letter.category];
    };
    const berkshire = ['BERKSHIRE HATHAWAY INC.', '3555 FARNAM STREET', 'OMAHA, NEBRASKA 68131', 'August 12, 2024', 'Laura Nicholson', 'Division of Corporation Finance', 'United States Securities and Exchange Commission', 'Washington, DC 20549', 'Re: Berkshire Hathaway Inc.', 'Definitive Proxy Statement on Schedule 14A', 'File No. 001-14905', 'Dear Ms. Nicholson:',
      'The purpose of this letter is to respond to the Division of Corporation Finance’s letter dated August 9, 2024. As requested, we confirm that we will revise our Pay Versus Performance disclosures in future proxy statements.', 'Very truly yours,', '/s/ Marc D. Hamburg', 'Senior Vice President'];
    expect(await kindOf(berkshire)).toEqual(['response', 'comments']);
    const capitalOne = ['Division of Corporation Finance', 'Disclosure Review Program', 'U.S. Securities and Exchange Commission', '100 F Street, N.E.', 'Washington, DC 20549', 'Re: Capital One Financial Corporation', 'Definitive Proxy Statement on Schedule 14A', 'October 3, 2022', 'Ladies and Gentlemen:',
      'We received your comment letter dated September 20, 2022. On behalf of Capital One Financial Corporation, we will enhance our future proxy disclosures in accordance with the topics set forth by the Staff in the letter.', 'Sincerely,', '/s/ Matthew W. Cooper', 'General Counsel and Corporate Secretary'];
    expect((await kindOf(capitalOne))[0]).toBe('response');
  });

  it('zero-width and bidi marks around the comment numbers change nothing', async () => {
    const want = (await commentsOf(readFileSync(textFile))).comments;
    const marked = text.replace(/^([0-9])\. /gm, '\u200b\u202a$1\u202c.\u200e\u2060 ');
    expect(marked).not.toBe(text);
    expect((await commentsOf(marked)).comments).toEqual(want);
    const wantHtml = (await commentsOf(readFileSync(htmlFile))).comments;
    const markedHtml = html.replace(/<I>([0-9])\.<\/I>/g, '<I>&#8206;$1&#8203;.\u2066\u2069</I>');
    expect(markedHtml).not.toBe(html);
    expect((await commentsOf(Buffer.from(markedHtml, 'utf8'))).comments).toEqual(wantHtml);
  });
});
