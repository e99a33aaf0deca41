// Flattened letters (every line break collapsed into a space): detection, re-segmentation and its traps, the labelled letters flattened, the corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { flatBlocks, isFlatText } from '../src/load/flat.js';
import { letterStarts } from '../src/load/flat/letter-starts.js';
import { fixtures, sameLetter } from './fixtures.js';
// @ts-expect-error: a plain .mjs module, no types
import { cutAt, foldAtSpaces, unevenSpaces } from '../scripts/lib/rewrites.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);
const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();
const blockTexts = (text: string) => flatBlocks(text).map((b) => b.runs.map((r) => r.text).join(''));
const numbersOf = async (text: string) => (await parseLetter(bytes(text))).letter.comments.map((c) => c.number);

const HEAD =
  'United States securities and exchange commission logo March 3, 2023 Jane Doe Chief Financial Officer Example Corp. 1 Main Street Springfield, IL 62701 ' +
  'Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2021 Filed February 25, 2022 File No. 001-12345 Dear Ms. Doe: ' +
  'We have reviewed your filing and have the following comments. ';
const TAIL =
  ' We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures. ' +
  'Please contact John Roe at 202-551-0000 with any questions. Sincerely, Division of Corporation Finance Office of Finance cc: Richard Roe';
/** A flattened company response's head, up to the first comment. */
const RESPONSE_HEAD =
  'May 1, 2024 Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549 Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2023 File No. 001-12345 Ladies and Gentlemen: ' +
  'On behalf of Example Corp., this letter responds to the Staff’s comments in its letter dated April 17, 2024. The comments are repeated below, followed by our responses. ';

/** A flattened response whose head says it answers: the staff letter's head, reworded. */
const RESPONDING_HEAD = HEAD.replace('We have reviewed your filing and have the following comments.', 'We respectfully respond to the Staff’s comments below.');
/** A second comment with its unlabelled answer, to follow the comment a test is about. */
const SECOND_ANSWERED = '2. Tell us whether the Special Dividend was declared before year end. The Special Dividend was legally declared by the Board on December 14, 2017.';
/** A flattened response's closing and signature. */
const RESPONSE_CLOSING = 'If you have any questions, please call me. Sincerely, Jane Doe';

