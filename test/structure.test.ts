// Structure on small letters: numbering chains with traps, unnumbered comments, closings.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { inReadingOrder } from '../src/load/text.js';

/** An HTML paragraph, with an inline style when given (a page break, a margin). */
const p = (text: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${text}</p>`;
const parse = async (text: string) => (await parseLetter(new TextEncoder().encode(text), { file: 't.txt', verify: true }));

/** An HTML response's paragraphs up to its first heading or comment, each made by `para` (a test's own paragraph style). */
const htmlResponseHead = (para: (text: string) => string) => [
  para('May 1, 2024'),
  para('Re: Example Corp.'),
  para('Form 10-K for the Fiscal Year Ended December 31, 2023'),
  para('Ladies and Gentlemen:'),
  para('This letter responds to the comments of the Staff. For your convenience, we have set forth each comment immediately preceding our response.'),
];

/** A plain-text staff letter of 2008 whose first heading is "Risk Factors, page 12", around its comments. */
const plainStaffLetter = (comments: string) => `March 5, 2008

Mr. John Smith
Acme Corporation

Re: Acme Corporation
Form 10-K for the Fiscal Year Ended December 31, 2007

Dear Mr. Smith:

We have reviewed your filing and have the following comments.

Risk Factors, page 12

${comments}

Sincerely,

Pamela Long
Assistant Director`;

const responseLetter = (body: string) => `May 1, 2024

U.S. Securities and Exchange Commission
Division of Corporation Finance
Washington, D.C. 20549

Re: Example Corp.
Form 10-K for the Fiscal Year Ended December 31, 2023
File No. 001-12345

Ladies and Gentlemen:

This letter responds to the comments of the Staff in its letter dated April 17, 2024. The comments are repeated below, followed by our responses.

${body}

If you have any questions, please contact me.

Sincerely,

/s/ Jane Doe
Jane Doe
Chief Financial Officer
`;

describe('comment structure', () => {
  it('should skip a numbered list inside a response and a heading that starts with a number', async () => {
    const { letter, coverage } = await parse(responseLetter(`Notes to Consolidated Financial Statements

15. Insurance Operations, page 91

1. Please tell us how you account for the captives.

Response: The Company accounts for them as follows:

1. Fortress is consolidated.

2. Sentinel is consolidated.

2. Please revise the disclosure.

Response: We will revise it.`));
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.comments[0]?.headings).toEqual(['Notes to Consolidated Financial Statements', '15. Insurance Operations, page 91']);
    expect(letter.comments[0]?.pageRef).toBe('91');
    expect(letter.comments[0]?.response?.text).toContain('2. Sentinel is consolidated.');
    expect(letter.comments[1]?.response?.text).toBe('We will revise it.');
    expect(letter.closing.startsWith('If you have any questions')).toBe(true);
    expect(letter.letter).toMatchObject({ kind: 'response', date: '2024-05-01', inReplyTo: '2024-04-17', fileNumbers: ['001-12345'], company: 'Example Corp.' });
    expect(letter.letter.signatories).toEqual([{ name: 'Jane Doe', title: 'Chief Financial Officer' }]);
    expect(coverage?.ok).toBe(true);
  });

  it('should take a number printed alone above its words for the comment, with the headings above it (c1013: a floated number paragraph)', async () => {
    const p = (text: string, style = 'margin:0px') => `<p style="${style}">${text}</p>`;
    const float = 'margin-top:0px; text-indent:24px; width:48px; float:left';
    const html = `<html><body>${[
      ...htmlResponseHead(p),
      p('<b><u>Form 10-K for the Fiscal Year Ended December 31, 2023</u></b>'),
      p('<b><u>Funds from Operations, pages 30 and 31</u></b>'),
      p('1.', float),
      p('In arriving at FFO, you start with net income. In future filings, please characterize FFO as FFO available to common shareholders.'),
      p('<i><u>Response</u></i>'),
      p('In response to the Staff\'s comment, in our future filings we will characterize FFO as requested.'),
      p('<b><u>Note 10. Variable Interest Entities, page 67</u></b>'),
      p('2.', float),
      p('Please tell us about the relationships between the assets and liabilities of your variable interest entities.'),
      p('<i><u>Response</u></i>'),
      p('We will provide the disclosure in future filings.'),
      p('Sincerely,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments.map((c) => [c.number, c.headings.at(-1), c.text.slice(0, 20)])).toEqual([
      [1, 'Funds from Operations, pages 30 and 31', 'In arriving at FFO, '],
      [2, 'Note 10. Variable Interest Entities, page 67', 'Please tell us about'],
    ]);
    expect(letter.preamble).not.toMatch(/Funds from Operations|1\.$/);
    expect(letter.comments[0]?.response?.text).not.toMatch(/Note 10/);
    expect(coverage?.ok).toBe(true);
  });

  it('should take the headings above a lead-in paragraph for the first comment\'s, the lead-in for the preamble\'s (c0633)', async () => {
    const staff = (body: string) =>
      `February 25, 2016\n\nWendy A. Beck\nChief Financial Officer\nExample Cruise Line Ltd.\n\nRe: Example Cruise Line Ltd.\nForm 10-K for the Year Ended December 31, 2014\nFile No. 001-35784\n\nDear Ms. Beck:\n\n` +
      `We have reviewed your response to our comment letter and have the following comments.\n\n${body}\n\nYou may contact John Roe at (202) 551-3333 with any questions.\n\nSincerely,\n\nDivision of Corporation Finance\n`;
    const leadIn = 'We have reviewed your responses to the prior comments of our letter dated November 9, 2015, and have the following comments related to entity-wide disclosures under ASC 280-10-50.';
    const { letter, coverage } = await parse(
      staff(`Form 10-K for the Year Ended December 31, 2014\n\nFinancial Statements\n\nNote 2. Summary of Significant Accounting Policies\n\n${leadIn}\n\n1. We note your disclosure of revenue by region. Please revise to disclose revenue in your country of domicile.\n\n2. Further, please tell us how you comply with ASC 280-10-50-40.`),
    );
    expect(coverage?.ok).toBe(true);
    const headings = ['Form 10-K for the Year Ended December 31, 2014', 'Financial Statements', 'Note 2. Summary of Significant Accounting Policies'];
    expect(letter.comments.map((c) => [c.number, c.headings, c.text.slice(0, 20)])).toEqual([
      [1, headings, 'We note your disclos'],
      [2, headings, 'Further, please tell'],
    ]);
    expect(letter.preamble.endsWith(leadIn)).toBe(true);
    expect(letter.preamble).not.toMatch(/Financial Statements/);
    // A preamble that says comments follow, with no heading under it, stays as it was.
    const plain = await parse(staff('1. We note your disclosure of revenue by region.'));
    expect(plain.letter.comments[0]?.headings).toEqual([]);
    expect(plain.letter.preamble).toBe('We have reviewed your response to our comment letter and have the following comments.');
  });

  it('should keep a table of figures in a response by its columns: the empty corner cell and the amounts under their years (c0480, c0702)', async () => {
    const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><body>${[
      ...htmlResponseHead(p),
      p('<b>1. Please quantify your sales into Sudan and Syria for each period.</b>'),
      p('Response: Sales into these countries were approximately as follows:'),
      `<table>${row('', '2020', '', '2019')}${row('Sudan', '$', '4,681', '$', '2,424')}${row('Syria', '', '125', '', '365')}</table>`,
      p('Sincerely,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments[0]?.response?.text.split('\n').filter((line) => line.includes('\t'))).toEqual(['\t2020\t2019', 'Sudan\t$ 4,681\t$ 2,424', 'Syria\t125\t365']);
    expect(coverage?.ok).toBe(true);
  });

  it('should take the comments\' style from the numbered paragraphs a label answers, not from a longer list inside an answer (c1097)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Form 10-K for the Fiscal Year Ended December 31, 2023'),
      p('Ladies and Gentlemen:'),
      p('This letter responds to the comments of the Staff. The comments are repeated below in italics, followed by our responses.'),
      p('<i>1. Please tell us why the gaming assets are not impaired.</i>'),
      p('Response: The Company advises the Staff that the assets are not impaired, for three reasons:'),
      p('1. The concession was renewed for ten years.'),
      p('2. It is reasonably likely that the concession will be renewed again.'),
      p('3. The government has not required the assets to be returned.'),
      p('<i>2. Please revise your non-GAAP reconciliation to start from net income.</i>'),
      p('Response: The Company will revise the reconciliation in future filings.'),
      p('Sincerely,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments.map((c) => c.text)).toEqual([
      'Please tell us why the gaming assets are not impaired.',
      'Please revise your non-GAAP reconciliation to start from net income.',
    ]);
    expect(letter.comments[0]?.response?.text).toContain('3. The government has not required');
  });

  it('should read a Re: line whose colon is glued to the company\'s name ("RE:Eaton Corporation plc", c0254 laid out)', async () => {
    const { letter } = await parse(responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.').replace('Re: Example Corp.', 'RE:Example Corp.'));
    expect(letter.letter).toMatchObject({ company: 'Example Corp.', fileNumbers: ['001-12345'] });
    expect(letter.letter.filings.map((f) => f.form)).toEqual(['10-K']);
  });

  it('should end the last response where the company\'s acknowledgement of the staff\'s three points begins (letters of 2016 and before)', async () => {
    for (const intro of ['Example Corp. acknowledges that:', 'As requested, we acknowledge that:', 'Additionally, the Company acknowledges that:', 'Example Corp. ("Example") hereby represents that:']) {
      const { letter } = await parse(
        responseLetter(`1. Please tell us more.

Response: We will revise the disclosure in future filings.

${intro}
•	the Company is responsible for the adequacy and accuracy of the disclosure in the filing;
•	staff comments or changes to disclosure in response to staff comments do not foreclose the Commission from taking any action with respect to the filing; and
•	the Company may not assert staff comments as a defense in any proceeding initiated by the Commission.`),
      );
      expect(letter.comments.at(-1)?.response?.text).toBe('We will revise the disclosure in future filings.');
      expect(letter.closing.startsWith(intro)).toBe(true);
    }
    // The points in one sentence, without "that" (c0188).
    const noThat = await parse(responseLetter(`1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.\n\nWe acknowledge the company and its management are responsible for the accuracy and adequacy of their disclosures.`));
    expect(noThat.letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future filings.');
    // The points in one sentence, accuracy before adequacy (c0734).
    const oneSentence = 'As stated in the comment letter, we hereby acknowledge that the Company is responsible for the accuracy and adequacy of its disclosures, notwithstanding any review by the Staff.';
    const single = await parse(responseLetter(`1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.\n\n${oneSentence}`));
    expect(single.letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future filings.');
    // An answer that acknowledges something else stays in the response, also in its last paragraph (c0390).
    const later = await parse(responseLetter(`1. Please tell us more.\n\nResponse: We present free cash flow.\n\nWe acknowledge that cash provided by operating activities is a liquidity measure, and we will present it first in future filings.`));
    expect(later.letter.comments[0]?.response?.text).toContain('We acknowledge that cash provided by operating activities');
    const { letter } = await parse(responseLetter(`1. Please tell us more.

Response: We acknowledge that a discussion of segment profit may help investors, and we will add it in future filings.`));
    expect(letter.comments[0]?.response?.text).toContain('We acknowledge that a discussion of segment profit');
  });

  it('should set apart a letterhead footer printed above a page break, and keep a sentence broken there (c0089, c0184, c0215)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Form 10-K for the Fiscal Year Ended December 31, 2023'),
      p('Ladies and Gentlemen:'),
      p('This letter responds to the comments of the Staff. The comments are repeated below in bold, followed by our responses.'),
      p('<b>1. Please tell us more about your fiduciary assets.</b>'),
      p('2850 Golf Road'),
      p('Rolling Meadows, IL 60008'),
      p('630.773.3800'),
      p('www.example.com'),
      p('Response: We will revise the disclosure in future filings.', 'page-break-before: always'),
      p('If you have any questions, please call me at 202-551-0000 or Jane Roe at 202-551-0001 if you'),
      p('need anything else.', 'page-break-before: always'),
      p('Sincerely,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments[0]?.text).toBe('Please tell us more about your fiduciary assets.');
    expect(letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future filings.');
    expect(letter.closing).toContain('if you');
    expect(coverage?.ok).toBe(true);
  });

  it('should set apart a law firm\'s notice of its offices at the letterhead\'s foot above a page break (c0742, blind round 108)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Definitive Proxy Statement on Schedule 14A'),
      p('Ladies and Gentlemen:'),
      p('On behalf of our client, Example Corp., we submit this letter in response to the comments of the Staff.'),
      p('Cleary Gottlieb Steen &amp; Hamilton LLP or an affiliated entity has an office in each of the cities listed above.'),
      p('Below is the Company\u2019s response.', 'page-break-before: always'),
      p('<b>1. Please revise the disclosure.</b>'),
      p('Response: The Company will revise the disclosure.'),
      p('Sincerely,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.preamble).not.toContain('cities listed above');
    expect(letter.preamble).toContain('Below is the Company\u2019s response.');
    expect(coverage?.ok).toBe(true);
  });

  it('should set apart a response\'s running header from an HTML page break down to its "Page 2", the comment running on past it (c0881), and not a "Page N of M" footer further down the page (c0389)', async () => {
    const html = `<html><body>${[
      p('April 10, 2017'),
      p('Shannon Sobotka'),
      p('Office of Real Estate and Commodities'),
      p('Division of Corporation Finance'),
      p('Re: Example Corp.'),
      p('Form 10-K for the Fiscal Year Ended December 31, 2016'),
      p('Dear Ms. Sobotka:'),
      p('We have set forth below each of the Staff\u2019s comments in italics, followed by our response.'),
      p('<i>1. To the extent that you determine the quantitative impact that adoption of Topic 606 is expected to have on your</i>'),
      p('Ms. Shannon Sobotka', 'page-break-before: always'),
      p('Securities and Exchange Commission'),
      p('April 10, 2017'),
      p('Page 2'),
      p('<i>financial statements, please also disclose such amounts.</i>'),
      p('As requested, the Company will provide the disclosures in future filings.'),
      p('<i>2. Please tell us about your leases.</i>'),
      p('Page 2 of 3'),
      p('Response: The leases are operating leases.', 'page-break-before: always'),
      p('The Company has no finance leases and no sale-leaseback transactions of any kind in any period presented.'),
      p('Page 3 of 3'),
      p('Very truly yours,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.comments[0]?.text).toBe('To the extent that you determine the quantitative impact that adoption of Topic 606 is expected to have on your financial statements, please also disclose such amounts.');
    expect(letter.comments[0]?.response?.text).toBe('As requested, the Company will provide the disclosures in future filings.');
    expect(letter.comments[1]?.response?.text).toBe('The leases are operating leases.\n\nThe Company has no finance leases and no sale-leaseback transactions of any kind in any period presented.');
    expect(coverage?.ok).toBe(true);
  });

  it('should read a comment whose bullets the company answers one by one as parts: the staff\'s words in the text, the answers in the response, each part kept (c0027, c0379, c1020)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Form 10-Q for the Period Ending June 30, 2020'),
      p('Ladies and Gentlemen:'),
      p('This letter responds to the comments of the Staff. The comments are repeated below in bold, followed by our responses.'),
      p('<b>1. You disclose a change in your accounting principle for collection costs. Please address the following:</b>'),
      p('<b>• Tell us when you started accounting for the costs as a reduction of recoveries.</b>'),
      p('Response:'),
      p('It has been our policy since 2006.'),
      p('<b>Timing of the Change</b>'),
      p('We made the change in the second quarter.'),
      p('<b>• Explain the facts and circumstances that led to the change.</b>'),
      p('Response:'),
      p('The change was made to align the costs with other vendor costs.'),
      p('<b>2. Please tell us about your leases.</b>'),
      p('Response: The leases are operating leases.'),
      p('Sincerely,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    const [first, second] = letter.comments;
    expect(first?.text).toBe('You disclose a change in your accounting principle for collection costs. Please address the following:\n• Tell us when you started accounting for the costs as a reduction of recoveries.\n• Explain the facts and circumstances that led to the change.');
    expect(first?.response?.text).toBe('It has been our policy since 2006.\n\nTiming of the Change\n\nWe made the change in the second quarter.\n\nThe change was made to align the costs with other vendor costs.');
    expect(first?.parts?.map((part) => [part.text.slice(0, 14), part.response.label, part.response.text.slice(0, 20)])).toEqual([
      ['You disclose a', 'Response:', 'It has been our poli'],
      ['• Explain the ', 'Response:', 'The change was made '],
    ]);
    // A comment answered once has no parts.
    expect(second?.parts).toBeUndefined();
    expect(coverage?.ok).toBe(true);
    // Without labels (c0379): each bold part that asks as the staff does, then its plain answer; the company's bold sub-heading is no part.
    const unlabelled = html.replace(/<p>Response:<\/p>/g, '').replace('<p>Response: The leases are operating leases.</p>', '<p>The leases are operating leases.</p>');
    const plain = await parseLetter(new TextEncoder().encode(unlabelled), { file: 't.htm', verify: true });
    expect(plain.letter.comments[0]?.parts?.map((part) => [part.text.slice(0, 14), part.response.label, part.response.text.slice(0, 20)])).toEqual([
      ['You disclose a', null, 'It has been our poli'],
      ['• Explain the ', null, 'The change was made '],
    ]);
    expect(plain.coverage?.ok).toBe(true);
  });

  it('should keep a heading block that a page break splits whole, the heading after the break no paragraph\'s end (c0528)', async () => {
    const staff = `March 30, 2017

Ms. Angela L. Kleiman
Essex Property Trust, Inc.
1100 Park Place, Suite 200
San Mateo, California 94403

Re: Essex Property Trust, Inc.
Form 10-K for the fiscal year ended December 31, 2016
File No. 001-13106

Dear Ms. Kleiman:

We have reviewed your filing and have the following comments.

Form 10-K filed on February 24, 2017
Notes to consolidated financial statements, page F-20
\f
Ms. Angela L. Kleiman
Essex Property Trust, Inc.
March 30, 2017
Page 2

(3) Real estate investments, page F-30
(d) Co-investments, page F-31

1. We note your formation of BEX II, LLC. Please tell us how you account for it.

You may contact John Roe at 202-551-0000 with any questions.

Sincerely,

Division of Corporation Finance
`;
    const { letter } = await parse(staff);
    expect(letter.comments[0]?.headings).toEqual(['Form 10-K filed on February 24, 2017', 'Notes to consolidated financial statements, page F-20', '(3) Real estate investments, page F-30', '(d) Co-investments, page F-31']);
  });

  it('should take the comment from the style the letter says it prints comments in, over table notes "(1)" in the answer (c0525)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('For your convenience, we have set forth the comments in bold typeface, followed by our response.'),
      p('<b>Note 8. Reserve for Claims, page 169</b>'),
      '<table><tr><td><b>1.</b></td><td><b>It is apparent that the prior period development differs. Please explain.</b></td></tr></table>',
      p('There are two primary differences between the tables.'),
      p('Auto\t$ (131)'),
      p('(1) Represents 0.2% of the incurred losses.'),
      p('(2) Represents a portion of ULAE.'),
      p('Homeowners\t$ (40)'),
      p('(1) Represents 1.0% of the incurred losses. The favorable development was driven by catastrophes.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments.map((c) => [c.number, c.text.slice(0, 20)])).toEqual([[1, 'It is apparent that ']]);
    expect(letter.comments[0]?.response?.text.startsWith('There are two primary differences')).toBe(true);
  });

  it('should take a numbered comment printed line by line, its first line short and italic like a heading, for the comment (c0662)', async () => {
    const html = `<html><body>${[
      p('May 1, 2021'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('We respond below to the comment of the Staff.'),
      p('<i>Report of Independent Registered Public Accounting Firm, page 41</i>'),
      p('<i>1. We note your response to our prior comment and are unable to agree that an amended</i>'),
      p('<i>filing is not necessary. Please amend your 2020 10-K to correct the error.</i>'),
      p('<b>Response to Comment #1</b>'),
      p('The Company will file an amendment.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments.map((c) => [c.number, c.label, c.text.slice(0, 11)])).toEqual([[1, '1.', 'We note you']]);
    expect(letter.warnings).toEqual([]);
  });

  it('should read a part of the comment answered by its own label across a page\'s footnote and page break (c0666)', async () => {
    const bi = (text: string) => p(`<b><i>${text}</i></b>`);
    const html = `<html><body>${[
      p('May 10, 2018'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('Set forth below are the Staff’s comments in bold italics, each followed by our response.'),
      bi('1. We note the revisions to prior periods. Please address the following:'),
      bi('•\tFor each revision, tell us why it was not material.'),
      bi('Management’s Response:'),
      p('The revisions were not material, as the following table shows.'),
      bi('•\tExplain the other revisions to continuing operations.'),
      p('1 \tThe 4.5% amount was derived by excluding a significant charge.'),
      p('Securities and Exchange Commission', 'page-break-before: always'),
      p('May 10, 2018'),
      p('Page 5'),
      bi('Management’s Response:'),
      p('Other revisions relate to reserves.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    const comment = letter.comments[0];
    expect(comment?.text).toContain('Explain the other revisions to continuing operations.');
    expect(comment?.parts?.map((part) => part.response.text)).toEqual(['The revisions were not material, as the following table shows.', 'Other revisions relate to reserves.']);
  });

  it('should not take the company\'s own plain numbered questions inside an answer for comments where the letter says comments are bold (c0897)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('In this letter, the comments from the Staff have been recited in italicized, bold type, and each comment is followed by our response.'),
      p('<b><i>1. We note your response to prior comment 5. Please provide a more specific discussion of the cloud features.</i></b>'),
      p('We respectfully advise the Staff that our subscriptions are an integrated offering. We considered this guidance in the following context:'),
      p('1. Are the cloud features unique and add significant value?'),
      p('As discussed above, our cloud features are unique.'),
      p('2. What are the gains in capabilities and workflow efficiencies by the customer?'),
      p('The cloud functionality provides customers additional capabilities.'),
      p('3. What functions can only be performed by the cloud?'),
      p('Certain functions can only be performed in the cloud.'),
      p('Very truly yours,'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(letter.comments[0]?.response?.text).toMatch(/^We respectfully advise[\s\S]*only be performed in the cloud\.$/);
  });

  it('should not take a numbered label of a part of the answer ("2. Medical:") for the next comment (c1129)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Dear Mr. Rosenberg:'),
      p('We appreciate the efforts of the Staff. Our response follows.'),
      p('<b>Comment:</b>'),
      p('<u>7. Policy Liabilities, page 139</u>'),
      p('<b>1. Please tell us how much of the favorable claims development relates to each line, and why.</b>'),
      p('<b>Response:</b>'),
      p('The favorable development came from three lines of business.'),
      p('<b>1. Cancer:</b>'),
      p('These products provide lump-sum amounts for treatments.'),
      p('<b>2. Medical:</b>'),
      p('These products provide daily indemnity benefits.'),
      p('<b>3. Other:</b>'),
      p('The overall impact was not material.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(letter.comments[0]?.response?.text).toMatch(/The overall impact was not material\.$/);
  });

  it('should set apart a law firm\'s office list printed as the footer above a page break, the comment running on past it (c0607)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('The comments are repeated below in bold, followed by our responses.'),
      p('<b>1. We note that you defined Total Segment EBITDA, a non-GAAP measure, within the segment note.</b>'),
      p('<b>In addition, the caption is confusingly similar to a GAAP measure.</b>'),
      p('Beijing Boston Chicago Dallas Hong Kong Houston London Los Angeles Munich Palo Alto Paris San Francisco Shanghai Washington, D.C.'),
      p('<b>Furthermore, please provide a reconciliation to net income.</b>', 'page-break-before: always'),
      p('In response to the Staff’s comments, the Company will revise its segment disclosure.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments[0]?.text.endsWith('Furthermore, please provide a reconciliation to net income.')).toBe(true);
    expect(letter.comments[0]?.response?.text).toBe('In response to the Staff’s comments, the Company will revise its segment disclosure.');
  });

  it('should open the closing at a heading printed above it, not leave the heading at the end of the last answer (c0272, c1071)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('The comments are repeated below in bold, followed by our responses.'),
      p('<b>1. Please tell us more about your segments.</b>'),
      p('Response: We will revise the disclosure in future earnings releases.'),
      p('<b><u>General</u></b>'),
      p('As requested, we acknowledge that:'),
      p('• the Company is responsible for the adequacy and accuracy of the disclosure in the filing;'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future earnings releases.');
    expect(letter.closing.startsWith('General')).toBe(true);
    expect(coverage?.ok).toBe(true);
  });

  it('should leave a table\'s last row, bold as a heading, in the last answer rather than open the closing with it (c0041, blind round 64)', async () => {
    const row = (label: string, bold = false) => `<tr><td>${bold ? `<b>${label}</b>` : label}</td><td>&#160;</td><td>*</td><td>&#160;</td><td>*</td></tr>`;
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('The comments are repeated below in bold, followed by our responses.'),
      p('<b>1. Please disclose your assets under management by objective.</b>'),
      p('Response: We will add the following table to future filings.'),
      `<table>${row('Equity')}${row('Fixed income')}${row('Balanced')}${row('Total financial assets under management', true)}</table>`,
      p('Please contact our Chief Accounting Officer with any questions.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments[0]?.response?.text).toMatch(/Total financial assets under management\W*$/);
    expect(letter.closing.startsWith('Please contact')).toBe(true);
    expect(coverage?.ok).toBe(true);
  });

  it('should start an answer at its own sub-heading printed in the comment\'s style plus another (italic comment, italic underlined heading, plain answer: c0172, c0921)', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('The comments are repeated below in italics, followed by our responses.'),
      p('<i>1. Please describe your contacts with Sudan and Syria.</i>'),
      p('<i><u>Overview of the Company’s Contacts with Sudan and Syria</u></i>'),
      p('The Company’s contacts with Sudan and Syria are limited.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments[0]?.text).toBe('Please describe your contacts with Sudan and Syria.');
    expect(letter.comments[0]?.response?.text.startsWith('Overview of the Company’s Contacts')).toBe(true);
  });

  it('should set apart a running header laid out as a table after an HTML page break, its "Page -2-" in a cell of its own (c0828)', async () => {
    const html = `<html><body>${[
      p('December 22, 2016'),
      p('Mr. Gus Rodriguez'),
      p('Re: Example Corp.'),
      p('Ladies and Gentlemen:'),
      p('The comments are repeated below in bold, followed by our responses.'),
      p('<b>1. Comment: You disclose that the loans acquired had an unpaid principal balance. Please tell us more.</b>'),
      '<table style="page-break-before: always"><tr><td>Mr. Gus Rodriguez</td><td>December 22, 2016</td></tr><tr><td>United States Securities and Exchange Commission</td><td>Page -2-</td></tr></table>',
      p('Response:'),
      p('The fair value adjustments are shown below.'),
      p('Sincerely,'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments[0]?.text).toBe('You disclose that the loans acquired had an unpaid principal balance. Please tell us more.');
    expect(coverage?.ok).toBe(true);
  });

  it('should set apart a confidential-treatment legend whose stamp number is glued to its letters, as each page prints it (c1020)', async () => {
    const stamp = (n: number) => `Confidential Treatment Requested by Example Corp. C0000${n}`;
    const { letter } = await parse(
      responseLetter(`${stamp(1)}

Form 10-Q for the Period Ending June 30, 2020

Note 1. Basis of Presentation, page 9

1. Please tell us more about the change.

Response: We will revise the disclosure in future filings.

${stamp(2)}

2. Please tell us about the collection costs.

Response: The costs are expensed as incurred.

${stamp(3)}`),
    );
    expect(letter.comments.map((c) => c.headings)).toEqual([
      ['Form 10-Q for the Period Ending June 30, 2020', 'Note 1. Basis of Presentation, page 9'],
      ['Form 10-Q for the Period Ending June 30, 2020', 'Note 1. Basis of Presentation, page 9'],
    ]);
    expect(letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future filings.');
  });

  it('should read "Staff Comment" above a comment\'s headings as part of its label, not as its outermost heading (c0878, c1129)', async () => {
    const { letter, coverage } = await parse(
      responseLetter(`Staff Comment

Form 10-K for the Fiscal Year Ended December 31, 2023

Notes to Consolidated Financial Statements

Note 3. Revenues, page 66

1. Please tell us more about your contracts.

Company Response:

The contracts are recognised over time.

Staff Comment

Note 13. Leases, page 79

2. Please tell us about your leases.

Company Response:

The leases are operating leases.`),
    );
    expect(letter.comments.map((c) => [c.label, c.headings])).toEqual([
      ['Staff Comment 1.', ['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Notes to Consolidated Financial Statements', 'Note 3. Revenues, page 66']],
      ['Staff Comment 2.', ['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Notes to Consolidated Financial Statements', 'Note 13. Leases, page 79']],
    ]);
    expect(coverage?.ok).toBe(true);
  });

  it('should read "Questions and Answers" as a section of the filing, not as a response label (c0574)', async () => {
    const { letter } = await parse(
      responseLetter(`Registration Statement on Form S-4

General

1. Please provide us with copies of any board books.
Questions and Answers
Will the value of the merger consideration change?, page 5

2. Please state that there is no minimum market value.`),
    );
    expect(letter.comments.map((c) => c.text)).toEqual(['Please provide us with copies of any board books.', 'Please state that there is no minimum market value.']);
    expect(letter.comments[1]?.headings).toEqual(['Registration Statement on Form S-4', 'Questions and Answers', 'Will the value of the merger consideration change?, page 5']);
  });

  it('should read the company that shares the Re: line with the first filing, and the one a request is about, not the words of the request (c0350, c0277, c0164)', async () => {
    const reading = async (re: string) => {
      const text = responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.').replace('Re: Example Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2023', re);
      const { letter } = await parse(text);
      return [letter.letter.company, letter.letter.filings.map((f) => f.form)];
    };
    expect(await reading('Re:\tSquare, Inc. Form 10-Q for the Quarter Ended March 31, 2018\nFiled May 2, 2018')).toEqual(['Square, Inc.', ['10-Q']]);
    expect(await reading('Re: AbbVie Inc. Registration Statement on Form S-4')).toEqual(['AbbVie Inc.', ['S-4']]);
    // A proxy filing named by its form code after the name, the Re: block on one line (c0005 laid out).
    expect(await reading('Re:   Crown Castle Inc.   PREC14A preliminary proxy statement filing made on Schedule 14A   Filed on March 25, 2024')).toEqual(['Crown Castle Inc.', ['PREC14A']]);
    // A request about the company names it after its subject, not with it: the name, not "Acceleration Request for Example Corporation" (c0164).
    expect((await reading('Re: Acceleration Request for Example Corporation Registration Statement on Form S-4'))[0]).toBe('Example Corporation');
    // The request names the filing's owner: "… of Waste Management, Inc.’s and Waste Management Holdings, Inc.’s Registration Statement" (c1072).
    expect((await reading('Re: Request for Acceleration of Effectiveness of Waste Management, Inc.’s and Waste Management Holdings, Inc.’s Registration Statement on Form S-4'))[0]).toBe('Waste Management, Inc.');
    // On a later Re: line: after "… Submitted December 15, 2021 to" (c0303), or after "… filed by" (c0429).
    expect((await reading('Re: Amendment No. 1 Submitted December 15, 2021 to\nConstellation Energy Corporation Registration Statement on Form 10-12B'))[0]).toBe('Constellation Energy Corporation');
    // A bullet left at the end of the name's line by flattening, before the next line's filing (c0940 flattened).
    expect((await reading('Re: Huntington Bancshares Incorporated (File No. 001-34073) •\nForm 10-K for the fiscal year ended December 31, 2016'))[0]).toBe('Huntington Bancshares Incorporated');
    // Cut by flattening after the amendment's number: the name at the end of the next line, after "to" (c0303 flattened).
    expect((await reading('Re: Amendment No. 1\nSubmitted December 15, 2021 to Constellation Energy Corporation\nRegistration Statement on Form 10-12B'))[0]).toBe('Constellation Energy Corporation');
    expect((await reading('Re:\tResponses to Comment on the Registration Statement on Form S-4 filed by\nHarris Corporation on December 14, 2018 (File No. 333-228829)'))[0]).toBe('Harris Corporation');
    // A Re: line that ends in "et al." is no sentence ending the block (c0705).
    const text = responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.').replace(
      'Re: Example Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2023\nFile No. 001-12345',
      'Re: Occidental Petroleum Corporation\nPREC14A preliminary proxy statement filing made on Schedule 14A Filed on June 26, 2019 by Barberry Corp. et al.\nFile No. 001-09210',
    );
    const { letter } = await parse(text);
    expect([letter.letter.filings.map((f) => f.form), letter.letter.fileNumbers]).toEqual([['PREC14A'], ['001-09210']]);
    // A filing by another party names the filer first, then the registrant (c0465); flattened, the two names on one line. A
    // registrant's own filing "by" itself keeps its name (c0216).
    const contest = 'PREC14A filed January 12, 2024 by Service Employees International Union et. al';
    expect((await reading(`Re: Service Employees International Union\nStarbucks Corporation\n${contest}`))[0]).toBe('Starbucks Corporation');
    expect((await reading(`Re: Service Employees International Union Starbucks Corporation\n${contest}`))[0]).toBe('Starbucks Corporation');
    expect((await reading('Re: Occidental Petroleum Corporation\nPREC14A Preliminary Revocation Solicitation Statement on Schedule 14A\nFiled on July 2, 2019 by Occidental Petroleum Corporation'))[0]).toBe('Occidental Petroleum Corporation');
    // "Forms 10-K for …" names one form for several registrants (c0556).
    const forms = await reading('Re: NRG Energy, Inc.\nForms 10-K for the Fiscal Year Ended December 31, 2015\nFiled February 29, 2016');
    expect(forms[1]).toEqual(['10-K']);
  });

  it('should read the company after a confidential-treatment request that opens the Re: block (c1020)', async () => {
    const text = responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.').replace(
      'Re: Example Corp.',
      'Re: Request for Confidential Treatment under 17 C.F.R. § 200.83\nExample Corp.',
    );
    const { letter } = await parse(text);
    expect(letter.letter.company).toBe('Example Corp.');
  });

  it('should end the closing at the letter\'s cc block and read the documents appended after it as attachments, not a line that only lists them (c1129, c0702)', async () => {
    // The letter as responseLetter writes it, its sign-off, then a cc block, the list of what it encloses and the documents.
    const { letter } = await parse(
      `${responseLetter('1. Please tell us how much of the claims development relates to each line.\n\nResponse: See Exhibit A for the proposed disclosure.')}
cc: Mark Brunhofer, Senior Staff Accountant

Attachments:

Exhibit A attached for proposed disclosure enhancements

Exhibit A

Proposed disclosure enhancements to our Form 10-Q.

Changes in the liability for unpaid policy claims were as follows.

Attachment B – Revised Table

Total incurred\t6,572
`,
    );
    expect(letter.closing).toMatch(/^If you have any questions[\s\S]*Exhibit A attached for proposed disclosure enhancements$/);
    expect(letter.letter.cc).toEqual(['Mark Brunhofer, Senior Staff Accountant']);
    expect(letter.attachments).toEqual([
      { title: 'Exhibit A', text: 'Proposed disclosure enhancements to our Form 10-Q.\n\nChanges in the liability for unpaid policy claims were as follows.' },
      { title: 'Attachment B – Revised Table', text: 'Total incurred\t6,572' },
    ]);
    expect(letter.warnings).toEqual([]);
    // Before the sign-off, an exhibit the last answer prints stays in the answer.
    const named = await parse(responseLetter('1. Please tell us more.\n\nResponse: We attach the table below.\n\nExhibit A\n\nTotal incurred\t6,572'));
    expect(named.letter.attachments).toEqual([]);
    expect(named.letter.comments[0]?.response?.text).toMatch(/Exhibit A\n\nTotal incurred\t6,572$/);
    // The company's signed acknowledgement appended to a law firm's response, under its title (before 2016).
    const acknowledged = await parse(`${responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure.')}
cc: Amy Lindahl, Prairie Ridge Partners LLP

ACKNOWLEDGEMENT

In connection with the foregoing responses, Halvorsen Medical Devices, Inc. hereby acknowledges that the Company is responsible for the adequacy and accuracy of the disclosure in the filing.

By: /s/ Erik J. Halvorsen
`);
    expect(acknowledged.letter.letter.cc).toEqual(['Amy Lindahl, Prairie Ridge Partners LLP']);
    expect(acknowledged.letter.attachments.map((a) => a.title)).toEqual(['ACKNOWLEDGEMENT']);
    // A company's signature block with no sign-off, "By: /s/" under its name (c0132, blind round 81).
    const unsigned = await parse(`May 1, 2024

Securities and Exchange Commission

Re: Example Corp.
Form 10-K for the Fiscal Year Ended December 31, 2023

Dear Mr. Doe:

1. Please revise your non-GAAP measures.

Response: The proposed disclosure is in Appendix A.

Please do not hesitate to contact me if you have any questions regarding this response letter.

EXAMPLE CORP.

By:	/s/ Stacy Mills

Title:	Chief Accounting Officer

Appendix A

Proposed disclosures based on the 2023 Form 10-K.
`);
    expect(unsigned.letter.attachments.map((a) => a.title)).toEqual(['Appendix A']);
    expect(unsigned.letter.closing).toMatch(/Chief Accounting Officer$/);
  });

  it('should open an attachment at the first printing of a title its pages repeat as a running header, and not at a filing exhibit\'s caption (c0527, blind round 78)', async () => {
    const page = (rows: string) => `\fAppendix A\n\n${rows}\n`;
    const text = `${responseLetter('1. Please revise the reserves table.\n\nResponse: The revisions are provided in the attached Appendix A.')}${page('Estimated recoverable proven and probable reserves at December 31, 2021.\n\nCopper\t0.99\t0.96')}${page('The mine plan schedules the crushed leach system to operate until 2023.\n\nSilver\t3.6\t3.8')}${page('Metal prices used in the life-of-mine plan are these.\n\nExhibit 96.1 - Table 19.3 -- LOM Plan Summary\n\nMolybdenum\t10\t12')}`;
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'x.txt', verify: true });
    expect(letter.attachments.map((a) => a.title)).toEqual(['Appendix A']);
    expect(letter.attachments[0]?.text).toMatch(/^Estimated recoverable[\s\S]*Exhibit 96\.1 - Table 19\.3 -- LOM Plan Summary\n\nMolybdenum\t10\t12$/);
    expect(letter.closing).not.toMatch(/Copper/);
    expect(letter.warnings).toEqual([]);
    // With no page breaks to tell its pages (flattened, dumped by w3m), a printing right under the document it titles is its words
    // (blind round 115); the next title opens the next document.
    const unpaged = `${responseLetter('1. Please revise the reserves table.\n\nResponse: The revisions are provided in the attached Appendix A.')}Appendix A\n\nEstimated recoverable reserves.\n\nAppendix A\n\nThe mine plan.\n\nAppendix B\n\nMetal prices.\n\nAppendix B\n\nMolybdenum prices.\n`;
    const read = (await parseLetter(new TextEncoder().encode(unpaged), { file: 'x.txt', verify: true })).letter;
    expect(read.attachments).toEqual([
      { title: 'Appendix A', text: 'Estimated recoverable reserves.\n\nAppendix A\n\nThe mine plan.' },
      { title: 'Appendix B', text: 'Metal prices.\n\nAppendix B\n\nMolybdenum prices.' },
    ]);
    expect(read.warnings).toEqual([]);
  });

  it('should keep in the answer the disclosure it sets off with "* * *" above and below, the closing after it (c0020)', async () => {
    const { letter } = await parse(
      responseLetter(`1. Please quantify how your investments are allocated.

Response: The Company will revise the disclosure set forth in its Annual Report under “Item 1. Business.”

* * *

Reality Labs Products

Many of our investments are directed toward long-term research.

* * *

In connection with its response to the Staff’s comments, the Company acknowledges that the Company and its management are responsible for the accuracy and adequacy of their disclosures.`),
    );
    expect(letter.comments[0]?.response?.text).toMatch(/Business\.”\n\* \* \*\n\nReality Labs Products\n\nMany of our investments are directed toward long-term research\.\n\* \* \*$/);
    expect(letter.closing.startsWith('In connection with its response')).toBe(true);
  });

  it('should join a sentence cut by a page break at the top of the next page, no running header between (c0676)', async () => {
    const staff = 'May 1, 2024\n\nRe: Example Corp.\n\nDear Ms. Doe:\n\nWe have reviewed your filing.\n\n1. Please tell us whether the company and its management are responsible for the accuracy\n\fand adequacy of their disclosures.\n\n2. Please revise.\n\nSincerely,\n\nDivision of Corporation Finance\n';
    const { letter } = await parse(staff);
    expect(letter.comments[0]?.text).toBe('Please tell us whether the company and its management are responsible for the accuracy and adequacy of their disclosures.');
  });

  it('should join a full line cut mid-phrase by a page break to the capitalised words that go on below it, not a list item that ends (c1156, c0619)', async () => {
    const page = (before: string, after: string) =>
      `May 1, 2024\n\nRe: Example Corp.\n\nDear Ms. Doe:\n\nWe have reviewed your filing.\n\n1. Please quantify the factors you cite in your discussion, with reference to section 501.04 of our Codification of Financial\n\f${after}\n\n2. Please revise.\n\nSincerely,\n\nDivision of Corporation Finance\n`.replace('PLACEHOLDER', before);
    const cut = await parse(page('', 'Reporting Releases regarding the quantification of variance factors.'));
    expect(cut.letter.comments[0]?.text).toBe('Please quantify the factors you cite in your discussion, with reference to section 501.04 of our Codification of Financial Reporting Releases regarding the quantification of variance factors.');
    const listed = await parse(
      'May 1, 2024\n\nRe: Example Corp.\n\nDear Ms. Doe:\n\nOur responses follow.\n\n1. Please tell us when buyers may claim.\n\nResponse: Buyers can claim when:\n• They do not receive an item; or\n• They receive an item that does not match the listing description\n\fMost sellers work with buyers to resolve issues before any claim is made.\n\nSincerely,\n\nJane Doe\n',
    );
    expect(listed.letter.comments[0]?.response?.text).toMatch(/listing description\n\nMost sellers work/);
  });

  it('should take a heading\'s second line that starts in lower case and ends in its page for the heading\'s, not the preamble\'s (c0533)', async () => {
    const staff = `March 23, 2016

Re: Ciena Corporation
Form 10-K for Fiscal Year Ended October 31, 2015

Dear Mr. Moylan:

We have reviewed your filing and have the following comments.

Form 10-K for Fiscal Year ended October 31, 2015
Management’s Discussion and Analysis of Financial Condition
and Results of Operations, page 42
Liquidity and Capital Resources, page 57

1. If significant to an understanding of your liquidity, please disclose the amount of cash held by foreign subsidiaries.

Sincerely,

Division of Corporation Finance
`;
    const { letter } = await parse(staff);
    expect(letter.preamble).toBe('We have reviewed your filing and have the following comments.');
    expect(letter.comments[0]?.headings).toEqual(['Form 10-K for Fiscal Year ended October 31, 2015', 'Management’s Discussion and Analysis of Financial Condition and Results of Operations, page 42', 'Liquidity and Capital Resources, page 57']);
  });

  it('should read the company the letter is addressed to when the Re: block opens with another (a template\'s left-over line, c0031)', async () => {
    const staff = `January 17, 2024

Kenneth L. Bedingfield
Chief Financial Officer
L3Harris Technologies, Inc.
1025 West NASA Boulevard
Melbourne, FL 32919

Re: Trans American Aquaculture, Inc.
L3Harris Technologies, Inc.
Form 10-K for the Fiscal Year Ended December 30, 2022
File No. 001-03863

Dear Kenneth L. Bedingfield:

We have reviewed your response and have the following comment.

1. Please tell us more about your segments.

Sincerely,

Division of Corporation Finance
`;
    expect((await parse(staff)).letter.letter.company).toBe('L3Harris Technologies, Inc.');
    // Two registrants in the Re: block, neither in an address block above it: the first, as printed (c0593).
    expect((await parse(staff.replace('L3Harris Technologies, Inc.\n1025', '1025'))).letter.letter.company).toBe('Trans American Aquaculture, Inc.');
  });

  it('should spell the company as the letter does elsewhere when the Re: block misspells it, and keep a spelling that differs only in case or accents (c0488, c0935)', async () => {
    const letterTo = (reName: string, addressName: string) => `March 1, 2024

Jane Doe
Chief Financial Officer
${addressName}
1 Main Street
Dallas, TX 75201

Re: ${reName}
Form 10-K for the Fiscal Year Ended December 31, 2023
File No. 001-12345

Dear Ms. Doe:

We have reviewed your filing and have the following comment.

1. Please tell us more about your segments.

Sincerely,

Division of Corporation Finance
`;
    expect((await parse(letterTo('Texas Pacific Land Corporatino', 'Texas Pacific Land Corporation'))).letter.letter.company).toBe('Texas Pacific Land Corporation');
    expect((await parse(letterTo('Cognizant Technologies Solutions Corporation', 'Cognizant Technology Solutions Corporation'))).letter.letter.company).toBe('Cognizant Technology Solutions Corporation');
    expect((await parse(letterTo('ONEOK, Inc.', 'OneOK, Inc.'))).letter.letter.company).toBe('ONEOK, Inc.');
    expect((await parse(letterTo('NRG Energy, Inc.', 'NRG Yield, Inc.'))).letter.letter.company).toBe('NRG Energy, Inc.');
  });

  it('should read the company without the "Regarding" that introduces it under "Re: Comment Letter Dated …" (c1099)', async () => {
    const text = responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.').replace(
      'Re: Example Corp.',
      'Re: Comment Letter Dated March 16, 2016\nRegarding Example Company',
    );
    const { letter } = await parse(text);
    expect(letter.letter.company).toBe('Example Company');
  });

  it('should end the last response where "We appreciate the opportunity to respond" begins the closing (c0356, c0386, c0493, c0628)', async () => {
    const { letter } = await parse(responseLetter(`1. Please tell us more.

Response: We will revise the disclosure in future filings.

We appreciate the opportunity to respond to the staff’s comment letter and look forward to resolving any concerns the staff might have.`));
    expect(letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future filings.');
    expect(letter.closing.startsWith('We appreciate the opportunity to respond')).toBe(true);
    // Found in a review of 36 corpus letters as filed: c0848, c0083, c0185.
    for (const closing of [
      'If any member of the Staff has any questions regarding the foregoing, please contact the undersigned at (713) 369-9895.',
      'We will be pleased to respond promptly to any requests for additional information.',
      'We thank you for your attention to this letter responding to the Comment Letter and look forward to hearing from you.',
      // The second review, of 36 other letters: c0595 (and c0154, c0666, c1070 alike).
      'If we may be of assistance in answering any questions that may arise in connection with the staff’s review of our response letter, please call me at 212-578-5353.',
      // The fourth review: c0892 (and eight more letters of the same company), "*\t*" over "*" before it.
      '*\t*\n\n*\n\nThe Company believes the foregoing is fully responsive to the Comment Letter.',
      // The seventh review: c0699, before "Sincerely yours,".
      'The Company respectfully believes it has appropriately responded to the Staff’s comment contained in the Comment Letter.\n\nSincerely yours,',
      // Paragraphs pointing to the company's acknowledgement (law firms' responses before 2016).
      'The Company has authorized us to confirm on its behalf that it acknowledges the matters set forth on page 4 of the Comment Letter.',
      'As requested by the Staff, a letter from the Company acknowledging the matters set forth at the end of the Comment Letter is attached to this letter as Annex A.',
      'A letter from the Company containing the requested acknowledgements is being filed as correspondence together with this letter.',
      'We also note that the Company is aware of its responsibilities under the Securities Act and the Exchange Act as they relate to the proposed offering.',
      // A word on all the answers after the last one (2022-bxp-def14a-corresp, hand labels).
      'In addition to the foregoing responses, the Company also commits to enhancing its future proxy statement disclosures.',
      // A long rule of underscores alone after the last answer (c0527).
      '_______________________________________________________________\n\nThe Company acknowledges the Staff’s review.',
      // The company offers to call, an adverb in "Please … feel free" (c0224, found by a labeller).
      'We will be reaching out to David Edgar later this week to see if the Staff would like to discuss any of the foregoing responses.',
      'Please also feel free to contact Sandy Rowland at (914) 323-5700.',
      // The acknowledgement, the company's name printed with its letters set apart (c0804).
      'We acknowledge the C ompany and its management are responsible for the accuracy and adequacy of their disclosures, notwithstanding any review, comments, action or absence of action by the S taff.',
    ]) {
      const parsed = await parse(responseLetter(`1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.\n\n${closing}`));
      expect(parsed.letter.comments[0]?.response?.text, closing).toBe('We will revise the disclosure in future filings.');
    }
    // A letter the answer attaches is the answer's.
    const attached = await parse(responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.\n\nThe letter from our auditors is attached as Exhibit A.'));
    expect(attached.letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future filings.\n\nThe letter from our auditors is attached as Exhibit A.');
    // Reaching out to someone else about the matter is still the answer.
    const reaching = await parse(responseLetter('1. Please tell us more.\n\nResponse: We will revise the disclosure in future filings.\n\nWe will reach out to our auditors to confirm the classification.'));
    expect(reaching.letter.comments[0]?.response?.text).toBe('We will revise the disclosure in future filings.\n\nWe will reach out to our auditors to confirm the classification.');
  });

  it('should open a staff letter\'s closing at "As appropriate, please amend your …" or "Please respond to these comments within …" (letters before 2011, no "Closing Comments" heading), not at a request that opens alike', async () => {
    const staff = (closing: string) => `March 5, 2008

Mr. John Smith
Acme Corporation

Re: Acme Corporation
Registration Statement on Form S-1
File No. 333-158765

Dear Mr. Smith:

We have reviewed your filing and have the following comments.

Critical Accounting Policies, page 34

1. Please revise to discuss the material assumptions underlying your estimate of the fair value of your common stock.

${closing}

Please contact me at (202) 551-3396 with any questions.

Sincerely,

Pamela Long
Assistant Director`;
    const { letter } = await parse(staff('As appropriate, please amend your registration statement in response to these comments. You may wish to provide us with marked copies of the amendment to expedite our review.'));
    expect(letter.comments.map((c) => c.text)).toEqual(['Please revise to discuss the material assumptions underlying your estimate of the fair value of your common stock.']);
    expect(letter.closing.startsWith('As appropriate, please amend your registration statement')).toBe(true);
    const respond = await parse(staff('Please respond to these comments within 10 business days or tell us when you will provide us with a response.'));
    expect(respond.letter.closing.startsWith('Please respond to these comments within 10 business days')).toBe(true);
    const request = await parse(staff('As appropriate, please expand the financial analyses summaries to quantify the results of each analysis.'));
    expect(request.letter.comments[0]?.text.endsWith('to quantify the results of each analysis.')).toBe(true);
  });

  it('should find comments set as the items of an HTML <ol>, their numbers drawn by the browser, and keep a <ul> inside one in it', async () => {
    const { letter, coverage } = await parse(
      `<html><body><p>March 5, 2008</p><p>Mr. John Smith<br>Acme Corporation</p><p>Re: Acme Corporation<br>Form 10-K for the Fiscal Year Ended December 31, 2007</p><p>Dear Mr. Smith:</p><p>We have reviewed your filing and have the following comments.</p><p><u>Risk Factors, page 12</u></p><ol><li>Please revise the first risk factor to quantify your exposure to the following:<ul><li>interest rate changes; and</li><li>foreign currency changes.</li></ul></li><li>Please expand your discussion of competition.</li></ol><p><u>Financial Statements</u></p><ol start="3"><li>Please tell us how you recognize revenue.</li></ol><p>Sincerely,</p><p>Pamela Long<br>Assistant Director</p></body></html>`,
    );
    expect(letter.comments.map((c) => [c.number, c.headings, c.text])).toEqual([
      [1, ['Risk Factors, page 12'], 'Please revise the first risk factor to quantify your exposure to the following:\n• interest rate changes; and\n• foreign currency changes.'],
      [2, ['Risk Factors, page 12'], 'Please expand your discussion of competition.'],
      [3, ['Financial Statements'], 'Please tell us how you recognize revenue.'],
    ]);
    expect(coverage?.ok).toBe(true);
  });

  it('should read a backtick between letters as an apostrophe ("Management`s", text letters of 2004-2009), so the heading is known for what it is', async () => {
    const { letter } = await parse(
      plainStaffLetter(`1. Please revise the first risk factor to quantify the company\`s exposure.

Management\`s Discussion and Analysis of Financial Condition and Results of Operations

Critical Accounting Policies, page 34

2. Please revise to discuss the material assumptions underlying your estimates.`),
    );
    expect(letter.comments.map((c) => c.headings)).toEqual([
      ['Risk Factors, page 12'],
      ["Management's Discussion and Analysis of Financial Condition and Results of Operations", 'Critical Accounting Policies, page 34'],
    ]);
    expect(letter.comments[0]?.text).toBe("Please revise the first risk factor to quantify the company's exposure.");
  });

  it('should give the Symbol and Wingdings fonts\' private-use bullets (U+F0B7, U+F0A7) as the bullets they are, every word kept (c0313, c0123)', async () => {
    const { letter, coverage } = await parse(
      plainStaffLetter(`1. Please revise the first risk factor to quantify your exposure to the following:
\uf0b7 interest rate changes; and
\uf0a7 foreign currency changes.`),
    );
    expect(letter.comments.map((c) => c.text)).toEqual(['Please revise the first risk factor to quantify your exposure to the following:\n• interest rate changes; and\n▪ foreign currency changes.']);
    expect(coverage?.ok).toBe(true);
  });

  it('should give Word\'s hyphen and non-breaking hyphen (U+2010, U+2011) as the hyphen they print as, so the form type and citations read (c0332, c1071)', async () => {
    const { letter } = await parse(
      plainStaffLetter(`1. Please quantify the factors in your results. Refer to Item 303 of Regulation S\u2011K and SEC Release No. 33\u20108350.`).replace('Form 10-K', 'Form S\u20114'),
    );
    expect(letter.letter.filings.map((f) => f.form)).toEqual(['S-4']);
    expect(letter.comments[0]?.text).toBe('Please quantify the factors in your results. Refer to Item 303 of Regulation S-K and SEC Release No. 33-8350.');
    expect(letter.comments[0]?.references.citations).toEqual(['S-K Item 303', 'Release 33-8350']);
  });

  it('should read "* * *" after an answer\'s "…:" as marks around the disclosure it quotes, not as the start of the closing (c0570)', async () => {
    const { letter } = await parse(
      responseLetter(`1. Please expand your discussion of trends.

Response: The Company has added disclosure in the form set forth below to its Form 10-Q under "Item 2. Management's Discussion and Analysis":

* * *

Executive Overview of Third Quarter Results

Our revenue was affected by lower pricing.

* * *

The Company respectfully submits that further quantification is not feasible.

* * *

We acknowledge that the Company and its management are responsible for the accuracy and adequacy of its disclosures.`),
    );
    // Where the answer starts and ends (its paragraphs' spacing aside).
    expect(letter.comments[0]?.response?.text.replace(/\s+/g, ' ')).toMatch(/^The Company has added .*: \* \* \* Executive Overview .* lower pricing\. \* \* \* The Company respectfully submits that further quantification is not feasible\.$/);
    expect(letter.closing.startsWith('* * *')).toBe(true);
  });

  it('should keep a company\'s "In closing, we request the Staff reconsider …" in its answer; the staff\'s "In closing, we remind you" opens a closing (c0018)', async () => {
    const { letter } = await parse(
      responseLetter(`1. Please remove the hold-normalized measures.

Response: We believe the measures are useful to investors.

In closing, we request the Staff reconsider its decision and allow the Company to continue providing the measures.`),
    );
    expect(letter.comments[0]?.response?.text).toMatch(/useful to investors\.\n\nIn closing, we request the Staff reconsider/);
  });

  it('should start an unlabelled answer in plain text at the first paragraph in the company\'s voice, the staff\'s list kept in the comment', async () => {
    const { letter } = await parse(
      responseLetter(`1. Please tell us the following:
•	the amount of asbestos claims paid in each period;
•	how you estimate the liability.
Asbestos was used in some brakes made before 1985, and claims are paid as they are settled.

2. We note your disclosure of the Special Dividend. Tell us whether it was declared before year end.
The Special Dividend was legally declared by the Board on December 14, 2017.`),
    );
    expect(letter.comments.map((c) => c.response?.text)).toEqual([
      'Asbestos was used in some brakes made before 1985, and claims are paid as they are settled.',
      'The Special Dividend was legally declared by the Board on December 14, 2017.',
    ]);
    expect(letter.comments[0]?.text).toContain('how you estimate the liability.');
    // A rule alone between the comment and its answer (a text browser's <hr> where a page ended, c0653 dumped by lynx) opens nothing.
    const ruled = await parse(responseLetter(`1. Tell us the net liability for unpaid losses.\n\n${'_'.repeat(66)}\n\nThe referenced business was excluded from our tables.\n\n2. Tell us more.\n\nThe business is small.`));
    expect(ruled.letter.comments[0]?.response?.text).toBe('The referenced business was excluded from our tables.');
  });

  it('should keep in the comment a paragraph in no one\'s voice when the staff asks again in or after it, the answer starting at the company\'s opener (c0573, c0888 flattened)', async () => {
    const { letter } = await parse(
      responseLetter(`1. We note from the tables you provided that duration for physical damage is shorter than for liability.

In addition, the percentage change in claim severity for an accident year can differ significantly for liability.

Accordingly, it appears that the aggregation obscures meaningful trends. Please confirm that you will present separate tables in future filings.

In response to your request, we confirm that we will present separate tables beginning with our 2017 Form 10-K.

2. Please tell us how you define the segment measure.

As noted on page 143, we define the segment measure as adjusted net income.

Please see the proposed disclosure below. Describe how each segment is measured.

The Company will provide each segment measure.

3. Please revise the organizational charts to show the entities in the merger.

In addition, within the existing chart include the entities and their shareholders. Identify the shareholders of the parent or advise.

In response to the Staff’s comment, revised disclosure has been added on pages 41 to 43.

4. We note that the Company offered its interest in the project to an affiliate.

We also read the comments made by management in the earnings call about waiting for a better environment to sell it.

As a result of the deconsolidation, the Company recorded an equity method investment.

5. Please explain the separate roles of the two holding entities.

However, their separate existence doesn’t appear explained. As such, explain why the transaction is structured to include them.

In response to the Staff’s comment, we have revised the disclosure on page 19.

6. Please discuss the structure of the transaction.

In an appropriate location, disclose the considerations behind the structure.

Address also the impact of that structure upon the holders of common units.

In response to the Staff’s comment, we have revised the disclosure on page 72.`),
    );
    expect(letter.comments[0]?.response?.text).toMatch(/^In response to your request, we confirm/);
    expect(letter.comments[0]?.text).toContain('Please confirm that you will present separate tables');
    // The company's own paragraph ("we define …") is the answer even when a request follows it (c0311 laid out).
    expect(letter.comments[1]?.response?.text).toMatch(/^As noted on page 143/);
    // The request may stand in the neutral paragraph itself, after its opening (c0888 flattened); "We also read" is the staff's, as "We also note" (c0782 flattened).
    expect(letter.comments[2]?.response?.text).toMatch(/^In response to the Staff’s comment, revised disclosure/);
    expect(letter.comments[3]?.response?.text).toMatch(/^As a result of the deconsolidation/);
    // The request may follow a lead-in ("As such, explain why …", c0821 flattened).
    expect(letter.comments[4]?.response?.text).toMatch(/^In response to the Staff’s comment, we have revised/);
    // "In an appropriate location, disclose …" and "Address also …" ask as the staff does (c0821 flattened).
    expect(letter.comments[5]?.response?.text).toBe('In response to the Staff’s comment, we have revised the disclosure on page 72.');
  });

  it('should set apart a running header that copies the head\'s addressee above its date and page line, where no page break is marked (c0881, c0693 printed)', async () => {
    const letter = `April 10, 2017

Shannon Sobotka
Office of Real Estate and Commodities
Division of Corporation Finance
U.S. Securities and Exchange Commission
Washington, D.C. 20549

Re: Example Corp.
Form 10-K for the fiscal year ended December 31, 2016

Dear Ms. Sobotka:

Set forth below are the responses of the Company to the comments of the Staff, each in italics, followed by our response.

1. You state that you are evaluating the impact of Topic 606. Please disclose the amounts

Ms. Shannon Sobotka
Securities and Exchange Commission
April 10, 2017
Page 2

if known. Please refer to SAB Topic 11.M.

As requested, the Company will provide qualitative disclosures in its future filings.

Very truly yours,

/s/ Robert Roe
Robert Roe
Chief Financial Officer
`;
    const { letter: parsed } = await parse(letter);
    expect(parsed.comments[0]?.response?.text).toBe('As requested, the Company will provide qualitative disclosures in its future filings.');
    expect(parsed.comments[0]?.text).not.toContain('Sobotka');
  });

  it('should read a question standing between a heading and a comment\'s number as a caption of the question-and-answer section (c0194 laid out, blind round 31)', async () => {
    const letter = `December 19, 2017

Mark Sustana
Lennar Corporation

       Re: Lennar Corporation
           Registration Statement on Form S-4

Dear Mr. Sustana:

       We have reviewed your registration statement and have the following comments.

Prospectus Cover Page/Letter to Stockholders

   1. Please state the number of shares Lennar is expected to issue in the Merger.

Questions and Answers, page iv

What am I being asked to vote on and why is this approval necessary?

   2. Please disclose that it is very likely that Lennar could complete the Merger.

       Sincerely,

       Division of Corporation Finance
       Office of Real Estate and Commodities
`;
    const { letter: parsed } = await parse(letter);
    expect(parsed.comments[0]?.text).toBe('Please state the number of shares Lennar is expected to issue in the Merger.');
    expect(parsed.comments[1]?.headings).toEqual(['Questions and Answers, page iv', 'What am I being asked to vote on and why is this approval necessary?']);
  });

  it('should set apart a running header of a page number beside the letter\'s own date, after a single page break (c0671, blind round 30)', async () => {
    const letter = `January 19, 2021

Division of Corporation Finance
Office of Finance
Securities and Exchange Commission
100 F Street, N.E.
Washington, D.C. 20549

Re: Example Corp.
Registration Statement on Form S-1

Ladies and Gentlemen:

On behalf of Example Corp., we respond below to the comment of the Staff.

1. Please revise the table on page 12.

Response: The Company has revised the disclosure in Amendment No. 1 to include the requested information.

* * *

2	January 19, 2021

Please do not hesitate to contact me at (212) 450-6145 if you have any questions regarding the foregoing.

Very truly yours,

Jane Doe
`;
    const { letter: parsed } = await parse(letter);
    expect(parsed.closing.startsWith('* * *\n\nPlease do not hesitate')).toBe(true);
  });

  it('should read MD&A\'s sub-title comparing two years as a heading of the comment below, not the last words of the comment above (c0700 laid out)', async () => {
    const letter = `February 3, 2025

Jane Doe
Chief Financial Officer
Example Corp.

       Re: Example Corp.
           Form 10-K for the Fiscal Year Ended December 31, 2024

Dear Ms. Doe:

       We have reviewed your filing and have the following comments.

Form 10-K for the Fiscal Year ended December 31, 2024

Properties, page 17
1.    Please expand your acreage disclosure to provide a break-out of gross and net developed
      and undeveloped acreage.
Management's Discussion and Analysis of Financial Condition and Results of Operations
Year Ended December 31, 2024 Compared to Year Ended December 31, 2023
Land and Resource Management, page 26
2.    Please expand your disclosure to provide the last three fiscal years of production.

       Sincerely,

       Division of Corporation Finance
       Office of Energy & Transportation
`;
    const { letter: parsed } = await parse(letter);
    expect(parsed.comments[0]?.text).toBe('Please expand your acreage disclosure to provide a break-out of gross and net developed and undeveloped acreage.');
    expect(parsed.comments[1]?.headings).toEqual([
      'Form 10-K for the Fiscal Year ended December 31, 2024',
      "Management's Discussion and Analysis of Financial Condition and Results of Operations",
      'Year Ended December 31, 2024 Compared to Year Ended December 31, 2023',
      'Land and Resource Management, page 26',
    ]);
  });

  it('should read a title-case heading wrapped after a joining word, its page below, as the next comment\'s heading, not the comment above\'s words (c0465 laid out)', async () => {
    const letter = `January 17, 2024

Jane Doe
Example Union

       Re: Example Corp.
           PREC14A filed January 12, 2024 by Example Union

Dear Ms. Doe:

       We have reviewed your filing and have the following comments.

       Preliminary Proxy Statement filed January 12, 2024

       General

   1.                                   Revise to identify by name the Company nominees opposed and unopposed by the
                                        Participants. In addition, in the proxy statement, explain why the Participants oppose the
                                        specific three Company nominees identified.
       Potential Negative Impacts of the Company's Current Human Capital Management Strategy on
       Shareholder Value and Future Growth, page 5

   2.                                   Please provide support for your statement that none of the new Board members has
                                        any notable human capital management experience.

       Sincerely,

       Division of Corporation Finance
       Office of Mergers & Acquisitions
`;
    const { letter: parsed } = await parse(letter);
    expect(parsed.comments.map((c) => c.text)).toEqual([
      'Revise to identify by name the Company nominees opposed and unopposed by the Participants. In addition, in the proxy statement, explain why the Participants oppose the specific three Company nominees identified.',
      'Please provide support for your statement that none of the new Board members has any notable human capital management experience.',
    ]);
    expect(parsed.comments[1]?.headings).toEqual(['Preliminary Proxy Statement filed January 12, 2024', "Potential Negative Impacts of the Company's Current Human Capital Management Strategy on Shareholder Value and Future Growth, page 5"]);
  });

  it('should read a caption wrapped onto two lines and a heading\'s page alone after its comma as headings of the comment (c0920, c0827 laid out)', async () => {
    const letter = `March 3, 2023

Jane Doe
Chief Financial Officer
Example Corp.

       Re: Example Corp.
           Form 10-K for the Year Ended December 31, 2021

Dear Ms. Doe:

       We have limited our review of your filing to the financial statements and related
disclosures and have the following comments.

       Form 10-K for the Year Ended December 31, 2021

       Risk Factors
       We are exposed to geopolitical, regulatory, economic, foreign exchange and other risks
       associated with our global sales and operations, page 15

1.     You state that many of your suppliers are located outside of the U.S. Please tell us
       whether you import any supplies from the region.

       Note 1. Basis of Presentation
       Voluntary Change in the Accounting for Variable Post-Charge-Off Collection Costs,
       page 109

2.     You disclose a change in your allowance. Please tell us why.

       Sincerely,

       Division of Corporation Finance
       Office of Manufacturing
`;
    const { letter: parsed } = await parse(letter);
    expect(parsed.comments.map((c) => c.headings.at(-1))).toEqual([
      'We are exposed to geopolitical, regulatory, economic, foreign exchange and other risks associated with our global sales and operations, page 15',
      'Voluntary Change in the Accounting for Variable Post-Charge-Off Collection Costs, page 109',
    ]);
  });

  it('should start an unlabelled answer at its own heading right above its opener, in plain text (c0172 laid out)', async () => {
    const { letter } = await parse(
      responseLetter(`1. Please describe your contacts with Sudan and Syria.

Overview of the Company’s Contacts with Sudan and Syria

In response to the Staff’s comment, the Company advises that it has no contacts with either country.`),
    );
    expect(letter.comments[0]?.response?.text).toMatch(/^Overview of the Company’s Contacts with Sudan and Syria\n\nIn response/);
  });

  it('should start an unnumbered comment at its "COMMENT:" label paragraphs above the answer\'s label, in plain text too (c0166 laid out)', async () => {
    const { letter } = await parse(
      responseLetter(`Management’s Discussion and Analysis, page 44

COMMENT: We note your disclosure under Regulatory Matters on page 158.

However, you state that the regulator notified eight of your suppliers.

Please expand the disclosures in the notes to your financial statements.

RESPONSE: The Company respectfully acknowledges the Staff’s comment.`),
    );
    expect(letter.comments).toHaveLength(1);
    expect(letter.comments[0]?.headings).toEqual(['Management’s Discussion and Analysis, page 44']);
    expect(letter.comments[0]?.text).toMatch(/^We note your disclosure under Regulatory Matters/);
  });

  it('should read a "Re:" label set beside its subject\'s last line, the subject indented to its text, as the subject\'s label (c0359 dumped by w3m), not an "Attention:" label\'s names above it (c0072)', async () => {
    const head = (block: string) =>
      responseLetter('1. Please revise.\n\nWe will revise the disclosure.').replace('Re: Example Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2023\nFile No. 001-12345', block);
    const beside = await parse(head(['                        Tyler Technologies, Inc.', '                        Form 10-K for the Fiscal Year Ended December 31, 2024', 'Re:                     File No. 001-10485'].join('\n')));
    expect(beside.letter.letter.company).toBe('Tyler Technologies, Inc.');
    expect(beside.letter.letter.filings.map((f) => f.form)).toEqual(['10-K']);
    // Every word still there, the label read where the loader moved it (--verify).
    expect(beside.coverage?.ok).toBe(true);
    const attention = await parse(head(['Attention:  Jennifer Gowetski', '            Amanda Ravitz', 'Re:         ServiceNow, Inc.', '            Definitive Proxy Statement on Schedule 14A'].join('\n')));
    expect(attention.letter.letter.company).toBe('ServiceNow, Inc.');
    // A "cc:" label set so, alone or with its text (c0702, c0445); not onto the signature above the copies.
    const copies = (lines: string[]) => parse(responseLetter('1. Please revise.\n\nWe will revise the disclosure.').replace(/\n*$/, `\n\nSincerely,\n\n${lines.join('\n')}\n`));
    const alone = await copies(['/s/ John Smith', 'John Smith', '', '    Brian Curci, Esq., General Counsel, NRG Energy, Inc.', 'cc:', '    David Callen, Chief Accounting Officer, NRG Energy, Inc.']);
    expect(alone.letter.letter.cc).toEqual(['Brian Curci, Esq., General Counsel, NRG Energy, Inc.', 'David Callen, Chief Accounting Officer, NRG Energy, Inc.']);
    expect(alone.coverage?.ok).toBe(true);
    const signature = ['Sincerely,', '', '    /s/ John Smith', '    John Smith', 'cc: Jane Doe'].join('\n');
    expect(inReadingOrder(signature)).toBe(signature);
  });

  it('should let a legal form or "Officer" wrapped off a copied person\'s line go on with a space, not as the entry\'s next part (c0224, c0848, c0157 dumped by w3m)', async () => {
    const lines = ['cc: Sandy Rowland, Chief Financial Officer, Xylem', '    Inc.', '    Robert R. Keehan, PricewaterhouseCoopers', '    LLP', '    Claudia S. Toussaint, Chief People Officer, Senior Vice President, Chief Sustainability', '    Officer'];
    const { letter } = await parse(responseLetter('1. Please revise.\n\nWe will revise the disclosure.').replace(/\n*$/, `\n\nSincerely,\n\nJohn Smith\n\n${lines.join('\n')}\n`));
    expect(letter.letter.cc).toEqual(['Sandy Rowland, Chief Financial Officer, Xylem Inc.', 'Robert R. Keehan, PricewaterhouseCoopers LLP', 'Claudia S. Toussaint, Chief People Officer, Senior Vice President, Chief Sustainability Officer']);
  });

  it('should give a comment\'s number read out between a list\'s bullets and its items to the paragraph after the items (c0001 as pdftotext reads it)', async () => {
    const { letter, coverage } = await parse(
      plainStaffLetter(`1. Please describe whether your Lead Independent Director may:
•
•
2.

represent the board in communications with shareholders;
require board consideration of any risk matters.

Please expand upon how your board administers its risk oversight function.`),
    );
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(letter.comments[0]?.text).toBe(
      'Please describe whether your Lead Independent Director may:\n• represent the board in communications with shareholders;\n• require board consideration of any risk matters.',
    );
    expect(letter.comments[1]?.text).toBe('Please expand upon how your board administers its risk oversight function.');
    expect(coverage?.ok).toBe(true);
  });

  it('should set apart a running header on one line with its page number between the addressee and the date (c0659 laid out)', async () => {
    const { letter } = await parse(
      responseLetter(`General

1. Please expand upon the role of the board.

The Company will enhance its disclosure in future filings.

Securities and Exchange Commission - 2 - May 1, 2024

2. Please describe the lead director's duties.

The Company will describe the duties in future filings.`),
    );
    expect(letter.comments.map((c) => c.headings)).toEqual([['General'], ['General']]);
    expect(letter.comments[0]?.response?.text).toBe('The Company will enhance its disclosure in future filings.');
    // As w3m dumps it: the page break an <hr> drawn as a rule right above, the addressee's cell wrapped, its last word joined after the date (c0659).
    const dumped = await parse(
      responseLetter(`General

1. Please expand upon the role of the board.

The Company will enhance its disclosure in future filings.

${'━'.repeat(80)}
Securities and Exchange - 2 - May 1, 2024 Commission

2. Please describe the lead director's duties.

The Company will describe the duties in future filings.`),
    );
    expect(dumped.letter.comments.map((c) => c.headings)).toEqual([['General'], ['General']]);
    expect(dumped.letter.comments[0]?.response?.text).toBe('The Company will enhance its disclosure in future filings.');
  });

  it('should not read a confidentiality legend that names the Commission near a line\'s start as the staff\'s letterhead (c0208 printed)', async () => {
    const legend = `CERTAIN PORTIONS OF THIS LETTER HAVE BEEN OMITTED FROM THE VERSION FILED VIA EDGAR AND PROVIDED
SEPARATELY TO THE U.S. SECURITIES AND EXCHANGE COMMISSION. CONFIDENTIAL TREATMENT HAS BEEN
REQUESTED FOR THE OMITTED PORTIONS.

`;
    const { letter } = await parse(legend + responseLetter(`1. Please tell us about the revenue streams.

We respectfully advise the Staff that the substantial majority of our revenue is recurring.`));
    expect(letter.letter.kind).toBe('response');
    expect(letter.comments[0]?.response?.text).toMatch(/^We respectfully advise the Staff/);
  });

  it('should read an answer\'s table notes as a list, each note printed over several lines, not as comments (c0888 printed)', async () => {
    // Italic paragraphs, as the comments and the answer's table notes print (the file's p() with an <i> inside).
    const i = (text: string) => p(`<i>${text}</i>`);
    const html = `<html><body><p>May 1, 2024</p><p>U.S. Securities and Exchange Commission</p><p>Division of Corporation Finance</p><p>Re: Example Corp.</p><p>Form S-4 filed April 1, 2024</p><p>Ladies and Gentlemen:</p>
<p>This letter responds to the comments of the Staff in its letter dated April 17, 2024. The comments are repeated below in italics, followed by our responses.</p>
${i('1. Please revise the organizational charts.')}<p>In response to the Staff’s comment, revised disclosure has been added on page 41.</p>
${i('2. We note that you have not included historical financial statements for NFP. Please tell us how you assessed significance.')}
<p>NFP is not significant to Aon at the 20% level under any of the three tests, as set out below.</p>
${i('(2) The purchase price assumes a June 30, 2024 Closing Date and an assumed share price of $312.36, which')}${i('was calculated based on the average of the high and low price on February 20, 2024.')}
${i('(3) The aggregate worldwide market value was calculated based on the average of the five trading days of the')}${i('Registrant’s most recent month-end before the date of the Merger Agreement.')}
${i('(4) The calculation of the income test is based on the audited results of Aon as of and for the year ended')}${i('December 31, 2023 and those of NFP for the same year.')}
${i('(5) Since NFP’s pre-tax income for the year is a loss, the absolute value has been considered.')}
${i('3. We note your disclosure on page 45 of a fixed purchase price. Please reconcile it with page 12.')}
<p>The Registrant acknowledges the Staff’s comment and respectfully submits that the figure on page 45 refers to the base price.</p>
<p>Very truly yours,</p><p>Jane Doe</p></body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(letter.comments[2]?.response?.text).toMatch(/^The Registrant acknowledges/);
  });

  it('should take "We have reviewed your comment" for the company answering, in the vote on who wrote the letter and as the start of its answer (c0773 laid out)', async () => {
    const letter = `June 19, 2017

U.S. Securities and Exchange Commission
Washington, D.C. 20549

Re: Example Corp.
Form 8-K furnished February 21, 2017

Dear Mr. Thompson:

This letter is in response to your letter dated June 28, 2017. We have reproduced your comment below and provided our response.

1. We read your response to comment 4. Please explain why an adjustment for the gain on the sale of shopping malls is not similar to the other adjustments. Your disclosure may be

inconsistent with the updated Compliance and Disclosure Interpretations. Please review the guidance when preparing your next earnings release.

We have reviewed your comment and also Question 100.02 of the Interpretations. We believe we have applied a consistent approach.

We did not adjust EPS for the gains because they spanned multiple quarters.

Each of the gains was recognised in a different quarter of the year.

The impact on EPS in each quarter was $0.02 per share.

Had the impact been larger in any quarter, we would have been more likely to adjust EPS for it.

We will continue to evaluate such gains under the Interpretations.

We will also consider discussing our reasons for not adjusting EPS.

The Company acknowledges that it is responsible for the adequacy and accuracy of its disclosure.

Sincerely,

/s/ Jane Doe
Jane Doe
Chief Financial Officer

cc: Division of Corporation Finance
`;
    const { letter: parsed } = await parse(letter);
    expect(parsed.letter.kind).toBe('response');
    expect(parsed.comments[0]?.response?.text).toMatch(/^We have reviewed your comment and also Question 100\.02/);
  });

  it('should start an unlabelled answer at "We note the Staff\'s comment" and at an answer that opens a list, after the staff\'s own list (c0493, c1167 laid out)', async () => {
    const { letter } = await parse(
      responseLetter(`1. You indicate that the outcome of the legal proceedings will not be material. Please tell us the following:
• whether a loss is reasonably possible;
• the estimated range of loss.
We note the Staff’s comment with respect to the legal proceedings. We are unable to estimate a range of loss.

2. Tell us how the reimbursed costs are presented. In your answer, address each of the following:
• the direct reimbursements;
• the indirect reimbursements.
• The Company respectfully confirms that the direct reimbursements offset each other in each period.
• The indirect reimbursements are collected over time.`),
    );
    expect(letter.comments.map((c) => c.response?.text.split('\n')[0])).toEqual([
      'We note the Staff’s comment with respect to the legal proceedings. We are unable to estimate a range of loss.',
      '• The Company respectfully confirms that the direct reimbursements offset each other in each period.',
    ]);
  });

  it('should keep a lead-in to the staff\'s list with the comment, pass over "* * *", and take "We have filed" for the company (c0581, c0563, c0303 laid out)', async () => {
    const { letter } = await parse(
      responseLetter(`1. Your disclosure is unclear. For example:
• You disclose that revenue grew but do not say why.
* * *
We have filed as an exhibit a copy of the credit agreement. Please note that it is a form.

2. For more guidance, refer to Question 102.10 of the Interpretations.
* * *
In future filings we will state explicitly why revenue grew.`),
    );
    expect(letter.comments.map((c) => c.response?.text.split('\n')[0])).toEqual([
      'We have filed as an exhibit a copy of the credit agreement. Please note that it is a form.',
      'In future filings we will state explicitly why revenue grew.',
    ]);
  });

  it('should keep the staff\'s list with the comment where its bullets were lost, its items ending in ";" and "; and" (c0493 dumped by w3m)', async () => {
    const { letter } = await parse(
      responseLetter(`1. Tell us whether any of your reporting units were at risk of goodwill impairment.

To the extent that reporting units are at risk, explain to us how you considered providing the following disclosures:

The percentage by which fair value exceeded carrying value as of the date of the most recent test;

The amount of goodwill allocated to the reporting unit; and

A description of the methods and key assumptions used.

We respectfully acknowledge the Staff's comment and note that no reporting unit was at risk.`),
    );
    expect(letter.comments.map((c) => [c.text.split('\n\n').at(-1), c.response?.text])).toEqual([
      ['A description of the methods and key assumptions used.', "We respectfully acknowledge the Staff's comment and note that no reporting unit was at risk."],
    ]);
  });

  it('should keep the Re: block\'s filing as the first heading when it opens a page, right after the page number (c0099 laid out)', async () => {
    const { letter } = await parse(
      responseLetter(`1

Form 10-K for the Fiscal Year Ended December 31, 2023

Revenue, page 5

1. Please tell us how you recognize revenue.
Response: We recognize revenue when control transfers.

2. Please tell us about goodwill.
Response: We tested goodwill in the fourth quarter.`),
    );
    expect(letter.comments.map((c) => c.headings)).toEqual([
      ['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Revenue, page 5'],
      ['Form 10-K for the Fiscal Year Ended December 31, 2023', 'Revenue, page 5'],
    ]);
  });

  it('should read a page number wrapped under its heading\'s ", page" as the heading\'s, not as a page number (c0019 laid out)', async () => {
    const { letter } = await parse(
      responseLetter(`Management's Discussion and Analysis of Financial Condition and Results of Operations, page
37

1. Please tell us how you recognize revenue.
Response: We recognize revenue when control transfers.`),
    );
    expect(letter.comments[0]?.headings).toEqual(["Management's Discussion and Analysis of Financial Condition and Results of Operations, page 37"]);
    expect(letter.source.pages).toBe(1);
  });

  it('should keep MD&A\'s title in capitals whole where it wraps before its last word, not split off its plural "S"', async () => {
    const { letter } = await parse(
      responseLetter(`FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2008

ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION
AND RESULTS OF OPERATIONS

Critical Accounting Estimates, page 31

1. Please expand your discussion of goodwill impairment testing.
Response: We will expand the disclosure in future filings.`),
    );
    expect(letter.comments[0]?.headings).toEqual([
      'FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2008',
      "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
      'Critical Accounting Estimates, page 31',
    ]);
  });

  it('should count the pages of an HTML letter that prints each page\'s number at its foot, the last closing the letter (c0781, c0699)', async () => {
    const pageBreak = 'page-break-before:always';
    const letter = (footers: readonly string[]) =>
      [
        '<html><body>',
        ...htmlResponseHead(p),
        p('1. Please tell us how you recognize revenue.'),
        p('Response: We recognize revenue when control transfers to the customer, as our policy note explains.'),
        footers[0] === undefined ? '' : p(footers[0]),
        p('2. Please tell us about goodwill.', pageBreak),
        p('Response: We tested goodwill in the fourth quarter and found no impairment.'),
        p(footers[1] as string),
        p('If you have any questions, please contact me at (212) 555-0100.', pageBreak),
        p('Sincerely,'),
        p('Jane Doe'),
        p(footers[2] as string),
        '</body></html>',
      ].join('');
    const pages = async (footers: readonly (string | undefined)[]) => (await parseLetter(new TextEncoder().encode(letter(footers as string[])), { file: 't.htm' })).letter.source.pages;
    expect(await pages(['1', '2', '3'])).toBe(3);
    expect(await pages(['1 | Page', '2 | Page', '3 | Page'])).toBe(3);
    // Numbered from the second page: the markers count one page too few and the last footer's number makes it up.
    expect(await pages([undefined, '2', '3'])).toBe(3);
  });

  it('should set apart a response\'s running header of the addressee and the date around "Page 2", even on its only page break (c0449 laid out)', async () => {
    const { letter } = await parse(`Palo Alto, California, May 13, 2024

VIA EDGAR    U.S. Securities and Exchange Commission    Division of Corporation Finance    Washington, D.C. 20549

Re: Example Corp.
Registration Statement on Form S-4

Ladies and Gentlemen:

The Company responds below to the comments of the Staff in its letter dated May 1, 2024.

1. Please tell us how you recognize revenue.
Response: We recognize revenue when control transfers.

U.S. Securities and Exchange Commission
May 13, 2024
Page 2

Goodwill, page 7

2. Please tell us about goodwill.
Response: We tested goodwill in the fourth quarter.

Sincerely,

/s/ Jane Doe
`);
    expect(letter.comments[1]?.headings).toEqual(['Goodwill, page 7']);
    expect(letter.comments[0]?.response?.text).toBe('We recognize revenue when control transfers.');
  });

  it('should keep the staff\'s "In addition, tell us …" and "Further, disclose …" with the comment (c0619, c0945 flattened)', async () => {
    const { letter } = await parse(
      responseLetter(`1. We note the revenue sharing arrangements described on page 20.
In addition, tell us how the fees are presented in the statements of operations.
The fees are presented net of the amounts paid to partners.

2. We note the non-GAAP measure on page 30.
Further, disclose why management believes the measure is useful.
In future filings, we will disclose why management believes the measure is useful.`),
    );
    expect(letter.comments.map((c) => c.response?.text)).toEqual([
      'The fees are presented net of the amounts paid to partners.',
      'In future filings, we will disclose why management believes the measure is useful.',
    ]);
  });

  it('should not take a confidentiality legend that names the Commission for its letterhead (c0208 laid out)', async () => {
    const legend = 'CERTAIN PORTIONS OF THIS LETTER HAVE BEEN OMITTED FROM THE VERSION FILED VIA EDGAR AND PROVIDED SEPARATELY TO THE U.S. SECURITIES AND EXCHANGE COMMISSION.\n\n';
    const { letter } = await parse(legend + responseLetter('1. Please tell us how you estimate the liability.\nWe estimate the liability from the claims paid in each period.'));
    expect(letter.letter.kind).toBe('response');
    expect(letter.comments[0]?.response?.text).toBe('We estimate the liability from the claims paid in each period.');
  });

  it('should set the staff template\'s running header apart in laid-out text, its lines interleaved, and keep the heading after it', async () => {
    const layout = `September 23, 2022

Suzette Long
Chief Legal Officer
Caterpillar Inc.

Re: Caterpillar Inc.
Form 10-K for the Fiscal Year Ended December 31, 2021
File No. 001-00768

Dear Ms. Long:

We have reviewed your filing and have the following comments.

Item 1A. Risk Factors, page 10

1. We note your disclosure that inflation could affect your results. Please update your risk factors.
Suzette Long
FirstName
Caterpillar LastNameSuzette  Long
            Inc.
Comapany 23,
September   NameCaterpillar
                2022        Inc.
September
Page 2      23, 2022 Page 2
FirstName LastName
Item 7. Management’s Discussion and Analysis of Financial Condition..., page 27

2. Please tell us about your material trends.

Please contact Jane Roe at (202) 551-0000 with any questions.

Sincerely,

Division of Corporation Finance
`;
    const { letter } = await parse(layout);
    expect(letter.comments.map((c) => c.headings.at(-1))).toEqual(['Item 1A. Risk Factors, page 10', 'Item 7. Management’s Discussion and Analysis of Financial Condition..., page 27']);
    expect(letter.comments[0]?.text).toBe('We note your disclosure that inflation could affect your results. Please update your risk factors.');
  });

  it('should number "Comment:"/"Response:" pairs in order when the letter has no numbers', async () => {
    const { letter } = await parse(responseLetter(`Comment: We note your disclosure of revenue by country.

Response: We attribute revenue to countries by customer location.

Comment: Please tell us about China.

Response: China is not material.`));
    expect(letter.comments.map((c) => [c.number, c.text, c.response?.text])).toEqual([
      [1, 'We note your disclosure of revenue by country.', 'We attribute revenue to countries by customer location.'],
      [2, 'Please tell us about China.', 'China is not material.'],
    ]);
    expect(letter.warnings.map((w) => w.code)).toContain('UNNUMBERED');
  });

  it('should give a letter without comments an empty list and its category', async () => {
    const { letter } = await parse(`September 5, 2024

Re: Example Corp.
Form 10-K for the Fiscal Year Ended December 31, 2023
File No. 001-12345

Dear Mr. Doe:

We have completed our review of your filing. We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures.

Sincerely,

Division of Corporation Finance
Office of Manufacturing
`);
    expect(letter.comments).toEqual([]);
    expect(letter.letter.category).toBe('review-complete');
    expect(letter.letter.kind).toBe('staff');
  });

  it('should close a review-complete letter with no sign-off at the Division\'s signature, which names its office (c0546, blind round 81)', async () => {
    const { letter } = await parse(`May 1, 2017

Mr. John Doe
Acme Corp.

Re: Acme Corp.
Form 10-K for the Fiscal Year Ended December 31, 2016
File No. 001-12345

Dear Mr. Doe:

We have completed our review of your filing. We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures, notwithstanding any review, comments, action or absence of action by the staff.

Division of Corporation Finance

Office of Healthcare & Insurance
`);
    expect(letter.letter.category).toBe('review-complete');
    expect(letter.closing).toBe('Division of Corporation Finance\n\nOffice of Healthcare & Insurance');
    expect(letter.letter.office).toBe('Office of Healthcare & Insurance');
    expect(letter.preamble).toMatch(/absence of action by the staff\.$/);
    // The office's name wrapped onto a line of its own (c0637, blind round 122).
    const wrapped = await parse('May 1, 2017\n\nRe: Acme Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2016\n\nDear Ms. Rankin:\n\nWe have completed our review of your filing. We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures.\n\nDivision of Corporation Finance\nOffice of Manufacturing and\nConstruction\n');
    expect(wrapped.letter.closing).toBe('Division of Corporation Finance\n\nOffice of Manufacturing and\n\nConstruction');
    expect(wrapped.letter.letter.office).toBe('Office of Manufacturing and Construction');
  });

  it('should set apart a running footer that prints its page number on the same line, and count pages from it', async () => {
    const filler = (n: number) => Array.from({ length: 6 }, (_, k) => `Sentence ${k + 1} of paragraph ${n} explains the accounting in more detail.`).join('\n\n');
    const { letter } = await parse(
      responseLetter(`1. Please explain your revenue recognition.

Response: ${filler(1)}

December 21, 2022\t2

${filler(2)}

2. Please describe the segments.

Response: ${filler(3)}

December 21, 2022\t3

${filler(4)}
`) + '\nDecember 21, 2022\t4\n',
    );
    const [first, second] = letter.comments;
    expect(letter.comments).toHaveLength(2);
    expect(JSON.stringify(letter)).not.toMatch(/December 21, 2022\s+\d/);
    expect(first?.location.pages).toEqual([1, 2, 3]);
    expect(second?.location.pages).toEqual([3, 4]);
    // A table row that only looks like one: the same text with numbers that do not count up.
    const table = await parse(responseLetter(`1. Please explain the change.

Response: The balances were:

Deferred revenue\t5

${filler(1)}

Deferred revenue\t9
`));
    expect(table.letter.comments[0]?.response?.text).toMatch(/Deferred revenue\t5[\s\S]*Deferred revenue\t9/);
  });

  it('should not take a run of numbered lines with nothing between them for comments in a response without labels', async () => {
    const { letter } = await parse(
      responseLetter(`Revenue Recognition, page 41

1. Please tell us how much of the favorable claims development relates to each line of business.

The Company respectfully advises the Staff that the favorable development by line of business was as follows:

1. Cancer: approximately $184 million

2. Medical: approximately $120 million

3. Other: approximately $35 million

We will expand this disclosure in future filings.

Goodwill, page 55

2. Please explain why no impairment was recorded.

The fair value of each reporting unit exceeded its carrying amount.
`),
    );
    expect(letter.comments.map((c) => [c.number, c.text.slice(0, 22)])).toEqual([
      [1, 'Please tell us how muc'],
      [2, 'Please explain why no '],
    ]);
    expect(letter.comments[0]?.response?.text).toMatch(/Cancer[\s\S]*Other[\s\S]*future filings/);
  });

  it('should not take the last item of a numbered list inside an answer for a comment because a label follows it (c0027: a comment whose bullets are answered one by one)', async () => {
    const { letter } = await parse(
      responseLetter(`Note 1. Basis of Presentation, page 109

1. You disclose a change in your accounting principle for collection costs. Please address the following:

• Tell us when you started accounting for the costs as a reduction of recoveries.

Response:

It has been our policy since 2006.

• Explain the facts and circumstances that led to the change.

Response:

The change was made for the following reasons:

1. We previously classified the costs as a reduction in recoveries.

2. Our recovery models are used in the overall allowance.

3. Excluding the costs from recoveries would cause inconsistency.

• Tell us how the change affected the allowance.

Response:

The change released approximately $426 million.`),
    );
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(letter.comments[0]?.response?.text).toMatch(/^It has been our policy[\s\S]*\$426 million\.$/);
  });

  it('should set apart a running header at the top of printed pages that copies the addressee and date', async () => {
    const page = '<hr style="page-break-after:always"><p>U.S. Securities and Exchange Commission</p><p>May 1, 2024</p>';
    const html = `<html><body><p>May 1, 2024</p><p>U.S. Securities and Exchange Commission</p><p>Division of Corporation Finance</p>
<p>Re: Example Corp.</p><p>Form 10-K for the Fiscal Year Ended December 31, 2023</p><p>Ladies and Gentlemen:</p>
<p>On behalf of Example Corp., we respond to the comments of the Staff in its letter dated April 17, 2024. The comments are repeated below in bold, followed by our responses.</p>
<p><b>Form 10-K for the Fiscal Year Ended December 31, 2023</b></p>
<p><b>1. Please explain the increase in revenue and the reasons for it, and</b></p>${page}<p><b>quantify each factor.</b></p>
<p>Response: The increase came from higher volumes.</p>
<p><b>2. Please describe your segments.</b></p><p>Response: We have one segment.</p>${page}
<p>If you have any questions, please contact me.</p><p>Sincerely,</p><p>/s/ Jane Doe</p></body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments.map((c) => c.text)).toEqual(['Please explain the increase in revenue and the reasons for it, and quantify each factor.', 'Please describe your segments.']);
    expect(letter.comments[0]?.headings).toEqual(['Form 10-K for the Fiscal Year Ended December 31, 2023']);
    expect(letter.closing).not.toMatch(/Securities and Exchange Commission/);
  });

  it('should read a "COMMENT" line right above the number as part of the label, not as a heading', async () => {
    const { letter, coverage } = await parse(
      responseLetter(`Item 1A. Risk Factors, page 10

COMMENT

1. We note your disclosure that inflation could affect your results.

Response: The Company will expand the disclosure.

COMMENT

2. Please describe your segments.

Response: The Company has one segment.
`),
    );
    expect(coverage?.ok, coverage?.problem).toBe(true);
    expect(letter.comments.map((c) => [c.label, c.headings.at(-1)])).toEqual([
      ['COMMENT 1.', 'Item 1A. Risk Factors, page 10'],
      ['COMMENT 2.', 'Item 1A. Risk Factors, page 10'],
    ]);
  });

  it('should read a letter that prints each line as an element of its own as sentences, not as headings and paragraphs (c0157, c0834)', async () => {
    const div = (inner: string) => `<div>${inner}</div>`;
    const blank = div('<br>');
    const html = `<html><body>${[
      div('May 1, 2024'),
      div('Jane Roe'),
      div('Chief Financial Officer'),
      div('eBay Inc.'),
      blank,
      div('Re: Example Corp.'),
      div('Definitive Proxy Statement on Schedule 14A'),
      blank,
      div('Dear Ms. Roe:'),
      blank,
      div('We have reproduced the text of the Staff’s comment in italics directly above the Company’s response.'),
      blank,
      div('<u>Pay Versus Performance, page 65</u>'),
      div('<i>1. We note that you have included Revenue as your Company-Selected Measure pursuant to</i>'),
      div('<i>Item 402(v)(2)(vi) of Regulation S-K. Please include your Company-Selected Measure in</i>'),
      div('<i>the Tabular List provided pursuant to Item 402(v)(6) of Regulation S-K.</i>'),
      blank,
      div('We confirm that we will revise our future proxy disclosures to include the measure in the'),
      div('Tabular List, as the Staff asks, and we will describe<br>how the measure is calculated.'),
      blank,
      div('Sincerely,'),
      div('/s/ John Doe'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.comments.map((c) => [c.number, c.headings, c.text])).toEqual([
      [
        1,
        ['Pay Versus Performance, page 65'],
        'We note that you have included Revenue as your Company-Selected Measure pursuant to Item 402(v)(2)(vi) of Regulation S-K. Please include your Company-Selected Measure in the Tabular List provided pursuant to Item 402(v)(6) of Regulation S-K.',
      ],
    ]);
    // A full line stopping on "the" goes on in capitals; a <br> in mid-sentence is no paragraph break.
    expect(letter.comments[0]?.response?.text).toBe('We confirm that we will revise our future proxy disclosures to include the measure in the Tabular List, as the Staff asks, and we will describe how the measure is calculated.');
    // An address block's capitalised title over a lower-case company name stays two lines.
    expect(letter.letter.head).toContain('Chief Financial Officer\n\neBay Inc.');
    expect(coverage?.ok).toBe(true);
  });

  it('should read the hidden text layer of a letter printed as page images (Workiva: 1pt white text, a page\'s lines run together, c0722)', async () => {
    const page = (n: number, words: string) =>
      `<div style="padding-top:2em;"><img src="p${n}.jpg" width="1055" height="1365"><div><font size="1" style="font-size:1pt;color:white">${words}</font></div></div><div style="page-break-before:always;">&nbsp;</div>`;
    const html = `<html><body><div align="center">${[
      page(1, 'Example Corp. 1 Main Street Springfield              April 9, 2024    Securities and Exchange Commission  Division of Corporation Finance  100 F Street, N.E.  Washington, D.C. 20549    Re: Example Corp.  Form 10-K for the Year Ended March 31, 2023  File No. 001-38848  Ladies and Gentlemen:  Example Corp. is submitting this letter in response to the comment letter from the staff dated March 22, 2024. For the convenience of the Staff, the Company has repeated the Staff&#8217;s comment before the corresponding response.   Form 10-K for the Year Ended March 31, 2023  Results of Operations, page 31  1. Please disclose why the operations in Ireland comprise a disproportionate share of your consolidated pre-tax income.  Response:    The Company respectfully acknowledges the Staff&#8217;s comment and will expand its'),
      page(2, 'Example Corp. 1 Main Street Springfield    disclosure in future filings.   2. Please tell us how you calculated the reported pre-tax income of your Irish operations.  Response:    The Company calculated it from the statutory accounts of its Irish subsidiaries.    If you have any questions, please contact me.  Very truly yours,  /s/ Jane Roe  Jane Roe  Chief Financial Officer'),
    ].join('')}</div></body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.source.format).toBe('html');
    expect(letter.letter.kind).toBe('response');
    expect(letter.letter.date).toBe('2024-04-09');
    expect(letter.comments.map((c) => [c.number, c.headings.at(-1), c.text.slice(0, 30), c.response?.text.slice(0, 30)])).toEqual([
      [1, 'Results of Operations, page 31', 'Please disclose why the operat', 'The Company respectfully ackno'],
      [2, 'Results of Operations, page 31', 'Please tell us how you calcula', 'The Company calculated it from'],
    ]);
    // The apostrophe an entity wrote stays in its word.
    expect(letter.comments[0]?.response?.text).toContain('Staff’s comment and will expand its disclosure in future filings.');
    expect(coverage?.ok).toBe(true);
  });

  it('should keep reading an HTML letter as markup where a tiny font holds only a little of its text', async () => {
    const html = `<html><body>${[
      p('May 1, 2024'),
      p('Re: Example Corp.'),
      p('Dear Ms. Roe:'),
      p('<i>1. Please tell us why the gaming assets are not impaired.</i>'),
      p('Response: The assets are not impaired.'),
      p('<span style="font-size:1pt">page 1 of 1</span>'),
      p('Sincerely,'),
      p('/s/ Jane Doe'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.comments.map((c) => [c.number, c.text, c.response?.text])).toEqual([[1, 'Please tell us why the gaming assets are not impaired.', 'The assets are not impaired.']]);
  });

  it('should read an unnumbered comment of a staff letter that says a comment follows, under its headings (c0980)', async () => {
    const staff = (opening: string) => `November 7, 2017

Bob Shanks
Chief Financial Officer
Example Motor Company
One American Road
Dearborn, Michigan 48126

Re: Example Motor Company
Form 10-Q for Fiscal Quarter Ended June 30, 2017
File No. 001-03950

Dear Mr. Shanks:

${opening}

Please respond to this comment within ten business days by providing the requested information.

Form 10-Q for Fiscal Quarter Ended June 30, 2017

Note 3. Revenue, page 10

We have reviewed your response to prior comment 2. Please tell us how you considered ASC 606-10-55-90(c) when determining the disaggregated revenue categories.

Please also tell us whether the monthly sales reports are used by your chief operating decision maker.

You may contact Jane Roe at 202-551-3389 if you have questions.

Sincerely,

Division of Corporation Finance
Office of Manufacturing`;
    const { letter } = await parse(staff('We have reviewed your September 29, 2017 response to our comment letter and have the following comment.'));
    expect(letter.letter.kind).toBe('staff');
    expect(letter.comments.map((c) => [c.number, c.headings, c.text])).toEqual([
      [
        1,
        ['Form 10-Q for Fiscal Quarter Ended June 30, 2017', 'Note 3. Revenue, page 10'],
        'We have reviewed your response to prior comment 2. Please tell us how you considered ASC 606-10-55-90(c) when determining the disaggregated revenue categories.\n\nPlease also tell us whether the monthly sales reports are used by your chief operating decision maker.',
      ],
    ]);
    expect(letter.warnings.map((w) => w.code)).toContain('UNNUMBERED');
    expect(letter.closing.startsWith('You may contact Jane Roe')).toBe(true);
    // Without the letter's word that comments follow, its headed paragraphs are no comments.
    expect((await parse(staff('We have reviewed your response to our comment letter.'))).letter.comments).toEqual([]);
  });

  it('should keep the company a signature block opens with at the top of its signature page, though the letterhead names it (c0824)', async () => {
    const html = `<html><body>${[
      p('Acme Corporation'),
      p('May 1, 2021'),
      p('Securities and Exchange Commission'),
      p('Re: Acme Corporation Registration Statement on Form S-4'),
      p('Ladies and Gentlemen:'),
      p('Acme Corporation hereby requests that the Registration Statement be declared effective at 4:00 p.m. on May 3, 2021.'),
      p('Please contact Jane Roe with any questions.'),
      '<div style="page-break-after: always"></div>',
      p('ACME CORPORATION'),
      p('By: /s/ Jane Doe'),
      p('Name: Jane Doe'),
      p('Title: Chief Financial Officer'),
    ].join('')}</body></html>`;
    const { letter, coverage } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm', verify: true });
    expect(letter.closing).toContain('ACME CORPORATION\n\nBy: /s/ Jane Doe');
    expect(letter.letter.signatories).toEqual([{ name: 'Jane Doe', title: 'Chief Financial Officer' }]);
    expect(coverage?.ok).toBe(true);
  });

  it('should read a salutation without "Dear" below the Re: block, and not an addressee line (c1148)', async () => {
    const html = `<html><body>${[
      p('August 30, 2018'),
      p('Mr. James Rosenberg and Ms. Christine Torney'),
      p('U.S. Securities and Exchange Commission'),
      p('Re: Aon plc Form 10-K for the Year Ended December 31, 2017'),
      p('Mr. Rosenberg and Ms. Torney,'),
      p('We are responding to the comments of the Staff.'),
      p('1. Please revise the disclosure.'),
      p('Response: We will revise it.'),
    ].join('')}</body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 't.htm' });
    expect(letter.letter.salutation).toBe('Mr. Rosenberg and Ms. Torney,');
    expect(letter.preamble).toBe('We are responding to the comments of the Staff.');
  });

  it('should date a letter whose head prints no date by its running header (c0347)', async () => {
    const pageBreak = '<div style="page-break-after: always"></div>';
    const header = (n: number) => [p('Securities and Exchange Commission'), p('July 14, 2017'), p(`Page ${n}`)];
    const body = (n: number) => Array.from({ length: 4 }, (_, k) => p(`Paragraph ${k} of page ${n}, which goes on for a while so that it reads as prose.`));
    const html = `<html><body>${[
      p('7035 Ridge Road'),
      p('Mr. Nicholas Panos'),
      p('Re: Ciena Corporation Amendment No. 1 to Registration Statement on Form S-4'),
      p('Dear Mr. Panos:'),
      p('1. Please revise the disclosure.'),
      ...body(1),
      pageBreak,
      ...header(2),
      p('Response: We have revised it.'),
      ...body(2),
      pageBreak,
      ...header(3),
      ...body(3),
    ].join('')}</body></html>`;
    expect((await parseLetter(new TextEncoder().encode(html), { file: 't.htm' })).letter.letter.date).toBe('2017-07-14');
    // Flattened, each header one run of words (c0347 flattened, blind round 50).
    const page = (n: number) => `Paragraph of page ${n}, which goes on for a while so that it reads as prose. `.repeat(12);
    const flat = `7035 Ridge Road Mr. Nicholas Panos Re: Ciena Corporation Amendment No. 1 to Registration Statement on Form S-4 File No. 333-219060 Dear Mr. Panos: This letter responds to the staff's comments. 1. Please revise the disclosure. ${page(1)}Securities and Exchange Commission July 14, 2017 Page 2 Response : We have revised it. ${page(2)}Securities and Exchange Commission July 14, 2017 Page 3 ${page(3)}Sincerely, Jane Doe`;
    expect((await parseLetter(new TextEncoder().encode(flat), { file: 't.txt' })).letter.letter.date).toBe('2017-07-14');
  });

  it('should join a title wrapped mid-office in a narrow column, and keep a stacked one apart (c0727, printed HTML)', async () => {
    const signed = async (...lines: string[]) => {
      const html = `<html><body>${[p('May 1, 2021'), p('Re: Acme Corporation Form 10-K'), p('Dear Ms. Roe:'), p('1. Please revise.'), p('Response: We will.'), p('Sincerely,'), ...lines.map(p)].join('')}</body></html>`;
      return (await parseLetter(new TextEncoder().encode(html), { file: 't.htm' })).letter.letter.signatories;
    };
    expect(await signed('/s/ Jimmy Yang', 'Jimmy Yang', 'Associate General Counsel –', 'Capital Markets and Corporate Reporting')).toEqual([
      { name: 'Jimmy Yang', title: 'Associate General Counsel – Capital Markets and Corporate Reporting' },
    ]);
    expect(await signed('/s/ Carey S. Roberts', 'Carey S. Roberts', 'Deputy General Counsel & Chief Corporate', 'Governance Officer')).toEqual([
      { name: 'Carey S. Roberts', title: 'Deputy General Counsel & Chief Corporate Governance Officer' },
    ]);
    expect(await signed('/s/ Jane Doe', 'Jane Doe', 'Vice President', 'Corporate Controller')).toEqual([{ name: 'Jane Doe', title: 'Vice President, Corporate Controller' }]);
    // The rule signed on, a line of its own between the signed name and the name typed again (c0045, c0951).
    expect(await signed('/s/ Cedric W. Burgher', '_____________________________', 'Cedric W. Burgher', 'Senior Vice President and Chief Financial Officer')).toEqual([
      { name: 'Cedric W. Burgher', title: 'Senior Vice President and Chief Financial Officer' },
    ]);
    // Set in a narrow cell (w3m's dumps): a title wrapped in lower case, after a dash, before "Officer" alone (c0206, c0288, c0664);
    // a name wrapped after its initial or first name, signed and typed (c0871, c0082, c1074).
    expect(await signed('/s/ Patrick Grismer', 'Patrick Grismer', 'executive vice president, chief', 'financial officer')).toEqual([{ name: 'Patrick Grismer', title: 'executive vice president, chief financial officer' }]);
    expect(await signed('/s/ Fernando Contreras', 'Fernando Contreras', 'Vice President of Legal -', 'Governance and Corporate Secretary')).toEqual([
      { name: 'Fernando Contreras', title: 'Vice President of Legal - Governance and Corporate Secretary' },
    ]);
    expect(await signed('/s/ Kevin McBride', 'Kevin McBride', 'Chief Accounting', 'Officer')).toEqual([{ name: 'Kevin McBride', title: 'Chief Accounting Officer' }]);
    expect(await signed('/s/ Michael P.', 'Zechmeister', 'Michael P. Zechmeister', 'Chief Financial Officer')).toEqual([{ name: 'Michael P. Zechmeister', title: 'Chief Financial Officer' }]);
    expect(await signed('/s/ JASON T.', 'LIBERTY', 'Jason T.', 'Liberty', 'Chief Financial Officer')).toEqual([{ name: 'Jason T. Liberty', title: 'Chief Financial Officer' }]);
    expect(await signed('/s/ Robert', 'F. Probst', 'Robert F.', 'Probst', 'Executive Vice President')).toEqual([{ name: 'Robert F. Probst', title: 'Executive Vice President' }]);
    // Or a rule of box-drawing lines (w3m's <hr>, c0592).
    expect(await signed('/s/ Robert Peterson', '━'.repeat(40), 'Robert Peterson', 'Senior Vice President and Chief Financial Officer')).toEqual([
      { name: 'Robert Peterson', title: 'Senior Vice President and Chief Financial Officer' },
    ]);
  });

  it('should read a response that answers by number without repeating the comments: every answer in the response, the comment text empty', async () => {
    const body = [
      'Form 10-K for the Fiscal Year Ended December 31, 2023',
      '1. The Company has revised the disclosure on page 34 to discuss the decline in gross margin.',
      'The revised disclosure quantifies the effect of raw material prices.',
      '2. We respectfully advise the Staff that the Company evaluated the criteria in ASC 350-20-35-33. No change to the disclosure is therefore proposed.',
      '3. The Company will expand its disclosure in future filings to include a table of contractual obligations.',
    ];
    const expected = [
      { number: 1, label: '1.', headings: ['Form 10-K for the Fiscal Year Ended December 31, 2023'], text: '', response: { label: null, text: `${body[1]?.slice(3)}\n\n${body[2]}` } },
      { number: 2, text: '', response: { text: body[3]?.slice(3), actions: expect.arrayContaining(['no-change']) } },
      { number: 3, text: '', response: { text: body[4]?.slice(3), actions: ['future-filings'] } },
    ];
    const asText = await parse(responseLetter(body.join('\n\n')).replace('The comments are repeated below, followed by our responses.', 'Our responses are numbered to correspond to the numbered comments in your letter.'));
    expect(asText.letter.letter.kind).toBe('response');
    expect(asText.letter.comments).toMatchObject(expected);
    expect(asText.coverage?.ok).toBe(true);
    const html = `<html><body>${[p('May 1, 2024'), p('Re: Example Corp.'), p('Ladies and Gentlemen:'), p('This letter responds to the comments of the Staff in its letter dated April 17, 2024.'), ...body.map((t) => p(t)), p('Sincerely,'), p('Jane Doe')].join('')}</body></html>`;
    expect((await parseLetter(new TextEncoder().encode(html), { file: 't.htm' })).letter.comments).toMatchObject(expected);
  });

  it('should keep repeated comments that open like an answer but ask ("We acknowledge your response … Please …", c0242), and a numbered list of a supplemental letter', async () => {
    const followUp = await parse(
      responseLetter('1. We acknowledge your response to our previous comment. Please tell us how you estimate the reserve.\n\nThe Company estimates the reserve from its claims history.'),
    );
    expect(followUp.letter.comments).toMatchObject([{ number: 1, text: 'We acknowledge your response to our previous comment. Please tell us how you estimate the reserve.', response: { text: 'The Company estimates the reserve from its claims history.' } }]);
    const list = await parse(
      responseLetter('The Company supplementally provides the following measures:\n\n(1) Total assets of the business are $4.1 billion.\n\n(2) Total revenue of the business is $1.2 billion.\n\n(3) Net income of the business is $0.3 billion.'),
    );
    expect(list.letter.comments).toEqual([]);
  });

  it('should read answers under numbered labels with no comment repeated ("Response to Comment 2:"), and keep comments repeated above such labels', async () => {
    const answers = await parse(
      responseLetter(
        'Form 10-K for the Fiscal Year Ended December 31, 2023\n\nResponse to Comment 1:\n\nThe Company has revised the disclosure on page 34.\n\nResponse to Comment 2:\n\nWe respectfully advise the Staff that no change is needed.\n\nThe Company evaluated the criteria in ASC 280.',
      ),
    );
    expect(answers.letter.comments).toMatchObject([
      { number: 1, label: '', text: '', headings: ['Form 10-K for the Fiscal Year Ended December 31, 2023'], response: { label: 'Response to Comment 1:', text: 'The Company has revised the disclosure on page 34.' } },
      { number: 2, label: '', text: '', response: { label: 'Response to Comment 2:', text: 'We respectfully advise the Staff that no change is needed.\n\nThe Company evaluated the criteria in ASC 280.' } },
    ]);
    expect(answers.coverage?.ok).toBe(true);
    const repeated = await parse(
      responseLetter('Please tell us how you test goodwill.\n\nResponse to Comment 1:\n\nThe Company tests goodwill annually.\n\nPlease revise your segment note.\n\nResponse to Comment 2:\n\nThe Company has revised the note.'),
    );
    expect(repeated.letter.comments.map((c) => c.text)).toEqual(['Please tell us how you test goodwill.', 'Please revise your segment note.']);
  });
  it('should read comments numbered from 1 again under another filing\'s or letter\'s heading, in every form, with a NUMBER_RESTART warning', async () => {
    const body = [
      'Letter dated April 3, 2024',
      'Form 10-K for the Fiscal Year Ended December 31, 2023',
      'Results of Operations, page 22',
      '1. Please quantify each factor you cite for the change in gross margin.',
      'Response: We will quantify each factor in future filings.',
      '2. Please tell us how you considered known trends in raw material costs.',
      'Response: The Company will add a discussion of raw material costs in future filings.',
      'Letter dated April 17, 2024',
      'Form 10-Q for the Quarterly Period Ended March 31, 2024',
      'Note 3 - Inventories, page 8',
      '1. Please tell us why you did not record a lower of cost or market adjustment.',
      'Response: The market value of the inventories exceeded their cost at March 31, 2024.',
      '2. Please disclose the amount of inventory reserves.',
      'Response: We will disclose the reserve in future filings.',
    ];
    const expected = [
      { number: 1, headings: ['Letter dated April 3, 2024', 'Form 10-K for the Fiscal Year Ended December 31, 2023', 'Results of Operations, page 22'], response: { text: 'We will quantify each factor in future filings.' } },
      { number: 2, response: { text: 'The Company will add a discussion of raw material costs in future filings.' } },
      { number: 1, headings: ['Letter dated April 17, 2024', 'Form 10-Q for the Quarterly Period Ended March 31, 2024', 'Note 3 - Inventories, page 8'], text: 'Please tell us why you did not record a lower of cost or market adjustment.' },
      { number: 2, text: 'Please disclose the amount of inventory reserves.', response: { text: 'We will disclose the reserve in future filings.' } },
    ];
    const letter = responseLetter(body.join('\n\n'));
    const asText = await parse(letter);
    expect(asText.letter.comments).toMatchObject(expected);
    expect(asText.letter.warnings.map((w) => w.code)).toEqual(['NUMBER_RESTART']);
    expect(asText.coverage?.ok).toBe(true);
    const html = `<html><body>${[p('May 1, 2024'), p('Re: Example Corp.'), p('Ladies and Gentlemen:'), p('This letter responds to the comments of the Staff in its letters dated April 3, 2024 and April 17, 2024.'), ...body.map((t) => p(t)), p('Sincerely,'), p('Jane Doe')].join('')}</body></html>`;
    expect((await parseLetter(new TextEncoder().encode(html), { file: 't.htm' })).letter.comments).toMatchObject(expected);
    const flattened = await parse(letter.replace(/\s+/g, ' '));
    expect(flattened.letter.comments).toMatchObject(expected.map(({ number, text, response }) => ({ number, ...(text ? { text } : {}), ...(response ? { response } : {}) })));
  });

  it('should not start the numbering again for a "1." in prose naming a filing, nor for the comments repeated in a letter appended after the signature', async () => {
    // "… as required by AS 1." after "please amend your Form 10-K" (c0558 flattened).
    const prose = await parse(
      responseLetter('Form 10-K for the Fiscal Year Ended December 31, 2023\n\n1. As previously requested, please amend your Form 10-K to include an audit report that refers to AS 1.\n\nResponse: The Company will amend the Form 10-K.').replace(/\s+/g, ' '),
    );
    expect(prose.letter.comments.map((c) => c.number)).toEqual([1]);
    expect(prose.letter.comments[0]?.text).toMatch(/refers to AS 1\.$/);
    // The comments again in an annex after the signature (c1017 flattened): the annex is not comments.
    const annexed = responseLetter('Form S-4\n\n1. Please explain the misclassification.\n\nResponse: Discover has provided its response in Annex A.\n\n2. Please tell us when you first determined it.\n\nResponse: Please see Annex A.').replace(
      '/s/ Jane Doe\nJane Doe\nChief Financial Officer\n',
      '/s/ Jane Doe\nJane Doe\nChief Financial Officer\n\nANNEX A\n\nRe: Example Corp.\n\nDear Sir:\n\nAmendment No. 2 to Registration Statement on Form S-4\n\n1. Please explain the misclassification.\n\nResponse: The cards were coded to the wrong tier.\n\n2. Please tell us when you first determined it.\n\nResponse: In 2023.\n\nVery truly yours,\n\nJohn Roe\n',
    );
    for (const text of [annexed, annexed.replace(/\s+/g, ' ')]) expect((await parse(text)).letter.comments.map((c) => c.number)).toEqual([1, 2]);
  });

  it('should read a table that sets each numbered comment beside its answer ("Staff Comment" | "Company Response"), the header row no heading', async () => {
    const rows = [
      ['1. Please expand your discussion of churn to quantify the number of subscribers lost in each period.', 'The Company will quantify subscribers lost in each period in future filings.'],
      ['2. Please tell us how you determined that you have a single reportable segment.', 'The Company\'s chief operating decision maker reviews results only on a consolidated basis.'],
    ];
    const td = (t: string) => `<td>${t}</td>`;
    const letter = (table: string) =>
      `<html><body>${[p('June 3, 2010'), p('Re: Tidewater Telecom, Inc.<br>Form 10-K for the Fiscal Year Ended December 31, 2009'), p('Dear Mr. Spirgel:'), p('The Company submits this letter in response to the comments of the Staff in your letter dated May 20, 2010. The comments and our responses are set out in the table below.')].join('')}${table}${[p('Sincerely,'), p('Maria Chen')].join('')}</body></html>`;
    const expected = rows.map(([comment, answer], k) => ({ number: k + 1, headings: [], text: comment?.slice(3), response: { text: answer } }));
    const twoColumns = `<table><tr><td><b>Staff Comment</b></td><td><b>Company Response</b></td></tr>${rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</table>`;
    const parsed = await parseLetter(new TextEncoder().encode(letter(twoColumns)), { file: 't.htm', verify: true });
    expect(parsed.letter.comments).toMatchObject(expected);
    expect(parsed.letter.preamble).toMatch(/Staff Comment\tCompany Response$/);
    expect(parsed.coverage?.ok).toBe(true);
    // A column of numbers first, a filing's heading in a row of its own.
    const threeColumns = `<table><tr><td><b>No.</b></td><td><b>Comment</b></td><td><b>Response</b></td></tr><tr><td colspan="3"><b>Form 10-K for the Fiscal Year Ended December 31, 2009</b></td></tr>${rows.map(([c, a]) => `<tr>${td(c?.slice(0, 2) ?? '')}${td(c?.slice(3) ?? '')}${td(a ?? '')}</tr>`).join('')}</table>`;
    expect((await parseLetter(new TextEncoder().encode(letter(threeColumns)), { file: 't.htm' })).letter.comments).toMatchObject(expected.map((c) => ({ ...c, headings: ['Form 10-K for the Fiscal Year Ended December 31, 2009'] })));
  });

  it('should take a heading run in at the start of a comment, printed apart ("<u>Description of Index Warrants, page 49</u>. We note …"), for that comment only', async () => {
    const html = (first: string) =>
      `<html><body>${[p('May 1, 2024'), p('Re: Example Corp.'), p('Ladies and Gentlemen:'), p('The comments are repeated below in bold, followed by our responses.'), p(`<b>1. ${first} We note that index warrants may be issued independently.</b>`), p('The Company has revised the disclosure.'), p('<b>2. Please have counsel file a revised legal opinion.</b>'), p('The Company has filed a revised opinion.'), p('Sincerely,'), p('Jane Doe')].join('')}</body></html>`;
    const parsed = await parseLetter(new TextEncoder().encode(html('<u>Description of Index Warrants, page 49</u>.')), { file: 't.htm', verify: true });
    expect(parsed.letter.comments).toMatchObject([
      { number: 1, label: '1.', headings: ['Description of Index Warrants, page 49'], pageRef: '49', text: 'We note that index warrants may be issued independently.' },
      { number: 2, headings: [], pageRef: null, text: 'Please have counsel file a revised legal opinion.' },
    ]);
    expect(parsed.coverage?.ok).toBe(true);
    // Printed as the words after it, the place is part of the comment's words.
    const plain = await parseLetter(new TextEncoder().encode(html('Refer to Note 5, page F-12.')), { file: 't.htm' });
    expect(plain.letter.comments[0]).toMatchObject({ headings: [], text: 'Refer to Note 5, page F-12. We note that index warrants may be issued independently.' });
    // In plain text (laid out, flattened) its words tell it: a title, then the staff's request; not the staff's own "Refer to …".
    const text = (first: string) => responseLetter(`1. ${first} We note that index warrants may be issued independently.

Response: The Company has revised the disclosure.

2. Please have counsel file a revised legal opinion.

Response: The Company has filed a revised opinion.`);
    for (const form of [text('Description of Index Warrants, page 49.'), text('Description of Index Warrants, page 49.').replace(/\s+/g, ' ')]) {
      const read = await parse(form);
      expect(read.letter.comments).toMatchObject([{ headings: ['Description of Index Warrants, page 49'], text: 'We note that index warrants may be issued independently.' }, { headings: [] }]);
      expect(read.coverage?.ok).toBe(true);
    }
    expect((await parse(text('Refer to Note 5, page F-12.'))).letter.comments[0]).toMatchObject({ headings: [], text: 'Refer to Note 5, page F-12. We note that index warrants may be issued independently.' });
  });

  it('should keep a comment whose answer the letter forgot to label, where the others are labelled ("3. Please disclose …" / "We will disclose …")', async () => {
    const comments = [
      ['1. Please quantify each factor you cite for the change in gross margin.', 'Response: We will quantify each factor in future filings.'],
      ['2. Please tell us how you considered known trends in raw material costs.', 'The Company considered the trends and will add a discussion in future filings.'],
      ['3. Please disclose the amount of inventory reserves.', 'We will disclose the reserve in future filings.'],
      ['4. Please file the credit agreement as an exhibit.', 'Response: The Company has filed the agreement as Exhibit 10.1.'],
    ];
    const parsed = await parse(responseLetter(comments.flat().join('\n\n')));
    expect(parsed.letter.comments).toMatchObject(comments.map(([comment, answer], k) => ({ number: k + 1, text: comment?.slice(3), response: { text: answer?.replace(/^Response: /, '') } })));
    expect(parsed.letter.warnings).toEqual([]);
    expect(parsed.coverage?.ok).toBe(true);
    // An answer in the company's own voice that opens no way a label's answer does ("Acme respectfully …", "We did not …").
    for (const answer of ['Acme respectfully advises the Staff that the trends were not material.', 'We did not identify any known trends in raw material costs.']) {
      const own = responseLetter(comments.map(([c, a], k) => [c, k === 1 ? answer : a]).flat().join('\n\n'));
      // As printed, and flattened (line breaks collapsed).
      for (const text of [own, own.replace(/\s+/g, ' ')]) {
        const read = await parse(text);
        expect(read.letter.comments.map((c) => c.number)).toEqual([1, 2, 3, 4]);
        expect(read.letter.comments[1]?.response?.text).toBe(answer);
      }
    }
    // A numbered list inside a labelled answer, in the company's own words, stays in the answer.
    const list = await parse(responseLetter('1. Please describe the transaction.\n\nResponse: The transaction had three steps:\n\n2. The Company formed a subsidiary.\n\n3. The subsidiary acquired the assets.\n\n2. Please file the merger agreement.\n\nResponse: The Company has filed it.'));
    expect(list.letter.comments.map((c) => c.text)).toEqual(['Please describe the transaction.', 'Please file the merger agreement.']);
  });

  it('should keep a comment the letter forgot to print as it says its comments are printed (bold), when it asks as the staff does; not the company\'s own plain list', async () => {
    const comments = [
      ['Please quantify each factor you cite for the change in gross margin.', 'We will quantify each factor in future filings.'],
      ['Please tell us how you considered known trends in raw material costs.', 'The Company considered the trends and will add a discussion in future filings.'],
      ['Please disclose the amount of inventory reserves.', 'We will disclose the reserve in future filings.'],
      ['Please file the credit agreement as an exhibit.', 'The Company has filed the agreement as Exhibit 10.1.'],
    ];
    const html = (items: string[][], plain: number) =>
      `<html><body>${[p('May 1, 2024'), p('Re: Example Corp.'), p('Ladies and Gentlemen:'), p("The Staff's comments are set forth below in bold, followed by our responses."), ...items.flatMap(([c, a], k) => [p(k === plain ? `${k + 1}. ${c}` : `<b>${k + 1}. ${c}</b>`), p(a ?? '')]), p('Sincerely,'), p('Jane Doe')].join('')}</body></html>`;
    const parsed = await parseLetter(new TextEncoder().encode(html(comments, 2)), { file: 't.htm', verify: true });
    expect(parsed.letter.comments).toMatchObject(comments.map(([comment, answer], k) => ({ number: k + 1, text: comment, response: { text: answer } })));
    expect(parsed.coverage?.ok).toBe(true);
    // The company's own numbered questions in plain type inside an answer (c0897) stay in it.
    const list = html([['Please describe the transaction.', 'The Company considered these questions:'], ['Are the cloud features unique?', 'What are the gains in workflow efficiencies?']], 1).replace('<p>2. Are the cloud features unique?</p><p>What are the gains in workflow efficiencies?</p>', '<p>2. Are the cloud features unique?</p><p>3. What are the gains in workflow efficiencies?</p>');
    expect((await parseLetter(new TextEncoder().encode(list), { file: 't.htm' })).letter.comments.map((c) => c.number)).toEqual([1]);
  });

  it('should keep a comment a response numbers as the one before by mistake ("2." twice), in every form; not a repeat inside the comment before its answer', async () => {
    const comments = [
      ['1. Please quantify each factor you cite for the change in gross margin.', 'Response: We will quantify each factor in future filings.'],
      ['2. Please tell us how you considered known trends in raw material costs.', 'Response: The Company considered the trends and will add a discussion in future filings.'],
      ['2. Please disclose the amount of inventory reserves.', 'Response: We will disclose the reserve in future filings.'],
      ['4. Please file the credit agreement as an exhibit.', 'Response: The Company has filed the agreement as Exhibit 10.1.'],
    ];
    const letter = responseLetter(comments.flat().join('\n\n'));
    const expected = comments.map(([comment, answer]) => ({ number: Number(comment?.[0]), text: comment?.slice(3), response: { text: answer?.slice('Response: '.length) } }));
    for (const text of [letter, letter.replace(/\s+/g, ' ')]) {
      const parsed = await parse(text);
      expect(parsed.letter.comments).toMatchObject(expected);
      expect(parsed.coverage?.ok).toBe(true);
    }
    // "2." inside comment 2, before its answer, is the comment's own list.
    const inner = await parse(responseLetter('1. Please describe the plan.\n\nResponse: The plan has two parts.\n\n2. Please tell us about the following:\n\n2. Please also describe the vesting terms.\n\nResponse: The awards vest over four years.'));
    expect(inner.letter.comments.map((c) => c.number)).toEqual([1, 2]);
  });

  it('should read a comment the letter forgot to number where the numbering skips just its number, after the answer before it (UNNUMBERED)', async () => {
    const body = [
      '1. Please quantify each factor you cite for the change in gross margin.',
      'Response:',
      'We will quantify each factor in future filings.',
      'Please tell us how you considered known trends in raw material costs.',
      'Response:',
      'The Company considered the trends and will add a discussion in future filings.',
      '3. Please disclose the amount of inventory reserves.',
      'Response:',
      'We will disclose the reserve in future filings.',
    ];
    const parsed = await parse(responseLetter(body.join('\n\n')));
    expect(parsed.letter.comments).toMatchObject([
      { number: 1, label: '1.', response: { text: 'We will quantify each factor in future filings.' } },
      { number: 2, label: '', text: 'Please tell us how you considered known trends in raw material costs.', response: { text: 'The Company considered the trends and will add a discussion in future filings.' } },
      { number: 3, label: '3.' },
    ]);
    expect(parsed.letter.warnings.map((w) => w.code)).toEqual(['UNNUMBERED']);
    expect(parsed.coverage?.ok).toBe(true);
    // Flattened, its sentences run on from the answer before it.
    const flattened = await parse(responseLetter(body.join('\n\n')).replace(/\s+/g, ' '));
    expect(flattened.letter.comments).toMatchObject([{ number: 1 }, { number: 2, label: '', text: 'Please tell us how you considered known trends in raw material costs.' }, { number: 3 }]);
    expect(flattened.coverage?.ok).toBe(true);
    // With no number skipped, a second answered paragraph is the same comment's (answered part by part), not a new one.
    const parts = await parse(responseLetter(body.slice(0, 6).join('\n\n').replace('Please tell us how', 'Also, please tell us how') + '\n\n2. Please disclose the amount of inventory reserves.\n\nResponse:\n\nWe will disclose it.'));
    expect(parts.letter.comments.map((c) => c.number)).toEqual([1, 2]);
  });
});

describe('a staff letter as pdftotext reads it (no -layout)', () => {
  it('should keep the copies the template\'s header interleaves, end them at the Division\'s signature below them, and part "cc:" from the sign-off (c0001)', async () => {
    const text = [
      'September 2, 2022', '', 'Mr. Mark Hamburg', 'Chief Financial Officer', 'Berkshire Hathaway Inc.', '3555 Farnam Street', 'Omaha, NE 68131', '',
      'Re: Berkshire Hathaway Inc.', 'Definitive Proxy Statement on Schedule 14A', 'Filed March 11, 2022', 'File No. 001-14905', '', 'Dear Mr. Hamburg:', '',
      'We have reviewed your filing and have the following comment.', '',
      '1. Please expand upon the role that your Lead Independent Director plays in the leadership of the board.', '',
      'We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures, notwithstanding any review, comments, action or absence of action by the staff.', '',
      'Please contact Amanda Ravitz at 202-551-3412 with any questions.', '',
      'Sincerely,', 'FirstName LastNameMark Hamburg', 'Comapany NameBerkshire Hathaway Inc.', 'September 2, 2022 Page 2', 'cc:', 'Jenifer Broder', 'FirstName LastName', '',
      'Division of Corporation Finance', 'Disclosure Review Program',
    ].join('\n');
    const { letter, coverage } = await parse(text);
    expect(letter.letter.kind).toBe('staff');
    expect(letter.letter.cc).toEqual(['Jenifer Broder']);
    expect(letter.letter.signatories).toEqual([]);
    expect(letter.letter.office).toBe('Disclosure Review Program');
    expect(letter.closing).toContain('Sincerely,\n\ncc:');
    expect(coverage?.ok).toBe(true);
    // Under a signature the Division is a copied person's (c0110).
    const signed = text.replace(/Sincerely,[\s\S]*$/, ['Sincerely,', '/s/ Jim B. Rosenberg', 'Jim B. Rosenberg', 'Senior Assistant Chief Accountant', '', 'cc: Barbara Jacobs', 'Assistant Director', 'Division of Corporation Finance'].join('\n'));
    expect((await parse(signed)).letter.letter.cc).toEqual(['Barbara Jacobs, Assistant Director, Division of Corporation Finance']);
  });
});

describe('an HTML response as w3m or html2text dumps it', () => {
  it('should move a number centred beside its comment\'s lines to their first line, the sentence ending above it (c0583, c1118 dumped by w3m; blind form-eval), not a numbered item\'s hanging lines', async () => {
    const head = ['March 1, 2024', '', 'Division of Corporation Finance', 'Securities and Exchange Commission', '', 'Re: Acme Corp.', '    Form 10-Q for the Period Ended September 30, 2023', '', 'Dear Ms. Clark:', '', 'We respond to the Staff\'s comment below.', '', 'Goodwill, page 27', ''];
    const tail = ['', 'The Company acknowledges the Staff’s comment and performed the test.', '', 'Sincerely,', '', '/s/ Jane Doe', 'Jane Doe', 'Chief Financial Officer'];
    const centred = [
      '   We note from your 2022 10-K disclosures that your last quantitative goodwill',
      '   impairment test was performed in 2020 and that the fair value of your',
      '   reporting units significantly exceeded the respective carrying values.',
      '1. Please tell us how you considered the declines in net sales and the outlook',
      '   for the remainder of 2023 for certain of your segments as discussed on your',
      '   third quarter earnings call in determining that an interim impairment test',
      '   was not required in 2023.',
    ];
    const { letter, coverage } = await parse([...head, ...centred, ...tail].join('\n'));
    expect(letter.comments.map((c) => [c.number, c.headings])).toEqual([[1, ['Goodwill, page 27']]]);
    expect(letter.comments[0]?.text).toMatch(/^We note from your 2022 10-K disclosures [\s\S]* carrying values\.\s+Please tell us how [\s\S]* not required in 2023\.$/);
    expect(letter.preamble).not.toMatch(/We note from your/);
    expect(coverage?.ok).toBe(true);
    // html2text: no blank line between the comment and the answer at the margin (c0583 dumped by html2text).
    const wide = [...centred.slice(0, -1), '   was not required in 2023 and how the outlook affected the fair value at hand.'];
    const joined = await parse([...head, ...wide, ...tail.slice(1)].join('\n'));
    expect(joined.letter.comments[0]?.text).toMatch(/the fair value at hand\.$/);
    expect(joined.letter.comments[0]?.response?.text).toMatch(/^The Company acknowledges the Staff’s comment/);
    // The answer's label underlined, its words joined by underscores (c0733 dumped by html2text).
    const labelled = await parse([...head, ...wide, 'Company’s_Response: We respectfully acknowledge the Staff’s comment.', ...tail.slice(2)].join('\n'));
    expect(labelled.letter.comments[0]?.response).toMatchObject({ label: 'Company’s Response:', text: 'We respectfully acknowledge the Staff’s comment.' });
    // Hanging lines under a numbered comment, the next number beside as many lines: each number stays where it is printed.
    const hanging = ['1. Please tell us how you tested goodwill for impairment in 2023 and the', '   percentage by which the fair value exceeded the carrying value.', '2. Please tell us how you considered the declines in net sales and the', '   outlook for the rest of the year.'];
    const staffHead = ['March 1, 2024', '', 'John Doe', 'Chief Financial Officer', 'Acme Corp.', '', 'Re: Acme Corp.', '    Form 10-Q for the Period Ended September 30, 2023', '', 'Dear Mr. Doe:', '', 'We have reviewed your filing and have the following comments.', '', 'Goodwill, page 27', ''];
    const staffTail = ['', 'Please contact Jane Roe at 202-551-1234 with any questions.', '', 'Sincerely,', '', 'Division of Corporation Finance', 'Office of Manufacturing'];
    const listed = await parse([...staffHead, ...hanging, ...staffTail].join('\n'));
    expect(listed.letter.comments.map((c) => c.text.slice(0, 28))).toEqual(['Please tell us how you teste', 'Please tell us how you consi']);
  });

  it('should move each number centred beside its item to the item\'s first line where the dump runs the items together, no blank line between them (c0242 dumped by w3m and html2text), and leave a number at its item\'s first line under a paragraph run on from the page before (c0667 laid out)', async () => {
    const head = ['June 14, 2018', '', 'Securities and Exchange Commission', 'Division of Corporation Finance', '', 'Re: Acme Insurance Corp.', '    Form 10-K for the Fiscal Year Ended December 31, 2017', '', 'Dear Mr. Rosenberg:', '', 'For your convenience, we have set forth the comment in bold typeface, followed by our response.', '', 'Note 8. Reserve for Claims, page 169', ''];
    const comment = [
      '   We acknowledge your response to our previous comment. Please tell us how your',
      '   net liability for unallocated loss adjustment expenses is adequate. In this',
      '1. regard, we note that this liability represents 5.2% of the total net',
      '   liabilities. Tell us why ULAE represents only 5.2% of your total net',
      '   liabilities while you appear to have incurred ULAE at a rate of 13.9%.',
      'The ULAE reserve is a smaller percentage of total net reserve liabilities due to',
      'three inter-related factors as described below:',
    ];
    const items = [
      '   Claims Closed Without Payment - In each reporting period, a number of claims',
      '   are opened and must be investigated, but do not result in a loss payment,',
      '1) for example because the loss amount is less than the deductible. These claims',
      '   produce significant expenses but are closed without a loss payment. These',
      '   costs increase the ratio.',
      '   Claims Payment Timing - The payout pattern is more accelerated than the payout',
      '   pattern for direct loss payments. For auto liability claims, approximately',
      '2) 40% of claim costs are paid within the same report year whereas the remaining',
      '   60% of payments are made in a subsequent report year. Thus the amount paid in',
      '   subsequent years is a smaller portion of the initial reserve.',
      '   Claims Mix - Pending claims primarily relate to liability coverage claims,',
      '   since most physical damage claims are closed during the year they are',
      '3) reported. Approximately 95% of physical damage claims are closed within the',
      '   same report year, causing a significant portion of expenses to be paid within',
      '   the same report year.',
    ];
    const tail = ['As you can see, several factors result in a lower ratio.', '', 'Very truly yours,', '', '/s/ Eric K. Ferren', 'Eric K. Ferren', 'Chief Accounting Officer'];
    const { letter, coverage } = await parse([...head, ...comment, ...items, ...tail].join('\n'));
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(letter.comments[0]?.text).toMatch(/^We acknowledge your response [\s\S]* a rate of 13\.9%\.$/);
    const answer = letter.comments[0]?.response?.text ?? '';
    expect(answer.match(/^\d\) [^-]+-/gm)).toEqual(['1) Claims Closed Without Payment -', '2) Claims Payment Timing -', '3) Claims Mix -']);
    expect(coverage?.ok).toBe(true);
    // A number at its item's first line, the end of the comment before run on above it at the same indent after a page break.
    const staffHead = ['November 8, 2021', '', 'John Doe', 'Chief Executive Officer', 'Acme Corp.', '', 'Re: Acme Corp.', '    Form 10-K for the Fiscal Year Ended October 3, 2021', '', 'Dear Mr. Doe:', '', 'We have reviewed your response and have the following comments.', ''];
    const laidOut = [
      '2.    Your response to comment 2 states that you have not experienced decreased demand. Tell us about other factors you considered in determining',
      '      the effects on demand for goods that produce greenhouse gas emissions. In addition,',
      '      explain how you considered disclosure regarding reputational risks.',
      '3.    Your response to comment 3 states that the physical effects of climate change',
      '      have not been material. Please provide more detail about the types of physical',
      '      effects you have experienced. Explain how you determined that the impacts were',
      '      not material. Also, provide us with support for your statement that you have',
      '      not experienced any material change to the cost of insurance.',
      '      Tell us how you considered the effects in estimating your reserves.',
    ];
    const staffTail = ['', 'Please contact Jane Roe at 202-551-1234 with any questions.', '', 'Sincerely,', '', 'Division of Corporation Finance', 'Office of Trade & Services'];
    const staff = await parse([...staffHead, ...laidOut, ...staffTail].join('\n'));
    expect(staff.letter.comments.map((c) => c.text.slice(0, 34))).toEqual(['Your response to comment 2 states ', 'Your response to comment 3 states ']);
  });

  it('should read a cc line wrapped before words a no-break space binds as one entry, and a line opening with a courtesy title, or with a name under a company\'s legal form, as an entry of its own (c0702, c0179, c0256 dumped by html2text)', async () => {
    // A response wrapped greedily at `width` columns, as html2text wraps (a no-break space binds the words around it), its cc lines after it.
    const letter = (width: number, cycle: string, cc: string[]) => {
      const lines: string[] = [];
      let line = '';
      for (const word of `We advise that ${cycle.repeat(12)}which we will describe in future filings.`.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      return [
        'May 1, 2024', '', 'Securities and Exchange Commission', 'Division of Corporation Finance', '', 'Re: NRG Energy, Inc.', '    Form 10-K for the Fiscal Year Ended December 31, 2023', '', 'Dear Mr. Rosenberg:', '',
        'We respond to the Staff\'s comment below.', '', '1. Please tell us how you estimate the allowance for credit losses.', '', ...lines, line, '',
        'Sincerely,', '', '/s/ Alberto Fornaro', 'Alberto Fornaro', 'Chief Financial Officer', '', ...cc,
      ].join('\n');
    };
    const ccOf = async (text: string) => (await parse(text)).letter.letter.cc.map((entry) => entry.replace(/\u00a0/g, ' '));
    // Lines of 80 columns: nine words of eight letters.
    const bound = letter(80, 'reserves measured balances expected payments interest premiums declines activity ', [
      'cc: Brian Curci,\u00a0Esq., Executive Vice President and General Counsel, NRG',
      '    Energy,\u00a0Inc.',
      '    Mary Smith, Senior Vice President and Chief Accounting Officer, NRG Energy,\u00a0Inc.',
      '    David Callen, Chief Accounting Officer, NRG Energy, Inc.',
    ]);
    // (A name and its comma under a line ending on a legal form opens an entry too, however long that line: c0256, c0782.)
    expect(await ccOf(bound)).toEqual([
      'Brian Curci, Esq., Executive Vice President and General Counsel, NRG Energy, Inc.',
      'Mary Smith, Senior Vice President and Chief Accounting Officer, NRG Energy, Inc.',
      'David Callen, Chief Accounting Officer, NRG Energy, Inc.',
    ]);
    // Lines of 78 columns: eight words of eight letters and one of six.
    const courtesy = letter(78, 'reserves measured balances expected payments interest premiums declines assets ', [
      'cc: Ms.\u00a0Tracey McKoy, United States Securities and Exchange Commission',
      '\u00a0\u00a0\u00a0\u00a0Mr.\u00a0David Korvin, United States Securities and Exchange Commission',
    ]);
    expect(await ccOf(courtesy)).toEqual(['Ms. Tracey McKoy, United States Securities and Exchange Commission', 'Mr. David Korvin, United States Securities and Exchange Commission']);
  });

  it('should keep a numbered list the company\'s own sentence leads into inside its answer, each point answered, in the answer (c0897 in every text dump: as filed the comments are bold), not answers by number', async () => {
    const head = ['May 1, 2017', '', 'Securities and Exchange Commission', 'Division of Corporation Finance', '', 'Re: Autodesk, Inc.', '    Form 10-K for the Fiscal Year Ended January 31, 2017', '', 'Dear Mr. Gilmore:', '', 'We respond below to the comment of the Staff.', ''];
    const tail = ['', 'Sincerely,', '', '/s/ Scott Herren', 'Scott Herren', 'Chief Financial Officer'];
    const comment = '1. We note your response to prior comment 5. Please provide a more specific discussion of how your desktop software and related cloud functionality create a collaborative workforce.';
    const answer = [
      'We respectfully advise the Staff that our cloud features are integrated with the desktop software.', '',
      'We considered this guidance in the following context:', '',
      '1. Are the cloud features unique and add significant value, or could a customer obtain them from another vendor?', '',
      'Our cloud features are unique and only possible by the integration of our software and services.', '',
      '2. What are the gains in capabilities and workflow efficiencies by the customer?', '',
      'The cloud functionality provides customers additional capabilities in real time.', '',
      '3. What functions cannot be done by the on-premise software that can only be performed by the cloud?', '',
      'Certain functions can only be performed in the cloud, such as sharing a design with others.',
    ];
    const { letter } = await parse([...head, comment, '', ...answer, ...tail].join('\n'));
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(letter.comments[0]?.response?.text).toMatch(/^We respectfully advise [\s\S]*1\. Are the cloud features [\s\S]*3\. What functions [\s\S]* sharing a design with others\.$/);
    // Answers by number after the company's own lead-in stay the comments.
    const byNumber = ['Our responses to the Staff\'s comments follow:', '', '1. The Company has revised the disclosure on page 45 as requested.', '', '2. The Company respectfully advises the Staff that no change is needed.'];
    const answered = await parse([...head, ...byNumber, ...tail].join('\n'));
    expect(answered.letter.comments.map((c) => c.number)).toEqual([1, 2]);
  });

  it('should read html2text\'s underlined headings (words joined by underscores) and a centred number whose words go on in capitals after a joining word (c0005 dumped by html2text)', async () => {
    const text = [
      'March 28, 2024', '', 'Division of Corporation Finance', 'U.S. Securities and Exchange Commission', '', 'Re: Crown Castle Inc.', 'PREC14A Filed March 25, 2024', '', 'Dear Ms. Chalk:', '',
      'On behalf of the Company, we respond to the comments of the Staff below.',
      'PREC14A_Filed_March_25,_2024',
      'General',
      '    In Appendix C, please disclose the beneficial ownership (if any) of the',
      ' 1. Participants’ associates, who are mentioned on pages C-5 and C-6, in any',
      '    securities of the Company. See Item 5(b)(1)(ix) of Schedule 14A.',
      'Response: The Company respectfully acknowledges the Staff’s comment and has revised the disclosure.',
      'Background_to_the_Solicitation,_page_8',
      ' 2. Please revise the background to describe each contact with the dissident.',
      'Response: The Company has revised the disclosure on page 8.',
      '', 'Sincerely,', '/s/ Jane Doe', 'Jane Doe', 'General Counsel',
    ].join('\n');
    const { letter, coverage } = await parse(text);
    expect(letter.comments.map((c) => [c.number, c.headings])).toEqual([
      [1, ['PREC14A Filed March 25, 2024', 'General']],
      [2, ['PREC14A Filed March 25, 2024', 'Background to the Solicitation, page 8']],
    ]);
    expect(letter.comments[0]?.text).toMatch(/^In Appendix C, please disclose the beneficial ownership \(if any\) of the\s+Participants’ associates/);
    expect(coverage?.ok).toBe(true);
  });

  it('should read a comment\'s number set in a cell of its own and centred beside its lines as the comment\'s, its first lines and headings above it (c0013 dumped by w3m)', async () => {
    const text = [
      'February 12, 2024', '', 'Office of Manufacturing', 'Division of Corporation Finance', 'U.S. Securities and Exchange Commission', 'Washington, DC 20549', '',
      'Re: Corning Incorporated', '    Form 10-Q for the Period Ended September 30, 2023', '    File No. 001-03247', '', 'Dear Ms. Clark:', '',
      'We are responding to the comment from the Staff set forth below in bold, followed by our related response.', '',
      'Form 10-Q for the Period Ended September 30, 2023', '', 'Goodwill, page 27', '',
      '   We note your response from prior comment 1 from our letter dated November',
      '   17, 2023 and from your 10-K disclosures that you perform a detailed',
      '   quantitative impairment test every three years and that the last test',
      '1. performed was in 2020. Please tell us the date of your annual assessment',
      '   completed in 2023 and the percentage by which fair value exceeded carrying value.', '',
      'The Company acknowledges the Staff’s comment. We completed our fiscal 2023 annual impairment test as of October 1, 2023.', '',
      'Sincerely,', '', '/s/ Edward A. Schlesinger', 'Executive Vice President & Chief Financial Officer',
    ].join('\n');
    const { letter, coverage } = await parse(text);
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    const [comment] = letter.comments;
    expect(comment?.headings).toEqual(['Form 10-Q for the Period Ended September 30, 2023', 'Goodwill, page 27']);
    expect(comment?.text).toMatch(/^We note your response from prior comment 1 [\s\S]* the last test performed was in 2020\. Please tell us/);
    expect(comment?.response?.text).toMatch(/^The Company acknowledges the Staff’s comment\./);
    expect(coverage?.ok).toBe(true);
    // A "COMMENT" label above the headings: the label's words lead, its number stands among the comment's (c0935 dumped by w3m).
    const labelled = await parse(text.replace('Form 10-Q for the Period Ended September 30, 2023\n\nGoodwill', 'COMMENT\n\nForm 10-Q for the Period Ended September 30, 2023\n\nGoodwill'));
    expect(labelled.letter.comments[0]?.label).toBe('COMMENT 1.');
    expect(labelled.coverage?.ok).toBe(true);
    // A heading numbered as no comment near this one is a heading still (c0067 dumped by w3m).
    const noteHeading = await parse(text.replace('Goodwill, page 27', '(14) Reserves for Losses and Loss Expenses, page 73'));
    expect(noteHeading.letter.comments[0]?.headings).toEqual(['Form 10-Q for the Period Ended September 30, 2023', '(14) Reserves for Losses and Loss Expenses, page 73']);
  });
});

describe('a file holding more than one letter', () => {
  const staff = plainStaffLetter('1. Please disclose the risks of your debt.\n\n2. Please revise the table of contractual obligations.');
  const several = (letter: { warnings: { code: string; message: string; offset?: number }[] }) => letter.warnings.filter((w) => w.code === 'SEVERAL_LETTERS');

  it('should warn that another letter follows the sign-off, at its salutation, and read the first letter\'s comments alone', async () => {
    const answer = responseLetter('1. Please disclose the risks of your debt.\n\nResponse: We have revised the disclosure.\n\n2. Please revise the table of contractual obligations.\n\nResponse: We have revised the table.');
    const { letter, text } = await parse(`${answer}\n\n${staff}`);
    expect(letter.comments.map((c) => [c.number, c.response?.text])).toEqual([[1, 'We have revised the disclosure.'], [2, 'We have revised the table.']]);
    const [warning, ...more] = several(letter);
    expect(more).toEqual([]);
    expect(warning?.message).toContain('"Dear Mr. Smith:"');
    expect(warning?.message).toContain('closing');
    expect(text.value.slice(warning?.offset, (warning?.offset ?? 0) + 15)).toBe('Dear Mr. Smith:');
  });

  it('should find the next letter\'s salutation inside a flattened line, however many people it greets (c1017)', async () => {
    const flat = (letter: string) => letter.replace(/\s+/g, ' ');
    const next = 'June 3, 2024 Re: Example Corp. Form S-4 File No. 333-278812 Dear Messrs. Henderson, Pande and Windsor: Example Corp. is pleased to respond.';
    const { letter } = await parse(`${flat(staff)} ${next}`);
    expect(several(letter).map((w) => w.message)).toEqual([expect.stringContaining('"Dear Messrs. Henderson, Pande and Windsor:"')]);
  });

  it('should keep a letter filed twice over whole where it greets its reader again (a salutation is no running header)', async () => {
    const { letter, coverage } = await parse(`${staff}\n\n${staff}`);
    expect(several(letter)).toHaveLength(1);
    expect(letter.closing).toContain('Dear Mr. Smith:');
    expect(coverage?.ok).toBe(true);
  });

  it('should find another letter that runs on from the last answer by its head (a Re: line above its salutation), not a greeting quoted in an answer', async () => {
    const answer = (reply: string) => responseLetter(`1. Please disclose the risks of your debt.\n\nResponse: ${reply}`);
    const second = answer('We have revised the disclosure.').replace('/s/ Jane Doe\nJane Doe\nChief Financial Officer\n', '');
    const first = answer('We have revised the disclosure.').replace(/\n\nIf you have any questions[\s\S]*$/, '');
    const { letter } = await parse(`${first}\n\n${second}`);
    // The first letter ends at the second's date: its last answer holds none of the second's words, its closing all of them.
    expect(letter.comments.map((c) => c.response?.text)).toEqual(['We have revised the disclosure.']);
    expect(letter.closing).toMatch(/^Ladies and Gentlemen:\s+This letter responds/);
    expect(several(letter).map((w) => w.message)).toEqual([expect.stringContaining('"Ladies and Gentlemen:"): its words are in the closing')]);
    const quoted = answer('We will add this letter to shareholders:\n\nDear Fellow Stockholders:\n\nThis year we grew.');
    expect(several((await parse(quoted)).letter)).toEqual([]);
  });

  it('should end the first letter where the second\'s head begins: a staff letter then the company\'s answer, a completed review then a staff letter', async () => {
    const answer = responseLetter('1. Please disclose the risks of your debt.\n\nResponse: We have revised the disclosure.\n\n2. Please revise the table of contractual obligations.\n\nResponse: We have revised the table.');
    // The answer's labels made the whole file a response, and the staff letter's comments were looked for as a response's: none.
    const { letter } = await parse(`${staff}\n\n${answer}`);
    expect(letter.letter.kind).toBe('staff');
    expect(letter.comments.map((c) => [c.number, c.response])).toEqual([[1, null], [2, null]]);
    expect(letter.comments[1]?.text).toBe('Please revise the table of contractual obligations.');
    expect(letter.closing).toContain('Re: Example Corp.');
    expect(several(letter).map((w) => w.message)).toEqual([expect.stringContaining('"Ladies and Gentlemen:"): its words are in the closing')]);
    // Flattened, a review completed without comments, then a staff letter: no comments of the second read as the first's.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const done = plainStaffLetter('').replace('We have reviewed your filing and have the following comments.\n\nRisk Factors, page 12', 'We have completed our review of your filing.');
    const { letter: completed } = await parse(`${flat(done)} ${flat(staff)}`);
    expect(completed.comments).toEqual([]);
    expect(several(completed)).toHaveLength(1);
  });

  it('should take a salutation met first in the body for the letter\'s own when its head has none (its head run on in one line, c1112 by html2text)', async () => {
    const answer = responseLetter('1. Please disclose the risks of your debt.\n\nResponse: We have revised the disclosure.');
    const bodyAt = answer.indexOf('\n\n1.');
    const { letter } = await parse(answer.slice(0, bodyAt).replace(/\s+/g, ' ') + answer.slice(bodyAt));
    expect(letter.letter.salutation).toBeNull();
    expect(several(letter)).toEqual([]);
  });

  it('should keep the words of a flattened line that opens with the staff template\'s logo: a second letter\'s head, no page furniture', async () => {
    const flat = (letter: string) => letter.replace(/\s+/g, ' ');
    const next = 'United States securities and exchange commission logo June 3, 2024 Bob Jones Chief Executive Officer Acme Inc. Re: Acme Inc. Form 10-K File No. 001-16441 Dear Bob Jones: We have reviewed your filing.';
    const { letter } = await parse(`${flat(staff)}\n${next}`);
    // The logo's words are page furniture on a line of their own, as atop the first letter; the head's are the closing's.
    expect(letter.closing).toMatch(/Assistant Director\s+June 3, 2024\s+Bob Jones Chief Executive Officer Acme Inc\.\s+Re: Acme Inc\./);
    expect(several(letter)).toHaveLength(1);
  });

  it('should read the staff template\'s salutation without a courtesy title, and one ending in a comma, inside a flattened line', async () => {
    const flat = (letter: string) => letter.replace(/\s+/g, ' ');
    for (const greeting of ['Dear Gregory S. Lovins:', 'Dear Mr. Hamady and Mr. Esquivel,']) {
      const next = `June 3, 2024 Re: Example Corp. Form 10-K File No. 001-16441 ${greeting} We have reviewed your filing.`;
      expect(several((await parse(`${flat(staff)} ${next}`)).letter).map((w) => w.message)).toEqual([expect.stringContaining(`"${greeting}"`)]);
    }
  });

  it('should read each of two flattened letters on its own words: the first\'s comments, signature and copies as alone (c0019 then c0020)', async () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const copied = staff.replace('Assistant Director', 'Assistant Director\n\ncc: Jane Roe');
    const answer = responseLetter('1. Please disclose the risks of your debt.\n\nResponse: We have revised the disclosure.\n\n2. Please revise the table of contractual obligations.\n\nResponse: We have revised the table.');
    const alone = (await parse(flat(copied))).letter;
    expect(alone.comments.map((c) => c.number)).toEqual([1, 2]);
    // The answer's labels made the staff letter's chain look for answers, and its comment 2 (answered by none) was dropped.
    const { letter, coverage } = await parse(`${flat(copied)} CORRESP 1 filename1.htm ${flat(answer)}`);
    expect(letter.comments.map((c) => [c.number, c.text, c.response])).toEqual(alone.comments.map((c) => [c.number, c.text, null]));
    expect(letter.letter.kind).toBe('staff');
    // The second letter's head (its document header, date and addressee) is no part of the first's signature or copies.
    expect(letter.letter.signatories).toEqual(alone.letter.signatories);
    expect(letter.letter.cc).toEqual(['Jane Roe']);
    expect(letter.closing).toMatch(/^Sincerely,\s+Pamela Long\s+Assistant Director\s+cc: Jane Roe\s+CORRESP 1 filename1\.htm\s+May 1, 2024\s/);
    expect(several(letter)).toHaveLength(1);
    expect(coverage?.ok).toBe(true);
    // Without the document header, the second letter's head opens at its date.
    const { letter: dated } = await parse(`${flat(copied)} ${flat(answer)}`);
    expect(dated.letter.cc).toEqual(['Jane Roe']);
    expect(dated.comments.map((c) => c.number)).toEqual([1, 2]);
  });

  it('should read the first letter\'s signature and copies from its own closing, not from the next letter\'s head and signature', async () => {
    // Signed by the Division, as the staff's letters are today: no person signs it, and the next letter's signer is none of its.
    const divided = staff.replace('Pamela Long\nAssistant Director', 'Division of Corporation Finance\nOffice of Manufacturing');
    const next = staff.replace('March 5, 2008', 'June 2, 2008').replace('Pamela Long', 'Tom Kluck').replace(/Acme Corporation/g, 'Beta Inc.').replace(/Smith/g, 'Lee').replace('Risk Factors, page 12', 'Liquidity, page 40');
    const { letter, coverage } = await parse(`${divided}\n\n${next}`);
    expect(letter.letter.signatories).toEqual([]);
    // The next letter's words are still the closing's.
    expect(letter.closing).toMatch(/Office of Manufacturing\s+June 2, 2008\s[\s\S]*Tom Kluck\s+Assistant Director$/);
    expect(coverage?.ok).toBe(true);
    // Copies above the next letter's date are the first letter's.
    const copied = await parse(`${divided}\n\ncc: Jane Roe\n\n${next}`);
    expect(copied.letter.letter.cc).toEqual(['Jane Roe']);
  });

  it('should start the next letter at its EDGAR document header or mail stop above its date: no part of the first letter\'s copies', async () => {
    const copied = staff.replace('Assistant Director', 'Assistant Director\n\ncc: Jane Roe');
    for (const opening of ['CORRESP 1 filename1.htm\nExample Corp.\n1 Main Street\nSpringfield, IL 62701', 'Mail Stop 4628']) {
      const answer = `${opening}\n\n${responseLetter('1. Please disclose the risks of your debt.\n\nResponse: We have revised the disclosure.')}`;
      const { letter } = await parse(`${copied}\n\n${answer}`);
      expect(letter.letter.cc).toEqual(['Jane Roe']);
      expect(letter.closing).toContain(`cc: Jane Roe\n\n${opening.split('\n')[0]}`);
    }
  });

  it('should start another flattened letter at its EDGAR document header though the first letter greets nobody (an order, c0119)', async () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const order = 'UNITED STATES OF AMERICA BEFORE THE SECURITIES AND EXCHANGE COMMISSION February 5, 2019 In the Matter of Example Corp. ORDER DECLARING REGISTRATION EFFECTIVE PURSUANT TO SECTION 12(d) OF THE SECURITIES EXCHANGE ACT OF 1934 Example Corp. has filed an application requesting that its registration statement become effective. IT IS ORDERED that the registration statement become effective. For the Commission, by the Division of Corporation Finance, pursuant to delegated authority. Vanessa A. Countryman Secretary';
    const answer = responseLetter('1. Please disclose the risks of your debt.\n\nResponse: We have revised the disclosure.');
    const alone = (await parse(order)).letter;
    const { letter, coverage } = await parse(`${order} CORRESP 1 filename1.htm ${flat(answer)}`);
    // The answer's salutation was read as the order's, and its comment as the order's.
    expect([letter.letter.salutation, letter.comments.length]).toEqual([alone.letter.salutation, alone.comments.length]);
    expect(several(letter).map((w) => w.message)).toEqual([expect.stringContaining('"Ladies and Gentlemen:"): its words are in the closing')]);
    expect(coverage?.ok).toBe(true);
  });

  it('should not warn for a letter alone, its closing thanking or naming people ("Dear" in a sentence)', async () => {
    const { letter } = await parse(staff.replace('Sincerely,', 'We thank our dear colleagues, Mr. Smith and Ms. Jones: they helped.\n\nSincerely,'));
    expect(several(letter)).toEqual([]);
  });
});
