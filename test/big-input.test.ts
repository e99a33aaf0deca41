// Huge and pathological inputs finish in linear time (no catastrophic backtracking, no quadratic loops); size limits give TOO_LARGE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorrespError, LetterSchema, parseLetter } from '../src/index.js';
import { LETTERS_DIR } from './fixtures.js';

const MB = 1024 * 1024;
/** Under the default 50 MiB limit, so these must be parsed, not rejected. */
const SIZE = 30 * MB;
/** Each case, one after the other on a 2-core machine; most take 1 to 3 s. */
const BOUND_MS = 30_000;
const HEAD = 'August 1, 2017\n\nRe: Form 10-K for the Fiscal Year Ended December 31, 2016\n\nDear Mr. Smith:\n\n';

const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Parse within the bound; the outcome is a schema-valid letter or a CorrespError, never another throw. */
async function parseWithin(text: string, options: { verify?: boolean } = {}): Promise<{ ms: number; comments?: number; code?: string }> {
  const started = performance.now();
  let outcome: { comments?: number; code?: string };
  try {
    const { letter, coverage } = await parseLetter(Buffer.from(text), { file: 'big.txt', ...options });
    expect(LetterSchema.safeParse(letter).success).toBe(true);
    if (options.verify) expect(coverage?.ok, coverage?.problem).toBe(true);
    outcome = { comments: letter.comments.length };
  } catch (error) {
    expect(error).toBeInstanceOf(CorrespError);
    outcome = { code: (error as CorrespError).code };
  }
  const ms = performance.now() - started;
  expect(ms).toBeLessThan(BOUND_MS);
  return { ms, ...outcome };
}

describe('a 30 MB single line', () => {
  const lines: [string, string][] = [
    ['letter-like words', 'We note your disclosure on page 5 regarding revenue recognition. Please revise. '],
    ['"1. 1. 1. …"', '1. '],
    ['"Item Item Item …"', 'Item '],
    ['"Response: Comment 1: …"', 'Response: Comment 1: '],
    ['"(((…"', '('],
    ['tabs between letters', '\t a'],
    ['"A A A …" (title case)', 'A '],
  ];
  for (const [name, unit] of lines) {
    it(`should parse ${name} after a letter head in linear time`, { timeout: 60_000 }, async () => {
      const { comments, code } = await parseWithin(HEAD + fill(unit));
      expect(code ?? 'ok').toBe('ok');
      expect(comments).toBeLessThanOrEqual(1);
    });
  }

  it('should parse a flat letter holding one 5 MB word of "(" glued to letters, in linear time (found by fuzzing)', { timeout: 60_000 }, async () => {
    const word = `${'('.repeat(5 * MB)}Revenue)`;
    const { code } = await parseWithin(`${HEAD.replace(/\n+/g, ' ')}1. Please revise ${word} your disclosure. 2. Please tell us more.`);
    expect(code ?? 'ok').toBe('ok');
  });

  it('should reject "aaaa…" and a line of spaces as not a letter, in linear time', { timeout: 60_000 }, async () => {
    expect((await parseWithin('a'.repeat(SIZE))).code).toBe('NOT_A_LETTER');
    expect((await parseWithin(`${' '.repeat(SIZE)}x`)).code).toBe('NOT_A_LETTER');
  });
});

describe('many short paragraphs', () => {
  it('should choose the comment chain among 200,000 numbered paragraphs in linear time', { timeout: 60_000 }, async () => {
    const parts = [HEAD];
    for (let i = 0; i < 100_000; i++) parts.push(`${(i % 300) + 1}. We note your disclosure.\n\nResponse: We have revised it.\n\n`);
    const { comments } = await parseWithin(parts.join(''));
    expect(comments).toBe(300);
  });

  it('should not overflow the call stack on 300,000 paragraphs or an HTML table of 300,000 rows', { timeout: 60_000 }, async () => {
    expect((await parseWithin(HEAD + 'We note the word.\n\n'.repeat(300_000))).code).toBeUndefined();
    const table = `<html><body><p>Dear Sir:</p><table>${'<tr><td>a b</td><td>c d</td></tr>'.repeat(300_000)}</table></body></html>`;
    expect((await parseWithin(table)).code).toBeUndefined();
  });
});

describe('pathological EDGAR and HTML structure', () => {
  const cases: [string, () => string][] = [
    ['an EDGAR header of blank lines', () => `<SEC-DOCUMENT>\n<SEC-HEADER>${'\n'.repeat(5 * MB)}</SEC-HEADER>\n<DOCUMENT>\n<TYPE>CORRESP\n<TEXT>\nDear Sir:\nWe note.\n</TEXT>\n</DOCUMENT>`],
    ['"<SEC-HEADER>" repeated, never closed', () => `<SEC-DOCUMENT>\n${fill('<SEC-HEADER>', 5 * MB)}`],
    ['the Commission named over and over in the closing', () => `${HEAD}1. We note.\n\nDivision of Corporation Finance\n\n${fill('Securities and Exchange Commission ', 5 * MB)}`],
    ['100,000 nested <div>', () => `<html><body><p>Dear Sir:</p>${'<div>'.repeat(100_000)}We note your disclosure.${'</div>'.repeat(100_000)}</body></html>`],
    ['100,000 nested <b>', () => `<html><body><p>Dear Sir:</p>${'<b>'.repeat(100_000)}We note your disclosure.${'</b>'.repeat(100_000)}</body></html>`],
    ['250,000 unclosed inline and block tags', () => `<html><body><p>Dear Sir:</p>${'<div><b><i><u><span style="font-weight:bold">x '.repeat(50_000)}`],
    ['20,000 nested tables', () => `<html><body><p>Dear Sir:</p>${'<table><tr><td>'.repeat(20_000)}We note.${'</td></tr></table>'.repeat(20_000)}</body></html>`],
  ];
  for (const [name, make] of cases) {
    it(`should get through ${name} in linear time`, { timeout: 60_000 }, async () => {
      const { ms } = await parseWithin(make());
      expect(ms).toBeLessThan(10_000);
    });
  }
});

describe('size limits', () => {
  it('should give TOO_LARGE over maxBytes, before reading anything', async () => {
    await expect(parseLetter(Buffer.from(fill('We note. ', 2000)), { maxBytes: 1000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('should give TOO_LARGE for a PDF over maxPages', async () => {
    const pdf = readFileSync(join(LETTERS_DIR, '2016-ajg-10k-upload.pdf'));
    await expect(parseLetter(pdf, { maxPages: 1 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