describe('isFlatText', () => {
  it('should see a letter on one long line as flat', () => {
    expect(isFlatText(`${HEAD}1. Please revise. 2. Please tell us more.${TAIL}`)).toBe(true);
  });
  it('should not see hard-wrapped or paragraph-per-line text as flat', () => {
    const wrapped = Array.from({ length: 40 }, () => 'We note your disclosure on page 12 regarding revenue and its growth').join('\n');
    expect(isFlatText(wrapped)).toBe(false);
    const paragraphs = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${'Please revise your disclosure to explain the change. '.repeat(5)}`).join('\n\n');
    expect(isFlatText(paragraphs)).toBe(false);
    expect(isFlatText('Dear Sir: thank you.')).toBe(false);
  });
});

describe('letterStarts', () => {
  const first = 'May 1, 2024 Re: Example Corp. Form 10-K Ladies and Gentlemen: We answer below. 1. Please revise. Response: We have revised it. Sincerely, /s/ Jane Doe Chief Financial Officer cc: John Roe';
  const head = 'June 3, 2024 Mr. Bob Jones Acme Inc. Re: Acme Inc. Form 10-K File No. 001-16441';
  const second = `${head} Dear Mr. Jones: We have reviewed your filing. 1. Please revise. Sincerely, Division of Corporation Finance`;

  it('should find another letter after a sign-off by its Re: line and salutation, starting at its head\'s date', () => {
    const text = `${first} ${second}`;
    expect(letterStarts(text)).toEqual([text.indexOf('June 3, 2024')]);
    expect(letterStarts(first)).toEqual([]);
  });

  it('should start the other letter at its EDGAR document header or the staff logo text, not at a date after them', () => {
    for (const opening of ['CORRESP 1 filename1.htm', 'United States securities and exchange commission logo']) {
      const text = `${first} ${opening} ${second}`;
      expect(letterStarts(text)).toEqual([text.indexOf(opening)]);
    }
  });

  it('should find each of three letters, and none where a salutation has no Re: line after the sign-off, or stands too far from it', () => {
    const text = `${first} ${second} ${second}`;
    expect(letterStarts(text)).toEqual([text.indexOf('June 3, 2024'), text.lastIndexOf('June 3, 2024')]);
    // A letter quoted in an answer after a sign-off of its own: no subject line.
    expect(letterStarts(`${first} Sincerely, The Board Dear Fellow Stockholders: This year we grew.`)).toEqual([]);
    // The Re: line before the sign-off is the first letter's.
    expect(letterStarts(first.replace('cc: John Roe', 'cc: John Roe Dear Mr. Jones: Thank you.'))).toEqual([]);
    // A salutation pages after the sign-off is no next letter's.
    expect(letterStarts(`${first} ${'Annex words. '.repeat(300)}${second}`)).toEqual([]);
  });

  it('should take the Division\'s name after a sentence for the staff\'s signature (c0637), not after an addressee\'s "Esq." (c0331)', () => {
    const completed = 'July 30, 2018 Devina Rankin Waste Management Inc. Re: Waste Management Inc. Form 10-K Dear Ms. Rankin: We have completed our review of your filing. We remind you that the company is responsible for its disclosures. Division of Corporation Finance Office of Manufacturing';
    const text = `${completed} ${second}`;
    expect(letterStarts(text)).toEqual([text.indexOf('June 3, 2024')]);
    const addressed = 'May 7, 2019 VIA EDGAR Ms. Erin M. Purnell, Esq. Division of Corporation Finance Office of Financial Services Securities and Exchange Commission Re: BB&T Corporation Form S-4 Dear Ms. Purnell: On behalf of BB&T we respond. 1. Please revise. Response: We have revised it.';
    expect(letterStarts(addressed)).toEqual([]);
  });

  it('should find a next letter greeting the Division by its name (c0205 then Starbucks\' c0206)', () => {
    const text = `${first} CORRESP 1 filename1.htm July 18, 2019 U.S. Securities and Exchange Commission Re: Starbucks Corporation Form 10-Q Dear Division of Corporate Finance: Starbucks Corporation has received your letter.`;
    expect(letterStarts(text)).toEqual([text.indexOf('CORRESP 1')]);
  });

  it('should start a document at an EDGAR document header inside the text, greeting or not; not at the text\'s own header', () => {
    const order = 'In the Matter of Example Corp. ORDER DECLARING REGISTRATION EFFECTIVE. IT IS ORDERED that it become effective.';
    const text = `${order} CORRESP 1 filename1.htm Example Corp. requests acceleration.`;
    expect(letterStarts(text)).toEqual([text.indexOf('CORRESP')]);
    expect(letterStarts(`  CORRESP 1 filename1.htm ${first}`)).toEqual([]);
  });

  it('should end an order at its signature under delegated authority, the staff letter after it another (c0283 then c0284)', () => {
    const order = 'In the Matter of New Fox, Inc. ORDER DECLARING REGISTRATION EFFECTIVE. Therefore, it is ORDERED that the registration shall become effective immediately. For the Commission, by the Division of Corporation Finance, pursuant to delegated authority. Brad Skinner Office Chief';
    const text = `${order} ${second}`;
    expect(letterStarts(text)).toEqual([text.indexOf('June 3, 2024')]);
  });

  it('should find every letter of a file holding hundreds', () => {
    expect(letterStarts(`${first} ${second} `.repeat(200))).toHaveLength(2 * 200 - 1);
  });
});

describe('flatBlocks', () => {
  it('should split before comment numbers that follow the sequence, and before the headings above them', () => {
    const blocks = blockTexts(`${HEAD}Form 10-K General 1. Please expand upon the role of the board. Risk Factors, page 12 2. Please revise.${TAIL}`);
    expect(blocks).toContain('1. Please expand upon the role of the board.');
    expect(blocks).toContain('2. Please revise.');
    expect(blocks).toContain('General');
    expect(blocks).toContain('Risk Factors, page 12');
    expect(blocks).toContain('Dear Ms. Doe:');
    expect(blocks).toContain('Sincerely,');
    expect(blocks.some((b) => b.startsWith('Re: Example Corp.'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('cc: '))).toBe(true);
  });

  it('should keep a comment whose number the flattening read out at the end of its page, before the next page\'s header (c0833, c0739)', async () => {
    const letter = `${HEAD}Risk Factors, page 12 1. We note your response to prior comment 5. Please revise to clarify the impact. Summary, page 15 We note your revised disclosure of the synergies. Please revise to clarify the reasonably likely financial impact to the combined 2. March 3, 2023 Page 2 company revenue synergies if the exemption is eliminated. Business, page 40 3. Please tell us how you compete.${TAIL}`;
    expect(await numbersOf(letter)).toEqual([1, 2, 3]);
    // Its words start after its own headings, above the number; the number is its label (c0833, c0299), and nothing is lost.
    const parsed = await parseLetter(bytes(letter), { verify: true });
    expect(parsed.coverage?.ok).toBe(true);
    const second = parsed.letter.comments[1];
    expect(second?.headings).toEqual(['Summary, page 15']);
    expect(second?.text).toMatch(/^We note your revised disclosure of the synergies\.\s+Please revise/);
    // The sentence runs on across the number and the page break.
    expect(second?.text).toMatch(/financial impact to the combined company revenue synergies if the exemption is eliminated\.$/);
    expect(second?.label).toBe('2.');
    expect(parsed.letter.comments[0]?.text).toBe('We note your response to prior comment 5. Please revise to clarify the impact.');
    // A letter's only comment, its number read out after a sentence running on to the next page (c0087).
    const one = `${HEAD}Management's Discussion and Analysis, page 44 We note your disclosure of the segment's results. Please also clarify the nature and extent of any actions 1. March 3, 2023 Page 2 that you are undertaking to ensure compliance.${TAIL}`;
    expect(await numbersOf(one)).toEqual([1]);
  });

  it('should give a comment whose number the flattening read out at its page\'s end the numbered heading above its words ("2. Significant Accounting Policies, page 45", c0820)', async () => {
    const letter = `${HEAD}Form 10-Q for the Quarterly Period Ended June 30, 2024 Notes to Consolidated Financial Statements 2. Significant Accounting Policies, page 45 We note your response to comment 3. Please explain in more detail how the change in unit of account aligns • 1. March 3, 2023 Page 2 the accounting treatment between the balance sheet and the related interest income.${TAIL}`;
    expect(await numbersOf(letter)).toEqual([1]);
    const parsed = await parseLetter(bytes(letter), { verify: true });
    expect(parsed.coverage?.ok).toBe(true);
    const [only] = parsed.letter.comments;
    expect(only?.headings).toEqual(['Form 10-Q for the Quarterly Period Ended June 30, 2024', 'Notes to Consolidated Financial Statements', '2. Significant Accounting Policies, page 45']);
    expect(only?.text).toMatch(/^We note your response to comment 3\./);
    expect(parsed.letter.preamble).not.toMatch(/Significant Accounting Policies/);
  });

  it('should end a letter\'s comments at its sign-off: an attached earlier letter\'s "Comment: 2." goes on from none of them (c0819), though an answer may open "Respectfully, we …" (c0480)', async () => {
    const attached =
      'Sincerely, /s/ Jane Doe Jane Doe Chief Financial Officer Attachments: Exhibit C attached Example Corp. Comment Letter Response dated July 8, 2014 Exhibit C ' +
      'Dear Mr. Roe: Below we have listed your comments and our responses. Comment: 1. Please tell us about the notes payable. Response: The notes are fixed-rate obligations. ' +
      'Comment: 2. Please tell us to what contracts the line item refers. Response: The contracts are fixed annuity contracts. Sincerely, /s/ Jane Doe';
    const letter = `${RESPONSE_HEAD}Comment: 1. Please provide us your accounting policies for each major product type. Response: Our policies are described in Exhibit A. ${attached}`;
    expect(await numbersOf(letter)).toEqual([1]);
    // "Respectfully," opening an answer's sentence signs nothing off.
    const answered = `${RESPONSE_HEAD}1. Describe to us the cash management strategies you use. Response: Respectfully, we do not believe the referenced disclosure conveys that. 2. Tell us whether the dividend was declared. Response: The dividend was declared in December. ${RESPONSE_CLOSING}`;
    expect(await numbersOf(answered)).toEqual([1, 2]);
  });

  it('should keep comments whose numbers the flattening read out after their last sentence, at two page ends: not a running line "#." (c0700)', async () => {
    const letter =
      `${HEAD}Properties, page 17 1. Please expand your filing to include a summary of your reserves. 2. We note that you have not disclosed reserves estimates before. See Item 1202(a)(6) of Regulation S-K. ` +
      `Non-GAAP Performance Measures, page 27 We note your presentation of Free Cash Flow. Please revise your reconciliation, or tell us why the amounts differ. 3. March 3, 2023 Page 2 This comment also applies to your earnings releases. ` +
      `Business, page 40 4. Please tell us how you compete. Risk Factors, page 44 We note your risk factor on cybersecurity. Please revise to describe the incidents you had. 5. March 3, 2023 Page 3 This comment also applies to your Forms 10-Q.${TAIL}`;
    const parsed = await parseLetter(bytes(letter), { verify: true });
    expect(parsed.coverage?.ok).toBe(true);
    expect(parsed.letter.comments.map((c) => [c.number, c.headings, c.text.slice(0, 30), c.text.slice(-30)])).toEqual([
      [1, ['Properties, page 17'], 'Please expand your filing to i', 'ude a summary of your reserves.'.slice(-30)],
      [2, ['Properties, page 17'], 'We note that you have not disc', 'tem 1202(a)(6) of Regulation S-K.'.slice(-30)],
      [3, ['Non-GAAP Performance Measures, page 27'], 'We note your presentation of F', 'applies to your earnings releases.'.slice(-30)],
      [4, ['Business, page 40'], 'Please tell us how you compete', 'Please tell us how you compete.'.slice(-30)],
      [5, ['Risk Factors, page 44'], 'We note your risk factor on cy', 'also applies to your Forms 10-Q.'.slice(-30)],
    ]);
    expect(parsed.letter.warnings).toEqual([]);
  });

  it('should set apart a running header whose date is a template\'s field in angle brackets ("Page 3 <May 9, 2017>", c0821)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}1. For each of the subsections, you provide a cross-reference. Please revise or advise. Page 3 <May 9, 2017> In response to the Staff’s comment, we have revised the disclosure on page 19. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`),
    );
    expect(letter.comments[0]?.response?.text).toBe('In response to the Staff’s comment, we have revised the disclosure on page 19.');
  });

  it('should set apart the letter\'s date and the page number alone, page after page, from the heading after it (c0020)', async () => {
    const { letter } = await parseLetter(
      bytes(
        `${RESPONSE_HEAD}Results of Operations, page 33 1. Please tell us about advertising. We advise the Staff that advertising grew. May 1, 2024 2 With respect to the second part, we have revised the disclosure. Investment Philosophy, page 34 2. Please explain the philosophy. We respectfully advise the Staff that it is long-term. May 1, 2024 3 Liquidity, page 40 3. Please revise. We will revise the disclosure in future filings. ${RESPONSE_CLOSING}`,
      ),
    );
    expect(letter.comments.map((c) => c.headings.at(-1))).toEqual(['Results of Operations, page 33', 'Investment Philosophy, page 34', 'Liquidity, page 40']);
  });

  it('should set apart the letter\'s date and the last page\'s number that end the text (c0570 flattened, blind round 45)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}1. Please tell us about advertising. We advise the Staff that advertising grew. May 1, 2024 2 2. Please explain. We will explain. May 1, 2024 3 If you have any questions, please call me. Sincerely, Jane Doe cc: John Roe VIA EDGAR May 1, 2024 4`),
    );
    expect(letter.closing).not.toContain('May 1, 2024');
  });

  it('should take a number after a named thing for a comment when the staff\'s request follows and the sequence wants it, not otherwise (c0705)', async () => {
    const annex = await parseLetter(bytes(`${HEAD}1. Please revise the proposals. Annex B | Two Year Summary Table 2. Please reconcile the footnote with the background. 3. Please tell us more.${TAIL}`));
    expect(annex.letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    const note = await parseLetter(bytes(`${HEAD}1. Refer to Note 2. Please revise the note. 2. Tell us more about the segments. 3. Please explain the charge.${TAIL}`));
    expect(note.letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(note.letter.comments[0]?.text).toBe('Refer to Note 2. Please revise the note.');
  });

  it('should not take a list of the company\'s own points inside an answer for the comments (c1116 flattened)', async () => {
    const letter =
      `${RESPONSE_HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 Business Portfolio optimization, page 11 1. We note that you entered into agreements to sell your interest in Yield. Please tell us why you did not present it as held for sale. ` +
      'The Company did not classify the business as held for sale because the following elements were still missing: 1. The transaction was subject to regulatory approval with the Federal Energy Regulatory Commission. 2. The Company needed to obtain over 70 consents and notices that were in early stages. 3. The agreement provides a termination right if the cost of the approvals exceeds a specific amount. ' +
      'Given these factors, the Company could not be certain that the sale would be completed within one year. ' +
      'Transition Services Agreement with GenOn, page 200 2. We note that you have classified income from the services agreement within continuing operations. Please tell us the basis for this presentation. ' +
      'The Company advises the Staff that the services are provided by its continuing operations. Sincerely, /s/ Jane Roe Jane Roe Chief Financial Officer';
    expect(await numbersOf(letter)).toEqual([1, 2]);
  });

  it('should not take a list of questions the company asks itself after a lead-in\'s colon for the comments, however each is answered (c0897 flattened, blind round 43)', async () => {
    const letter =
      `${RESPONSE_HEAD}Form 10-Q for the Quarterly Period Ended April 30, 2018 Note 3. Revenue Recognition, page 10 1. We note your response to prior comment 5. Please provide a more specific discussion of how your software and cloud services are distinct. ` +
      'We respectfully advise the Staff that our subscriptions are one performance obligation. We considered this guidance in the following context: 1. Are the cloud features unique and add significant value? Our cloud features are unique and significant. ' +
      '2. What are the gains in capabilities and workflow efficiencies by the customer? The cloud functionality provides customers additional capabilities. 3. What functions cannot be done by the on-premise software? Certain functions can only be performed in the cloud. ' +
      '4. Are there computational tasks that only the cloud service performs? The cloud service provides significant computing power. If you have any questions, please call me. Sincerely, Jane Doe';
    expect(await numbersOf(letter)).toEqual([1]);
  });

  it('should read a staff letter\'s one unnumbered comment under its headings, as in print (c0980 flattened)', async () => {
    const head = HEAD.replace('have the following comments.', 'have the following comment. Unless we note otherwise, our references to prior comments are to comments in our August 17, 2017 letter.');
    const letter = `${head}Form 10-Q for Fiscal Quarter Ended June 30, 2017 Notes to the Financial Statements Note 3. Revenue, page 10 We have reviewed your response to prior comment 2. Please tell us how you considered disclosing revenue by brand.${TAIL}`;
    const parsed = await parseLetter(bytes(letter), { verify: true });
    expect(parsed.letter.comments.map((c) => [c.number, c.headings.at(-1), c.text.slice(0, 40)])).toEqual([[1, 'Note 3. Revenue, page 10', 'We have reviewed your response to prior ']]);
    expect(parsed.letter.warnings.map((w) => w.code)).toContain('UNNUMBERED');
  });

  it('should read the three points a company acknowledges, numbered, as its closing, not as comments (c0909)', async () => {
    const { letter } = await parseLetter(
      bytes(
        `${RESPONSE_HEAD}1. Please tell us how you account for the collaboration. Response: The Company accounts for it under ASC 808. The Company acknowledges that: 1) the Company is responsible for the adequacy and accuracy of the disclosure in its filings; 2) Staff comments or changes to disclosure in response to Staff comments do not foreclose the Commission from taking any action with respect to its filing; and 3) the Company may not assert Staff comments as a defense in any proceeding initiated by the Commission. ${RESPONSE_CLOSING}`,
      ),
    );
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(letter.comments[0]?.response?.text).toBe('The Company accounts for it under ASC 808.');
    expect(letter.closing).toMatch(/^The Company acknowledges that: 1\) the Company is responsible/);
  });

  it('should split a heading in sentence case from the title-case heading run into it, not a filing title\'s own lower-case words (c0078, c0061)', () => {
    const blocks = blockTexts(
      `${HEAD}Form 10-K for the Fiscal Year ended December 31, 2023 Note 10. Deferred Compensation Costs to obtain a contract with a customer, page 24 1. Please tell us how you amortize the costs. Revenue Recognition Transaction-based revenue, page 11 2. Please revise. Preliminary Proxy Statement filed on Schedule 14A Key Performance Indicators and non-GAAP Measures, page 36 3. Please revise.${TAIL}`,
    );
    expect(blocks).toEqual(
      expect.arrayContaining([
        'Note 10. Deferred Compensation',
        'Costs to obtain a contract with a customer, page 24',
        'Transaction-based revenue, page 11',
        'Form 10-K for the Fiscal Year ended December 31, 2023',
        'Preliminary Proxy Statement filed on Schedule 14A',
        'Key Performance Indicators and non-GAAP Measures, page 36',
      ]),
    );
  });

  it('should keep a financial statement schedule\'s Roman numeral with its title, where a filing\'s schedule ends its heading (c0556, blind round 60)', () => {
    const blocks = blockTexts(
      `${HEAD}Financial Statements for the Fiscal Year Ended December 31, 2015 Schedule II Valuation and Qualifying Accounts, page 223 1. Please revise. Schedule 14A Proxy Statement Executive Compensation, page 30 2. Please revise.${TAIL}`,
    );
    expect(blocks).toContain('Schedule II Valuation and Qualifying Accounts, page 223');
    expect(blocks).toEqual(expect.arrayContaining(['Schedule 14A', 'Executive Compensation, page 30']));
  });

  it('should split a sentence-case heading opened by a determiner or a possessive from the title-case heading before it, not a title\'s capitalised "Our" (c1149)', () => {
    const blocks = blockTexts(
      `${HEAD}Business Our Offerings Offerings for Merchants, page 183 1. Please revise. Attractive Cohort Trends Our historical consumer cohorts exhibit repeat behavior, page 113 2. Please revise. Risk Factors Relating to the Merger The combined company may not realize the benefits, page 30 3. Please revise.${TAIL}`,
    );
    expect(blocks).toEqual(
      expect.arrayContaining([
        'Attractive Cohort Trends',
        'Our historical consumer cohorts exhibit repeat behavior, page 113',
        'The combined company may not realize the benefits, page 30',
      ]),
    );
    // "Our Offerings" is title case: this rule leaves it to the title; the Business section's title alone before it ends there
    // (vocabulary COMPLETE_SECTION_TITLE: c1149 as filed prints "Business" and "Our Offerings" a line each; blind round 62).
    expect(blocks).toEqual(expect.arrayContaining(['Business', 'Our Offerings', 'Offerings for Merchants, page 183']));
  });

  it('should split a run of headings after a filing date and a standard section title', () => {
    const blocks = blockTexts(
      `${HEAD}Definitive Proxy Statement on Schedule 14A filed March 17, 2023 Pay versus Performance, page 9 1. Please revise. ` +
        `Form 10-K for the Fiscal Year Ended December 31, 2021 Filed February 25, 2022 Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations Liquidity, page 30 2. Please tell us more.${TAIL}`,
    );
    expect(blocks).toContain('Definitive Proxy Statement on Schedule 14A filed March 17, 2023');
    expect(blocks).toContain('Pay versus Performance, page 9');
    expect(blocks).toContain('Form 10-K for the Fiscal Year Ended December 31, 2021 Filed February 25, 2022');
    expect(blocks).toContain("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations");
    expect(blocks).toContain('Liquidity, page 30');
  });

  it('should split a run of headings before every filing title the heading classifier knows, "Current Report" too', () => {
    const blocks = blockTexts(`${HEAD}Form 10-K General Current Report on Form 8-K Exhibit 99.1 1. Please revise.${TAIL}`);
    expect(blocks).toContain('General');
    expect(blocks).toContain('Current Report on Form 8-K');
    expect(blocks).toContain('Exhibit 99.1');
  });

  it('should read a note\'s number as the start of its heading, and pass over a running header between headings (c0148, c0147 flattened)', async () => {
    const note = `${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 Notes to Consolidated Financial Statements 5. Change in Presentation of Fiduciary Assets, page 89 1. We note your disclosure. 2. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(note))).letter.comments[0]?.headings).toEqual([
      'Form 10-K for the Fiscal Year Ended December 31, 2023',
      'Notes to Consolidated Financial Statements',
      '5. Change in Presentation of Fiduciary Assets, page 89',
    ]);
    // A full stop printed after a space and a lone ellipsis end the answer above the headings; "Section 9 ." keeps its number (c0341, c0486).
    const spaced = `${RESPONSE_HEAD}1. Please tell us why these measures are useful. Set forth below is the Company’s proposed disclosure in future filings. Non-GAAP Financial Measures … We disclose the effective tax rate because we believe these measures are useful to investors as the adjustments do not relate to our ongoing operations , which we believe is useful to investors . … Notes to the consolidated financial statements 15. Income Taxes, page 57 2. We note your tax rate. The Company will revise its disclosure. Section 9 . Source and Amount of Funds, page 29 3. Please revise. The Company will revise it. ${RESPONSE_CLOSING}`;
    // A note's letter goes on with a title in sentence case ("Note J. Adjustments to weighted average shares", c0194).
    const lettered = `${HEAD}1. Please revise for cash. Notes to Pro Forma Condensed Combined Financial Statements, page F-6 Note J. Adjustments to weighted average shares, page F-9 2. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(lettered))).letter.comments[1]?.headings).toEqual(['Notes to Pro Forma Condensed Combined Financial Statements, page F-6', 'Note J. Adjustments to weighted average shares, page F-9']);
    const [, second, third] = (await parseLetter(bytes(spaced))).letter.comments;
    expect(second?.headings).toEqual(['Notes to the consolidated financial statements', '15. Income Taxes, page 57']);
    expect(third?.headings.at(-1)).toBe('Section 9 . Source and Amount of Funds, page 29');
    const header = `${HEAD}1. Please revise. Form 10-Q for the quarterly period ended June 30, 2018 Item 2—Management’s Discussion and Analysis of Financial Condition and Results of Operations Jane Doe Example Corp. March 3, 2023 Page 2 Liquidity and Capital Resources, page 70 2. Please refer to the table on page 72.${TAIL}`;
    const { letter } = await parseLetter(bytes(header), { verify: true });
    expect(letter.comments[1]?.headings).toEqual(['Form 10-Q for the quarterly period ended June 30, 2018', 'Item 2—Management’s Discussion and Analysis of Financial Condition and Results of Operations', 'Liquidity and Capital Resources, page 70']);
    // "Item 1A.", "Note 4:", "Exhibit 99.1:" go on to their titles; "Consolidated Financial Statements" is a whole heading (c0441, c0152, c0186, c0464).
    const labelled = `${HEAD}Form 10-K for the year ended December 31, 2015 Item 1A. Risk Factors Financial distress, page 27 1. Please revise. Notes to Consolidated Financial Statements Note 4: Reportable Segments, page 142 2. Please revise. Consolidated Financial Statements Description of Business, page 53 3. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(labelled))).letter.comments.map((c) => c.headings.slice(-2))).toEqual([
      ['Item 1A. Risk Factors', 'Financial distress, page 27'],
      ['Notes to Consolidated Financial Statements', 'Note 4: Reportable Segments, page 142'],
      ['Consolidated Financial Statements', 'Description of Business, page 53'],
    ]);
    // "the Staff’s Comment No. 1 through 6" in a response's opening refers to comments; it is not comment 1's label (c0464).
    const reference = `${RESPONSE_HEAD}We have referred to the Staff’s Comment No. 1 through 2 in italics. Results of Operations, page 33 1. We note your revenue. We will revise the disclosure. 2. Please revise. We will revise it.${TAIL}`;
    expect((await parseLetter(bytes(reference))).letter.comments[0]?.headings).toEqual(['Results of Operations, page 33']);
    // A heading that repeats the words of the one above, a transaction's section, a page in roman figures (c0055, c0331, c0194).
    const stacked = `${HEAD}Note 15 - Investments and Variable Interest Entities Variable Interest Entities, page 165 1. Please revise. The Merger Background of the Merger, page 53 2. Please revise. Questions and Answers, page iv Vote Required, page 5 3. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(stacked))).letter.comments.map((c) => c.headings.slice(-2))).toEqual([
      ['Note 15 - Investments and Variable Interest Entities', 'Variable Interest Entities, page 165'],
      ['The Merger', 'Background of the Merger, page 53'],
      ['Questions and Answers, page iv', 'Vote Required, page 5'],
    ]);
    // Above a running header, words that are no headings (a letterhead's footer run into the opening): the headings below it stand (c0071).
    const footer = `${RESPONSE_HEAD}The Venetian Macao | Sands Cotai Central | The Parisian Macao | Marina Bay Sands | Four Seasons Macao | The Londoner Macao | Sands Expo | The Plaza Macao | Sands Macao | The Venetian Resort Las Vegas Jane Doe Example Corp. May 1, 2024 Page 2 Form 10-Q for the quarterly period ended March 31, 2018 Financial Statements Note 2 - Revenue, pages 10-12 1. We note your win percentages. We will revise the disclosure.${TAIL}`;
    expect((await parseLetter(bytes(footer))).letter.comments[0]?.headings).toEqual(['Form 10-Q for the quarterly period ended March 31, 2018', 'Financial Statements', 'Note 2 - Revenue, pages 10-12']);
    // "(Unaudited)" belongs to the title before it; "Selected", "Summary", "Pro Forma" and a possessive go on to the next word (c0158, c0347, c0217, c0225);
    // a filing's title starts the run when the words before it are no heading ("… under Rule 83 Form 10-K …", c0208).
    const titles = `${HEAD}Notes to Condensed Consolidated Financial Statements (Unaudited) 3. Revenue from Contracts, page 12 1. Please revise. Selected Consolidated Financial Data, page 20 2. Please revise. Notes to Pro Forma Financial Statements Citi’s Executive Compensation Awards, page 61 3. Please revise. We ask for confidential treatment under Rule 83 Form 10-K for the Fiscal Year Ended December 31, 2023 Consolidated Income Statements, page 50 4. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(titles))).letter.comments.map((c) => c.headings.slice(-2))).toEqual([
      ['Notes to Condensed Consolidated Financial Statements (Unaudited)', '3. Revenue from Contracts, page 12'],
      ['Selected Consolidated Financial Data, page 20'],
      ['Notes to Pro Forma Financial Statements', 'Citi’s Executive Compensation Awards, page 61'],
      ['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Consolidated Income Statements, page 50'],
    ]);
    // Titles that go on: "Business Segment Results of Operations", "Other Critical Accounting Policies", "Year Ended … Compared to …",
    // "on Form S-1 Confidentially Submitted on …"; "(“MD&A”)" and "(unaudited)" belong to the title before them (c0684, c0360, c0700, c0363, c0093, c0206).
    const goesOn = `${HEAD}Business Segment Results of Operations, page 34 1. Please revise. Other Critical Accounting Policies, page 40 2. Please revise. Year Ended December 31, 2024 Compared to Year Ended December 31, 2023, page 26 3. Please revise. Draft Registration Statement on Form S-1 Confidentially Submitted on December 7, 2020 Prospectus Summary, page 2 4. Please revise. Management’s Discussion and Analysis of Financial Condition and Results of Operations (“MD&A”) Table 6: Funding Sources, page 55 5. Please revise. Item 1. Financial Statements (unaudited) Note 2. Revenue Recognition, page 11 6. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(goesOn))).letter.comments.map((c) => c.headings.at(-2) === undefined ? c.headings : c.headings.slice(-2))).toEqual([
      ['Business Segment Results of Operations, page 34'],
      ['Other Critical Accounting Policies, page 40'],
      ['Year Ended December 31, 2024 Compared to Year Ended December 31, 2023, page 26'],
      ['Draft Registration Statement on Form S-1 Confidentially Submitted on December 7, 2020', 'Prospectus Summary, page 2'],
      ['Management’s Discussion and Analysis of Financial Condition and Results of Operations (“MD&A”)', 'Table 6: Funding Sources, page 55'],
      ['Item 1. Financial Statements (unaudited)', 'Note 2. Revenue Recognition, page 11'],
    ]);
    // "Item 6: Exhibits" is one heading; a lettered sub-note ("b. Revenue Recognition") opens its heading; a spaced ellipsis in a quoted
    // caption ends no sentence; "Managements Discussion" is the MD&A title without its apostrophe (c0649, c0784, c0681, c0949).
    const more = `${HEAD}Item 6: Exhibits Exhibit 31.02, page 55 1. Please revise. Note 2. Summary of Significant Accounting Policies b. Revenue Recognition, page F-7 2. Please revise. Risk Factors "Systems failures and resulting interruptions . . .", page 29 3. Please revise. Managements Discussion and Analysis of Financial Condition and Results of Operations Consolidated Results, page 41 4. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(more))).letter.comments.map((c) => c.headings.slice(-2))).toEqual([
      ['Item 6: Exhibits', 'Exhibit 31.02, page 55'],
      ['Note 2. Summary of Significant Accounting Policies', 'b. Revenue Recognition, page F-7'],
      ['Risk Factors', '"Systems failures and resulting interruptions . . .", page 29'],
      ['Managements Discussion and Analysis of Financial Condition and Results of Operations', 'Consolidated Results, page 41'],
    ]);
    // Not a page list's last number, nor "Amendment No. 1." (c0337, c0484).
    const pages = `${HEAD}1. Please revise. We revised the disclosure on pages 1, 66 and 67. Opinion of Credit Suisse, page 88 2. Please revise.${TAIL}`;
    expect((await parseLetter(bytes(pages))).letter.comments[1]?.headings).toEqual(['Opinion of Credit Suisse, page 88']);
  });

  it('should keep a title with the word that opens it, "Draft", "Amended", "Post-Effective", and split after "as amended" (c0278, c0128)', () => {
    const blocks = blockTexts(
      `${HEAD.replace(/Re: Example Corp\..*?(?= Dear)/, 'Re: Example Corp. Amendment No. 3 to Draft Registration Statement on Form S-1 Submitted September 10, 2020 CIK No. 0001792789 Registration Statement on Form S-4 Filed June 20, 2023, as amended File No. 333-272758')}` +
        `Registration Statement on Form S-3 General Post-Effective Amendment No. 1 to Form S-3 Risk Factors, page 12 1. Please tell us more.${TAIL}`,
    );
    expect(blocks).toContain('Amendment No. 3 to Draft Registration Statement on Form S-1');
    expect(blocks).toContain('Filed June 20, 2023, as amended');
    expect(blocks).toContain('File No. 333-272758');
    expect(blocks).toContain('General');
    expect(blocks).toContain('Post-Effective Amendment No. 1 to Form S-3');
  });

  it('should set a page number apart from the heading it is printed before, not a street number (c0005, c0044 flattened)', () => {
    const blocks = blockTexts(`${HEAD}1. Please revise the proxy statement. 2 PREC14A Filed March 25, 2024 General 2. Please tell us more. 77 West Wacker Drive Suite 4600 Chicago 3. Please revise.${TAIL}`);
    expect(blocks).toContain('2');
    expect(blocks).toContain('PREC14A Filed March 25, 2024');
    expect(blocks).not.toContain('77');
  });

  it('should split a heading run after a complete section title and after a filing named by its form alone', () => {
    const blocks = blockTexts(
      `${HEAD}Form 10-K for the Fiscal Year Ended September 1, 2016 Item 8. Financial Statements Property, Plant, and Equipment, page 52 1. Please revise. ` +
        `Registration Statement on Form S-4 Material U.S. Federal Income Tax Consequences, page 55 2. Please tell us more. ` +
        `Notes to Condensed Consolidated Financial Statements Note 1 - The Company and Summary of Significant Accounting Policies Revenue Recognition, page 7 3. Please explain. ` +
        `Summary Compensation Table, page 40 4. Please revise the table.${TAIL}`,
    );
    expect(blocks).toContain('Item 8. Financial Statements');
    expect(blocks).toContain('Property, Plant, and Equipment, page 52');
    expect(blocks).toContain('Registration Statement on Form S-4');
    expect(blocks).toContain('Material U.S. Federal Income Tax Consequences, page 55');
    expect(blocks).toContain('Note 1 - The Company and Summary of Significant Accounting Policies');
    expect(blocks).toContain('Revenue Recognition, page 7');
    // A title that goes on is no complete title.
    expect(blocks).toContain('Summary Compensation Table, page 40');
  });

  it.each([
    ['Item 7.', 'Please refer to Item 7. Management’s Discussion in the filing.'],
    ['Note 3.', 'We note the disclosure in Note 3. Revenue is recognised at a point in time.'],
    ['page 12.', 'We note the table on page 12. Please tell us how you computed it.'],
    ['Rule 14a-8.', 'Refer to Rule 14a-8. The proposal may be excluded.'],
    ['$1.5 million', 'We note the charge of $1.5 million. Tell us why.'],
    ['Section 2.1', 'Refer to Section 2.1 of the agreement. Tell us why.'],
    ['a date', 'We note your letter dated December 31, 2021. In it you state that the review ended.'],
    ['No. 1 to Form S-1', 'Refer to Amendment No. 1 to Form S-1 filed on May 1, 2022. Tell us why.'],
    ['No. 1.', 'Page numbers refer to Amendment No. 1. Prospectus Cover Page 2. Please revise.'],
    ['a numbered list inside a sentence', 'Tell us about steps 2 and 3. Then tell us why.'],
  ])('should not split at %s', async (_, trap) => {
    const text = `${HEAD}1. Please revise your disclosure. ${trap} 3. Please tell us more.${TAIL}`;
    const numbers = await numbersOf(text);
    expect(numbers.filter((n) => n !== 3 && n !== 2)).toEqual([1]);
    expect(numbers.at(-1)).toBe(3);
    const comment1 = (await parseLetter(bytes(text))).letter.comments[0];
    if (!trap.includes('Prospectus')) expect(comment1?.text).toContain(trap.split(' ').slice(-2).join(' '));
  });

  it('should read "Response No. 1:" as one label (c0732 flattened)', async () => {
    const text =
      RESPONDING_HEAD +
      '1. Please describe your segments. Response No. 1: The Company respectfully advises the Staff that it has three segments. ' +
      '2. Please tell us about goodwill. Response No. 2: The Company tested goodwill in the fourth quarter.' +
      ` ${RESPONSE_CLOSING}`;
    const letter = (await parseLetter(bytes(text))).letter;
    expect(letter.comments.map((c) => [c.response?.label, c.response?.text.slice(0, 30)])).toEqual([
      ['Response No. 1:', 'The Company respectfully advis'],
      ['Response No. 2:', 'The Company tested goodwill in'],
    ]);
  });

  it('should open the closing at a closing sentence that starts like an answer, "We will be pleased to …" (c0083, c0529, c0224 flattened)', async () => {
    const answers = '1. Please describe your segments. Response: The Company has three segments. 2. Please tell us about goodwill. Response: We will revise the goodwill note in future filings.';
    for (const closing of [
      'We will be pleased to respond promptly to any requests for additional information or material that we may provide in order to facilitate your review.',
      'We will be reaching out to David Edgar later this week to see if the Staff would like to discuss any of the foregoing responses.',
    ]) {
      const letter = (await parseLetter(bytes(`${RESPONDING_HEAD}${answers} ${closing} Sincerely, Jane Doe`))).letter;
      expect(letter.comments.at(-1)?.response?.text, closing).toBe('We will revise the goodwill note in future filings.');
    }
    // An answer's own "We will …" stays in it.
    const kept = (await parseLetter(bytes(`${RESPONDING_HEAD}${answers} We will also revise the segment note. Sincerely, Jane Doe`))).letter;
    expect(kept.comments.at(-1)?.response?.text).toBe('We will revise the goodwill note in future filings. We will also revise the segment note.');
  });

  it('should keep an answer that opens "We acknowledge that …" in its comment, the acknowledgement after it in the closing (c0940 flattened)', async () => {
    const answer =
      'We acknowledge that the tables on pages 55 and 56 of the Quarterly Report differ in the manner noted in your comment. ' +
      'The impaired loan table includes nonaccrual residential mortgage and home equity loans which are excluded from the individually evaluated disclosure. '.repeat(3) +
      'Accordingly, there is no materiality analysis required.';
    const text =
      RESPONDING_HEAD +
      '1. Please tell us about the tables. Response The tables agree. 2. Please tell us why the tables differ. Response ' +
      answer +
      ' The Company acknowledges that: • The Company is responsible for the adequacy and accuracy of the disclosures in the filing; • Staff comments do not foreclose the Commission from taking any action. ' +
      RESPONSE_CLOSING;
    const letter = (await parseLetter(bytes(text))).letter;
    expect(letter.comments.at(-1)?.response?.text).toBe(answer);
    expect(letter.closing.startsWith('The Company acknowledges that:')).toBe(true);
  });

  it('should read "* * *" after an answer\'s "…:" as marks around the disclosure it quotes, the closing after the next ones (c0570 flattened)', async () => {
    const answer =
      'The Company has added disclosure in the form below to its Quarterly Report under “Item 2. Management’s Discussion and Analysis”: * * * Executive Overview Our revenue grew in the quarter. * * * ' +
      'With respect to the request to quantify each trend, the Company does not believe precise numbers would be accurate.';
    const text =
      RESPONDING_HEAD +
      '1. Please tell us about the tables. Response: The tables agree. 2. Please expand your discussion of trends. Response: ' +
      answer +
      ' * * * If you have any questions, please call me. Sincerely, Jane Doe';
    const letter = (await parseLetter(bytes(text))).letter;
    expect(letter.comments.at(-1)?.response?.text).toBe(answer);
    // Set off above and below with no colon before (c0020); a footnote's lone "*" sets nothing off (c1154).
    const enclosed = 'The Company will revise the disclosure as follows. * * * Reality Labs Products Many of our investments are long-term. * * * With respect to the rest, no change is needed.';
    const footnoted = 'The change did not affect net income. * There is no prescriptive guidance on this presentation.';
    for (const [words, expected] of [
      [`${enclosed} * * * If you have any questions, please call me.`, enclosed],
      [`${footnoted} * * * * * Please feel free to contact me at (212) 761-7707.`, footnoted],
    ] as const) {
      const parsed = (await parseLetter(bytes(`${RESPONDING_HEAD}1. Please tell us about the tables. Response: The tables agree. 2. Please expand your discussion. Response: ${words} Sincerely, Jane Doe`))).letter;
      expect(parsed.comments.at(-1)?.response?.text, words).toBe(expected);
    }
  });

  it('should read the staff\'s "Ultimately, we note that …" as the comment\'s, the unlabelled answer after it (c0821 flattened)', async () => {
    const comment = 'Please revise the background to describe the negotiations. Ultimately, we note that these discussions resulted in the parties executing the amendment dated March 27, 2017.';
    const text = `${RESPONSE_HEAD}1. ${comment} In response to the Staff’s comment, we have revised the disclosure on page 82. 2. Please tell us about goodwill. In response to the Staff’s comment, we have revised page 90. ${RESPONSE_CLOSING}`;
    const letter = (await parseLetter(bytes(text))).letter;
    expect(letter.comments[0]?.text).toBe(comment);
    expect(letter.comments[0]?.response?.text).toBe('In response to the Staff’s comment, we have revised the disclosure on page 82.');
    const noticed = comment.replace('Ultimately, we note', 'In that regard, we notice');
    const other = (await parseLetter(bytes(text.replace(comment, noticed)))).letter;
    expect(other.comments[0]?.text).toBe(noticed);
  });

  it('should open the closing after a page number printed between the last answer and the closing\'s first words (c0983 flattened)', async () => {
    const text = `${RESPONSE_HEAD}1. Please tell us about goodwill. Response: We will revise page 90. 2. Please explain free cash flow. Response: We will add detail in future earnings releases. 7 We hope that the foregoing has been responsive to your comments. Sincerely, Jane Doe`;
    const letter = (await parseLetter(bytes(text))).letter;
    expect(letter.comments.at(-1)?.response?.text).toBe('We will add detail in future earnings releases.');
    expect(letter.closing.startsWith('We hope that the foregoing')).toBe(true);
  });

  it('should pick the numbering chain over a numbered list inside a labelled response', async () => {
    const text =
      RESPONDING_HEAD +
      '1. Please describe your segments. Response: We have three segments: 1. Consumer banking. 2. Commercial banking. 3. Wealth management. ' +
      '2. Please tell us about goodwill. Response: We tested goodwill in the fourth quarter.' +
      ` ${RESPONSE_CLOSING}`;
    expect(await numbersOf(text)).toEqual([1, 2]);
    const letter = (await parseLetter(bytes(text))).letter;
    expect(letter.comments[0]?.response?.text).toContain('Wealth management.');
  });

  it('should not let a numbered list inside the last labelled answer go on from the comments (c0722\'s "4. Holding companies …")', async () => {
    const text =
      RESPONDING_HEAD +
      '1. Please describe your segments. Response: We have two segments. ' +
      '2. Please tell us about goodwill. Response: We tested goodwill in the fourth quarter. ' +
      '3. Please explain your Irish income. Response: Irish income came from four groups of companies. 1. Sales companies earned $10 million. 2. Manufacturing companies earned $20 million. 3. Finance companies earned $30 million. 4. Holding companies generated a loss of $5 million. Amounts for 2022 were derived in the same manner.' +
      ` ${RESPONSE_CLOSING}`;
    expect(await numbersOf(text)).toEqual([1, 2, 3]);
    const letter = (await parseLetter(bytes(text))).letter;
    expect(letter.comments[2]?.response?.text).toContain('4. Holding companies generated a loss');
  });

  it('should keep an exhibit\'s document title with the exhibit and start the next heading after it ("Exhibit 99.1 Information Statement Questions and Answers …", c0975)', async () => {
    const text = `${HEAD}Amendment No. 5 to Draft Registration Statement on Form 10-12G Exhibit 99.1 Information Statement Questions and Answers About the Separation and Distribution, page 1 1. Please revise the answer. Information Statement Summary, page 10 2. Please tell us more.${TAIL}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments.map((c) => c.headings)).toEqual([
      ['Amendment No. 5 to Draft Registration Statement on Form 10-12G', 'Exhibit 99.1 Information Statement', 'Questions and Answers About the Separation and Distribution, page 1'],
      ['Amendment No. 5 to Draft Registration Statement on Form 10-12G', 'Exhibit 99.1 Information Statement', 'Information Statement Summary, page 10'],
    ]);
  });

  it('should end an answer at "… on page 7." and start the next heading after it, a heading\'s page following a comma (c0821)', async () => {
    const text = `${RESPONSE_HEAD}Questions and Answers, page 5 1. Please briefly indicate any material differences in the rights of shareholders. In response to the Staff’s comment, we have revised the disclosure under the section entitled “Questions and Answers” on page 7. The Transactions, page 18 ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.response?.text).toBe('In response to the Staff’s comment, we have revised the disclosure under the section entitled “Questions and Answers” on page 7.');
    expect(letter.comments[1]?.headings).toEqual(['The Transactions, page 18']);
  });

  it('should find unnumbered comments of a labelled response after the "…, page N" heading above each label (c0293 flattened)', async () => {
    const text = `${RESPONSE_HEAD}Form 10-K for Fiscal Year Ended April 30, 2022 Liquidity and Capital Resources, page 25 It is not clear how your disclosure explains the change in operating cash flow. Please revise your disclosure as appropriate. Response : In response to the Staff’s comment, the Company will enhance its disclosure in future filings. Consolidated Statements of Income, page 35 Please explain to us what footnote (a) at the end of the line item means. Response : We acknowledge the Staff’s comment, and we will remove the footnote reference. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments.map((c) => [c.headings.at(-1), c.text.slice(0, 20), c.response?.text.slice(0, 20)])).toEqual([
      ['Liquidity and Capital Resources, page 25', 'It is not clear how ', 'In response to the S'],
      ['Consolidated Statements of Income, page 35', 'Please explain to us', 'We acknowledge the S'],
    ]);
  });

  it('should start an unlabelled answer after a running header, though the long answer says "your" further on (c0396 flattened)', async () => {
    const answer = `We have been using the non-GAAP financial measures "Operating Earnings" since 2012. ${'We believe these titles describe the measures and are used consistently in our segment discussion. '.repeat(12)}As noted in your comment, we will revise the titles in future filings.`;
    const text = `${RESPONSE_HEAD}1. It appears to us that the titles you use may be confusingly similar to GAAP measures. Please confirm you will revise them. Page 2 of 2 May 1, 2024 ${answer} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.text).toBe('It appears to us that the titles you use may be confusingly similar to GAAP measures. Please confirm you will revise them.');
    expect(letter.comments[0]?.response?.text).toBe(answer);
  });

  it('should start an unlabelled answer withheld under a confidential treatment request at its notice, over a page break (c0829 flattened)', async () => {
    const notice = `[INFORMATION REDACTED: ${'*'.repeat(40)} ${'* '.repeat(20)}INFORMATION REDACTED]`;
    const text = `${RESPONSE_HEAD}1. We note your disclosure of comparable sales. Please tell us your consideration of presenting the most directly comparable GAAP measure. ${notice} 3 FOIA Confidential Treatment Request Confidential Treatment Requested by Example Corp. 2. Please tell us about goodwill. The Company tested goodwill. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.text).toBe('We note your disclosure of comparable sales. Please tell us your consideration of presenting the most directly comparable GAAP measure.');
    expect(letter.comments[0]?.response?.text.startsWith('[INFORMATION REDACTED:')).toBe(true);
  });

  it('should keep the staff\'s "If material, revise …" with the comment and start an unlabelled answer after it', async () => {
    const text = `${RESPONSE_HEAD}1. We note the decline in your unit sales. If material, revise the disclosure to include the reasons for the decline. The Company respectfully advises the Staff that the decline was not material. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.text).toBe('We note the decline in your unit sales. If material, revise the disclosure to include the reasons for the decline.');
    expect(letter.comments[0]?.response?.text).toBe('The Company respectfully advises the Staff that the decline was not material.');
  });

  it('should end the last response where the company\'s acknowledgement begins, after a sentence or after a table', async () => {
    const points =
      ': • the Company is responsible for the adequacy and accuracy of the disclosure in the filing; • staff comments do not foreclose the Commission from taking any action with respect to the filing; and • the Company may not assert staff comments as a defense in any proceeding. ';
    for (const [before, intro] of [
      ['We will revise the disclosure in future filings.', 'MMC acknowledges that'],
      ['The reserves were as follows: Total $ (131 )', 'The company acknowledges that'],
    ] as const) {
      const text = `${RESPONDING_HEAD}1. Please tell us more. Response: ${before} ${intro}${points}${RESPONSE_CLOSING}`;
      const { letter } = await parseLetter(bytes(text));
      expect(letter.comments[0]?.response?.text).toBe(before);
      expect(letter.closing.startsWith(intro)).toBe(true);
    }
  });

  it('should keep the staff\'s "However, it remains unclear how …" with the comment it ends, its unlabelled answer after it (c0821 flattened)', async () => {
    const text = `${RESPONSE_HEAD}1. You indicate that pro forma adjustments have not been provided for other costs, including “transition services agreements and severance...” However, it remains unclear how each of these items has been described as non-recurring. We acknowledge the Staff’s comment and have revised our disclosures accordingly. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.response?.text).toBe('We acknowledge the Staff’s comment and have revised our disclosures accordingly.');
  });

  it('should keep the staff\'s "Also refer to ASC …" with the comment it ends, its unlabelled answer after it (c0646 flattened)', async () => {
    const text = `${RESPONSE_HEAD}1. Please tell us whether you capitalize the costs and if so, how your policy complies with ASC 340-40-35-1. Also refer to ASC 340-40-50-2(b). We respectfully advise the Staff that the period of benefit is one year. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.response?.text).toBe('We respectfully advise the Staff that the period of benefit is one year.');
  });

  it('should read "Please see our response to Comment 2" as the company\'s words, its unlabelled answer starting before it (c0640 flattened)', async () => {
    const text =
      `${RESPONSE_HEAD}1. Please address the following: • Clarify for us if these entities are captive insurance entities. • Explain to us the consequences to you if a captive does not meet its surplus requirements. ` +
      'The “captive operations” referred to above are rent-a-captive facilities. Please see our response to Comment 2 for more information. These captives meet their requirements. ' +
      `${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.response?.text).toMatch(/^The “captive operations” referred to above/);
  });

  it('should start an unlabelled answer in a flattened response at the first sentence out of the staff\'s voice', async () => {
    const text =
      `${RESPONSE_HEAD}1. We note your disclosure of asbestos claims. Please tell us how you estimate the liability. See Question 100.01 of the updated Non-GAAP C&DIs. ` +
      'Asbestos was used in some brakes made before 1985, and claims are paid as they are settled. ' +
      `${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments.map((c) => c.response?.text)).toEqual([
      'Asbestos was used in some brakes made before 1985, and claims are paid as they are settled.',
      'The Special Dividend was legally declared by the Board on December 14, 2017.',
    ]);
  });

  it('should not start the answer inside the staff\'s quotation, nor at "We reissue prior comment" (c0989, c0664 flattened)', async () => {
    const text =
      `${RESPONSE_HEAD}1. Your commentary on revenues is limited to the statement “Revenues decreased in 2023. The decrease was due to lower sales.” and your CEO said “Our Q4 surge shows that the tailwinds aren’t going anywhere." Please expand your analysis. We reissue prior comment one. ` +
      'Management considered the guidance when preparing the analysis. ' +
      `${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.response?.text).toBe('Management considered the guidance when preparing the analysis.');
  });

  it('should keep "We further note" with the staff, and start the answer after a page footer between the two (c0714 flattened)', async () => {
    const text =
      `${RESPONSE_HEAD}1. We note from your disclosure on page 3 that the segment includes your low-carbon ventures. We further note disclosure on page 44 that the ventures provide services to third parties. Please explain how you evaluated whether they are a separate operating segment under FASB ASC 280-10-50. example.com 1 ` +
      'We respectfully advise the Staff that the Company regularly reviews its segment analysis. ' +
      `${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.response?.text).toBe('We respectfully advise the Staff that the Company regularly reviews its segment analysis.');
    expect(letter.comments[0]?.text).toContain('We further note disclosure on page 44');
  });

  it('should try the next sentence out of the staff\'s voice when the staff speaks again after a wrong guess (c0466 flattened)', async () => {
    const text =
      `${RESPONSE_HEAD}1. In a letter to the staff dated July 12, 2016, you discussed contacts with North Korea. Additionally, a news report stated that a bank had processed such payments. Please describe to us the nature and extent of any contacts with North Korea. ` +
      'Example Corp. does not have a physical presence in North Korea. It has no customers there. ' +
      `${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[0]?.response?.text).toBe('Example Corp. does not have a physical presence in North Korea. It has no customers there.');
    expect(letter.comments[0]?.text).toContain('Please describe to us the nature and extent');
  });

  it('should start an answer at the company\'s words about the comment even when they say "your" (c0912, c0493 flattened)', async () => {
    const text =
      `${RESPONSE_HEAD}1. Please revise your disclosure of the risks of your credit facility. Thank you for your comment. As suggested by the Staff, we will revise the disclosure. ` +
      '2. Please tell us whether a loss is reasonably possible. We note the Staff’s comment with respect to the legal proceedings. We are unable to estimate a range of loss.' +
      ` ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments.map((c) => c.response?.text.slice(0, 30))).toEqual(['Thank you for your comment. As', 'We note the Staff’s comment wi']);
  });

  it('should not take the last answer\'s opening words for the closing ("Thank you for your comment.", "The Company acknowledges that any resale …")', async () => {
    for (const answer of ['Thank you for your comment. As suggested by the Staff, we will revise the disclosure.', 'The Company acknowledges that any resale of the notes by a holder would be registered.']) {
      const text = `${RESPONSE_HEAD}1. Please revise your disclosure of the risks. We will revise the disclosure. 2. Please revise your disclosure of the notes. ${answer} ${RESPONSE_CLOSING}`;
      const { letter } = await parseLetter(bytes(text));
      expect(letter.comments[1]?.response?.text).toBe(answer);
      expect(letter.closing.startsWith('If you have any questions')).toBe(true);
    }
  });

  it('should start the closing at a sentence that opens "Do not hesitate to …", as printed at a sentence start', async () => {
    const text = `${RESPONSE_HEAD}1. Please revise your disclosure of the risks. We will revise the disclosure. ${SECOND_ANSWERED} Do not hesitate to contact me with any questions. Sincerely, Jane Doe`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments[1]?.response?.text).toBe('The Special Dividend was legally declared by the Board on December 14, 2017.');
    expect(letter.closing.startsWith('Do not hesitate to contact me')).toBe(true);
  });

  it('should take "Re: Comment Letter Dated …" for a response that answers without labels (c1099 flattened)', async () => {
    const text =
      'April 12, 2016 Ms. Jennifer Monick United States Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549 Re: Comment Letter Dated March 16, 2016 Regarding Example Company Form 10-K for the fiscal year ended December 31, 2015 File No. 1-4825 Dear Ms. Monick: ' +
      'Consolidated Results, page 39 1. In future periodic filings, please provide greater detail of the material components of cost of products sold. Beginning with our first quarter 2016 Form 10-Q, we will disclose the material components of cost of products sold. ' +
      `2. Please tell us how you estimate depletion rates. Prior to 2012, the Company included depletion as a critical accounting policy. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments.map((c) => c.response?.text.slice(0, 30))).toEqual(['Beginning with our first quart', 'Prior to 2012, the Company inc']);
  });

  it('should read a "Response" label and an unlabelled answer after a page number (c0781, c0702 flattened)', async () => {
    const labelled = `${RESPONSE_HEAD}1. Please tell us how you assessed materiality under SAB 99. 2 Response The Company has considered the quantitative and qualitative aspects. 2. Tell us about goodwill. Response We tested goodwill. ${RESPONSE_CLOSING}`;
    const first = (await parseLetter(bytes(labelled))).letter.comments[0]?.response;
    expect([first?.label, first?.text]).toEqual(['Response', 'The Company has considered the quantitative and qualitative aspects.']);
    const unlabelled = `${RESPONSE_HEAD}1. The measure should be revised for completeness or relabeled to reflect its composition. 1 In the Company’s Annual Report the measure is described in full. 2. Tell us about goodwill. The Company tested goodwill. ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(unlabelled))).letter.comments[0]?.response?.text).toBe('In the Company’s Annual Report the measure is described in full.');
  });

  it('should set running page headers apart as furniture', async () => {
    const text = `${HEAD}1. Please expand upon the role of the board, FirstName LastNameJane Doe Comapany NameExample Corp. March 3, 2023 Page 2 and its committees. 2. Please revise.${TAIL}`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.comments[0]?.text).toBe('Please expand upon the role of the board, and its committees.');
    expect(letter.warnings).toEqual([]);
    // A response's header, page first (c1007).
    const response = `${HEAD}1. Please expand upon the role of the board, Page 2 of 3 March 3, 2023 and its committees. 2. Please revise.${TAIL}`;
    const parsed = await parseLetter(bytes(response), { verify: true });
    expect(parsed.letter.comments[0]?.text).toBe('Please expand upon the role of the board, and its committees.');
  });

  it('should read the staff\'s review round 27 cases: a short name before "Response:" (in capitals, or any name before a colon), a header with a lower-case "plc", a page number after the asterisks, a long "If …, disclose" sentence (c0047, c1037, c0664, c0493 flattened)', async () => {
    const parsed = async (text: string) => (await parseLetter(bytes(text), { verify: true })).letter;
    const itw = await parsed(`${RESPONSE_HEAD}1. Please refer to footnote 27 of the Final Rule. ITW Response: We will revise the measure. ${RESPONSE_CLOSING}`);
    expect(itw.comments.map((c) => [c.text, c.response?.label])).toEqual([['Please refer to footnote 27 of the Final Rule.', 'ITW Response:']]);
    const l3 = await parsed(`${RESPONSE_HEAD}1. Please tell us how you considered Question 100.04. L3Harris Response: We will not include the measure. ${RESPONSE_CLOSING}`);
    expect(l3.comments.map((c) => [c.text, c.response?.label])).toEqual([['Please tell us how you considered Question 100.04.', 'L3Harris Response:']]);
    // The name opening a page, right after its running header (c1008, blind round 36).
    const paged = await parsed(`${RESPONSE_HEAD}1. Please tell us how the information compares to Article 11 of Regulation S-X. Securities and Exchange Commission May 1, 2024 Page 2 L3Harris Response: We will include pro forma information. 2. Please tell us how you considered Question 100.04. L3Harris Response: We will not include the measure. ${RESPONSE_CLOSING}`);
    expect(paged.comments.map((c) => [c.text, c.response?.label])).toEqual([
      ['Please tell us how the information compares to Article 11 of Regulation S-X.', 'L3Harris Response:'],
      ['Please tell us how you considered Question 100.04.', 'L3Harris Response:'],
    ]);
    const plc = await parsed(
      'Mail Stop 4631 December 20, 2017 Mr. Richard H. Fearon Eaton Corporation plc Eaton House Dublin 4, Ireland RE: Eaton Corporation plc Form 10-K for the Year Ended December 31, 2016 File No. 0-54863 Dear Mr. Fearon: We have reviewed your filing and have the following comment. ' +
        '1. Please revise the titles of these measures so that each complies with Item 10(e). Richard H. Fearon Eaton Corporation plc December 20, 2017 Page 2 We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures. Sincerely, Division of Corporation Finance',
    );
    expect(plc.comments[0]?.text).toBe('Please revise the titles of these measures so that each complies with Item 10(e).');
    const asterisks = await parsed(`${RESPONSE_HEAD}1. Please revise the measure. Response: We will revise it. ***** 4 Should the Staff have additional questions, please contact me. Sincerely, Jane Doe`);
    expect(asterisks.closing.startsWith('*****\n\nShould the Staff')).toBe(true);
    const longIf = await parsed(
      `${RESPONSE_HEAD}1. You indicate that the proceedings will not materially harm your financial position. If it is at least reasonably possible that a loss exceeding amounts already recognized may have been incurred and the amount of that additional loss would be material, either disclose the estimated additional loss or state that such an estimate cannot be made. We note the Staff’s comment. We advise the Staff that we are unable to estimate the loss. ${RESPONSE_CLOSING}`,
    );
    expect(longIf.comments[0]?.response?.text).toBe('We note the Staff’s comment. We advise the Staff that we are unable to estimate the loss.');
  });

  it('should set apart a page number printed right before the closing\'s first words, with no asterisks (c0272 flattened, blind round 28)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}1. Please define GMV. Response: We will include our definition in future earnings releases. 3 General As requested, we acknowledge that: the Company is responsible for the adequacy and accuracy of the disclosure in the filing; staff comments do not foreclose the Commission from taking any action with respect to the filing; and the Company may not assert staff comments as a defense. Sincerely, Jane Doe`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text).toBe('We will include our definition in future earnings releases.');
    expect(letter.closing.startsWith('General As requested, we acknowledge that:')).toBe(true);
  });

  it('should set the whole running header apart when the template\'s field name is glued to an initial ("FirstName LastNameE. Mark Rajkowski", c0697 flattened, blind round 30)', async () => {
    const { letter } = await parseLetter(
      bytes(`${HEAD}1. Please tell us your consideration for presenting these separately. Refer to Rule 5-03 of Regulation S-X. FirstName LastNameJ. Jane Doe Comapany NameExample Corp. March 3, 2023 Page 2 2. Please revise the measure.${TAIL}`),
      { verify: true },
    );
    expect(letter.comments[0]?.text).toBe('Please tell us your consideration for presenting these separately. Refer to Rule 5-03 of Regulation S-X.');
  });

  it('should set apart a running header of up to 20 words of the head with no date ("Ms. Tabatha McCullom Office of Healthcare and Insurance United States Securities and Exchange Commission Page 4", c0602 flattened, blind round 30)', async () => {
    const head =
      'October 6, 2016 Ms. Jane Roe Accounting Branch Chief Office of Healthcare and Insurance United States Securities and Exchange Commission Washington, D.C. 20549 Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2015 File No. 001-12345 Dear Ms. Roe: ' +
      'The purpose of this letter is to respond to your letter dated September 8, 2016. The comments are repeated below, followed by our responses. ';
    const { letter } = await parseLetter(
      bytes(`${head}1. Please tell us how you evaluated the claims. Response: The preceding table includes five years of data for illustrative purposes. Ms. Jane Roe Accounting Branch Chief Office of Healthcare and Insurance United States Securities and Exchange Commission Page 2 We considered the following factors. ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text).toBe('The preceding table includes five years of data for illustrative purposes.\n\nWe considered the following factors.');
  });

  it('should take "Staff comment:" above a comment\'s headings as its label, out of the preamble and the answer before (c1104 flattened, blind round 48)', async () => {
    const text = `${RESPONSE_HEAD}Staff comment: Form 10-K for the Fiscal Year Ended December 31, 2023 Item 7. Management's Discussion and Analysis 1. Please revise your loan table. Response: We will revise the table in future filings. Staff comment: Item 7A. Quantitative and Qualitative Disclosures About Market Risk 2. Please expand your sensitivity analysis. Response: We will expand the analysis in future filings. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.preamble).not.toMatch(/Staff comment/);
    expect(letter.comments.map((c) => c.label)).toEqual(['Staff comment: 1.', 'Staff comment: 2.']);
    expect(letter.comments[0]?.response?.text).toBe('We will revise the table in future filings.');
    expect(letter.comments[1]?.headings).toEqual(['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Item 7A. Quantitative and Qualitative Disclosures About Market Risk']);
  });

  it('should read "Responses:" as the answer\'s label too, the answer\'s own sub-labels after it ("Responses: Annuity Products: … Response: Please refer …", c0819 flattened, blind round 48)', async () => {
    const answer = 'Annuity Products: • The largest component of the liability is the annuity line of business. Response: Please refer to our previous letter regarding annuity cash flow treatment.';
    const text = `${RESPONSE_HEAD}1. Please provide us your accounting policies for each major product type. Responses: ${answer} 2. Tell us whether the dividend was declared before year end. Response: The dividend was declared on December 14, 2017. ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(text), { verify: true })).letter.comments;
    expect(first?.text).toBe('Please provide us your accounting policies for each major product type.');
    expect(first?.response?.label).toBe('Responses:');
    expect(flatten(first?.response?.text ?? '')).toBe(answer);
  });

  it('should hear "We refer to our telephone call …" and "We refer the Staff to …" as the company, "We refer you to …" as the staff (c0710)', async () => {
    const comment = 'Please tell us why you believe this is useful to investors. We refer you to ASC 944-40-50-4H.';
    for (const answer of ['We refer to our telephone call on Monday, September 18, 2017. We believe the disclosure helps a reader.', 'We refer the Staff to pages 57 and F-60 of the Form 10-K. We believe the disclosure helps a reader.']) {
      const [first] = (await parseLetter(bytes(`${RESPONSE_HEAD}1. ${comment} ${answer} ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`))).letter.comments;
      expect([flatten(first?.text ?? ''), first?.response?.text]).toEqual([comment, answer]);
    }
  });

  it('should set apart a dated running header that names the Commission, its division and the addressee otherwise than the head ("Division of Corporate Finance Attn:", c0693, c0529)', async () => {
    const head =
      'April 30, 2018 Securities and Exchange Commission Division of Corporation Finance 100 F Street, NE Washington, DC 20549 Attention: Jane Roe, Chief, Office of Global Security Risk Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2017 File No. 001-12345 Ladies and Gentlemen: ' +
      'The purpose of this letter is to respond to your letter dated March 27, 2018. The comments are repeated below, followed by our responses. ';
    const { letter } = await parseLetter(
      bytes(`${head}1. Please describe your contacts with Syria. Response: We have no operations in Syria. Securities and Exchange Commission Division of Corporate Finance Attn: Jane Roe, Chief, Office of Global Security Risk April 30, 2018 Page 2 Our distributors sell no products there. ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text).toBe('We have no operations in Syria.\n\nOur distributors sell no products there.');
  });

  it('should set apart a dated running header\'s courtesy title before a name the head prints without it ("Mr. Stephen Krikorian", c0769 flattened, blind round 51)', async () => {
    const head =
      'November 18, 2016 VIA EDGAR Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, DC 20549 Attention: Stephen Krikorian, Accounting Branch Chief Re: Example Corp. Form 10-K for Fiscal Year Ended December 31, 2015 File No. 001-12345 Ladies and Gentlemen: ' +
      'We are submitting this letter in response to comments from the staff. The comments are repeated below, followed by our responses. ';
    const header = 'Mr. Stephen Krikorian Securities and Exchange Commission November 18, 2016 Page 2';
    const { letter } = await parseLetter(
      bytes(`${head}1. Please describe your tax positions. Response: We have no such positions. ${header} Our positions will continue for the foreseeable ${header.replace('2', '3')} future. ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text).toBe('We have no such positions.\n\nOur positions will continue for the foreseeable future.');
  });

  it('should not start a guessed answer inside the next comment\'s numbered heading ("Financial Statements Note 11. Commitments and Contingencies, page F-29", c1045 flattened, blind round 31)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONDING_HEAD}1. Please disclose the amount of any such payment. Financial Statements Note 11. Commitments and Contingencies, page F-29 2. We note that your financial statements omit the accrual.${TAIL}`),
      { verify: true },
    );
    expect(letter.comments[0]?.text).toBe('Please disclose the amount of any such payment.');
    expect(letter.comments[1]?.headings).toEqual(['Financial Statements', 'Note 11. Commitments and Contingencies, page F-29']);
  });

  it('should read a run of up to 40 words of headings above a comment, ending a heading at the periods it names, and leave a confidentiality legend out of it (c0702, c1020 flattened)', async () => {
    // 38 words of headings.
    const run = "Form 10-K for the Fiscal Year Ended December 31, 2020 Management's Discussion and Analysis of Financial Condition and Results of Operations Critical Accounting Estimates Goodwill and Indefinite-Lived Intangible Assets of the Consumer and Commercial Reporting Units, page 53";
    const { letter } = await parseLetter(bytes(`${RESPONSE_HEAD}${run} 1. We note your impairment test. Response: We will revise it. ${RESPONSE_CLOSING}`), { verify: true });
    expect(letter.comments[0]?.headings).toEqual([
      'Form 10-K for the Fiscal Year Ended December 31, 2020',
      "Management's Discussion and Analysis of Financial Condition and Results of Operations",
      'Critical Accounting Estimates',
      'Goodwill and Indefinite-Lived Intangible Assets of the Consumer and Commercial Reporting Units, page 53',
    ]);
    const periods = await parseLetter(
      bytes(`${RESPONSE_HEAD}Consolidated Results of Operations for the years ended December 31, 2020 and 2019 Economic Gross Margin, page 53 1. We note the measure. Response: We will revise it. ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(periods.letter.comments[0]?.headings.at(-1)).toBe('Economic Gross Margin, page 53');
    const legend = await parseLetter(
      bytes(`${HEAD}Confidential Treatment Requested by Example Corp. C00002 Form 10-Q for the Period Ending June 30, 2020 Note 1. Basis of Presentation, page 9 1. Please revise the measure.${TAIL}`),
      { verify: true },
    );
    expect(legend.letter.comments[0]?.headings[0]).toBe('Form 10-Q for the Period Ending June 30, 2020');
  });

  it('should read a paged heading right after the table an answer prints as the next comment\'s, not the answer\'s last words (c0217 flattened, blind round 31)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}Notes to Pro Forma Financial Statements Pro Forma Adjustment (e), page 143 1. Please show the computation. Response: The computation follows. Term loan principal 3,000 Senior notes principal 10,000 Total principal 13,000 Weighted average interest rate 4.6 % Estimated interest expense 598 Amortization of debt issuance costs 17 Annual pro forma interest expense and amortization $ 615 Quarterly pro forma interest expense and amortization $ 154 Pro Forma Adjustment (f), page 143 2. Please explain the fair value. Response: We have revised the disclosure. ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text.endsWith('Quarterly pro forma interest expense and amortization $ 154')).toBe(true);
    expect(letter.comments[1]?.headings).toEqual(['Notes to Pro Forma Financial Statements', 'Pro Forma Adjustment (f), page 143']);
    // A heading's date before the paged heading is the heading's, not a table's last figure (c0983 flattened, blind round 55).
    const dated = (await parseLetter(bytes(`${RESPONSE_HEAD}1. Please show the changes. Response: The changes were driven by: (in millions) Decrease in accounts receivable, primarily due to increased receivables in December 2014 as compared to December 2015 $ 138 Other changes in working capital driven by various timing differences 110 Change in cash collateral (527 ) $ (201 ) Financial Statements for the Fiscal Year Ended December 31, 2015 Note 10 — Asset Impairments, page 161 2. Please explain the impairments. Response: We have revised the disclosure. ${RESPONSE_CLOSING}`), { verify: true })).letter;
    expect(flatten(dated.comments[0]?.response?.text ?? '').endsWith('Change in cash collateral (527 ) $ (201 )')).toBe(true);
    expect(dated.comments[1]?.headings).toEqual(['Financial Statements for the Fiscal Year Ended December 31, 2015', 'Note 10 — Asset Impairments, page 161']);
  });

  it('should read a letter typed in ASCII as the same letter: "--" for a dash, straight quotes round a defined name', async () => {
    const ascii = (await parseLetter(bytes(`${HEAD.replace('Form 10-K for the Fiscal Year Ended December 31, 2021', 'Form 10-K for the Fiscal Year Ended December 31, 2021 ("2021 Form 10-K")')}Notes to Consolidated Financial Statements Note 2 -- Income Taxes Uncertain Tax Positions, page 90 1. Please tell us more about your reserves.${TAIL}`))).letter;
    expect(ascii.letter.filings.map((f) => [f.form, f.fiscalYearEnd, f.filedOn])).toEqual([['10-K', '2021-12-31', '2022-02-25']]);
    expect(ascii.comments[0]?.headings).toEqual(['Notes to Consolidated Financial Statements', 'Note 2 -- Income Taxes', 'Uncertain Tax Positions, page 90']);
    const related = (await parseLetter(bytes(`${HEAD}Item 8 - Financial Statements and Supplementary Data Notes to Consolidated Financial Statements Note 21 -- Related Party Transactions Service Agreement with GenOn, page 200 1. Please tell us more about the agreement.${TAIL}`))).letter;
    expect(related.comments[0]?.headings.slice(-2)).toEqual(['Note 21 -- Related Party Transactions', 'Service Agreement with GenOn, page 200']);
  });

  it('should open the closing with a rule of underscores before its first sentence (c0527 flattened, blind round 31)', async () => {
    const { letter } = await parseLetter(bytes(`${RESPONSE_HEAD}1. Please revise the measure. Response: The revised disclosures are provided in the attached Appendix B. _______________________________ If you have any questions, please call me. Sincerely, Jane Doe`), { verify: true });
    expect(letter.comments[0]?.response?.text).toBe('The revised disclosures are provided in the attached Appendix B.');
    expect(letter.closing.startsWith('_______________________________\n\nIf you have any questions')).toBe(true);
  });

  it('should start the closing at the acknowledgement\'s lead-in right after a table\'s foot line ("… NM Not Meaningful In connection with the Company’s response …, the Company acknowledges that:", c0066 flattened, blind round 44)', async () => {
    const points = '• the Company is responsible for the adequacy and accuracy of the disclosure in its filings; • Staff comments or changes to disclosure in response to Staff comments do not foreclose the Commission from taking any action with respect to the filings; and • the Company may not assert Staff comments as a defense in any proceeding initiated by the Commission or any person under the federal securities laws of the United States.';
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}1. Please reconcile the measure. Response: We propose the following table. Net income $ — $ 260 (23.5)% NM Not Meaningful In connection with the Company’s response to your comments, the Company acknowledges that: ${points} ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text).toBe('We propose the following table. Net income $ — $ 260 (23.5)% NM Not Meaningful');
    expect(letter.closing.startsWith('In connection with the Company’s response to your comments, the Company acknowledges that:')).toBe(true);
  });

  it('should start the closing at its first sentence right after a table\'s last cells (c0496 flattened, blind round 31)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}1. Please reconcile the measure. Response: We propose the following table. Adjusted Billings $ - $ - Net Sales $ - $ - We appreciate the Staff’s time and attention and we hope that the foregoing has been responsive to the Staff’s comment. ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text).toBe('We propose the following table. Adjusted Billings $ - $ - Net Sales $ - $ -');
    expect(letter.closing.startsWith('We appreciate the Staff’s time and attention')).toBe(true);
    // Its last cell a percentage with the sign printed apart (c0969 flattened, blind round 54).
    const percent = (await parseLetter(bytes(`${RESPONSE_HEAD}1. Please reconcile the measure. Response: We propose the following table. Net Sales $ 3,369,045 $ 3,049,393 10.5 % We appreciate the Staff’s time and attention and we hope that the foregoing has been responsive to the Staff’s comment. ${RESPONSE_CLOSING}`), { verify: true })).letter;
    expect(percent.closing.startsWith('We appreciate the Staff’s time and attention')).toBe(true);
  });

  it('should start the closing at the staff\'s "In closing, we remind you …" after a comment\'s last sentence printed without its full stop (c0721 flattened, blind round 51)', async () => {
    const { letter } = await parseLetter(
      bytes(`${HEAD}1. Please tell us how you considered Question 100.04 of the Non-GAAP Compliance and Disclosure Interpretations In closing, we remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures. Please contact John Roe at 202-551-0000 with any questions. Sincerely, Division of Corporation Finance Office of Finance`),
      { verify: true },
    );
    expect(letter.comments[0]?.text).toBe('Please tell us how you considered Question 100.04 of the Non-GAAP Compliance and Disclosure Interpretations');
    expect(letter.closing).toMatch(/^In closing, we remind you/);
  });

  it('should start the closing after an answer that ends on a quoted excerpt\'s ellipsis ("… underlying operating results… We appreciate the opportunity to respond …", c0386 flattened, blind round 41)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}1. Please define Adjusted EPS. Response: We will add the following definition: “Adjusted EPS excludes infrequent items. The company believes that Adjusted EPS provides improved comparability of underlying operating results… We appreciate the opportunity to respond to the staff’s comment letter and look forward to resolving any concerns the staff might have. ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.response?.text.endsWith('improved comparability of underlying operating results…')).toBe(true);
    expect(letter.closing.startsWith('We appreciate the opportunity to respond')).toBe(true);
  });

  it('should start a staff letter\'s closing at its contact paragraph right after a table the last comment quotes (c0144 flattened, blind round 42)', async () => {
    const table = 'Equals: Goodwill recognized at the acquisition date ASC 805-30-30-1';
    const text = `${HEAD}Business Combinations, page 40 1. Please tell us more. 2. Please provide a table such as: Consideration transferred ASC 805-30-30-7 ${table} You may contact Bonnie Baynes, Staff Accountant, at (202) 551-4924 if you have any questions regarding the comments. Sincerely, Jim B. Rosenberg Senior Assistant Chief Accountant`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.comments[1]?.text.endsWith(table)).toBe(true);
    expect(letter.closing.startsWith('You may contact Bonnie Baynes')).toBe(true);
    expect(letter.letter.staffContacts).toEqual([{ name: 'Bonnie Baynes', phone: '202-551-4924' }]);
  });

  it('should take a comment\'s number printed again after its "Comment No. N" label for the label\'s, not the comment\'s first words (c0687 flattened, blind round 31)', async () => {
    const { letter } = await parseLetter(bytes(`${RESPONSE_HEAD}Results of Operations, page 27 Comment No. 1 1. We note your discussion of the change in income tax expense. Response: We will expand the discussion. ${RESPONSE_CLOSING}`), { verify: true });
    expect(letter.comments.map((c) => [c.label, c.text])).toEqual([['Comment No. 1 1.', 'We note your discussion of the change in income tax expense.']]);
  });

  it('should read a note numbered in brackets, "Note (19).", as a heading of the next comment, not the last words of the comment above (c0533 flattened, blind round 30)', async () => {
    const { letter } = await parseLetter(
      bytes(`${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2021 Liquidity and Capital Resources, page 57 1. Please address the potential tax implications of repatriation. Notes to Financial Statements Note (19). Income Taxes, page 98 2. Please disclose the cumulative amount of each type of temporary difference.${TAIL}`),
      { verify: true },
    );
    expect(letter.comments[0]?.text).toBe('Please address the potential tax implications of repatriation.');
    expect(letter.comments[1]?.headings.slice(1)).toEqual(['Notes to Financial Statements', 'Note (19). Income Taxes, page 98']);
  });

  it('should read an exhibit named after a semicolon as a heading of the next comment, not the last words of the comment above (c0152 flattened, blind round 29)', async () => {
    const { letter } = await parseLetter(
      bytes(`${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2021 Note 4: Reportable Segments, page 142 1. Please provide all the disclosures required by Item 10(e)(1)(i) of Regulation S-K. Form 8-K Filed February 3, 2021 Exhibit 99.1; Registrant's press release dated February 3, 2021 2. Please revise your non-GAAP reconciliations.${TAIL}`),
      { verify: true },
    );
    expect(letter.comments[0]?.text).toBe('Please provide all the disclosures required by Item 10(e)(1)(i) of Regulation S-K.');
    expect(letter.comments[1]?.headings).toEqual(['Form 8-K Filed February 3, 2021', "Exhibit 99.1; Registrant's press release dated February 3, 2021"]);
  });

  it('should end a heading at a standard section title of the genre run into the next heading (c0134, c1141, c0655 flattened)', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 ${run} 1. Please revise the measure.${TAIL}`))).letter.comments[0]?.headings.slice(1);
    expect(await chain('Non-GAAP Measures Adjusted Diluted EPS, page 40')).toEqual(['Non-GAAP Measures', 'Adjusted Diluted EPS, page 40']);
    expect(await chain('Management’s Discussion and Analysis 2023 Compared with 2022 Other Profit/Loss and Tax Items, page 33')).toEqual(['Management’s Discussion and Analysis', '2023 Compared with 2022', 'Other Profit/Loss and Tax Items, page 33']);
    expect(await chain('Annual Incentive Plan Financial and Operational Performance Targets for 2016, page 127')).toEqual(['Annual Incentive Plan', 'Financial and Operational Performance Targets for 2016, page 127']);
    // Not inside a title that goes on: "Description of Business and Basis of Presentation".
    expect(await chain('Description of Business and Basis of Presentation, page 53')).toEqual(['Description of Business and Basis of Presentation, page 53']);
    // S-K Item 404's section (c0701, c0336, c0922, c0937, c1045 flattened), and the 10-K Item that goes on after its comma.
    expect(await chain('Certain Relationships and Related Party Transactions Agreements with 3M, page 241')).toEqual(['Certain Relationships and Related Party Transactions', 'Agreements with 3M, page 241']);
    expect(await chain('Certain Relationships and Related Transactions, and Director Independence, page 90')).toEqual(['Certain Relationships and Related Transactions, and Director Independence, page 90']);
  });

  it('should end a note\'s heading at a title notes share when the heading under it follows, not inside a title that goes on (c0447, c1021, c0219, c0286 flattened)', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 Notes to Consolidated Financial Statements ${run} 1. Please revise the note.${TAIL}`))).letter.comments[0]?.headings.slice(2);
    expect(await chain('Note 2. Revenue Recognition License Store Revenues, page 11')).toEqual(['Note 2. Revenue Recognition', 'License Store Revenues, page 11']);
    expect(await chain('Note 2 – Accounting Policies Accounting for Historic and New Markets Tax Credits, page 90')).toEqual(['Note 2 – Accounting Policies', 'Accounting for Historic and New Markets Tax Credits, page 90']);
    expect(await chain('Description of Business and Basis of Presentation Revenue Recognition, page 53')).toEqual(['Description of Business and Basis of Presentation', 'Revenue Recognition, page 53']);
    // A capitalised word ending "-ed" opens the heading under it unless a preposition follows ("Accounted for", below).
    expect(await chain('Note 4. Loans / Leases And Allowance For Credit Losses Impaired Loans, page 128')).toEqual(['Note 4. Loans / Leases And Allowance For Credit Losses', 'Impaired Loans, page 128']);
    // Numbered without the word "Note", and a lettered heading under it: both headings, the outer ones kept above them.
    expect(await chain('7. Unpaid losses and loss expenses c) Loss Development Tables, page F-46')).toEqual(['7. Unpaid losses and loss expenses', 'c) Loss Development Tables, page F-46']);
    // A title that goes on is one heading: with a participle, or words the title's own lookahead keeps.
    expect(await chain('Note 15 - Investments Accounted for by the Equity Method and Variable Interest Entities Variable Interest Entities, page 165')).toEqual(['Note 15 - Investments Accounted for by the Equity Method and Variable Interest Entities', 'Variable Interest Entities, page 165']);
    expect(await chain('Note 4. Debt Securities, page 70')).toEqual(['Note 4. Debt Securities, page 70']);
    expect(await chain('Note 3. Revenue Recognition, page 62')).toEqual(['Note 3. Revenue Recognition, page 62']);
  });

  it('should end a heading at its bracketed abbreviation or "(Unaudited)" before a heading of two words or more, and at the standard sections of S-K and S-4 (c0747, c0675, c1173, c1179, c1116 flattened)', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 ${run} 1. Please revise the disclosure.${TAIL}`))).letter.comments[0]?.headings.slice(1);
    expect(await chain('Variable Interest Entities (VIE) Parion Sciences, Inc., page F-19')).toEqual(['Variable Interest Entities (VIE)', 'Parion Sciences, Inc., page F-19']);
    expect(await chain('GAAP to Non-GAAP Reconciliation (Unaudited) Adjusted Operating Income, page 7')).toEqual(['GAAP to Non-GAAP Reconciliation (Unaudited)', 'Adjusted Operating Income, page 7']);
    // One word after the abbreviation goes on with the title.
    expect(await chain('Net Debt-to-Adjusted Earnings before Interest (EBITDA) Ratio, page 46')).toEqual(['Net Debt-to-Adjusted Earnings before Interest (EBITDA) Ratio, page 46']);
    expect(await chain('Off-Balance Sheet Arrangements Off-Balance Sheet Debt, page 52')).toEqual(['Off-Balance Sheet Arrangements', 'Off-Balance Sheet Debt, page 52']);
    expect(await chain('Comparison of Stockholder Rights Exclusive Forum Provision, page 127')).toEqual(['Comparison of Stockholder Rights', 'Exclusive Forum Provision, page 127']);
    expect(await chain('Item 1 - Business Portfolio optimization, page 11')).toEqual(['Item 1 - Business', 'Portfolio optimization, page 11']);
  });

  it('should keep the headings above a "COMMENT: 1." label, and an Item\'s standard title typed with a full stop (c0480, c0083, c0889 flattened)', async () => {
    const response = (run: string) => `${RESPONSE_HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 ${run} We note your disclosure. Please revise. RESPONSE: We will revise the disclosure in future filings. ${RESPONSE_CLOSING}`;
    const first = async (run: string) => (await parseLetter(bytes(response(run)))).letter.comments[0];
    expect(await first('General COMMENT: 1.')).toMatchObject({ number: 1, label: 'COMMENT: 1.', headings: ['Form 10-K for the Fiscal Year Ended December 31, 2023', 'General'] });
    expect(await first('Non-GAAP Measures, pages II-36 SEC COMMENT: 1.')).toMatchObject({ number: 1, label: 'SEC COMMENT: 1.', headings: ['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Non-GAAP Measures, pages II-36'] });
    const staff = await parseLetter(bytes(`${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations. General, page 39 1. Please revise the discussion.${TAIL}`));
    expect(staff.letter.comments[0]?.headings).toEqual(['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations.', 'General, page 39']);
  });

  it('should read a proxy contest\'s Re: block a name per line, its filing named by its form or as soliciting material (c1022, c0972, c0048 flattened)', async () => {
    const head = (re: string) => HEAD.replace(/Re: Example Corp\..*?(?= Dear)/, `Re: ${re}`);
    const letterOf = async (re: string) => (await parseLetter(bytes(`${head(re)}1. Please revise the disclosure.${TAIL}`))).letter.letter;
    expect(await letterOf('Occidental Petroleum Corporation DFAN14A soliciting material filed pursuant to Rule 14a-12 Filed on Schedule 14A November 8, 2019 by Barberry Corp. et al. File No. 001-09210')).toMatchObject({ company: 'Occidental Petroleum Corporation' });
    expect(await letterOf('Wynn Resorts, Limited Soliciting Material on Schedule 14A Filed April 23, 2018 by Elaine P. Wynn File No. 000-50028')).toMatchObject({ company: 'Wynn Resorts, Limited' });
    expect(await letterOf('Boots Capital Management, LLC Crown Castle Inc. DFAN14A Filed May 1, 2024 Filed By Boots Parallel 1, LP et al. File No. 001-16441')).toMatchObject({ company: 'Boots Capital Management, LLC' });
    // A form after "Schedule" is its title's, and a list of names after a comma goes on.
    const proxy = await letterOf('International Flavors & Fragrances Inc. Preliminary Proxy Statement on Schedule PREM14A Filed May 7, 2020 File No. 001-04858');
    expect(proxy.company).toBe('International Flavors & Fragrances Inc.');
    expect(proxy.filings.map((f) => f.form)).toEqual(['PREM14A']);
  });

  it('should leave a bracketed page reference with the sentence it ends, read soliciting material as a filing, and open a heading at a bracketed note number after a page (c0972, c1022, c0826 flattened)', async () => {
    const letter = await parseLetter(bytes(`${HEAD}1. Please provide support for the following statement: “The board could not have considered the concerns raised.” (page 3) 2. In future filings, please revise the legend.${TAIL}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([[], []]);
    expect(letter.letter.comments[0]?.text).toMatch(/concerns raised\.” \(page 3\)$/);
    const soliciting = await parseLetter(bytes(`${HEAD}Soliciting Material filed pursuant to Rule 14a-12 under cover of Schedule 14A 1. Please revise the legend.${TAIL}`));
    expect(soliciting.letter.comments[0]?.headings).toEqual(['Soliciting Material filed pursuant to Rule 14a-12 under cover of Schedule 14A']);
    const notes = await parseLetter(bytes(`${HEAD}Form 10-K filed on February 24, 2017 Notes to consolidated financial statements, page F-20 (3) Real estate investments, page F-30 1. Please revise the note.${TAIL}`));
    expect(notes.letter.comments[0]?.headings).toEqual(['Form 10-K filed on February 24, 2017', 'Notes to consolidated financial statements, page F-20', '(3) Real estate investments, page F-30']);
  });

  it('should read a salutation to several people up to its colon, and the heading after a row of asterisks as the first comment\'s (c0888 flattened)', async () => {
    const head = RESPONSE_HEAD.replace('Ladies and Gentlemen:', 'Dear Mr. Makhdoom, Ms. Empie, Mr. Arzonetti and Ms. Aldave:');
    const letter = (await parseLetter(bytes(`${head}* * * Structure of the Transaction, page 41 1. Please revise the charts. Response: We have revised the charts on page 41. ${RESPONSE_CLOSING}`))).letter;
    expect(letter.letter.salutation).toBe('Dear Mr. Makhdoom, Ms. Empie, Mr. Arzonetti and Ms. Aldave:');
    expect(letter.preamble).toMatch(/^On behalf of Example Corp\./);
    expect(letter.comments[0]?.headings).toEqual(['Structure of the Transaction, page 41']);
  });

  it('should read a short staff letter that lists no comments by its letterhead and its signature, its head not in the closing\'s last lines (c1157 flattened)', async () => {
    const text =
      'United States securities and exchange commission logo December 5, 2023 Michael Larson Chief Financial Officer Example Corp. 155 Harlem Avenue Glenview, IL 60025 ' +
      'Re: Example Corp. Form 10-K For the Year Ended December 31, 2022 Filed on February 10, 2023 File No. 001-04797 Dear Michael Larson: ' +
      'We issued comments to you on the above captioned filing on November 7, 2023. As of the date of this letter, these comments remain outstanding and unresolved. ' +
      'We expect you to provide a complete, substantive response to these comments by December 19, 2023. ' +
      'Please contact Joseph Kempf at 202-551-3352 with any questions. Sincerely, Division of Corporation Finance Office of Technology';
    const { letter } = (await parseLetter(bytes(text))).letter;
    expect(letter.kind).toBe('staff');
    expect(letter.office).toBe('Office of Technology');
  });

  it('should read the heading after an answer withheld as "[***]" as the next comment\'s (c0484 flattened, a confidential treatment request)', async () => {
    const letter = (await parseLetter(bytes(`${RESPONSE_HEAD}Recent Developments, page 16 1. Please tell us more about the charge. Response: Rule 83 Confidential Treatment Request by Example Corp. #1 The Company respectfully acknowledges the Staff's comment. [***] Risk Factors, page 30 2. Please revise the risk factor. Response: We have revised the risk factor on page 30. ${RESPONSE_CLOSING}`))).letter;
    expect(letter.comments.map((c) => c.headings)).toEqual([['Recent Developments, page 16'], ['Risk Factors, page 30']]);
    expect(letter.comments[0]?.response?.text).toMatch(/comment\. \[\*\*\*\]$/);
  });

  it('should read a title that closes with the periods it covers as a heading in plain text (c0702 flattened)', async () => {
    const letter = (await parseLetter(bytes(`${RESPONSE_HEAD}Form 10-K for the Fiscal Year Ended December 31, 2020 Management's Discussion and Analysis of Financial Condition and Results of Operations Consolidated Results of Operations for the years ended December 31, 2020 and 2019 Economic Gross Margin, page 53 1. Please tell us how you compute economic gross margin. Response: We compute it as set out below. ${RESPONSE_CLOSING}`))).letter;
    expect(letter.comments[0]?.headings).toEqual([
      'Form 10-K for the Fiscal Year Ended December 31, 2020',
      "Management's Discussion and Analysis of Financial Condition and Results of Operations",
      'Consolidated Results of Operations for the years ended December 31, 2020 and 2019',
      'Economic Gross Margin, page 53',
    ]);
  });

  it('should read a paged heading in title case right after a list whose last item has no full stop (c0506 flattened)', async () => {
    const letter = await parseLetter(bytes(`${HEAD}1. Please revise to meet the objectives of MD&A, which are: • to provide a narrative explanation of the financial statements; and • to provide information so that investors can ascertain the likelihood that past performance is indicative of future performance Engineering, Selling and Administrative Expenses, page 35 2. Please tell us how you present these expenses.${TAIL}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([[], ['Engineering, Selling and Administrative Expenses, page 35']]);
    expect(letter.letter.comments[0]?.text).toMatch(/indicative of future performance$/);
  });

  it('should set apart a running header that misspells the addressee\'s name by a letter ("M. Bret Biggs" for "M. Brett Biggs", c0141 flattened, blind round 33)', async () => {
    const head = HEAD.replace('Jane Doe Chief Financial Officer', 'M. Brett Biggs Chief Financial Officer').replace('Dear Ms. Doe:', 'Dear Mr. Biggs:');
    const letter = await parseLetter(bytes(`${head}Notes to Consolidated Financial Statements, page 60 Note 7. Fair Value Measurements, page 72 1. Please revise the note. M. Bret Biggs Example Corp. March 3, 2023 Page 2 Note 10. Contingencies, page 79 2. Please revise this note too.${TAIL}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([
      ['Notes to Consolidated Financial Statements, page 60', 'Note 7. Fair Value Measurements, page 72'],
      ['Notes to Consolidated Financial Statements, page 60', 'Note 10. Contingencies, page 79'],
    ]);
    expect(letter.letter.comments[0]?.text).toBe('Please revise the note.');
  });

  it('should end a heading at a merger proxy\'s advisor\'s opinion and at a standard title after a dash, and set apart a template header whose field is glued to the company\'s initial (c0331, c0724, c0669 flattened, blind round 34)', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}${run} 1. Please revise the disclosure.${TAIL}`))).letter.comments[0]?.headings;
    expect(await chain('The Merger Opinion of BB&T’s Financial Advisor Selected Transactions Analysis, page 81')).toEqual(['The Merger', 'Opinion of BB&T’s Financial Advisor', 'Selected Transactions Analysis, page 81']);
    expect(await chain('Exhibit 99.2 Regulation G—Non-GAAP Financial Measures Adjusted Earnings, page 33')).toEqual(['Exhibit 99.2', 'Regulation G—Non-GAAP Financial Measures', 'Adjusted Earnings, page 33']);
    const header = await parseLetter(bytes(`${HEAD.replace('Example Corp. 1 Main Street', 'C. H. Example Corp. 1 Main Street')}1. Please tell us why you believe these disclosures are not necessary. FirstName LastNameJane Doe Comapany NameC. H. Example Corp. March 3, 2023 Page 2 Note 9: Segment Reporting, page 57 2. Please revise the note.${TAIL}`));
    expect(header.letter.comments[0]?.text).toBe('Please tell us why you believe these disclosures are not necessary.');
  });

  it('should set apart a running header of the addressee, the company and the letter\'s date with no page number, not a filing named with a date of the head; and read a report named by its form alone in the Re: block (c1068, c1048, c1144 flattened, blind round 34)', async () => {
    const head = HEAD.replace('Example Corp. 1 Main Street', 'Example Corp., a Delaware company 1 Main Street');
    const letter = await parseLetter(bytes(`${head}1. Please revise the segment note. Jane Doe Example Corp., a Delaware company March 3, 2023 2. Please revise the segment note again.${TAIL}`));
    expect(letter.letter.comments.map((c) => c.text)).toEqual(['Please revise the segment note.', 'Please revise the segment note again.']);
    // The filing's title and its date, as the Re: block names them, open a comment's headings.
    const filing = await parseLetter(bytes(`${HEAD}We note your response. Form 10-K for the Fiscal Year Ended December 31, 2021 Goodwill, page 27 1. Please revise.${TAIL}`));
    expect(filing.letter.comments[0]?.headings).toEqual(['Form 10-K for the Fiscal Year Ended December 31, 2021', 'Goodwill, page 27']);
    const bare = await parseLetter(bytes(`${HEAD.replace(/Re: Example Corp\. Form 10-K/, 'Re: EXAMPLE CORP INC 10-K')}1. Please revise.${TAIL}`));
    expect(bare.letter.letter).toMatchObject({ company: 'EXAMPLE CORP INC' });
    expect(bare.letter.letter.filings.map((f) => f.form)).toEqual(['10-K']);
  });

  it('should set apart a running header that opens with a confidentiality legend citing "17 C.F.R. § 200.83" (c1017 flattened, blind round 34)', async () => {
    const legend = 'CONFIDENTIAL TREATMENT REQUESTED PURSUANT TO 17 C.F.R. § 200.83 (RULE 83)';
    const letter = await parseLetter(bytes(`${legend} ${RESPONSE_HEAD}1. Please revise the note. Response: We will revise the note in future filings. ${legend} Securities and Exchange Commission May 1, 2024 Page 2 2. Please explain the error. Response: The error arose in 2023. ${RESPONSE_CLOSING}`));
    expect(letter.letter.comments.map((c) => c.response?.text)).toEqual(['We will revise the note in future filings.', 'The error arose in 2023.']);
  });

  it('should read "… Item 3 of Form 10." as a sentence\'s end, the heading after it its own (c0372 flattened)', async () => {
    const text = `${HEAD}1. Please describe the facilities. Refer to Item 102 of Regulation S-K and Item 3 of Form 10. Certain Relationships and Related Party Transactions, page 139 2. Please disclose the agreements.${TAIL}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments.map((c) => [c.text, c.headings])).toEqual([
      ['Please describe the facilities. Refer to Item 102 of Regulation S-K and Item 3 of Form 10.', []],
      ['Please disclose the agreements.', ['Certain Relationships and Related Party Transactions, page 139']],
    ]);
  });

  it('should end a "Cash Flows" section title before the heading under it, not "Free Cash Flows" or "Cash Flows from …" (c0390, c0385 flattened)', async () => {
    const text = `${HEAD}Liquidity and Capital Resources Cash Flows Underlying Free Cash Flow, page 55 1. Please revise the measure. Cash Flows from Operating Activities, page 56 2. Please explain the change.${TAIL}`;
    expect((await parseLetter(bytes(text))).letter.comments.map((c) => c.headings)).toEqual([
      ['Liquidity and Capital Resources', 'Cash Flows', 'Underlying Free Cash Flow, page 55'],
      ['Liquidity and Capital Resources', 'Cash Flows', 'Cash Flows from Operating Activities, page 56'],
    ]);
  });

  it('should keep pro forma statements\' title whole where it goes on with what they give effect to (c0900 flattened)', async () => {
    const notes = 'Notes to the Unaudited Pro Forma Condensed Combined Financial Statements Giving Effect to the Transactions, page 151';
    const text = `${HEAD}${notes} Note 4. Preliminary Allocation of Consideration Transferred to Net Assets Assumed, page 153 1. Please expand the sensitivity analysis. Unaudited Pro Forma Condensed Combined Financial Statements Giving Effect to the Merger, page 140 2. Please explain the adjustment.${TAIL}`;
    expect((await parseLetter(bytes(text))).letter.comments.map((c) => c.headings)).toEqual([
      [notes, 'Note 4. Preliminary Allocation of Consideration Transferred to Net Assets Assumed, page 153'],
      ['Unaudited Pro Forma Condensed Combined Financial Statements Giving Effect to the Merger, page 140'],
    ]);
  });

  it('should end MD&A\'s title printed "of Results and Financial Condition" before the heading under it (c0715 flattened)', async () => {
    const text = `${HEAD}Management’s Discussion and Analysis of Results and Financial Condition Adjusted EBITDA, page 58 1. Please reconcile the measure.${TAIL}`;
    expect((await parseLetter(bytes(text))).letter.comments[0]?.headings).toEqual(['Management’s Discussion and Analysis of Results and Financial Condition', 'Adjusted EBITDA, page 58']);
  });

  it('should end a note\'s title where a heading under it says the title\'s words again (c0284, c0733 flattened)', async () => {
    const text = `${HEAD}Combined Financial Statements Note 10. Related Party Transactions and 21CF Investment Related Party Transactions, page F-25 1. Please disclose the terms. Note 3. Business Divestitures and Asset and Liabilities Held for Sale Assets and Liabilities Held for Sale—Pharma Solutions, page 10 2. Please explain the classification.${TAIL}`;
    expect((await parseLetter(bytes(text))).letter.comments.map((c) => c.headings.slice(-2))).toEqual([
      ['Note 10. Related Party Transactions and 21CF Investment', 'Related Party Transactions, page F-25'],
      ['Note 3. Business Divestitures and Asset and Liabilities Held for Sale', 'Assets and Liabilities Held for Sale—Pharma Solutions, page 10'],
    ]);
  });

  it('should end a heading that compares two years before the heading under it (c0341, c1002 flattened)', async () => {
    const mdna = 'Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations';
    const text = `${HEAD}${mdna} Comparison of Fiscal 2016 to Fiscal 2015 Income Tax Expense, page 24 1. Please explain the change in your effective tax rate. 2023 Compared to 2022 Net Sales, page 30 2. Please quantify the factors.${TAIL}`;
    expect((await parseLetter(bytes(text))).letter.comments.map((c) => c.headings.at(-1))).toEqual(['Income Tax Expense, page 24', 'Net Sales, page 30']);
  });

  it('should read a question under a paged heading as a heading of its own, its question mark right above the comment (c0194 flattened)', async () => {
    const text = `${HEAD}Questions and Answers, page iv What am I being asked to vote on and why is this approval necessary? 1. Please revise to explain why the approval is necessary.${TAIL}`;
    expect((await parseLetter(bytes(text))).letter.comments[0]?.headings).toEqual(['Questions and Answers, page iv', 'What am I being asked to vote on and why is this approval necessary?']);
  });

  it('should split a prospectus\' "Description of … Capital Stock" off a filing\'s title named with no form (c0893 flattened)', async () => {
    const text = `${HEAD}Amendment No. 2 to Draft Registration Statement Description of Carrier Capital Stock, page 135 1. Please revise to disclose the provisions of your charter.${TAIL}`;
    expect((await parseLetter(bytes(text))).letter.comments[0]?.headings).toEqual(['Amendment No. 2 to Draft Registration Statement', 'Description of Carrier Capital Stock, page 135']);
  });

  it('should read a paged heading right after a quotation that ends an answer with no full stop (c1143 flattened)', async () => {
    const letter = await parseLetter(bytes(`${RESPONSE_HEAD}Conditions of the Offer, page 33 1. Please revise the condition. Response: The condition now reads: “any change occurs which in our reasonable judgment is materially adverse to us; or” Source and Amount of Funds, page 35 2. Please disclose any alternative financing plans. Response: There are none. ${RESPONSE_CLOSING}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([['Conditions of the Offer, page 33'], ['Source and Amount of Funds, page 35']]);
    expect(letter.letter.comments[0]?.response?.text).toMatch(/adverse to us; or”$/);
  });

  it('should read "SEC Oral Comment #1:" and "Staff Comment 2:" whole as comments\' labels, not their first words as a heading (c1056 flattened)', async () => {
    const letter = await parseLetter(bytes(`${RESPONSE_HEAD}Form 10-K for the Fiscal Year Ended December 31, 2017 SEC Oral Comment #1: Please revise the statement of earnings. Response: We will revise it in future filings. Staff Comment 2: Please explain the special items. Response: The items are not recurring. ${RESPONSE_CLOSING}`));
    expect(letter.letter.comments.map((c) => [c.label, c.headings])).toEqual([
      ['SEC Oral Comment #1:', ['Form 10-K for the Fiscal Year Ended December 31, 2017']],
      ['Staff Comment 2:', ['Form 10-K for the Fiscal Year Ended December 31, 2017']],
    ]);
  });

  it('should set apart the confidentiality legend and page code printed under a running header (c0554 flattened)', async () => {
    const legend = 'CONFIDENTIAL TREATMENT REQUESTED BY EXAMPLE CORP.: EXC-003';
    const letter = await parseLetter(bytes(`${RESPONSE_HEAD}General 1. Please revise the note. Response: We will revise the note in future filings. Securities and Exchange Commission May 1, 2024 Page 2 ${legend} General 2. Please explain the error. Response: The error arose in 2023. Securities and Exchange Commission May 1, 2024 Page 3 ${legend} ${RESPONSE_CLOSING}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([['General'], ['General']]);
    expect(letter.letter.comments[1]?.response?.text).toBe('The error arose in 2023.');
    expect(letter.letter.closing).not.toContain('CONFIDENTIAL');
  });

  it('should set apart a running header whose date its template left to fill in ("[●], 2022", c1110 flattened)', async () => {
    const letter = await parseLetter(bytes(`${RESPONSE_HEAD}General 1. Please revise the note. Response: We will revise the note in future filings. Securities and Exchange Commission [●], 2022 Page 2 General 2. Please explain the error. Response: The error arose in 2023. ${RESPONSE_CLOSING}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([['General'], ['General']]);
    expect(letter.letter.comments[0]?.response?.text).toBe('We will revise the note in future filings.');
  });

  it('should set apart an addressee\'s running header after a table\'s foot line, not one run into a sentence\'s "Letter to" (c0043, c0179 flattened, blind round 34)', async () => {
    const head = RESPONSE_HEAD.replace('Securities and Exchange Commission Division of Corporation Finance', 'Ms. Sharon M. Blume, Accounting Branch Chief Office of Insurance Securities and Exchange Commission');
    const header = 'Ms. Sharon M. Blume, Accounting Branch Chief Office of Insurance Securities and Exchange Commission Page 3';
    const letter = await parseLetter(bytes(`${head}1. Please revise the balance sheet. Response: The revised balance sheet follows. ${'Total assets $ 620,854 $ 552,257 '.repeat(8)}See accompanying Notes to Consolidated Financial Statements ${header} Notes to Consolidated Financial Statements Note 5: Other investments, page 79 2. Please revise the note. Response: We will revise the note. ${RESPONSE_CLOSING}`));
    expect(letter.letter.comments[0]?.response?.text).toMatch(/See accompanying Notes to Consolidated Financial Statements$/);
    expect(letter.letter.comments[1]?.headings).toEqual(['Notes to Consolidated Financial Statements', 'Note 5: Other investments, page 79']);
    const joined = await parseLetter(bytes(`${head}1. Please revise the balance sheet. Response: We will revise it. Letter to ${header} 2. Please revise the note. Response: We will revise the note. ${RESPONSE_CLOSING}`));
    expect(joined.letter.comments[0]?.response?.text).toMatch(/^We will revise it\.\s+Letter to Ms\. Sharon/);
  });

  it('should read a quoted caption after a title as a heading of its own, a caption ending in a spaced ellipsis whole, a run of up to 50 words, and "Rule 162." as a sentence\'s end (c0278, c0751, c0719 flattened, blind round 34)', async () => {
    const filing = 'Amendment No. 3 to Draft Registration Statement on Form S-1, submitted September 10, 2020';
    const mdna = 'Management’s Discussion and Analysis of Financial Condition and Results of Operations';
    const caption = '“Adjusted sales and marketing and promotions spend normalizes . . .”, page 101';
    const letter = await parseLetter(bytes(`${HEAD}We may have additional comments. ${filing} ${mdna} Attractive Cohort Trends ${caption} 1. Please revise the graphics. Please also provide an estimate of the credits you provided. “We face certain risks associated with our pay model for Dashers. . .”, page 25 2. We note your pay model. Please refer to the Manual for a legend that may be used when an exchange offer is commenced early in reliance upon Rule 162. Selected Consolidated Financial Data, page 20 3. Please revise the table.${TAIL}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([
      [filing, mdna, 'Attractive Cohort Trends', caption],
      [filing, mdna, 'Attractive Cohort Trends', '“We face certain risks associated with our pay model for Dashers. . .”, page 25'],
      // Selected financial data is a section of its own, beside MD&A.
      [filing, 'Selected Consolidated Financial Data, page 20'],
    ]);
  });

  it('should end a heading at an exhibit numbered with brackets and after a filing\'s date before a bracketed note number, and set apart a header whose company starts in lower case (c0486, c0992, c0960 flattened, blind round 35)', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}${run} 1. Please revise the disclosure.${TAIL}`))).letter.comments[0]?.headings;
    expect(await chain('Exhibit 99.(A)(1)(i) What will be the form of payment of the Purchase Price?, page 1')).toEqual(['Exhibit 99.(A)(1)(i)', 'What will be the form of payment of the Purchase Price?, page 1']);
    expect(await chain('Form 10-K for the Fiscal Year Ended October 31, 2017 (16) Short-term and Long-term Debt, page 94')).toEqual(['Form 10-K for the Fiscal Year Ended October 31, 2017', '(16) Short-term and Long-term Debt, page 94']);
    const head = HEAD.replace('Jane Doe Chief Financial Officer Example Corp.', 'Devin N. Wenig Chief Executive Officer eBay Inc.');
    const letter = await parseLetter(bytes(`${head}1. Please tell us the initial deferred credit. Devin N. Wenig eBay Inc. March 3, 2023 Page 4 2. Please revise the note.${TAIL}`));
    expect(letter.letter.comments[0]?.text).toBe('Please tell us the initial deferred credit.');
    // A company named wholly in lower case, its legal form too, inside a sentence and after one (c1002 flattened, blind round 52).
    const lower = HEAD.replace('Jane Doe Chief Financial Officer Example Corp.', 'Stuart C. Haselden Chief Financial Officer lululemon athletica inc.');
    const header = 'Stuart C. Haselden lululemon athletica inc. March 3, 2023 Page 2';
    const inside = await parseLetter(bytes(`${lower}1. Please describe any expectations about ${header} trends that may impact your tax expense. 2. See Question 102.10 issued on May 17, 2016. ${header.replace('2', '3')} 3. Please revise the note.${TAIL}`));
    expect(inside.letter.comments.map((c) => c.text)).toEqual(['Please describe any expectations about trends that may impact your tax expense.', 'See Question 102.10 issued on May 17, 2016.', 'Please revise the note.']);
  });

  it('should keep a title\'s parts joined by a semicolon, and end the sentence above a heading run at a web address (c0748, c0719 flattened)', async () => {
    const letter = await parseLetter(bytes(`${HEAD.replace('Form 10-K for the Fiscal Year Ended December 31, 2021', 'Registration Statement on Form S-4')}Form S-4 Strategic Rationale; Stockholder Value, page 83 1. Expand the sixth bullet point. Refer to the guidance at the following link: https://www.sec.gov/divisions/corpfin/cfguidance.shtml#tor The Exchange Offer Terms of the Exchange Offer; Period for Tendering Old Notes, page 23 2. We note the representation.${TAIL}`));
    expect(letter.letter.comments.map((c) => c.headings)).toEqual([
      ['Form S-4', 'Strategic Rationale; Stockholder Value, page 83'],
      ['Form S-4', 'The Exchange Offer', 'Terms of the Exchange Offer; Period for Tendering Old Notes, page 23'],
    ]);
  });

  it('should read a question captioned with its page after a spaced comma as a heading (c1181 flattened)', async () => {
    const question = 'How will my rights as a stockholder after Closing differ from my current rights? , page 7';
    const letter = await parseLetter(bytes(`${HEAD}Form S-4 Questions and Answers, page 5 ${question} 1. Please briefly indicate any material differences.${TAIL}`));
    expect(letter.letter.comments[0]?.headings).toEqual(['Form S-4', 'Questions and Answers, page 5', question]);
  });

  it('should read a first note titled with several subjects as a heading above the first comment (c0767 flattened)', async () => {
    const letter = (await parseLetter(bytes(`${HEAD}Form 10-K for year ended December 31, 2017 Notes to the Consolidated Financial Statements 1. Business, Basis of Presentation and Summary of Significant Accounting Policies Revisions, page 209 1. Please tell us about the revision. 8. Investments Equity Method Investments, page 289 2. Please tell us about the investments.${TAIL}`))).letter;
    expect(letter.comments.map((c) => c.headings)).toEqual([
      ['Form 10-K for year ended December 31, 2017', 'Notes to the Consolidated Financial Statements', '1. Business, Basis of Presentation and Summary of Significant Accounting Policies', 'Revisions, page 209'],
      ['Form 10-K for year ended December 31, 2017', 'Notes to the Consolidated Financial Statements', '8. Investments', 'Equity Method Investments, page 289'],
    ]);
  });

  it('should end an exhibit\'s information statement before "Summary Selected …", a caption of its own (c0488 flattened)', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}${run} 1. Please revise the table.${TAIL}`))).letter.comments[0]?.headings;
    expect(await chain('Exhibit 99.1- Information Statement Summary Selected Unaudited Pro Forma Condensed Consolidated Financial Information, page 10')).toEqual([
      'Exhibit 99.1- Information Statement',
      'Summary Selected Unaudited Pro Forma Condensed Consolidated Financial Information, page 10',
    ]);
  });

  it('should keep a note\'s or an item\'s number with a paged heading right after a table\'s last figure (c0566, c0066 flattened)', async () => {
    // A table longer than a run of headings reaches: its cells' words are no headings.
    const rows = 'Cash dividend declared — — (493 ) (493 ) (15 ) All other — (17 ) (41 ) (58 ) '.repeat(4);
    const letter = (await parseLetter(bytes(`${RESPONSE_HEAD}Exhibit 13 1. Please revise the table. Response: The revised table follows. ${rows}Total Other $ — $ 55 $ (41 ) $ 14 $ (59 ) Note 9. Taxes, page 45 2. Please tell us about the taxes. Response: We will revise the note. ${RESPONSE_CLOSING}`))).letter;
    expect(letter.comments.map((c) => c.headings)).toEqual([['Exhibit 13'], ['Exhibit 13', 'Note 9. Taxes, page 45']]);
    expect(letter.comments[0]?.response?.text).toMatch(/\$ \(59 \)$/);
  });

  it('should end the sentence at a closing quotation mark printed after a space, the heading after it its own (c0337 flattened)', async () => {
    const letter = (await parseLetter(bytes(`${RESPONSE_HEAD}Opinion of Credit Suisse, page 88 1. Please revise the risk factor. Response: The Company refers the Staff to the disclosure under “ The opinions will not reflect changes before the closing of the transaction. ” Directors and Management of Aon Following the Transaction, page 109 2. Please describe the terms. Response: We have revised the disclosure. ${RESPONSE_CLOSING}`))).letter;
    expect(letter.comments.map((c) => c.headings)).toEqual([['Opinion of Credit Suisse, page 88'], ['Directors and Management of Aon Following the Transaction, page 109']]);
    expect(letter.comments[0]?.response?.text).toMatch(/transaction\. ”$/);
  });

  it('should end a sentence at a page number listed after a front page in roman numerals, not open a heading with it (c0057 flattened)', async () => {
    const letter = (await parseLetter(bytes(`${HEAD}Summary, page 5 1. We note your revisions to pages xii and 70. Background to the Merger, page 35 2. Please revise the background.${TAIL}`))).letter;
    expect(letter.comments.map((c) => c.headings)).toEqual([['Summary, page 5'], ['Background to the Merger, page 35']]);
    expect(letter.comments[0]?.text).toBe('We note your revisions to pages xii and 70.');
  });

  it('should keep a question caption\'s "Q:" with its question, a heading after the comment above (c0081 flattened)', async () => {
    const letter = (await parseLetter(bytes(`${HEAD}General 1. Please provide the board materials. Q: What will Discover stockholders receive in the mergers, page 4 2. Please disclose the aggregate value.${TAIL}`))).letter;
    expect(letter.comments.map((c) => c.headings)).toEqual([['General'], ['Q: What will Discover stockholders receive in the mergers, page 4']]);
    expect(letter.comments[0]?.text).toBe('Please provide the board materials.');
  });

  it('should end a dated filing\'s heading before a heading that opens with a year (c0749, c0983 flattened)', async () => {
    const letter = (await parseLetter(bytes(`${HEAD}Form 8-K filed on May 5, 2016 2016 Financial Guidance and Capital Allocation Update, page 1 1. Please revise the guidance. Appendix Table A-1: First Quarter 2016 Adjusted EBITDA Reconciliation, page 11 2. Please reconcile the measure.${TAIL}`))).letter;
    expect(letter.comments.map((c) => c.headings)).toEqual([
      ['Form 8-K filed on May 5, 2016', '2016 Financial Guidance and Capital Allocation Update, page 1'],
      ['Form 8-K filed on May 5, 2016', 'Appendix Table A-1: First Quarter 2016 Adjusted EBITDA Reconciliation, page 11'],
    ]);
  });

  it('should start a heading at "Selected …" or "Key Metrics" inside a run of headings, not after "Summary" (c0450, c0041 flattened), nor a statement\'s title after "Supplemental"', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}${run} 1. Please revise the metrics.${TAIL}`))).letter.comments[0]?.headings;
    expect(await chain("Management's Discussion and Analysis Financial Presentation Selected Operational and Financial Metrics, page 41")).toEqual([
      "Management's Discussion and Analysis",
      'Financial Presentation',
      'Selected Operational and Financial Metrics, page 41',
    ]);
    expect(await chain("Management's Discussion and Analysis Company Overview Key Operating Metrics, page 50")).toEqual(["Management's Discussion and Analysis", 'Company Overview', 'Key Operating Metrics, page 50']);
    expect(await chain('Summary Selected Unaudited Pro Forma Condensed Consolidated Financial Information, page 10')).toEqual(['Summary Selected Unaudited Pro Forma Condensed Consolidated Financial Information, page 10']);
    // Nor after "Supplemental" (c0877 flattened).
    expect(await chain('Exhibit 99.1 Appendix A: Supplemental Consolidated Statement of Income Information, page F-34')).toEqual(['Exhibit 99.1', 'Appendix A: Supplemental Consolidated Statement of Income Information, page F-34']);
  });

  it('should read a question with its page after a title as a heading of its own, not a question inside a title (c0086 flattened)', async () => {
    const chain = async (run: string) => (await parseLetter(bytes(`${HEAD}${run} 1. Please revise the answer.${TAIL}`))).letter.comments[0]?.headings;
    expect(await chain('Exhibit 99.(A)(1)(i) | Offer to Purchase for Cash What will be the form of payment of the Purchase Price?, page 1')).toEqual(['Exhibit 99.(A)(1)(i) | Offer to Purchase for Cash', 'What will be the form of payment of the Purchase Price?, page 1']);
    expect(await chain('Questions and Answers What Is the Merger?, page 3')).toEqual(['Questions and Answers', 'What Is the Merger?, page 3']);
  });

  it('should start the closing right after a table\'s last row of footnote marks (c0041 flattened, blind round 34)', async () => {
    const letter = (table: string) => `${RESPONSE_HEAD}1. Please revise the table. Response: The revised table follows. Equity * * Fixed income * * ${table}Please contact Jane Doe at 555-0100 with any questions. Sincerely, Jane Doe`;
    const marks = (await parseLetter(bytes(letter('Total financial assets under management * * ')))).letter;
    expect(marks.comments[0]?.response?.text).toMatch(/Total financial assets under management \* \*$/);
    expect(marks.closing).toMatch(/^Please contact Jane Doe/);
  });

  describe('signature block and cc list, run together by flattening', () => {
    const signed = async (closing: string) => {
      const { letter } = await parseLetter(bytes(`${RESPONSE_HEAD}1. Please revise the measure. Response: We will revise it. If you have any questions, please call me. ${closing}`), { verify: true });
      expect(letter.warnings).toEqual([]);
      return { signatories: letter.letter.signatories, cc: letter.letter.cc };
    };
    /** The signatories read from a closing. */
    const signers = async (closing: string) => (await signed(closing)).signatories;
    /** The cc entries read from a list after a signature. */
    const copied = async (list: string) => (await signed(`Sincerely, Jane Doe cc: ${list}`)).cc;

    it('should read the name signed, typed again, and the title, without the company, page number or typist after it (c0254, c0411, c0389)', async () => {
      expect(await signers('Sincerely, /s/ Olivier Leonetti Olivier Leonetti Principal Financial Officer Eaton Corporation plc 2')).toEqual([
        { name: 'Olivier Leonetti', title: 'Principal Financial Officer' },
      ]);
      expect(await signers('Very truly yours, BERKSHIRE HATHAWAY INC. /s/ Marc D. Hamburg By Marc D. Hamburg Senior Vice President – Chief Financial Officer MDH/es')).toEqual([
        { name: 'Marc D. Hamburg', title: 'Senior Vice President – Chief Financial Officer' },
      ]);
      expect(await signers('Very truly yours, /s/ Brian K. Miller Brian K. Miller Executive Vice President and Chief Financial Officer Page 6 of 6')).toEqual([
        { name: 'Brian K. Miller', title: 'Executive Vice President and Chief Financial Officer' },
      ]);
    });

    it('should take the title a letterhead run on after the signer\'s name prints, when the signature prints none (c0432, c0062 flattened)', async () => {
      const { letter } = await parseLetter(
        bytes(`Document June Howard Senior Vice President Chief Accounting Officer Financial Services June 23, 2016 Securities and Exchange Commission Re: Aflac Incorporated Form 10-K for the Fiscal Year Ended December 31, 2015 Dear Mr. Rosenberg: This letter responds to the comments of the Staff. 1. Please revise the measure. Response: We will revise it. Sincerely, /s/ June Howard June Howard`),
      );
      expect(letter.letter.signatories).toEqual([{ name: 'June Howard', title: 'Senior Vice President, Chief Accounting Officer' }]);
    });

    it('should leave a page label run on at the list\'s end out of the last entry (c0856 flattened, blind round 84)', async () => {
      expect(await copied('David K. Boston, Willkie Farr & Gallagher LLP - 2 -')).toEqual(['David K. Boston, Willkie Farr & Gallagher LLP']);
      // Its number flattened away from "Page |" (c1142, blind round 86).
      expect(await copied('Kirkland B. Andrews, EVP and Chief Financial Officer David Callen, SVP and Chief Accounting Officer Page |')).toEqual(['Kirkland B. Andrews, EVP and Chief Financial Officer', 'David Callen, SVP and Chief Accounting Officer']);
    });

    it('should set apart the letterhead\'s footer run on after the last copied person\'s title (c0982 flattened)', async () => {
      expect(await copied('Wendy A. Beck, Executive Vice President and Chief Financial Officer Faye L. Ashby, Senior Vice President and Chief Accounting Officer 7665 Corporate Center Drive Miami, Florida 33126 Tel. 305.436.4000')).toEqual([
        'Wendy A. Beck, Executive Vice President and Chief Financial Officer',
        'Faye L. Ashby, Senior Vice President and Chief Accounting Officer',
      ]);
    });

    it('should cut off another name typed under the one signed: a slip in the name, or an addressee at a company letter\'s foot (c1043, c0510 flattened)', async () => {
      expect(await signers('Very truly yours, /s/ Peter L. Summers Peter L. Sumners Counsel')).toEqual([{ name: 'Peter L. Sumners', title: 'Counsel' }]);
      expect(await signers('Very truly yours, /s/ O. Keith Hallam, III Sonia Gupta Barros Assistant Director, Office of Real Estate and Commodities')).toEqual([{ name: 'O. Keith Hallam, III', title: null }]);
    });

    it('should read a signature typed with a spaced or doubled mark ("/ s /", "//s"), and a signed name a long run follows (c0150, c0264, c0733 flattened)', async () => {
      expect(await signers('Sincerely, / s / Jamie E. Samath Jamie E. Samath Senior Vice President and Chief Financial Officer')).toEqual([
        { name: 'Jamie E. Samath', title: 'Senior Vice President and Chief Financial Officer' },
      ]);
      expect(await signers('Sincerely, //s William H. Thompson William H. Thompson Accounting Branch Chief Office of Consumer Products')).toEqual([
        { name: 'William H. Thompson', title: 'Accounting Branch Chief' },
      ]);
      const footnote = 'Management determined that net income was not meaningful based on goodwill impairment and other one-time charges. '.repeat(5);
      expect((await signers(`Sincerely, /s/ Glenn Richter Glenn Richter, Chief Financial Officer 1 ${footnote}`)).map((p) => p.name)).toEqual(['Glenn Richter']);
    });

    it('should read each company\'s signature of a block several companies sign, "By:" opening each, its name in capitals no part of the title above (c0621, c0939, c0162 flattened)', async () => {
      expect(await signers('Very truly yours, CITIGROUP GLOBAL MARKETS INC. By: /s/ Adam Stoeckel Name: Adam Stoeckel Title: Vice President BOFA SECURITIES, INC. By: /s/ Elizabeth Milonopoulos Name: Elizabeth Milonopoulos Title: Managing Director')).toEqual([
        { name: 'Adam Stoeckel', title: 'Vice President' },
        { name: 'Elizabeth Milonopoulos', title: 'Managing Director' },
      ]);
      expect(await signers('Sincerely, HILTON WORLDWIDE FINANCE LLC By: /s/ Michael Duffy Name: Michael Duffy Title: Authorized Signatory HILTON WORLDWIDE FINANCE CORP. By: /s/ Michael Duffy Name: Michael Duffy Title: Authorized Signatory')).toEqual([
        { name: 'Michael Duffy', title: 'Authorized Signatory' },
      ]);
      expect(await signers('Sincerely, Huntington Bancshares Incorporated By: /s/Richard A. Cheap Richard A. Cheap Executive Vice President, General Counsel and Secretary')).toEqual([
        { name: 'Richard A. Cheap', title: 'Executive Vice President, General Counsel and Secretary' },
      ]);
    });

    it('should leave a stray letter after the signed name on its line, the name typed again after it (c0056 flattened, blind round 153: the page\'s white filler)', async () => {
      expect(await signers('Sincerely, /s/PATRICK GORIS S Patrick Goris Senior Vice President and Chief Financial Officer')).toEqual([
        { name: 'Patrick Goris', title: 'Senior Vice President and Chief Financial Officer' },
      ]);
    });

    it('should read the rule signed on, of dots, as a line of its own before or after the name typed (c0804, c0188 flattened)', async () => {
      expect(await signers('Very truly yours, ResMed Inc. …………………………………………….. Brett Sandercock Chief Financial Officer ResMed Pty Limited')).toEqual([
        { name: 'Brett Sandercock', title: 'Chief Financial Officer' },
      ]);
      expect(await signers('Very truly yours, ResMed Inc. /S/ Brett Sandercock …………………………………………. Chief Financial Officer')).toEqual([
        { name: 'Brett Sandercock', title: 'Chief Financial Officer' },
      ]);
    });

    it('should read the sign-off of a letter signed under delegated authority, and its signer (c0283, c1165 flattened)', async () => {
      expect(await signers('For the Commission, by the Division of Corporation Finance, pursuant to delegated authority. Brad Skinner Office Chief')).toEqual([
        { name: 'Brad Skinner', title: 'Office Chief' },
      ]);
      expect(await signers('For the Commission, by the Division of Corporation Finance, pursuant to delegated authority. Vanessa A. Countryman Secretary')).toEqual([
        { name: 'Vanessa A. Countryman', title: 'Secretary' },
      ]);
    });

    it('should keep "Sr." that opens a title with the title, and a suffix after a comma with the name (c0161, c0623 flattened)', async () => {
      expect(await signers('Sincerely, /s/ Craig D. Wilson Craig D. Wilson Sr. Asst. Chief Accountant Office of Information Technologies and Services')).toEqual([
        { name: 'Craig D. Wilson', title: 'Sr. Asst. Chief Accountant' },
      ]);
      expect(await signers('Very truly yours, /s/ Lewis A. Steverson Lewis A. Steverson Sr. Vice President & General Counsel')).toEqual([
        { name: 'Lewis A. Steverson', title: 'Sr. Vice President & General Counsel' },
      ]);
      expect(await signers('Sincerely, /s/ Charles W. Scharf Charles W. Scharf, Jr. Chief Executive Officer')).toEqual([{ name: 'Charles W. Scharf', title: 'Chief Executive Officer' }]);
    });

    it('should read a firm\'s legal form after a comma as the firm\'s, not as the initials of the next person copied, and a person after it (c0453, c1145, c0646 flattened)', async () => {
      expect(await copied('Rezwan D. Pavri, Wilson Sonsini Goodrich & Rosati, P.C. Lisa L. Stimmell, Wilson Sonsini Goodrich & Rosati, P.C. Shannon R. Delahaye, Wilson Sonsini Goodrich & Rosati, P.C.')).toEqual([
        'Rezwan D. Pavri, Wilson Sonsini Goodrich & Rosati, P.C.',
        'Lisa L. Stimmell, Wilson Sonsini Goodrich & Rosati, P.C.',
        'Shannon R. Delahaye, Wilson Sonsini Goodrich & Rosati, P.C.',
      ]);
      // A name's comma typed twice (c0646 flattened).
      expect(await copied('Steven E. Bochner, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation Douglas K. Schnell,, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation')).toEqual([
        'Steven E. Bochner, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation',
        'Douglas K. Schnell,, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation',
      ]);
      // Without the comma (c1145 flattened).
      expect(await copied('Brian Keyes, Wilson Sonsini Goodrich & Rosati P.C. Rezwan D. Pavri, Wilson Sonsini Goodrich & Rosati P.C. Tia Sherringham, Example Corp.')).toEqual([
        'Brian Keyes, Wilson Sonsini Goodrich & Rosati P.C.',
        'Rezwan D. Pavri, Wilson Sonsini Goodrich & Rosati P.C.',
        'Tia Sherringham, Example Corp.',
      ]);
    });

    it('should read "Sr." after a name\'s comma as the title\'s where a title\'s word follows, and as the name\'s with a comma after it (c0944, c0986 flattened)', async () => {
      expect(await copied('David M. Rothenstein, Sr. Vice President, General Counsel and Secretary Andrew C. Petrik, Vice President and Controller')).toEqual([
        'David M. Rothenstein, Sr. Vice President, General Counsel and Secretary',
        'Andrew C. Petrik, Vice President and Controller',
      ]);
      expect(await copied('James E. Moylan, Jr., Sr. Vice President and Chief Financial Officer John Smith, Sr., Vice President')).toEqual([
        'James E. Moylan, Jr., Sr. Vice President and Chief Financial Officer',
        'John Smith, Sr., Vice President',
      ]);
    });

    it('should start a person copied at a name with a middle initial after a firm whose name ends in no legal form (c0439, c0216 flattened)', async () => {
      expect(await copied('Joshua R. Cammaker, Wachtell, Lipton, Rosen & Katz Edward J. Lee Wachtell, Lipton, Rosen & Katz Mark A. Stagliano Wachtell, Lipton, Rosen & Katz')).toEqual([
        'Joshua R. Cammaker, Wachtell, Lipton, Rosen & Katz',
        'Edward J. Lee, Wachtell, Lipton, Rosen & Katz',
        'Mark A. Stagliano, Wachtell, Lipton, Rosen & Katz',
      ]);
      expect(await copied('Jane Doe, General Counsel, Example Corp. Houston, Texas 77046 George F. Schoen O. Keith Hallam, III')).toEqual(['Jane Doe, General Counsel, Example Corp. Houston, Texas 77046', 'George F. Schoen', 'O. Keith Hallam, III']);
    });

    it('should set apart how the copies went before the first name, and a firm copied after a company\'s legal form (c0038, c0501 flattened)', async () => {
      expect(await copied('Via E-mail Richard A. Cheap, Huntington Bancshares Incorporated Edward D. Herlihy, Wachtell, Lipton, Rosen & Katz')).toEqual([
        'Richard A. Cheap, Huntington Bancshares Incorporated',
        'Edward D. Herlihy, Wachtell, Lipton, Rosen & Katz',
      ]);
      expect(await copied('Mr. John Reynolds, Assistant Director, Division of Corporation Finance Ms. Heidi G. Miller, Chair of the Audit Committee of the Board of Directors, General Mills, Inc. KPMG LLP')).toEqual([
        'Mr. John Reynolds, Assistant Director, Division of Corporation Finance',
        'Ms. Heidi G. Miller, Chair of the Audit Committee of the Board of Directors, General Mills, Inc.',
        'KPMG LLP',
      ]);
    });

    it('should end the cc list at a footnote printed under it, its number after the last entry (c0781 flattened), and not at a table row\'s figures', async () => {
      expect(await copied('Jennifer Hardy, Special Counsel, SEC Suzanne Hayes, Assistant Director, SEC 2 For the purposes of this assessment, Aon plc has considered contracts entered into.')).toEqual([
        'Jennifer Hardy, Special Counsel, SEC',
        'Suzanne Hayes, Assistant Director, SEC',
      ]);
    });

    it('should end the cc list at the list of what the letter encloses, on the same line as what it names (c0432, c1129 flattened)', async () => {
      expect(await copied('Ibolya Ignat, Senior Staff Accountant Sharon Blume, Accounting Branch Chief Attachments: Exhibit A attached for proposed disclosure enhancements')).toEqual([
        'Ibolya Ignat, Senior Staff Accountant',
        'Sharon Blume, Accounting Branch Chief',
      ]);
    });

    it('should read a "By: / Name: / Title:" block with no sign-off, a name typed without its initial, and a signature for another (c0718, c0912, c0655)', async () => {
      expect(await signers('eBay Inc. By: /s/ Brian J. Doerger Name: Brian J. Doerger Title: Vice President, Chief Accounting Officer 3')).toEqual([
        { name: 'Brian J. Doerger', title: 'Vice President, Chief Accounting Officer' },
      ]);
      expect(await signers('Sincerely, /s/ Lori J. Bondar Lori Bondar Vice President and Controller')).toEqual([{ name: 'Lori J. Bondar', title: 'Vice President and Controller' }]);
      expect(await signers('Sincerely, /s/ Jacqueline Kaufman for Mara L. Ransom Assistant Director Office of Consumer Products')).toEqual([
        { name: 'Mara L. Ransom', title: 'Assistant Director' },
      ]);
    });

    it('should end the cc list where a document appended after it starts, its title in capitals (c0607, c1025 flattened)', async () => {
      const letter = (await parseLetter(bytes(`${RESPONSE_HEAD}1. Please revise. Response: We will revise the note in future filings. ${RESPONSE_CLOSING} cc: Steven Tomsic, Chief Financial Officer Viet D. Dinh, Chief Legal and Policy Officer Appendix A ILLUSTRATIVE REVISED DISCLOSURE NOTE 16. SEGMENT INFORMATION The Company manages its businesses in two segments.`))).letter;
      expect(letter.letter.cc).toEqual(['Steven Tomsic, Chief Financial Officer', 'Viet D. Dinh, Chief Legal and Policy Officer']);
      expect(letter.attachments.map((a) => a.title)).toEqual(['Appendix A']);
      // An exhibit only named in the list, lower-case words after it, is no document of its own.
      const listed = (await parseLetter(bytes(`${RESPONSE_HEAD}1. Please revise. Response: We will revise the note in future filings. ${RESPONSE_CLOSING} Enclosures: Exhibit A attached for proposed disclosure enhancements`))).letter;
      expect(listed.attachments).toEqual([]);
    });

    it('should read one cc entry per person, with or without commas (c0026, c0052, c0617)', async () => {
      expect(await copied('Christy Adams, Securities and Exchange Commission Jay Malave, Senior Vice President and Chief Financial Officer, L3Harris Scott T. Mikuen, General Counsel, L3Harris')).toEqual([
        'Christy Adams, Securities and Exchange Commission',
        'Jay Malave, Senior Vice President and Chief Financial Officer, L3Harris',
        'Scott T. Mikuen, General Counsel, L3Harris',
      ]);
      expect(await copied('Peter Lieb Executive Vice President and General Counsel Suzanne Hayes Assistant Director')).toEqual([
        'Peter Lieb, Executive Vice President and General Counsel',
        'Suzanne Hayes, Assistant Director',
      ]);
      expect(await copied('Eric Atallah Kate Tillan Angela Connell Daniel J. Jaksich')).toEqual(['Eric Atallah', 'Kate Tillan', 'Angela Connell', 'Daniel J. Jaksich']);
    });

    it('should keep a firm\'s names together and a company under its person, and set a page number apart (c1170, c0325, c0075, c0131)', async () => {
      expect(await copied('Joshua A. Feltman, Wachtell, Lipton, Rosen & Katz Kathryn Gettles-Atwa, Wachtell, Lipton, Rosen & Katz 4')).toEqual([
        'Joshua A. Feltman, Wachtell, Lipton, Rosen & Katz',
        'Kathryn Gettles-Atwa, Wachtell, Lipton, Rosen & Katz',
      ]);
      expect(await copied('Donald J. Reid Crown Castle Inc.')).toEqual(['Donald J. Reid, Crown Castle Inc.']);
      expect(await copied('Richard W. Astle, Sidley Austin LLP R. Scott Herren, Autodesk, Inc. Carrie Levine Schwartz, Royal Caribbean Cruises Ltd.')).toEqual([
        'Richard W. Astle, Sidley Austin LLP',
        'R. Scott Herren, Autodesk, Inc.',
        'Carrie Levine Schwartz, Royal Caribbean Cruises Ltd.',
      ]);
      // A particle's name, a title's comma going on to the company, a third word before a name with an initial (c0823, c0405, c0582).
      expect(await copied('Frank J. Del Rio, President and Chief Executive Officer Matthew W. Cooper, General Counsel and Corporate Secretary, Capital One Financial Corporation')).toEqual([
        'Frank J. Del Rio, President and Chief Executive Officer',
        'Matthew W. Cooper, General Counsel and Corporate Secretary, Capital One Financial Corporation',
      ]);
      expect(await copied('Joshua Ford Bonnie Edgar J. Lewandowski')).toEqual(['Joshua Ford Bonnie', 'Edgar J. Lewandowski']);
    });
  });

  it('should set apart a bare "Page 2 of 6" after a sentence and keep the heading after it (c0389, c1094 flattened)', async () => {
    const text = `${RESPONSE_HEAD}Non-GAAP Measures, page 32 1. Please revise the non-GAAP measures. Response: We will revise them. Page 2 of 6 Revenues, page 33 2. Please explain the revenue line items. Response: We will explain them. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.comments.map((c) => [c.headings.at(-1), c.response?.text])).toEqual([
      ['Non-GAAP Measures, page 32', 'We will revise them.'],
      ['Revenues, page 33', 'We will explain them.'],
    ]);
    expect(letter.warnings).toEqual([]);
  });

  it('should set apart a response\'s running header with no date ("… Mr. Gus Rodriguez Page 2") and one opening "U.S. Securities …", and read the answer after it (c0940, c1026 flattened)', async () => {
    const head =
      'May 1, 2024 U.S. Securities and Exchange Commission Division of Corporation Finance Attention: Mr. Gus Rodriguez 100 F Street, N.E. Washington, D.C. 20549 Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2023 File No. 001-12345 Dear Mr. Rodriguez: ' +
      'On behalf of Example Corp., this letter responds to the Staff’s comments. The comments are repeated below, followed by our responses. ';
    const noDate = `${head}1. Please provide us with your materiality analysis. Securities and Exchange Commission Mr. Gus Rodriguez Page 2 Response We acknowledge that the tables differ. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const first = (await parseLetter(bytes(noDate))).letter.comments[0];
    expect(first?.text).toBe('Please provide us with your materiality analysis.');
    expect(first?.response?.text).toBe('We acknowledge that the tables differ.');
    const usHeader = `${head}1. Please explain whether the provision will apply to your accountant. U.S. Securities and Exchange Commission May 1, 2024 Page 3 The Company respectfully advises the Staff that it will not. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(usHeader))).letter.comments[0]?.response?.text).toBe('The Company respectfully advises the Staff that it will not.');
    // Its page number between dashes, "Page - 2 -" (c0828 flattened, blind round 51: the last dash stayed at the comment's end).
    const dashed = `${head.replace('U.S. Securities', 'United States Securities')}1. Please tell us the amortization period. Mr. Gus Rodriguez May 1, 2024 United States Securities and Exchange Commission Page - 2 - Response: The period is five years. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(dashed))).letter.comments[0]?.text).toBe('Please tell us the amortization period.');
  });

  it('should find an unnumbered "COMMENT:" after the heading above it, and that heading (c0166 flattened)', async () => {
    const text = `${RESPONSE_HEAD.replace('The comments are repeated below', 'The comment is repeated below')}Form 10-K for the Fiscal Year ended December 31, 2023 Management’s Discussion and Analysis, page 44 COMMENT: We note your disclosure under Regulatory Matters. Please expand MD&A. RESPONSE: The Company respectfully acknowledges the Staff’s comment. Please do not hesitate to contact the undersigned. Sincerely, Jane Doe`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.letter.kind).toBe('response');
    expect(letter.comments.map((c) => [c.headings.at(-1), c.text, c.response?.text])).toEqual([
      ['Management’s Discussion and Analysis, page 44', 'We note your disclosure under Regulatory Matters. Please expand MD&A.', 'The Company respectfully acknowledges the Staff’s comment.'],
    ]);
  });

  it('should set apart a running header of the letter\'s date, page number and addressee block, and read the label after it (c0570, c0410 flattened)', async () => {
    const header = 'May 1, 2024 2 Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549';
    const text = `${RESPONSE_HEAD}1. Please quantify the impact of each trend on your revenue. ${header} Response The Company respectfully advises the Staff that it has added disclosure. 2. Tell us about goodwill. Response We tested goodwill. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.comments[0]?.text).toBe('Please quantify the impact of each trend on your revenue.');
    expect([letter.comments[0]?.response?.label, letter.comments[0]?.response?.text]).toEqual(['Response', 'The Company respectfully advises the Staff that it has added disclosure.']);
    expect(letter.warnings).toEqual([]);
    // Mid-sentence, the header goes and the sentence reads on.
    const within = `${RESPONSE_HEAD}1. Please tell us more. Response The Company notes existing regulations ${header} such as the EU scheme. 2. Tell us about goodwill. Response We tested goodwill. ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(within))).letter.comments[0]?.response?.text).toBe('The Company notes existing regulations such as the EU scheme.');
    // Another date and a number are not a header: "On March 3, 2023 2 directors resigned."
    const prose = `${RESPONSE_HEAD}1. Please tell us more. Response On April 17, 2024 2 Securities and Exchange Commission staff members called us. 2. Tell us about goodwill. Response We tested goodwill. ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(prose))).letter.comments[0]?.response?.text).toContain('April 17, 2024 2 Securities and Exchange Commission staff members');
  });

  it('should keep every word in order', () => {
    const text = `${HEAD}General 1. Please revise. • one; • two. 2. Tell us more.${TAIL}`;
    expect(flatten(blockTexts(text).join(' '))).toBe(flatten(text));
  });
});

describe('labelled letters, flattened', () => {
  // Text letters are flattened from the file; HTML and PDF letters from their normalised text.
  it.each(fixtures().map((f) => [f.file, f] as const))('%s should give the labelled comment numbers', async (_, fixture) => {
    const raw = readFileSync(fixture.path);
    const text = fixture.format === 'text' ? raw.toString('utf8') : (await parseLetter(raw, { file: fixture.file })).text.value;
    const { letter } = await parseLetter(bytes(flatten(text)), { file: fixture.file, verify: true });
    const expected = (fixture.label.comments as { number: number }[]).map((c) => c.number);
    expect(letter.comments.map((c) => c.number)).toEqual(expected);
    expect(letter.warnings.filter((w) => w.code === 'TEXT_NOT_COVERED')).toEqual([]);
  });
});

describe('labelled letters, flattened with uneven spaces', () => {
  // Scrapers leave two spaces where they collapsed a line break and a blank, a no-break space where the page had one.
  it.each(fixtures().map((f) => [f.file, f] as const))('%s should give the same letter as with one plain space between words', async (_, fixture) => {
    const raw = readFileSync(fixture.path);
    const text = flatten(fixture.format === 'text' ? raw.toString('utf8') : (await parseLetter(raw, { file: fixture.file })).text.value);
    const uneven = unevenSpaces(text) as string;
    const [want, got] = await Promise.all([parseLetter(bytes(text), { file: fixture.file }), parseLetter(bytes(uneven), { file: fixture.file })]);
    expect(sameLetter(got.letter)).toBe(sameLetter(want.letter));
  });
});

describe('labelled letters, flattened and wrapped at a fixed width', () => {
  it.each(fixtures().map((f) => [f.file, f] as const))('%s should give the same letter wrapped at spaces (80) or cut inside words (72) as on one line', async (_, fixture) => {
    const raw = readFileSync(fixture.path);
    const text = flatten(fixture.format === 'text' ? raw.toString('utf8') : (await parseLetter(raw, { file: fixture.file })).text.value);
    const want = sameLetter((await parseLetter(bytes(text), { file: fixture.file })).letter);
    for (const wrapped of [foldAtSpaces(text, 80), cutAt(text, 72)]) {
      expect(wrapped.split('\n').length).toBeGreaterThan(3);
      expect(sameLetter((await parseLetter(bytes(wrapped), { file: fixture.file })).letter)).toBe(want);
    }
  });
  it('should read the wrap\'s width past a word longer than it (a rule of 115 dashes, c0132)', async () => {
    const text = flatten(`${HEAD}Results of Operations, page 31 1. Please tell us why revenue grew, on a constant currency basis, excluding the impact of acquisitions, and how you calculate it. ${'Please describe the calculation in detail and provide an example of it. '.repeat(6)}An example of this calculation is also provided below. ${'-'.repeat(115)} A U.S. based entity has a U.K. subsidiary with the British Pound as its functional currency. ${'Please tell us more about your foreign operations and their currencies. '.repeat(6)}${'-'.repeat(115)} ${'Please tell us how you translate them. '.repeat(4)}${TAIL}`);
    const folded = foldAtSpaces(text, 80);
    expect(folded.split('\n').filter((l) => l.trimEnd().length < 0.6 * 115).length).toBeGreaterThan(1);
    const { unwrappedFlatText } = await import('../src/load/flat.js');
    expect(unwrappedFlatText(folded)).toBe(folded.split('\n').map((l) => l.trim()).join(' '));
    expect(sameLetter((await parseLetter(bytes(folded))).letter)).toBe(sameLetter((await parseLetter(bytes(text))).letter));
  });
  it('should not read a letter\'s own lines as a wrap: a text letter, however hard-wrapped, keeps its line rules', async () => {
    const { unwrappedFlatText } = await import('../src/load/flat.js');
    for (const fixture of fixtures().filter((f) => f.format === 'text')) expect(unwrappedFlatText(readFileSync(fixture.path, 'utf8'))).toBeUndefined();
    const wrappedLetter = ['March 3, 2023', '', 'Dear Ms. Doe:', '', ...Array.from({ length: 30 }, () => 'We note your disclosure on page 12 regarding revenue and its growth in'), 'the period.', '', 'Sincerely,', '', 'Division of Corporation Finance'].join('\n');
    expect(unwrappedFlatText(wrappedLetter)).toBeUndefined();
  });
});

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

describe.skipIf(!existsSync(join(CORPUS, 'flat-text')))('bulk corpus, flattened (a sample)', () => {
  it('should find comments in the flat version of letters whose original has them, fast and with every word kept', async () => {
    const originals = readdirSync(join(CORPUS, 'letters')).filter((f) => f.endsWith('.htm')).sort();
    // Every 8th HTML letter: HTML parses fast, so the sample stays within a few seconds.
    const sample = originals.filter((_, i) => i % 8 === 0);
    let commented = 0;
    let found = 0;
    let flatMs = 0;
    let originalMs = 0;
    const cpuMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    for (const file of sample) {
      const stem = file.replace(/\.[^.]+$/, '');
      const originalBytes = readFileSync(join(CORPUS, 'letters', file));
      let started = cpuMs();
      const original = (await parseLetter(originalBytes, { file, verify: true })).letter;
      originalMs += cpuMs() - started;
      const flatBytes = readFileSync(join(CORPUS, 'flat-text', `${stem}.txt`));
      started = cpuMs();
      const { letter } = await parseLetter(flatBytes, { file: stem, verify: true });
      flatMs += cpuMs() - started;
      expect(letter.warnings.filter((w) => w.code === 'TEXT_NOT_COVERED')).toEqual([]);
      if (original.comments.length === 0) continue;
      commented++;
      if (letter.comments.length > 0) found++;
    }
    expect(commented).toBeGreaterThan(20);
    expect(found / commented).toBeGreaterThanOrEqual(0.95);
    // Fast: cutting a flat letter back into paragraphs costs no more than reading the HTML it came
    // from (both verified, CPU time, same run: a relative bound, so a busy machine slows both alike).
    expect(flatMs, `flat ${flatMs.toFixed(0)} ms, HTML ${originalMs.toFixed(0)} ms`).toBeLessThanOrEqual(originalMs);
  }, 30_000);
});

describe('the head of a flattened letter', () => {
  const letterOf = async (text: string) => (await parseLetter(bytes(text))).letter.letter;
  const COMMENT = '1. Please revise your disclosure. Response: The Company will revise its disclosure in future filings.';

  it('should read a date with a space before its comma, and one printed below the Re: block', async () => {
    expect((await letterOf(`${RESPONSE_HEAD.replace('May 1, 2024', 'May 1 , 2024')}${COMMENT} ${RESPONSE_CLOSING}`)).date).toBe('2024-05-01');
    const below = RESPONSE_HEAD.replace('May 1, 2024 ', '').replace('File No. 001-12345 ', 'Filed February 25, 2024 File No. 001-12345 May 1, 2024 ');
    const letter = await letterOf(`${below}${COMMENT} ${RESPONSE_CLOSING}`);
    expect(letter.date).toBe('2024-05-01');
    expect(letter.filings).toMatchObject([{ form: '10-K', filedOn: '2024-02-25' }]);
  });

  it('should read "To Whom It May Concern:" capitalised as the salutation, the Re: block above it (c0928, c1066)', async () => {
    const head = RESPONSE_HEAD.replace('Ladies and Gentlemen:', 'To Whom It May Concern:');
    const { letter } = await parseLetter(bytes(`${head}1. Please revise. Response: We will revise. ${RESPONSE_CLOSING}`));
    expect(letter.letter.salutation).toBe('To Whom It May Concern:');
    expect(letter.letter.fileNumbers).toEqual(['001-12345']);
  });

  it('should read "It also appears …" as the staff\'s and "As explained in our response to Question 2, …" as the company\'s answer (c1051 flattened, blind round 50)', async () => {
    const { letter } = await parseLetter(
      bytes(`${RESPONSE_HEAD}1. Please explain why the aggregation of revenue is appropriate. We note from your disclosures that parts appear to be subject to return. It also appears these categories may have other different characteristics, such as pricing. As explained in our response to Question 2, we aggregated the various sources of revenue based on six elements. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`),
      { verify: true },
    );
    expect(letter.comments[0]?.text.endsWith('such as pricing.')).toBe(true);
    expect(letter.comments[0]?.response?.text).toBe('As explained in our response to Question 2, we aggregated the various sources of revenue based on six elements.');
  });

  it('should end a sentence at a proposal\'s number before the next comment\'s headings ("… the subject of Proposal 7. Annex B …", c0705 flattened, blind round 52), no note\'s number', async () => {
    const { letter } = await parseLetter(
      bytes(`${HEAD}Preliminary Proxy Statement 1. Please revise the charter. At present, Exhibit E does not distinguish which changes are the subject of Proposal 6 and which are the subject of Proposal 7. Annex B Selected Data 2. Please reconcile the disclosure.${TAIL}`),
    );
    expect(letter.comments.map((c) => c.text)).toEqual([
      'Please revise the charter. At present, Exhibit E does not distinguish which changes are the subject of Proposal 6 and which are the subject of Proposal 7.',
      'Please reconcile the disclosure.',
    ]);
    // (How "Annex B Selected Data" divides into levels is the title-case runs' question, left open.)
    expect(letter.comments[1]?.headings.join(' ')).toBe('Preliminary Proxy Statement Annex B Selected Data');
  });

  it('should read the names after the Re: block\'s file numbers up to their comma as the salutation where no "Dear" opens it (c1148 flattened, blind round 51), not a name that opens the body', async () => {
    const greeted = await parseLetter(bytes(`${RESPONSE_HEAD.replace('Ladies and Gentlemen: ', 'Mr. Rosenberg and Ms. Torney, ')}${COMMENT} ${RESPONSE_CLOSING}`));
    expect(greeted.letter.letter.salutation).toBe('Mr. Rosenberg and Ms. Torney,');
    expect(greeted.letter.preamble.startsWith('On behalf of Example Corp.')).toBe(true);
    const named = await parseLetter(bytes(`${RESPONSE_HEAD.replace('Ladies and Gentlemen: ', 'Mr. Rosenberg asked us to respond. ')}${COMMENT} ${RESPONSE_CLOSING}`));
    expect(named.letter.letter.salutation).toBeNull();
  });

  it('should open a heading at a capitalised article after a title\'s last word, not at a capitalised pronoun (c0488 flattened)', async () => {
    const article = await parseLetter(bytes(`${HEAD}The Corporate Reorganization and Distribution The Number of Shares You Will Receive, page 19 1. Please revise the table.${TAIL}`));
    expect(article.letter.comments[0]?.headings).toEqual(['The Corporate Reorganization and Distribution', 'The Number of Shares You Will Receive, page 19']);
    const pronoun = await parseLetter(bytes(`${HEAD}Factors Affecting Our Performance, page 87 1. Please revise the table.${TAIL}`));
    expect(pronoun.letter.comments[0]?.headings).toEqual(['Factors Affecting Our Performance, page 87']);
  });

  it('should end a salutation that has no colon or comma at its last name, where the body opens (c0733 flattened, blind round 65)', async () => {
    const bare = await parseLetter(bytes(`${RESPONSE_HEAD.replace('Ladies and Gentlemen: ', 'Dear Ms. Sherman and Ms. Xiao I am writing to submit the responses of Example Corp., as follows. ')}${COMMENT} ${RESPONSE_CLOSING}`));
    expect(bare.letter.letter.salutation).toBe('Dear Ms. Sherman and Ms. Xiao');
    expect(bare.letter.preamble.startsWith('I am writing to submit')).toBe(true);
    // With its comma, the salutation is read as before; a name of two words stays whole.
    const comma = await parseLetter(bytes(`${RESPONSE_HEAD.replace('Ladies and Gentlemen: ', 'Dear Ms. Li Xiao, We are writing on behalf of Example Corp. ')}${COMMENT} ${RESPONSE_CLOSING}`));
    expect(comma.letter.letter.salutation).toBe('Dear Ms. Li Xiao,');
    const twoWords = await parseLetter(bytes(`${RESPONSE_HEAD.replace('Ladies and Gentlemen: ', 'Dear Ms. Li Xiao We are writing on behalf of Example Corp. ')}${COMMENT} ${RESPONSE_CLOSING}`));
    expect(twoWords.letter.letter.salutation).toBe('Dear Ms. Li Xiao');
  });

  it('should end the Re: block at its file numbers where no salutation follows, a space beside the hyphen', async () => {
    const head = RESPONSE_HEAD.replace('File No. 001-12345 Ladies and Gentlemen: ', 'File No. 001 -12345 ');
    expect((await letterOf(`${head}${COMMENT} ${RESPONSE_CLOSING}`)).fileNumbers).toEqual(['001-12345']);
    const two = RESPONSE_HEAD.replace('File No. 001-12345 Ladies and Gentlemen: ', 'File Nos. 333-275587 and 333-275587-01 ');
    expect((await letterOf(`${two}${COMMENT} ${RESPONSE_CLOSING}`)).fileNumbers).toEqual(['333-275587', '333-275587-01']);
  });

  it('should keep a proxy form code with its title, a defined name in parentheses with its filing, and set apart a second name in capitals', async () => {
    const proxy = RESPONSE_HEAD.replace(
      'Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2023',
      'Re: Example Corp. PREC14A Preliminary Revocation Solicitation Statement on Schedule 14A Filed on July 2, 2019 by Example Corp.',
    );
    expect((await letterOf(`${proxy}${COMMENT} ${RESPONSE_CLOSING}`)).filings).toMatchObject([{ form: 'PREC14A', filedOn: '2019-07-02' }]);
    const defined = RESPONSE_HEAD.replace('December 31, 2023 File No.', 'December 31, 2023 (“2023 Form 10-K”) File No.');
    expect((await letterOf(`${defined}${COMMENT} ${RESPONSE_CLOSING}`)).filings).toMatchObject([{ form: '10-K', fiscalYearEnd: '2023-12-31' }]);
    const twoNames = RESPONSE_HEAD.replace('Re: Example Corp. Form 10-K', 'Re: NRG Energy, Inc. NRG Yield, Inc. Form 10-K');
    expect((await letterOf(`${twoNames}${COMMENT} ${RESPONSE_CLOSING}`)).company).toBe('NRG Energy, Inc.');
  });

  it('should name the company a Re: line about a letter or a request names after its subject, flattened or not', async () => {
    const about = (subject: string) => RESPONSE_HEAD.replace('Re: Example Corp. Form 10-K', `Re: ${subject} Form 10-K`);
    expect((await letterOf(`${about('Comment Letter Dated March 16, 2016 Regarding Weyerhaeuser Company')}${COMMENT} ${RESPONSE_CLOSING}`)).company).toBe('Weyerhaeuser Company');
    expect((await letterOf(`${about('Request for Acceleration of Effectiveness M&T Bank Corporation')}${COMMENT} ${RESPONSE_CLOSING}`)).company).toBe('M&T Bank Corporation');
    const request = [
      'December 19, 2018',
      'Securities and Exchange Commission',
      'Re: Acceleration Request for Harris Corporation Registration Statement on Form S-4 (File No. 333-228829)',
      'Ladies and Gentlemen:',
      'Harris Corporation hereby requests that the Registration Statement be declared effective at 4:00 p.m. on December 21, 2018.',
      'Very truly yours,',
      'Jane Doe',
    ].join('\n\n');
    expect((await letterOf(request)).company).toBe('Harris Corporation');
  });
});

describe('the signature block of a flattened letter', () => {
  const letterOf = async (text: string) => (await parseLetter(bytes(text))).letter.letter;
  const STAFF_BODY = `${HEAD}1. Please revise your disclosure. We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures. Please contact John Roe at 202-551-0000 with any questions. `;

  it('should read the staff office under the Division, with or without a sign-off above it, a dash left after "&" aside', async () => {
    expect((await letterOf(`${STAFF_BODY}Sincerely, Division of Corporation Finance Disclosure Review Program cc: Richard Roe`)).office).toBe('Disclosure Review Program');
    expect((await letterOf(`${STAFF_BODY}Division of Corporation Finance Office of Information Technologies and Services`)).office).toBe('Office of Information Technologies and Services');
    expect((await letterOf(`${STAFF_BODY}Sincerely, /s/ Eric Roe Eric Roe Senior Staff Accountant Office of Real Estate & - Commodities`)).office).toBe('Office of Real Estate & Commodities');
  });

  it('should read a name signed with initials, or without the middle initial, and typed in full under it as one person (c0016, c0438)', async () => {
    const staff = await letterOf(`${STAFF_BODY}Sincerely, /s/ A.N. Parker Anne Nguyen Parker Assistant Director Office of Transportation and Leisure`);
    expect(staff.signatories).toEqual([{ name: 'Anne Nguyen Parker', title: 'Assistant Director' }]);
    expect(staff.office).toBe('Office of Transportation and Leisure');
    const company = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ David Bernstein David W. Bernstein Chief Financial Officer`);
    expect(company.signatories).toEqual([{ name: 'David W. Bernstein', title: 'Chief Financial Officer' }]);
    // Initials that are not the typed name's: two people. In a company's letter the one who signs is the signatory (the name
    // under it an addressee, c0510); in a staff letter, the one typed, whose letter another signed (c0064).
    const two = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ B.C. Parker Anne Nguyen Parker Assistant Director Office of Transportation and Leisure`);
    expect(two.signatories).toEqual([{ name: 'B.C. Parker', title: null }]);
    const signedFor = await letterOf(`${STAFF_BODY}Sincerely, /s/ B.C. Parker Anne Nguyen Parker Assistant Director Office of Transportation and Leisure`);
    expect(signedFor.signatories).toEqual([{ name: 'Anne Nguyen Parker', title: 'Assistant Director' }]);
  });

  it('should cut a cc list into its entries: a firm after a new entry\'s name or a title on a line of its own, the list read past a line an earlier rule cut (c0070, c0281, c0035, c0009, c0154)', async () => {
    const copied = async (list: string) => (await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ Jane Doe Jane Doe Chief Financial Officer cc: ${list}`)).cc;
    expect(await copied('Catherine James, Kinder Morgan, Inc. Troy Harder Bracewell LLP')).toEqual(['Catherine James, Kinder Morgan, Inc.', 'Troy Harder, Bracewell LLP']);
    expect(await copied('Paul Zier Kirkland & Ellis LLP')).toEqual(['Paul Zier, Kirkland & Ellis LLP']);
    // After a person's name the words are the firm's whole: "Katten Muchin Rosenman LLP" is no person.
    expect(await copied('Farzad F. Damania Katten Muchin Rosenman LLP')).toEqual(['Farzad F. Damania, Katten Muchin Rosenman LLP']);
    // The list goes on past a line an earlier rule cut ("… Amanda Ravitz, | Division of Corporation Finance …", c0154); the Commission
    // and the company on their own lines head the people below them (blind round 120).
    const list = await copied('United States Securities and Exchange Commission Amanda Ravitz, Division of Corporation Finance Barbara Jacobs, Division of Corporation Finance MetLife, Inc. Michel A. Khalaf, President');
    expect(list).toEqual([
      'Amanda Ravitz, Division of Corporation Finance, United States Securities and Exchange Commission',
      'Barbara Jacobs, Division of Corporation Finance, United States Securities and Exchange Commission',
      'Michel A. Khalaf, President, MetLife, Inc.',
    ]);
    // A title's last word, then a firm ending in its legal form: the firm's own line (c0009).
    expect(await copied('D. Timothy Carey, Partner PricewaterhouseCoopers LLP')).toEqual(['D. Timothy Carey, Partner, PricewaterhouseCoopers LLP']);
    expect(await copied('Pradip Bhaumik, Division of Corporation Finance Securities and Exchange Commission')).toEqual(['Pradip Bhaumik, Division of Corporation Finance, Securities and Exchange Commission']);
    // A firm whose name opens like a person's, under a name alone, is that person's (c0719, blind round 113).
    expect(await copied('Via E-mail Michael J. Silver Hogan Lovells US LLP')).toEqual(['Michael J. Silver, Hogan Lovells US LLP']);
    expect(await copied('Michael J. Silver Hogan Lovells US LLP Jane Roe, Sidley Austin LLP')).toEqual(['Michael J. Silver, Hogan Lovells US LLP', 'Jane Roe, Sidley Austin LLP']);
    // A company whose name opens like a person's, under a title, is the entry's; its title words are the company's (c0167, blind round 150).
    expect(await copied('Andrew M. Young, Chief Financial Officer Matthew W. Cooper, General Counsel Capital One Financial Corporation Shane Tintle Davis Polk & Wardwell LLP')).toEqual([
      'Andrew M. Young, Chief Financial Officer',
      'Matthew W. Cooper, General Counsel, Capital One Financial Corporation',
      'Shane Tintle, Davis Polk & Wardwell LLP',
    ]);
    // "Copies to:" opens the list as "cc:" does; an address's street is no name, and its ZIP code ends the entry (c0510, blind round 146).
    const addressed = await letterOf(
      `${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ Jane Doe Jane Doe Chief Financial Officer Copies to: Jennifer Gowetski Special Counsel, Office of Real Estate and Commodities U.S. Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549 Jaime John Accounting Branch Chief U.S. Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549`,
    );
    expect(addressed.cc).toEqual([
      'Jennifer Gowetski, Special Counsel, Office of Real Estate and Commodities U.S. Securities and Exchange Commission, Division of Corporation Finance, 100 F Street, N.E. Washington, D.C. 20549',
      'Jaime John, Accounting Branch Chief U.S. Securities and Exchange Commission, Division of Corporation Finance, 100 F Street, N.E. Washington, D.C. 20549',
    ]);
  });

  it('should read a firm under the signed name as its own line, and end the cc list at a range of annexes titling what follows (c0860, blind round 151)', async () => {
    const letter = await letterOf(
      `${RESPONSE_HEAD}1. Please revise. Response: We will revise. Very truly yours, /s/ Greg R. Samuel Haynes and Boone, LLP cc: Tyler Glover, President, Chief Executive Officer and Director Chris Steddum, Chief Financial Officer Deloitte & Touche LLP Annexes A-D to Texas Pacific Land Corporation’s Response Letter to the Securities and Exchange Commission October 10, 2025 Please note: The following Annexes reflect the Company’s planned disclosures to be included in its Form 10-K for the fiscal year ending December 31, 2025, and subsequent filings, as the Staff asked in its letter, and each of them is set out below in the order of the comments it answers, with the revised text marked.`,
    );
    expect(letter.signatories).toEqual([{ name: 'Greg R. Samuel', title: null }]);
    expect(letter.cc).toEqual(['Tyler Glover, President, Chief Executive Officer and Director', 'Chris Steddum, Chief Financial Officer', 'Deloitte & Touche LLP']);
  });

  it('should end the cc list at a phrase in lower case run on after the last entry\'s firm, the entry kept, not after a comma and a place (c0766, blind round 157; c0206)', async () => {
    const slides = 'Marketing of the AutoCAD web and mobile apps Lynn Wuthnow Senior Marketing Manager, AutoCAD Family Autodesk.com and organic search landing pages AutoCAD mobile app Product Center AutoCAD Product Center AutoCAD LT Product Center Organic Search Landing Pages Social media posts and paid search campaigns that point to the web and mobile apps in every market we sell in.';
    const letter = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Very truly yours, /s/ Scott Herren Scott Herren Chief Financial Officer cc: Steven E. Bochner, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation Michael Turner, Ernst & Young LLP ${slides}`);
    expect(letter.cc).toEqual(['Steven E. Bochner, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation', 'Michael Turner, Ernst & Young LLP']);
    const placed = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Very truly yours, /s/ Scott Herren Scott Herren Chief Financial Officer cc: Mr. Andy Livingston—Deloitte & Touche LLP, Seattle Ms. Rachel Gonzalez, executive vice president and general counsel`);
    expect(placed.cc).toEqual(['Mr. Andy Livingston—Deloitte & Touche LLP, Seattle', 'Ms. Rachel Gonzalez, executive vice president and general counsel']);
  });

  it('should read a run of names, titles and addresses past a list line\'s length as the list\'s, not a prose run (c0510, blind rounds 146 and 157)', async () => {
    const address = 'Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549';
    const copies = `Copies to: Kristi Marrone Staff Accountant U.S. Securities and Exchange Commission ${address} Kenneth S. Siegel, Esq. Chief Administrative Officer and General Counsel Starwood Hotels & Resorts Worldwide, Inc. One StarPoint Stamford, Connecticut 06902 Stephen I. Glover, Esq. Gibson, Dunn & Crutcher LLP 1050 Connecticut Avenue, N.W. Washington, D.C. 20036 Jonathan L. Corsico, Esq. Gibson, Dunn & Crutcher LLP 1050 Connecticut Avenue, N.W. Washington, D.C. 20036`;
    const letter = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Very truly yours, /s/ Scott Herren Scott Herren Chief Financial Officer ${copies}`);
    expect(letter.cc.map((entry) => entry.split(',')[0])).toEqual(['Kristi Marrone', 'Kenneth S. Siegel', 'Stephen I. Glover', 'Jonathan L. Corsico']);
  });

  it('should set an appended document\'s title ending the text apart from the last cc entry (c0791, blind round 158)', async () => {
    const letter = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Very truly yours, /s/ Jeffrey S. Hochman Jeffrey S. Hochman cc: Mark Brunhofer (SEC) Eugene G. Ballard (Berkley) Matthew M. Ricciardi (Berkley) Appendix I`);
    expect(letter.cc).toEqual(['Mark Brunhofer (SEC)', 'Eugene G. Ballard (Berkley)', 'Matthew M. Ricciardi (Berkley)']);
  });

  it('should read every copy-to label the line rules read, "c.c." among them, as the list\'s start', async () => {
    for (const label of ['cc:', 'c.c.:', 'C.C.:', 'Copies to:', 'With copy to:', 'With copies to:']) {
      const letter = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ Jane Doe Jane Doe Chief Financial Officer ${label} Richard Roe, Esq. Mary Major, Deloitte & Touche LLP`);
      expect(letter.cc, label).toEqual(['Richard Roe, Esq.', 'Mary Major, Deloitte & Touche LLP']);
    }
  });

  it('should end the cc list at a text dump\'s rule of equals signs or dashes (html2text\'s "=====" after the copies, c1008)', async () => {
    for (const rule of ['='.repeat(80), '-'.repeat(40)]) {
      const letter = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ Jane Doe Jane Doe cc: Richard Roe, Vice President, Associate General Counsel, Example Corp. ${rule}`);
      expect(letter.cc, rule).toEqual(['Richard Roe, Vice President, Associate General Counsel, Example Corp.']);
    }
  });

  it('should read the letter\'s own sign-off and cc, not those of a letter appended after it (c0819, c1017, flattened)', async () => {
    // An earlier response attached as an exhibit, signed and copied as the letter is (c0819).
    const parsed = (await parseLetter(bytes(`${RESPONSE_HEAD}1. Please revise. Response: We will revise, as Exhibit A shows. Sincerely, /s/ June Howard June Howard cc: Ibolya Ignat, Senior Staff Accountant Sharon Blume, Accounting Branch Chief Exhibit A Our response dated July 8, 2014 follows. Dear Mr. Rosenberg: We have reviewed your comment. Sincerely, /s/ June Howard June Howard cc: Andrew Mew, Senior Assistant Chief Accountant James Peklenk, Staff Accountant`))).letter;
    expect(parsed.letter.cc).toEqual(['Ibolya Ignat, Senior Staff Accountant', 'Sharon Blume, Accounting Branch Chief']);
    expect(parsed.attachments.map((a) => a.title)).toEqual(['Exhibit A']);
    expect(parsed.attachments[0]?.text).toContain('James Peklenk, Staff Accountant');
    // Another company's response as an annex, a page legend in capitals run on after the last entry (c1017).
    const annexed = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: Discover has provided its response in Annex A hereto. Very truly yours, /s/ Brandon C. Price Brandon C. Price cc: Matthew W. Cooper, General Counsel and Corporate Secretary, Capital One Financial Corporation Matthew M. Guest, Wachtell, Lipton, Rosen & Katz CONFIDENTIAL TREATMENT REQUESTED BY DISCOVER FINANCIAL SERVICES PURSUANT TO 17 C.F.R. § 200.83 (RULE 83) ANNEX A CONFIDENTIAL TREATMENT REQUESTED PURSUANT TO 17 C.F.R. § 200.83 (RULE 83) Dear Ms. Doe: Discover is pleased to respond. Very truly yours, /s/ Shifra C. Kolsky Shifra C. Kolsky Senior Vice President Controller and Chief Accounting Officer cc: Mr. John T. Greene, EVP and CFO, Discover Financial Services`);
    expect(annexed.signatories).toEqual([{ name: 'Brandon C. Price', title: null }]);
    expect(annexed.cc).toEqual(['Matthew W. Cooper, General Counsel and Corporate Secretary, Capital One Financial Corporation', 'Matthew M. Guest, Wachtell, Lipton, Rosen & Katz']);
  });

  it('should keep a page code printed in two words at the signature block\'s end out of the signer\'s title (c0415, blind round 113)', async () => {
    const letter = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ Daniel J. Brennan Daniel J. Brennan Executive Vice President and Chief Financial Officer BSC- 6`);
    expect(letter.signatories).toEqual([{ name: 'Daniel J. Brennan', title: 'Executive Vice President and Chief Financial Officer' }]);
  });

  it('should keep a signature page legend and a telephone number out of the signer title', async () => {
    const signed = async (tail: string) => (await letterOf(`${RESPONSE_HEAD}1. Please revise your disclosure. Response: The Company will revise its disclosure in future filings. Sincerely, EXAMPLE CORP. By: /s/ Jane Doe Jane Doe ${tail}`)).signatories;
    expect(await signed('Chief Financial Officer [Signature Page to Acceleration Request]')).toEqual([{ name: 'Jane Doe', title: 'Chief Financial Officer' }]);
    expect(await signed('Chief Financial Officer (972) 891-7076')).toEqual([{ name: 'Jane Doe', title: 'Chief Financial Officer' }]);
    // A bracketed role ends the title before the company (c0040).
    expect(await signed('Chief Financial Officer (Principal Financial and Accounting Officer) Insulet Corporation')).toEqual([{ name: 'Jane Doe', title: 'Chief Financial Officer (Principal Financial and Accounting Officer)' }]);
    // The company in brackets and a delivery legend after the title (c0117).
    expect(await signed('Executive Vice President, Chief Financial Officer (AbbVie Inc.) VIA EMAIL')).toEqual([{ name: 'Jane Doe', title: 'Executive Vice President, Chief Financial Officer' }]);
    // A page number printed "- 3 -" after the title (c0731).
    expect(await signed('Chief Financial Officer - 3 -')).toEqual([{ name: 'Jane Doe', title: 'Chief Financial Officer' }]);
    // A delivery legend after the copies is none of them (a page footer, c0410).
    const copies = await letterOf(`${RESPONSE_HEAD}1. Please revise. Response: We will revise. Sincerely, /s/ Jane Doe Jane Doe cc: Richard Roe, Chief Executive Officer, Example Corp. VIA EDGAR December 29, 2021`);
    expect(copies.cc).toEqual(['Richard Roe, Chief Executive Officer, Example Corp.']);
  });
});

