// Flattened text: the bare page numbers kept where the pages broke are set apart, not read as words of a comment or answer.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { pageNumbers } from '../src/load/flat/page-numbers.js';
import { tokenize } from '../src/load/flat/tokens.js';
import { expectLinear } from './growth.js';

/** A page's worth of a letter's sentences (about 1,600 characters). */
const page = (topic: string) => `We note your disclosure about ${topic} and ask that you explain it further in your response. `.repeat(18);
/** The words of the page numbers pageNumbers finds. */
const found = (text: string) => {
  const { tokens } = tokenize(text);
  return pageNumbers(tokens, 0, () => false).map(([from, to]) => tokens.texts.slice(from, to).join(' '));
};

describe('pageNumbers (flattened text)', () => {
  it('should find numbers one more than the one before, a page apart, mid-sentence or between sentences, with their footer words', () => {
    expect(found(`${page('revenue')}Please expand this section to 2 reflect any discussions. ${page('segments')}Our operations. oxy.com 3 Because the business is new. ${page('leases')}`)).toEqual(['2', 'oxy.com 3']);
    // After a sentence that ends on a year or an amount ("… periods prior to 2019. 1 RESPONSE …", "… Question 102.05. 10 …": c0622,
    // c0848 flattened, blind rounds 54 and 49); a table's figure has no full stop.
    expect(found(`${page('revenue')}the impact on periods prior to 2019. 1 RESPONSE Background. ${page('segments')}closed in or prior to 1998. 2 Acting pursuant to licenses. ${page('leases')}`)).toEqual(['1', '2']);
    // And "| Page" after the number ("… oil companies. 1 | Page Examples …", c0699 flattened, blind round 52).
    expect(found(`${page('revenue')}oil companies. 1 | Page Examples of other considerations. ${page('segments')}Corporate Secretary 2 | Page`)).toEqual(['1 | Page', '2 | Page']);
  });

  it('should take a short page\'s number, and the last page\'s at the text\'s end however short that page (c0409 flattened)', () => {
    const short = 'We note your response and ask for more. '.repeat(20);
    expect(found(`${page('revenue')}our pricing recovery. 2 Form 8-K ${short}with the Staff. * 3 If you have any questions, please call. Sincerely, Jane Doe Eaton Corporation plc 4`)).toEqual(['2', '3', '4']);
  });

  it('should take as the last page\'s predecessor a number a page back before a nearer one, a footnote\'s on the short last page (c0781 flattened)', () => {
    const text = `${page('revenue')}legal control. 1 We have identified. ${page('segments')}with Syria and Sudan. 2 Response The Company has considered. ${page('leases').slice(0, 900)}Assistant Director, SEC 2 For the purposes of this assessment, Aon plc has considered contracts. 3`;
    const { tokens } = tokenize(text);
    const after = pageNumbers(tokens, 0, () => false).map(([, to]) => tokens.text(to));
    // (the last page's number ends the text: nothing after it)
    expect(after).toEqual(['We', 'Response', '']);
  });

  it('should not take one number alone, numbers closer than a page, a table\'s figures, or a number a word names', () => {
    expect(found(`${page('revenue')}to 2 reflect ${page('segments')}`)).toEqual([]);
    expect(found(`${page('revenue')}In Years 1 2 3 4 5 the reserves grew. ${page('segments')}In Years 1 2 3 4 5 they fell. ${page('leases')}`)).toEqual([]);
    expect(found(`${page('revenue')}see our response to comment 2 below. ${page('segments')}as Note 3 says. ${page('leases')}`)).toEqual([]);
    expect(found(`${page('revenue')}Scope 1 and 2 emissions. ${page('segments')}`)).toEqual([]);
  });

  it('should keep a page number out of the comment it breaks, and out of the answer after a footer (c0005, c0714 flattened)', async () => {
    const text =
      'May 1, 2024 Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549 Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2023 File No. 001-12345 Ladies and Gentlemen: ' +
      'On behalf of Example Corp., this letter responds to the Staff’s comments in its letter dated April 17, 2024. The comments are repeated below, followed by our responses. ' +
      `1. ${page('revenue')}Please expand this section to 2 reflect any subsequent discussions. Response: We have revised the disclosure. ` +
      `2. ${page('segments')}Explain the guidance in ASC 280-10-50-11. example.com 3 We respectfully advise the Staff that the segment is not separate. ` +
      `${page('leases')}If you have any questions, please call me. Sincerely, Jane Doe`;
    const { letter } = await parseLetter(Buffer.from(text), { verify: true });
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.comments[0]?.text.endsWith('Please expand this section to reflect any subsequent discussions.')).toBe(true);
    expect(letter.comments[1]?.text.endsWith('Explain the guidance in ASC 280-10-50-11.')).toBe(true);
    expect(letter.comments[1]?.response?.text.startsWith('We respectfully advise the Staff that the segment is not separate.')).toBe(true);
  });

  it('should read a text of many bare numbers in linear time', { timeout: 120_000 }, async () => {
    await expectLinear(
      (scale) => Array.from({ length: scale * 40_000 }, (_, i) => `word ${(i % 9) + 1} and more words here`).join(' '),
      (text) => found(text),
    );
  });
});
