// How PDF lines become paragraphs, checked on real corpus letters (skipped where ../shared/corpus is absent).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'letters');
const parse = async (file: string) => (await parseLetter(readFileSync(join(CORPUS, file)), { file })).letter;

describe.skipIf(!existsSync(CORPUS))('PDF paragraphs on corpus letters', () => {
  it('should go on with a sentence after a short line that stops on a lower-case word (c0338, c0107)', async () => {
    const c0338 = await parse('c0338.pdf');
    expect(c0338.comments.find((c) => c.number === 8)?.text).toContain('considering that depreciation and amortization reflects an allocation');
    const c0107 = await parse('c0107.pdf');
    expect(c0107.comments.find((c) => c.number === 1)?.text).toContain('and the requirements referenced previously. We reissue prior comment one.');
  });

  it('should keep an address block line by line, a lower-case company name too (c0233: "Chief Financial Officer" over "lululemon athletica inc.")', async () => {
    const c0233 = await parse('c0233.pdf');
    expect(c0233.letter.head).toContain('Chief Financial Officer\n\nlululemon athletica inc.');
  });

  it('should hang a lettered item\'s wrapped lines under its text ("a. Please tell us …", c0004)', async () => {
    const c0004 = await parse('c0004.pdf');
    const text = c0004.comments[0]?.text ?? '';
    expect(text).toContain('\na. Please tell us the specific macroeconomic conditions and regional market data existing at the transaction date');
    expect(text).toContain('\nb. Please provide more detail regarding how you determined your initial preliminary fair value estimate');
  });

  it('should start a Re: block\'s "File No." line apart from a full line above it (c0353)', async () => {
    const c0353 = await parse('c0353.pdf');
    expect(c0353.letter.subject).toBe('Carrier Global Corp\nForm 10-K for the Year Ended December 31, 2023, filed February 6, 2024\nFile No. 001-39220');
  });

  it('should start a Re: block\'s "Filed …" line apart from the form line above it (c0375)', async () => {
    const c0375 = await parse('c0375.pdf');
    expect(c0375.letter.subject).toContain('Form 10-Q for the Quarterly Period Ended September 30, 2020\nFiled November 2, 2020');
  });
});