describe('a comment answered part by part, without print to tell the parts', () => {
  const commentOf = async (text: string) => (await parseLetter(bytes(text))).letter.comments[0];

  it('should take each lettered part above a further label for a part of the comment, flattened (c0886)', async () => {
    const flat = `${RESPONSE_HEAD}1. We note your response to prior comment 3. a. Please tell us the market conditions at the transaction date; Response: Conditions were positive. Rates rose in December. b. Please provide more detail on your initial estimate; Response: The initial estimate relied on market data. ${RESPONSE_CLOSING}`;
    const comment = await commentOf(flat);
    expect(comment?.parts?.map((p) => p.text)).toEqual(['We note your response to prior comment 3. a. Please tell us the market conditions at the transaction date;', 'b. Please provide more detail on your initial estimate;']);
    expect(comment?.parts?.map((p) => p.response.text)).toEqual(['Conditions were positive. Rates rose in December.', 'The initial estimate relied on market data.']);
  });

  it('should take each bullet in the staff\'s voice above a further label for a part, in text with line breaks (c0027, c0349)', async () => {
    const text = [
      'May 1, 2024',
      'Re: Example Corp.',
      'Ladies and Gentlemen:',
      'The comments are repeated below, followed by our responses.',
      '1. You disclose a change in accounting principle. Please address the following:',
      '• Tell us when you started.',
      'Response: In 2006.',
      '• To the extent that you also incur fixed costs, tell us how you account for them.',
      'Response: As period costs.',
      'Sincerely,',
      'Jane Doe',
    ].join('\n\n');
    const comment = await commentOf(text);
    expect(comment?.parts?.map((p) => p.response.text)).toEqual(['In 2006.', 'As period costs.']);
    expect(comment?.parts?.[1]?.text).toBe('• To the extent that you also incur fixed costs, tell us how you account for them.');
  });

  it('should leave an answer in several labelled pieces whole when no part of the staff\'s stands above a label', async () => {
    const text = [
      'May 1, 2024',
      'Re: Example Corp.',
      'Ladies and Gentlemen:',
      '1. Please tell us about a. your costs and b. your revenue.',
      'Response: Our costs rose.',
      '• The Company reviewed its contracts.',
      'Response (continued): Our revenue fell.',
      'Sincerely,',
      'Jane Doe',
    ].join('\n\n');
    expect((await commentOf(text))?.parts).toBeUndefined();
    // Flattened, a mark right after a colon is no part's (a quoted comment, c0083).
    const quoted = `${RESPONSE_HEAD}1. Please tell us more. Response: We responded to the following comment: b. Please tell us your measure. Response: We revised it. ${RESPONSE_CLOSING}`;
    expect(blockTexts(quoted).some((block) => block.startsWith('b.'))).toBe(false);
    expect(blockTexts(quoted.replace('comment: b.', 'comment. b.')).some((block) => block.startsWith('b.'))).toBe(true);
  });

  it('should take a bulleted request after an unlabelled answer for a part, its answer the paragraph after it (c0311, c0593 flattened)', async () => {
    const flat = `${RESPONSE_HEAD}1. In the table on page 145 you present two profit measures. • Tell us which is your single measure of segment profit. Underwriting income is our measure, as noted on page 143. • Provide us proposed draft footnote disclosure. We will provide the measure with a reconciliation in future filings. ${RESPONSE_CLOSING}`;
    const comment = await commentOf(flat);
    expect(comment?.parts?.map((p) => p.text)).toEqual(['In the table on page 145 you present two profit measures.\n• Tell us which is your single measure of segment profit.', '• Provide us proposed draft footnote disclosure.']);
    expect(comment?.parts?.map((p) => p.response.text)).toEqual(['Underwriting income is our measure, as noted on page 143.', 'We will provide the measure with a reconciliation in future filings.']);
    // The company's own bullets in its answer are no parts: they ask nothing.
    const listed = flat.replace('• Provide us proposed draft footnote disclosure.', '• Premiums earned on our policies.');
    expect((await commentOf(listed))?.parts).toBeUndefined();
  });

  it('should want the part before in the comment\'s own words: a "b." with no "a." above it is no part', async () => {
    const flat = `${RESPONSE_HEAD}1. Please tell us the market conditions at the transaction date. Response: Conditions were positive. b. Please provide more detail on your initial estimate; Response: The initial estimate relied on market data. ${RESPONSE_CLOSING}`;
    expect((await commentOf(flat))?.parts).toBeUndefined();
  });
});

describe('an unlabelled answer that points to its own table', () => {
  it('should start the answer at its first sentence, not at the table after "Please see the reconciliation below." (c0854)', async () => {
    const flat = `${RESPONSE_HEAD}1. We note your rollforward table at the bottom of page 118. Please clarify for us the nature of the line items for Deductions. The Deductions line item includes the utilization of net operating losses previously subject to a full valuation allowance for the Company and its subsidiaries. Please see the reconciliation below. Utilization of net operating loss (39,900) Total (42,437) ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(flat))).letter.comments;
    expect(first?.text).toBe('We note your rollforward table at the bottom of page 118. Please clarify for us the nature of the line items for Deductions.');
    expect(first?.response?.text).toMatch(/^The Deductions line item includes/);
  });
});

describe('blind review round 37 and form-eval misses, flattened', () => {
  it('should keep "Non-GAAP" with the words it qualifies: "Supplemental Reporting of Non-GAAP Results of Operations, page 44" is one heading (c0434)', async () => {
    const text = `${RESPONSE_HEAD}Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations Supplemental Reporting of Non-GAAP Results of Operations, page 44 1. Please tell us the nature of the merger-related expenses. Response: The expenses were professional fees. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.headings).toEqual(['Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations', 'Supplemental Reporting of Non-GAAP Results of Operations, page 44']);
  });

  it('should set apart a running header whose company ends with a legal form in capitals ("… Royal Caribbean Cruises LTD. April 19, 2017 Page 2", c0450)', async () => {
    const head = HEAD.replaceAll('Example Corp.', 'Example Cruises LTD.');
    const text = `${head}Selected Metrics, page 41 1. Please refer to Question 102.10 of the C&DI for guidance. Jane Doe Example Cruises LTD. March 3, 2023 Page 2 Executive Overview, page 44 2. Please tell us more.${TAIL}`;
    const comments = (await parseLetter(bytes(text))).letter.comments;
    expect(comments.map((c) => [c.headings.at(-1), c.text])).toEqual([
      ['Selected Metrics, page 41', 'Please refer to Question 102.10 of the C&DI for guidance.'],
      ['Executive Overview, page 44', 'Please tell us more.'],
    ]);
  });

  it('should set apart a page number printed after a table\'s last figure where the next comment opens the page (c0854)', async () => {
    const filler = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(9);
    const text =
      `${RESPONSE_HEAD}1. Please explain the deductions. ${filler}Please see the 2 reconciliation below. ${filler}` +
      `Utilization of net operating loss (39,900) Other 288 Total deductions 24,332 3 2. Please tell us about goodwill. We tested goodwill. ${RESPONSE_CLOSING}`;
    const comments = (await parseLetter(bytes(text))).letter.comments;
    expect(comments.map((c) => c.number)).toEqual([1, 2]);
    expect(comments[0]?.response?.text).toMatch(/Other 288 Total deductions 24,332$/);
  });

  it('should split off the headings printed under a comment\'s word label, before the staff\'s words ("Comment #1: General We are aware …", "Staff Comment: Form 8-K … Exhibit 99.1 We note …", c0552, c0307)', async () => {
    const numbered = `${RESPONSE_HEAD}Comment #1: General We are aware of a news report naming your manager. Please describe your contacts. Response: We have none. Comment #2: Form 8-K filed on February 15, 2017 Exhibit 99.1 We note your reconciliation. Please revise. Response: We will revise. ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(numbered))).letter.comments.map((c) => [c.headings, c.text])).toEqual([
      [['General'], 'We are aware of a news report naming your manager. Please describe your contacts.'],
      [['Form 8-K filed on February 15, 2017', 'Exhibit 99.1'], 'We note your reconciliation. Please revise.'],
    ]);
    const unnumbered = `${RESPONSE_HEAD.replace('The comments are repeated', 'The comment is repeated')}Staff Comment: Form 8-K filed January 25, 2017 Exhibit 99.1 We note your presentation of the measure. Please revise. Company Response: We acknowledge the comment. ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(unnumbered))).letter.comments.map((c) => [c.headings, c.text])).toEqual([[['Form 8-K filed January 25, 2017', 'Exhibit 99.1'], 'We note your presentation of the measure. Please revise.']]);
    // Words after the label that name no heading stay the comment's: "Comment #1: Our Business We note …" is no section's title.
    const plain = `${RESPONSE_HEAD}Comment #1: Revenue growth slowed. We note your disclosure. Response: We agree. Comment #2: Tell us more. Response: We will. ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(plain))).letter.comments[0]?.text).toBe('Revenue growth slowed. We note your disclosure.');
  });

  it('should read a comment number whose period a scraper printed after a space ("General 1 . In your letter …", c0693)', async () => {
    const text = `${RESPONSE_HEAD}General 1 . In your letter to us dated July 20, 2015, you discussed contacts with Syria. Please describe them. The Company does not have operations in Syria. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.comments.map((c) => [c.number, c.headings, c.text])).toEqual([[1, ['General'], 'In your letter to us dated July 20, 2015, you discussed contacts with Syria. Please describe them.']]);
    expect(letter.comments[0]?.response?.text).toBe('The Company does not have operations in Syria.');
  });

  it('should read a sentence of the staff\'s past a name\'s abbreviation ("… as disclosed in Mr. Buffett’s letter … explain why …"), so an unlabelled answer starts at the company\'s first sentence (c0289)', async () => {
    const text =
      `${RESPONSE_HEAD}1. Please tell us how you account for your warrants. Also reconcile the cost to the intrinsic value disclosed in Mr. Buffett’s letter to shareholders in your Annual Report and explain why the fair value is not greater. ` +
      `In 2011, we acquired preferred stock and warrants. The warrants expire in 2021. We may exercise the warrants by paying cash. The warrants are detached from the preferred stock. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.text).toMatch(/explain why the fair value is not greater\.$/);
    expect(first?.response?.text).toMatch(/^In 2011, we acquired/);
  });

  it('should read "your comment letter" and "your inquiries" as the company\'s words to the staff, not the staff\'s voice, so an unlabelled answer opening so starts there (c0999, c0593)', async () => {
    const text =
      `${RESPONSE_HEAD}1. We note your response to prior comment 1. Please tell us the total amount of tax credits delivered. In addition, please tell us how you accounted for the investors’ interest. ` +
      `The tax credit structures referenced in your inquiries were acquired in our September 2016 acquisition. We accounted for the acquisition under ASC 805. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.text).toBe('We note your response to prior comment 1. Please tell us the total amount of tax credits delivered. In addition, please tell us how you accounted for the investors’ interest.');
    expect(first?.response?.text).toMatch(/^The tax credit structures referenced in your inquiries/);
  });

  it('should read an accounting "should be recognized" as the company\'s deliberation, not the staff\'s request (c0602)', async () => {
    const text =
      `${RESPONSE_HEAD}1. We note that the carrying value of your investment exceeds its fair value. Please include an assessment of these factors in your response. ` +
      `In evaluating whether or not an impairment loss should be recognized as of March 31, 2019, the Company considered ASC 323-10-35-32. The Company concluded no loss in value occurred. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.text).toBe('We note that the carrying value of your investment exceeds its fair value. Please include an assessment of these factors in your response.');
    expect(first?.response?.text).toMatch(/^In evaluating whether or not an impairment loss/);
    // The staff's "should be revised" stays the staff's.
    const staff = text.replace('In evaluating whether or not an impairment loss should be recognized as of March 31, 2019, the Company considered ASC 323-10-35-32.', 'The disclosure should be revised to address ASC 323-10-35-32.');
    expect((await parseLetter(bytes(staff))).letter.comments[0]?.text).toMatch(/should be revised to address ASC 323-10-35-32\.$/);
  });

  it('should hear "Finally, tell us …" as the staff asking, and start an unlabelled answer at the company\'s sentence after it, though it says no "we" (c1007)', async () => {
    const comment = 'Please discuss the materiality of any contacts with Syria. For example, the State of Michigan Retirement Systems’ website reports that it divested from Example Corp. because of business operations in Iran. Finally, tell us whether any contacts involve dual use products.';
    const answer = 'For each of the last three fiscal years, Example Corp. has had no assets or revenues associated with Syria. Its sales there were immaterial.';
    const flat = `${RESPONSE_HEAD}1. ${comment} ${answer} ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(flat))).letter.comments;
    expect([flatten(first?.text ?? ''), first?.response?.text]).toEqual([comment, answer]);
    // Printed as paragraphs, the staff's example and request above the answer.
    const [example, request] = comment.split(/(?<=Iran\.) /);
    const laidOut = `May 1, 2024\n\nSecurities and Exchange Commission\nDivision of Corporation Finance\n\nRe: Example Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2023\n\nLadies and Gentlemen:\n\nThe comments of the Staff are repeated below, followed by our responses.\n\n1. ${example}\n\n${request}\n\n${answer}\n\n${SECOND_ANSWERED.replace('. The Special', '.\n\nThe Special')}\n\nIf you have any questions, please call me.\n\nSincerely,\n\nJane Doe\n`;
    const [printed] = (await parseLetter(bytes(laidOut))).letter.comments;
    expect(printed?.response?.text).toBe(answer);
  });

  it('should hear "Address for us …" as the staff asking, and withdraw a guessed answer in no one\'s voice when the staff asks after it (c0466, c0619)', async () => {
    const address = 'Address for us the potential impact of the investor sentiment evidenced by divestment and similar initiatives that have been directed toward companies that have operations associated with U.S.-designated state sponsors of terrorism.';
    // The staff's last sentence is "Address for us …"; the answer follows it unlabelled.
    const asked = 'Please discuss the materiality of any contacts with Syria and Sudan, in quantitative terms and in terms of qualitative factors that a reasonable investor would deem important in making an investment decision. Tell us the approximate dollar amounts of revenues, assets and liabilities associated with those countries.';
    const answer = 'As we stated in our response in 2016, the limited, licensed activities described above are not material to Example Corp.';
    const first = async (text: string) => (await parseLetter(bytes(text))).letter.comments[0];
    const citi = await first(`${RESPONSE_HEAD}1. ${asked} ${address} ${answer} ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`);
    expect([flatten(citi?.text ?? ''), citi?.response?.text]).toEqual([`${asked} ${address}`, answer]);
    // A sentence in no one's voice early in a long comment is a guess the staff's later requests disprove: the answer starts after them.
    const facts =
      'In a letter to the staff dated May 14, 2015, you discussed your subsidiary’s settlement with OFAC for processing transactions to or from Sudan. ' +
      'On page 20 of its 10-K filed February 7, 2018, the subsidiary provides similar information. Additionally, we are aware of news reports indicating that entities in North Korea, Sudan and Syria may have offered or sold items on your website. ' +
      'North Korea, Sudan and Syria are designated by the Department of State as state sponsors of terrorism, and are subject to U.S. economic sanctions and/or export controls. ' +
      'Please describe to us the nature and extent of any past, current, and anticipated contacts with North Korea, Sudan and Syria, including contacts with their governments, whether through subsidiaries, affiliates, partners, customers, joint ventures or other direct or indirect arrangements.';
    const finally_ = 'Finally, to the extent the subsidiary has self-reported to OFAC possible violations of economic sanctions, please describe the transactions to us.';
    const deferred = 'Pursuant to a telephone call on October 5, 2018 with the Staff, the Company’s deadline for responding to this comment has been extended to October 23, 2018.';
    const ebay = await first(`${RESPONSE_HEAD}1. ${facts} ${asked} ${address} ${finally_} ${deferred} ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`);
    expect([flatten(ebay?.text ?? ''), ebay?.response?.text]).toEqual([`${facts} ${asked} ${address} ${finally_}`, deferred]);
  });

  it('should keep an 8-K exhibit\'s document on the exhibit\'s heading ("Exhibit 99.1 Earnings Release Dated …", "Exhibit 99.2 Investor Letter, page 21", c0289, c0506 flattened), its sections headings of their own', async () => {
    for (const exhibit of ['Exhibit 99.1 Earnings Release Dated February 25, 2017', 'Exhibit 99.2 Investor Letter, page 21']) {
      const text = `${HEAD}Form 8-K furnished October 26, 2023 ${exhibit} 1. Please address the following comments related to the non-GAAP measures.${TAIL}`;
      expect((await parseLetter(bytes(text), { verify: true })).letter.comments[0]?.headings).toEqual(['Form 8-K furnished October 26, 2023', exhibit]);
    }
    const sections = `${HEAD}Form 8-K furnished October 26, 2023 Exhibit 99.1 Non-GAAP Measures, page 6 1. Please revise the reconciliation.${TAIL}`;
    expect((await parseLetter(bytes(sections))).letter.comments[0]?.headings).toEqual(['Form 8-K furnished October 26, 2023', 'Exhibit 99.1', 'Non-GAAP Measures, page 6']);
  });

  it('should keep a colon between a title\'s capitalised parts inside its heading ("Appendix A to Executive Compensation: Supplemental …, page F-37", c0336, c1045 flattened, blind round 47), not a label\'s', async () => {
    const heading = 'Appendix A to Executive Compensation: Supplemental Consolidated Statement of Income Information, page F-37';
    const text = `${RESPONSE_HEAD}1. Please tell us about the matter. Response: The Company has disclosed the matter and its resolution on page F-32. ${heading} 2. Please tell us what consideration was given to updating this information. Response: The Company has revised Appendix A. ${RESPONSE_CLOSING}`;
    const [first, second] = (await parseLetter(bytes(text), { verify: true })).letter.comments;
    expect(first?.response?.text).toBe('The Company has disclosed the matter and its resolution on page F-32.');
    expect(second?.headings).toEqual([heading]);
  });

  it('should go on with a section\'s title after a preposition typed with a capital ("… Discussion and Analysis Of Financial Condition …", c1053)', async () => {
    const text = `${HEAD}Form 10-K for the Fiscal Year Ended December 31, 2023 Item 7. Management’s Discussion and Analysis Of Financial Condition and Results of Operations 1. Reference is made to page 30. Please revise.${TAIL}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.headings).toEqual(['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Item 7. Management’s Discussion and Analysis Of Financial Condition and Results of Operations']);
  });

  it('should keep a confidentiality paragraph said under each answer, a phone number in it, as the answers\' words, not a page footer (c0526, c0042, c1109)', async () => {
    const request = 'The Company respectfully requests that the information contained in the above response that have been marked [**] be treated as confidential information and that the Commission provide timely notice to Jane Roe, the Company’s General Counsel, 50 Northern Avenue, Boston, MA 02210, (617) 555-7018, before it permits any disclosure of the information in the above response.';
    const body = 'The Company respectfully advises the Staff that it evaluated the arrangement under the variable interest model and concluded that it holds a variable interest. '.repeat(6);
    const text = `${RESPONSE_HEAD}1. Please tell us how you evaluated the arrangement. Response 1 ${body}${request} 2. Please tell us how you computed goodwill in the following format: Item ASC Reference Amount Goodwill recognized at the acquisition date ASC 805-30-30-1 Response 2 ${body}${request} ${RESPONSE_CLOSING}`;
    const comments = (await parseLetter(bytes(text))).letter.comments;
    expect(comments.map((c) => c.response?.text.endsWith(request))).toEqual([true, true]);
    // The label under the staff's table carries its comment's number: the table stays the comment's.
    expect(comments[1]?.text).toBe('Please tell us how you computed goodwill in the following format: Item ASC Reference Amount Goodwill recognized at the acquisition date ASC 805-30-30-1');
    expect(comments[1]?.response?.label).toBe('Response 2');
  });

  it('should set apart the letterhead a flattened letter prints again at each page\'s top, inside a sentence too, and a confidentiality legend with its page code (c0722, c1112, c0553, c0415)', async () => {
    const letterhead = 'STERIS plc 70 Sir John Rogerson’s Quay Dublin 2 Ireland';
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(7);
    const text =
      `CORRESP 1 filename1.htm ${letterhead} ${RESPONSE_HEAD}1. Please explain why your Irish pre-tax income has increased. Response: ${page}Irish pre-tax income rose from 4% ${letterhead} in 2019 to 40% in 2023. ` +
      `2. Please tell us about goodwill. Response: ${page}We tested ${letterhead} goodwill. ${RESPONSE_CLOSING}`;
    const comments = (await parseLetter(bytes(text))).letter.comments;
    expect(comments.map((c) => flatten(c.response?.text ?? '').slice(-60))).toEqual([`${page}Irish pre-tax income rose from 4% in 2019 to 40% in 2023.`, `${page}We tested goodwill.`].map((s) => s.slice(-60)));
    const legend = 'CONFIDENTIAL TREATMENT REQUESTED BY EXAMPLE CORP.: EX-00';
    const legended = `${legend} 1 ${RESPONSE_HEAD}1. Please explain the revenue. Response: ${page}${legend} 2 Revenue from games is recognized over time. 2. Please tell us about goodwill. Response: ${page}${legend} 3 We tested goodwill. ${RESPONSE_CLOSING}`;
    const answers = (await parseLetter(bytes(legended))).letter.comments.map((c) => flatten(c.response?.text ?? '').slice(-46));
    expect(answers).toEqual(['Revenue from games is recognized over time.', 'We tested goodwill.'].map((s) => (page + s).slice(-46)));
  });

  it('should keep a letterhead\'s contact named again in a passage said under each answer: no page top (c0740 flattened)', async () => {
    const letterhead = 'Example Corp. 77 W. Wacker Drive Chicago, IL 60601 Attn: Jane Q. Roe, Vice President, Corporate Controller 312-634-8233';
    const request = 'Example Corp. requests that the information be treated as confidential and that the Commission provide timely notice to Jane Q. Roe, Vice President, Corporate Controller, Example Corp., 77 W. Wacker Drive, Chicago, IL 60601, phone 312-634-8233, before it permits any disclosure.';
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(7);
    const text = `CORRESP 1 filename1.htm ${letterhead} ${RESPONSE_HEAD}1. Please explain the revenue. Response: ${page}${request} 2. Please tell us about goodwill. Response: ${page}${request} ${RESPONSE_CLOSING}`;
    const comments = (await parseLetter(bytes(text))).letter.comments;
    expect(comments.map((c) => flatten(c.response?.text ?? '').endsWith(request))).toEqual([true, true]);
  });

  it('should keep a note\'s title and the one word after it before the page together ("4 Debt Activity, page 87", c0012)', async () => {
    const text = `${HEAD}Management’s Discussion and Analysis of Financial Condition and Results of Operation Debt Activity, page 87 1. We note that your outstanding debt is subject to covenants. Please revise.${TAIL}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.headings.at(-1)).toBe('Debt Activity, page 87');
  });

  it('should keep the staff\'s further example ("An additional example, …") in the comment when the company\'s opener follows it (c0821)', async () => {
    const comment = 'Please ensure that you disclose all material assumptions underlying the forecasts. For example, we note that a filing discloses an oil price assumption. An additional example, on page 27 of this same filing, the companies disclose assuming free cash flow conversion of 90% by 2020.';
    const text = `${RESPONSE_HEAD}1. ${comment} In response to the Staff’s comment, we have revised the relevant disclosure on page 97. ${SECOND_ANSWERED} ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(flatten(first?.text ?? '')).toBe(comment);
    expect(first?.response?.text).toBe('In response to the Staff’s comment, we have revised the relevant disclosure on page 97.');
  });

  it('should read a name\'s financial statements as one section title, replacing the MD&A above ("GE Oil & Gas Financial Statements", c0821, c1181)', async () => {
    const text = `${HEAD}Form S-4 Management’s Discussion and Analysis of Financial Condition and Results of Operations of GE O&G, page 200 1. Please revise your discussion of orders. GE Oil & Gas Financial Statements Note 2. Basis of Presentation, page FS-8 2. Please tell us more.${TAIL}`;
    const [, second] = (await parseLetter(bytes(text))).letter.comments;
    expect(second?.headings).toEqual(['Form S-4', 'GE Oil & Gas Financial Statements', 'Note 2. Basis of Presentation, page FS-8']);
  });

  it('should set apart a running header whose company closes a bracket after its abbreviation ("Meta Platforms, Inc. (f/k/a Facebook, Inc.) November 12, 2021 Page 2", c0744)', async () => {
    const head = HEAD.replaceAll('Example Corp.', 'Meta Platforms, Inc. (f/k/a Facebook, Inc.)');
    const text = `${head}Risk Factors, page 12 1. Please describe the Jane Doe Meta Platforms, Inc. (f/k/a Facebook, Inc.) March 3, 2023 Page 2 relevant transition risks you analyzed. 2. Please tell us more.${TAIL}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.text).toBe('Please describe the relevant transition risks you analyzed.');
  });

  it('should read a comment label typed in mixed case before its number ("COMMEnt: 3. We note …", c0321), not as the answer\'s last word', async () => {
    const text = `${RESPONSE_HEAD}COMMENT: 1. Please tell us about trends. RESPONSE: We will discuss trends in our earnings calls. COMMEnt: 2. We note your earnings calls. Please revise. RESPONSE: We will revise. ${RESPONSE_CLOSING}`;
    const comments = (await parseLetter(bytes(text))).letter.comments;
    expect(comments.map((c) => c.response?.text)).toEqual(['We will discuss trends in our earnings calls.', 'We will revise.']);
    // "comment:" in a sentence, no number after it, is no label.
    const prose = `${RESPONSE_HEAD}COMMENT: 1. Please tell us about trends. RESPONSE: We reply to the following comment: trends are stable. COMMENT: 2. Please revise. RESPONSE: We will revise. ${RESPONSE_CLOSING}`;
    expect((await parseLetter(bytes(prose))).letter.comments[0]?.response?.text).toBe('We reply to the following comment: trends are stable.');
  });

  it('should start the staff template\'s running header at its first field, leaving the page\'s last word a head word too ("… our Codification of Financial FirstName LastNameJane Doe …", c1156)', async () => {
    const text = `${HEAD}Liquidity, page 40 1. Please refer to section 501.04 of our Codification of Financial FirstName LastNameJane Doe Comapany NameExample Corp. March 3, 2023 Page 2 Reporting Releases. 2. Please tell us more.${TAIL}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(flatten(first?.text ?? '')).toBe('Please refer to section 501.04 of our Codification of Financial Reporting Releases.');
  });

  it('should start the staff template\'s running header at its first field past a lawyer\'s "Esq." ("FirstName LastNameAnne Chwat, Esq. Comapany Name…", c0403), not leave the name at the comment\'s end', async () => {
    const head = HEAD.replace('Jane Doe Chief Financial Officer', 'Jane Doe, Esq. Wachtell, Lipton, Rosen & Katz');
    const text = `${head}General 1. Please amend this proxy statement to address any applicable comments filed on May 7, 2020. FirstName LastNameJane Doe, Esq. Comapany NameExample Corp. March 3, 2023 Page 2 2. Please tell us more.${TAIL}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(flatten(first?.text ?? '')).toBe('Please amend this proxy statement to address any applicable comments filed on May 7, 2020.');
  });

  it('should keep a date\'s day and year, a form\'s name and a month that end a page before its running header, though the head prints them too (c0070, c0944, c1056; c0723 flattened, blind round 62)', async () => {
    const text = `${HEAD}Liquidity, page 40 1. Please tell us about your Form 10-K for the Fiscal Year Ended December 31, Jane Doe Example Corp. March 3, 2023 Page 2 2021 and revise. 2. Please tell us about your Form 10-K Jane Doe Example Corp. March 3, 2023 Page 3 for 2022. 3. Tell us the balance at December Jane Doe Example Corp. March 3, 2023 Page 4 31, 2021.${TAIL}`;
    const comments = (await parseLetter(bytes(text), { verify: true })).letter.comments;
    expect(comments.map((c) => flatten(c.text))).toEqual([
      'Please tell us about your Form 10-K for the Fiscal Year Ended December 31, 2021 and revise.',
      'Please tell us about your Form 10-K for 2022.',
      'Tell us the balance at December 31, 2021.',
    ]);
  });

  it('should read the first comment\'s headings above a staff lead-in that runs on from them, the lead-in the preamble\'s (c0633 flattened, blind round 42)', async () => {
    const lead = 'We have reviewed your responses to the prior comments of our letter dated November 9, 2015, and have the following comments related to entity-wide information disclosures under ASC 280-10-50.';
    const text = `${HEAD}Form 10-K (Fiscal Year Ended December 31, 2014) Financial Statements Note 2. Summary of Significant Accounting Policies ${lead} 1. We note your disclosure in Note 2 on page F-10. Please revise. 2. Please tell us more.${TAIL}`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.comments.map((c) => c.headings)).toEqual(Array(2).fill(['Form 10-K (Fiscal Year Ended December 31, 2014)', 'Financial Statements', 'Note 2. Summary of Significant Accounting Policies']));
    expect(flatten(letter.preamble).endsWith(lead)).toBe(true);
    // A lead-in after the preamble's last full stop is the preamble's as it stands, no heading above it.
    const plain = (await parseLetter(bytes(`${HEAD}${lead} 1. Please revise.${TAIL}`))).letter;
    expect(plain.comments[0]?.headings).toEqual([]);
  });

  it('should count a page break at a running header the flattened letter prints once ("… March 3, 2023 Page 2")', async () => {
    const filler = 'Please tell us how you evaluated the arrangement and revise your disclosure to explain the accounting. '.repeat(8);
    const text = `${HEAD}Liquidity, page 40 1. ${filler}FirstName LastNameJane Doe Comapany NameExample Corp. March 3, 2023 Page 2 ${filler}2. Please tell us more.${TAIL}`;
    const { letter } = await parseLetter(bytes(text));
    expect(letter.source.pages).toBe(2);
    expect(letter.comments.map((c) => c.location.pages)).toEqual([[1, 2], [2]]);
  });

  it('should start a comment whose number the flattening read out at its page\'s end, mid-sentence, at its first sentence: after the last one citing a rule, else at the last request (c1065, c0739, c0700, c0965)', async () => {
    const filler = 'Please tell us how you evaluated the arrangement and revise your disclosure to explain the accounting. '.repeat(3);
    const cited = `${HEAD}Pay versus Performance, page 40 1. ${filler}Calculations must be included in a footnote, pursuant to Item 402(v)(3) of Regulation S-K. The net earnings amounts in your table do not agree to your financial statements. It appears that you use net earnings attributable 2. March 3, 2023 Page 2 to Berkshire Hathaway shareholders. Please revise.${TAIL}`;
    const comments = (await parseLetter(bytes(cited), { verify: true })).letter.comments;
    expect(comments.map((c) => flatten(c.text))).toEqual([
      `${filler}Calculations must be included in a footnote, pursuant to Item 402(v)(3) of Regulation S-K.`,
      'The net earnings amounts in your table do not agree to your financial statements. It appears that you use net earnings attributable to Berkshire Hathaway shareholders. Please revise.',
    ]);
    const requested = `${HEAD}Goodwill, page 40 1. ${filler}Describe each error and the relevant accounting literature considered. Please tell us what control deficiencies were identified. Additionally, please explain: 2. March 3, 2023 Page 2 • how you assessed the severity of each deficiency.${TAIL}`;
    const [, second] = (await parseLetter(bytes(requested))).letter.comments;
    expect(flatten(second?.text ?? '')).toBe('Please tell us what control deficiencies were identified. Additionally, please explain: • how you assessed the severity of each deficiency.');
  });

  it('should end a filing\'s heading at its date though the month is misspelt ("… ended Feberuary 28, 2019 Basis of Presentation", c0512)', async () => {
    const text = `${HEAD}Form 10-Q for the period ended Feberuary 28, 2019 Basis of Presentation Recently Adopted Accounting Pronouncements, page 7 1. Please revise.${TAIL}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    expect(first?.headings).toEqual(['Form 10-Q for the period ended Feberuary 28, 2019', 'Basis of Presentation', 'Recently Adopted Accounting Pronouncements, page 7']);
  });

  it('should take a bulleted request that asks after a lead-in clause for a part ("• Assuming that you used …, please tell us …", c0379)', async () => {
    const flat = `${RESPONSE_HEAD}1. Please refer to pro forma adjustment (v) and respond to the following: • Tell us how you determined the fair value of your facilities. The Company engaged a third-party valuation expert. • Assuming that you used a discounted cash flow methodology, please tell us the amount by which the undiscounted cash flows exceeded the carrying amount. The undiscounted cash flows exceeded the carrying amount by 40%. ${RESPONSE_CLOSING}`;
    const [comment] = (await parseLetter(bytes(flat))).letter.comments;
    expect(comment?.parts?.map((p) => p.response.text)).toEqual(['The Company engaged a third-party valuation expert.', 'The undiscounted cash flows exceeded the carrying amount by 40%.']);
    // A bullet of the company's that only mentions "please" in a clause is no part: it opens with no lead-in asking.
    const listed = flat.replace('• Assuming that you used a discounted cash flow methodology, please tell us the amount by which the undiscounted cash flows exceeded the carrying amount.', '• Premiums earned on our policies rose.');
    expect((await parseLetter(bytes(listed))).letter.comments[0]?.parts?.length ?? 0).toBeLessThan(2);
  });

  it('should set apart page numbers where one page\'s number is missing, after a word that only starts as a month does, and keep "footnote 1" and "2, 3 or 4" (c0379, c0848, c1032, c0595)', async () => {
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(9);
    const text =
      `${RESPONSE_HEAD}1. Please explain the deductions. ${page}We tested the assets by a significant margin. 2 ${page}As stated in footnote 1 to our statements, the Year 2, 3 or 4 results are final. ${page}` +
      `The decline reflects resource allocation decisions. 4 ${page}The assets exceeded their carrying values by a significant margin. 5 2. Please tell us about goodwill. We tested goodwill. ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(text))).letter.comments;
    const answer = flatten(first?.response?.text ?? '');
    expect(answer).toContain('by a significant margin. The Company');
    expect(answer).toContain('decisions. The Company');
    expect(answer).toMatch(/by a significant margin\.$/);
    expect(answer).toContain('As stated in footnote 1 to our statements, the Year 2, 3 or 4 results are final.');
  });

  it('should set apart "Page N" markers that come back numbered one more each time with the same words before them, or none after a sentence (c0179, c0317)', async () => {
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(7);
    const header = (n: number) => `Letter to Mr. John Roe United States Securities and Exchange Commission Page ${n}`;
    const text = `${RESPONSE_HEAD}1. Please explain the deductions. ${page}We tested the assets. ${header(2)} ${page}We tested them again. ${header(3)} 2. Please tell us about goodwill. ${page}We tested goodwill. ${RESPONSE_CLOSING}`;
    const comments = (await parseLetter(bytes(text))).letter.comments;
    expect(comments.map((c) => flatten(c.response?.text ?? '').slice(-24))).toEqual(['We tested them again.', 'We tested goodwill.'].map((s) => (page + s).slice(-24)));
    const bare = `${RESPONSE_HEAD}1. Please explain the deductions. ${page}We tested the assets. Page 1 ${page}We tested them again. Page 2 2. Please tell us about goodwill. ${page}We tested goodwill. ${RESPONSE_CLOSING}`;
    const [first] = (await parseLetter(bytes(bare))).letter.comments;
    expect(flatten(first?.response?.text ?? '')).not.toMatch(/Page [12]/);
  });

  it('should set apart the last page\'s "Page N" that ends the text after a firm\'s name, the run after finished sentences going on (c0317 flattened, blind round 96)', async () => {
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(7);
    const text = `${RESPONSE_HEAD}1. Please explain the deductions. ${page}We tested the assets. Page 1 2. Please tell us about goodwill. ${page}We tested goodwill. Page 2 ${page}We tested it again. Very truly yours, /s/ Jane Doe Jane Doe Chief Financial Officer cc: Kara L. MacCullough Greenberg Traurig, P.A. Page 3`;
    const { letter } = await parseLetter(bytes(text));
    expect(flatten(letter.closing ?? '').endsWith('Greenberg Traurig, P.A.')).toBe(true);
    expect(letter.letter.cc).toEqual(['Kara L. MacCullough, Greenberg Traurig, P.A.']);
  });

  it('should set apart "Page N of M" headers inside sentences whose run a header after a finished sentence joins, numbered one more each time (c0426 flattened, blind round 43)', async () => {
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(7);
    const header = (n: number) => `Securities and Exchange Commission Page ${n} of 4`;
    const text = `${RESPONSE_HEAD}1. Please clarify the nature of these locations, including whether ${header(2)} they are identified. ${page}We will revise. ${header(3)} 2. Please tell us about goodwill. ${page}We tested goodwill, as ${header(4)} the schedule shows. ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(flatten(letter.comments[0]?.text ?? '')).toBe('Please clarify the nature of these locations, including whether they are identified.');
    expect(flatten(letter.comments[1]?.response?.text ?? '').endsWith('We tested goodwill, as the schedule shows.')).toBe(true);
  });

  it('should set apart the addressee and the letter\'s date printed after a page\'s number, before a capital or a row of asterisks (c0349 flattened, blind round 43)', async () => {
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(7);
    const header = 'Securities and Exchange Commission May 1, 2024';
    const text = `${RESPONSE_HEAD}1. Please explain the segment. ${page}We will also disclose the analysis for the Natural 2 ${header} Gas Gathering segment. 2. Please tell us more. ${page}We will revise the fee contracts 3 ${header} * * * ${RESPONSE_CLOSING}`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(flatten(letter.comments[0]?.response?.text ?? '').endsWith('We will also disclose the analysis for the Natural Gas Gathering segment.')).toBe(true);
    expect(flatten(letter.comments[1]?.response?.text ?? '').endsWith('We will revise the fee contracts')).toBe(true);
    expect(letter.closing).not.toContain('May 1, 2024');
  });

  it('should open the closing at the label over the company\'s acknowledgement ("Harris Acknowledgement : Harris acknowledges the following: …", c1071 flattened, blind round 47)', async () => {
    const answer = 'We believe our disclosure complies with Regulation S-K and is meaningful to segment operating results.';
    const text = `${RESPONSE_HEAD}1. Please revise your segment discussion. ${answer} Example Corp. Acknowledgement : Example Corp. acknowledges the following: • Example Corp. is responsible for the adequacy and accuracy of the disclosure in the filing; • Staff comments or changes to disclosure in response to Staff comments do not foreclose the Commission from taking any action with respect to the filing. Sincerely, Jane Doe`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.comments[0]?.response?.text).toBe(answer);
    expect(letter.closing).toMatch(/^Example Corp\. Acknowledgement :\s+Example Corp\. acknowledges the following:/);
  });

  it('should set apart the letter\'s date alone after a page\'s number, after a row of asterisks or a finished sentence ("* * * 2 January 19, 2021 Please do not hesitate …", c0671 flattened, blind round 47), and the addressee with it after the asterisks (c0336)', async () => {
    const page = 'The Company respectfully advises the Staff that the amounts are reconciled in the schedule that follows this paragraph. '.repeat(7);
    for (const before of ['* * *', 'We have revised the cover page.']) {
      const text = `${RESPONSE_HEAD}1. Please explain the segment. ${page}${before} 2 May 1, 2024 Please do not hesitate to contact me with any questions. Sincerely, Jane Doe`;
      const { letter } = await parseLetter(bytes(text), { verify: true });
      expect(letter.closing).not.toContain('May 1, 2024');
      expect(letter.closing).toMatch(/^(?:\* \* \*\s+)?Please do not hesitate/);
    }
    // The addressee and the date, no number, after the asterisks (c0336, blind round 47).
    const text = `${RESPONSE_HEAD}1. Please explain the segment. ${page}* * * * * Securities and Exchange Commission May 1, 2024 If you have any questions, please call me. Sincerely, Jane Doe`;
    const { letter } = await parseLetter(bytes(text), { verify: true });
    expect(letter.closing).toMatch(/^\* \* \* \* \*\s+If you have any questions/);
    // The addressee, the page's number between dashes and the date (c0659 flattened, blind round 51).
    const dashed = (await parseLetter(bytes(text.replace('Commission May 1, 2024', 'Commission - 3 - May 1, 2024')), { verify: true })).letter;
    expect(dashed.closing).toMatch(/^\* \* \* \* \*\s+If you have any questions/);
  });

  it('should set apart a running header of the addressee and the letter\'s date that splits a sentence, the small word before it the sentence\'s ("… hesitate to U.S. Securities and Exchange Commission May 1, 2024 contact …", c0922)', async () => {
    const head = RESPONSE_HEAD.replace('May 1, 2024 Securities', 'May 1, 2024 U.S. Securities');
    const text = `${head}1. Please tell us about the license that the company will receive at U.S. Securities and Exchange Commission May 1, 2024 spin. Please revise. We will revise. 2. Tell us more. We will. If you have any questions, please do not hesitate to U.S. Securities and Exchange Commission May 1, 2024 contact the undersigned. Sincerely, Jane Doe`;
    const { letter } = await parseLetter(bytes(text));
    expect(flatten(letter.comments[0]?.text ?? '')).toBe('Please tell us about the license that the company will receive at spin. Please revise.');
    expect(flatten(letter.closing ?? '')).toContain('please do not hesitate to contact the undersigned.');
  });

  it('should split each bulleted request from its unlabelled answer after the company has answered once, "Please see … below" the company\'s (c0311)', async () => {
    const flat = `${RESPONSE_HEAD}1. In the table on page 145 you present two profit measures. • Tell us which is your single measure of segment profit. Underwriting income is our measure, as noted on page 143. • Provide us proposed draft footnote disclosure. Please see the proposed disclosure below. Segment results for 2020 were $ 5,461. • Tell us whether you intend to continue to disclose the second measure. We will discontinue that disclosure. ${RESPONSE_CLOSING}`;
    const [comment] = (await parseLetter(bytes(flat))).letter.comments;
    expect(comment?.parts?.map((p) => flatten(p.response.text))).toEqual([
      'Underwriting income is our measure, as noted on page 143.',
      'Please see the proposed disclosure below. Segment results for 2020 were $ 5,461.',
      'We will discontinue that disclosure.',
    ]);
  });
});

describe('a flattened response with no comment of its own (c0036 flattened, blind round 117)', () => {
  it('should read a list of its own after a lead-in\'s colon as no comments, and comments repeated in an appendix after the signature as the appendix\'s', async () => {
    const text =
      'May 31, 2019 Securities and Exchange Commission Division of Corporation Finance Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2018 File No. 001-11778 Dear Mr. Rosenberg, ' +
      'This letter is in further response to your letter dated April 29, 2019, setting forth comments of the staff. We have considered your verbal comment with respect to Staff comments nos. 2 and 3 (set forth in bold type on Appendix 1). ' +
      'Based on the Staff’s comments the Company agrees that in future filings it will not disclose the following non-GAAP measures: 1. Core operating income excluding catastrophe losses 2. Core operating income excluding prior period development 3. Core operating income with expected level of catastrophe losses ' +
      'We expect to continue to provide visibility in our disclosures. * * * * * Please do not hesitate to contact the undersigned. Sincerely, /s/ Phil Bancroft Phil Bancroft Chief Financial Officer ' +
      'APPENDIX 1 Form 8-K dated February 5, 2019 Exhibit 99.2 Core operating income measures, page 33 2. We refer to your presentation of core operating income excluding catastrophe losses. Please tell us how it complies with Question 100.01. ' +
      '3. We refer to your presentation of core operating income with expected catastrophe losses. Please tell us how it complies with Question 100.04.';
    const { letter } = await parseLetter(bytes(text), { file: 'x.txt', verify: true });
    expect(letter.comments).toEqual([]);
    expect(letter.preamble).toMatch(/1\. Core operating income excluding catastrophe losses 2\. Core operating income/);
    expect(letter.closing).toMatch(/^\* \* \* \* \* Please do not hesitate/);
    expect(letter.attachments.map((a) => a.title)).toEqual(['APPENDIX 1']);
    expect(letter.warnings).toEqual([]);
  });

  it('should end the cc list at the appendix\'s title, its number the title\'s (c0036 flattened, blind round 143)', async () => {
    const text =
      'May 31, 2019 Securities and Exchange Commission Division of Corporation Finance Re: Example Corp. Form 10-K for the Fiscal Year Ended December 31, 2018 File No. 001-11778 Dear Mr. Rosenberg, ' +
      'This letter is in further response to your letter dated April 29, 2019. We have considered your verbal comment with respect to Staff comments nos. 2 and 3 (set forth in bold type on Appendix 1). ' +
      'Please do not hesitate to contact the undersigned. Sincerely, /s/ Phil Bancroft Phil Bancroft Chief Financial Officer cc: Christine A. Torney Christine B. Adams ' +
      'APPENDIX 1 Form 8-K dated February 5, 2019 Exhibit 99.2 Core operating income measures, page 33 2. We refer to your presentation of core operating income excluding catastrophe losses.';
    const { letter } = await parseLetter(bytes(text), { file: 'x.txt', verify: true });
    expect(letter.letter.cc).toEqual(['Christine A. Torney', 'Christine B. Adams']);
    expect(letter.attachments.map((a) => [a.title, a.text.slice(0, 10)])).toEqual([['APPENDIX 1', 'Form 8-K d']]);
  });
});
