// Unit tests of the line classifiers: comment numbers, response labels, headings.
import { describe, expect, it } from 'vitest';
import { matchCommentNumber } from '../src/classify/comment-number.js';
import { headingLevel, isHeadingLike, pageRefOf } from '../src/classify/heading.js';
import type { Line } from '../src/normalize.js';
import { matchResponseLabel } from '../src/classify/response-label.js';
import { readFilings } from '../src/assemble/metadata.js';

describe('matchCommentNumber', () => {
  const cases: [string, number | undefined, string?][] = [
    ['1. We note your disclosure', 1, 'We note your disclosure'],
    ['1.Your disclosure', 1, 'Your disclosure'],
    ['12.\tPlease revise', 12, 'Please revise'],
    ['- 5. Tell us whether', 5, 'Tell us whether'],
    ['Comment #1:', 1, ''],
    ['Comment No. 3', 3, ''],
    ['SEC Oral Comment #2: We note that you exclude', 2, 'We note that you exclude'],
    ['1.\tComment: We note you have', 1, 'We note you have'],
    ['2016. Revenue rose', undefined],
    ['1.5 million shares were issued', undefined],
    ['In 2016, we', undefined],
  ];
  for (const [text, number, rest] of cases) {
    it(`"${text}" -> ${number ?? 'no marker'}`, () => {
      const m = matchCommentNumber(text);
      expect(m?.number).toBe(number);
      if (m && rest !== undefined) expect(text.slice(m.textStart)).toBe(rest);
    });
  }
});

describe('matchResponseLabel', () => {
  const labels = ['Response:', 'RESPONSE:', 'Response', 'Company Response:', 'ITW Response:', 'Weyerhaeuser Response:', 'Response to Comment 1', 'Response to Comment #2:', 'Answer:', 'Response: The Company respectfully', 'Response No. 1: The Company'];
  for (const text of labels) it(`"${text}" is a label`, () => expect(matchResponseLabel(text)).toBeDefined());
  const sentences = ['Response times improved in 2016.', 'Responses from customers were positive', 'In response to the Staff’s comment, we have revised', 'We note your response to comment 3. Please respond to the following.', 'Your response to comment 2: please expand it.'];
  for (const text of sentences) it(`"${text}" is not a label`, () => expect(matchResponseLabel(text)).toBeUndefined());
  it('should give the offset where the answer begins', () => {
    const text = 'Response: The Company respectfully';
    expect(text.slice(matchResponseLabel(text)?.textStart)).toBe('The Company respectfully');
    const numbered = 'Response No. 3: The Company respectfully';
    expect(numbered.slice(matchResponseLabel(numbered)?.textStart)).toBe('The Company respectfully');
  });
  it('should read a numbered label with no colon before the answer\'s first sentence, and not a number that goes on', () => {
    for (const text of ['Response 1 We will revise', 'Response to Comment 2 The Company', 'Response No. 3 “We have revised']) expect(text.slice(matchResponseLabel(text)?.textStart)).toMatch(/^(?:We|The|“We)/);
    for (const text of ['Response to Comments 1 and 2 are below', 'Response 2 of 3 follows', 'Responses 1 through 4 address']) expect(matchResponseLabel(text)).toBeUndefined();
  });
});

describe('headings', () => {
  it('should read the page of the reviewed filing', () => {
    expect(pageRefOf('Goodwill, page 84')).toBe('84');
    expect(pageRefOf('Note 17. Subsequent Event, page31')).toBe('31');
    expect(pageRefOf('Summary, pages 12 - 14')).toBe('12-14');
    // Pages listed, not a range: "Funds from Operations, pages 30 and 31" (c1013) read "30and31" before.
    expect(pageRefOf('Funds from Operations, pages 30 and 31')).toBe('30, 31');
    expect(pageRefOf('Risk Factors, pages 12, 15 and 17')).toBe('12, 15, 17');
    expect(pageRefOf('Note 2, page FS-8')).toBe('FS-8');
    // A prospectus's front matter is paged in lower-case roman numerals (c0372).
    expect(pageRefOf('Industry Information, page i')).toBe('i');
    expect(pageRefOf('Market and Industry Data, page iv')).toBe('iv');
    expect(pageRefOf('General')).toBeUndefined();
  });
  it('should read an unformatted line as a heading when it names a note, and not a sentence that starts with one', () => {
    const plain = (text: string): Line => ({ index: 0, start: 0, end: text.length, text, bold: 0, italic: 0, underline: 0, centered: false, inTable: false, furniture: false, pageTop: false, spans: [] }) as unknown as Line;
    expect(isHeadingLike(plain('Note 1 – The Company and Summary of Significant Accounting Policies'))).toBe(true);
    expect(isHeadingLike(plain('Note 3 shows that revenue from the new contracts is recognized over time as the services are performed.'))).toBe(false);
    // Title case leaves its small words in lower case (c0286, c0240 laid out); a sentence's words are not capitalised.
    expect(isHeadingLike(plain('Description of Business and Basis of Presentation'))).toBe(true);
    expect(isHeadingLike(plain('Committees of the Board of Directors'))).toBe(true);
    expect(isHeadingLike(plain('Please see the discussion of the board below'))).toBe(false);
    expect(isHeadingLike(plain('We have revised the disclosure of the board'))).toBe(false);
    // An Item's title typed with a full stop is still its heading (c0889); a sentence after an Item number is not.
    expect(isHeadingLike(plain('Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations.'))).toBe(true);
    expect(isHeadingLike(plain('Item 7. We note that you discuss the results of operations.'))).toBe(false);
    // A statement's foot line, centred and italic in an answer that reproduces the statement (c0043).
    expect(isHeadingLike({ ...plain('See accompanying Notes to Consolidated Financial Statements'), italic: 1, centered: true } as Line)).toBe(false);
    // A table's figures a line each (a text browser's dump, c0854, c0132) are no headings; a bare number may end a wrapped heading ("…, page" / "37").
    for (const figures of ['3,680', '5.0', '20%', '$ 381,707', '5.0 156 787 914']) expect(isHeadingLike(plain(figures)), figures).toBe(false);
    expect(isHeadingLike(plain('37'))).toBe(true);
  });
  it('should not read a table row of figures as a heading, and still read a heading laid out in cells (c0854, c0593, c0224)', () => {
    const plain = (text: string, bold = 0): Line => ({ index: 0, start: 0, end: text.length, text, bold, italic: 0, underline: 0, centered: false, inTable: true, furniture: false, pageTop: false, spans: [] }) as unknown as Line;
    for (const row of ['Other\t288', '(A)/(B)\t0.2 %', '(A)/(B)\t15\t%', 'Total\t$\t1,054', 'Adjusted EBITDA\t$ 52\t$ 31\t$ (5)', 'Other (1 )\t—\t(1)']) expect(isHeadingLike(plain(row, 1)), row).toBe(false);
    expect(isHeadingLike(plain('Item 7.\tManagement’s Discussion and Analysis'))).toBe(true);
    expect(isHeadingLike(plain('Goodwill\tpage 84', 1))).toBe(true);
    // Laid-out text joins the cells with spaces: two figures or more, one with $ or %, end a row.
    for (const row of ['Adjusted EBITDA $ 52 $ 31 $ 5', 'Adjusted EBITDA margin 0.9% 0.1% 0.6%', 'Non-GAAP Underlying revenue ($280/$1,400) 20%']) expect(isHeadingLike(plain(row, 1)), row).toBe(false);
    // Or before the label's last word, wrapped under the label and joined back (c0224 dumped by w3m); a heading with one figure keeps its words.
    expect(isHeadingLike(plain('Adjusted EBITDA 0.9% 0.1% 0.6% margin', 1))).toBe(false);
    for (const heading of ['Results of Operations 2023 compared', 'Revenue grew 15% in fiscal']) expect(isHeadingLike(plain(heading, 1)), heading).toBe(true);
    // A sub-heading lettered in lower case (c0721, c0188); a list item that is a sentence is not one.
    for (const heading of ['c) Loss Development Tables , page F-47', 'b. Revenue Recognition, page F-7']) expect(isHeadingLike(plain(heading)), heading).toBe(true);
    expect(isHeadingLike(plain('a) Please tell us how you considered the guidance.'))).toBe(false);
    for (const heading of ['Note 13 — Income Taxes, page 116', '5.25% Senior Notes due 2027', 'Fiscal 2023 Compared to Fiscal 2022', 'Item 7A. Quantitative and Qualitative Disclosures About Market Risk']) expect(isHeadingLike(plain(heading, 1)), heading).toBe(true);
  });
  it('should rank a filing above an Item above a "…, page N" heading', () => {
    expect(headingLevel('Form 20-F for the Fiscal Year Ended December 31, 2016')).toBe(0);
    expect(headingLevel('PREC14A Filed March 28, 2024')).toBe(0);
    expect(headingLevel('DRS/A submitted June 2, 2021')).toBe(0);
    expect(headingLevel('S-1 Registration Process')).toBe(2);
    expect(headingLevel('Item 3. Key Information')).toBe(1);
    expect(headingLevel('A. Selected Financial Data, page 3', ['Item 3. Key Information'])).toBe(3);
  });
  it('should nest statements under a financial-statements item, and not otherwise', () => {
    expect(headingLevel('Consolidated Balance Sheets, page 64', ['Item 8. Financial Statements and Supplementary Data, page 63'])).toBe(2);
    expect(headingLevel('Notes to Consolidated Financial Statements', ["Management's Discussion and Analysis"])).toBe(1);
  });
});

describe('readFilings', () => {
  const read = (...lines: string[]) => readFilings(lines).map((f) => [f.form, f.fiscalYearEnd, f.filedOn]);
  it('should read bare EDGAR form types, several on one line', () => {
    expect(read('PREC14A and DFAN14A Filed March 28, 2024')).toEqual([
      ['PREC14A', null, '2024-03-28'],
      ['DFAN14A', null, '2024-03-28'],
    ]);
    expect(read('DEFA14A', 'Filed on May 3, 2024')).toEqual([['DEFA14A', null, '2024-05-03']]);
  });
  it('should take a proxy form\'s EDGAR code over its title (c0185, c0742, c0005)', () => {
    expect(read('Preliminary Proxy Statement on Schedule PREM14A', 'Filed May 7, 2020')).toEqual([['PREM14A', null, '2020-05-07']]);
    expect(read('Amendment No. 2 to Preliminary Proxy Statement on Schedule PRER14A')).toEqual([['PRER14A', null, null]]);
    expect(read('Preliminary Proxy Statement on Schedule 14A')).toEqual([['PRE 14A', null, null]]);
  });
  it('should read each filing of a Re: block whose lines ran together, a filing\'s title after the date of the one before (c0069 laid out, c0547), not inside a defined name (c0096)', () => {
    expect(read('Capital One Financial Corp. Form 10-Q for the Quarterly Period Ended September 30, 2020 Filed November 2, 2020 Form 8-K Furnished October 22, 2020 File No. 1-13300')).toEqual([
      ['10-Q', '2020-09-30', '2020-11-02'],
      ['8-K', null, '2020-10-22'],
    ]);
    expect(read('Form 10-Q for the Quarterly Period Ended March 31, 2024 Form 10-Q for Quarterly Period Ended June 30, 2024')).toEqual([
      ['10-Q', '2024-03-31', null],
      ['10-Q', '2024-06-30', null],
    ]);
    expect(read('Form 10-K for Fiscal Year Ended December 31, 2021 (“2021 Form 10-K”)')).toEqual([['10-K', '2021-12-31', null]]);
  });
  it('should date a furnished 8-K', () => {
    expect(read('Form 10-Q for the Quarterly Period Ended September 30, 2020', 'Form 8-K Furnished October 22, 2020')).toEqual([
      ['10-Q', '2020-09-30', null],
      ['8-K', null, '2020-10-22'],
    ]);
  });
  it('should tell soliciting material filed by another party (DFAN14A) from the registrant\'s own (DEFA14A), whatever the case of the line', () => {
    expect(read('Soliciting Material on Schedule 14A', 'Filed April 23, 2018 by Elaine P. Wynn')).toEqual([['DFAN14A', null, '2018-04-23']]);
    expect(read('Soliciting Material on Schedule 14A', 'Filed April 23, 2018 by the Company')).toEqual([['DEFA14A', null, '2018-04-23']]);
    expect(read('Soliciting Material filed pursuant to Rule 14a-12 by Starboard Value LP')).toEqual([['DFAN14A', null, null]]);
    expect(read('Soliciting Material on Schedule 14A filed by the registrant')).toEqual([['DEFA14A', null, null]]);
    expect(read('SOLICITING MATERIAL ON SCHEDULE 14A FILED BY THE REGISTRANT')).toEqual([['DEFA14A', null, null]]);
  });
  it('should read every periodic report the thread stage groups by period, bare as EDGAR names it (10-KT, 11-K, N-CSR)', () => {
    expect(read('10-KT Filed March 1, 2019')).toEqual([['10-KT', null, '2019-03-01']]);
    expect(read('11-K for the Fiscal Year Ended December 31, 2017')).toEqual([['11-K', '2017-12-31', null]]);
    expect(read('10-KSB Filed March 1, 2008')).toEqual([]);
    expect(headingLevel('N-CSR for the period ended June 30, 2020')).toBe(0);
    expect(headingLevel('11-K filed June 28, 2018')).toBe(0);
  });
  it('should keep "on Schedule 14A" with the filing above it', () => {
    expect(read('PREC14A Preliminary Revocation Solicitation Statement', 'on Schedule 14A', 'Filed on July 2, 2019')).toEqual([['PREC14A', null, '2019-07-02']]);
  });
});

describe('findFurniture', () => {
  const line = (text: string, index: number): Line => ({ index, start: 0, end: text.length, text, bold: 0, italic: 0, underline: 0, centered: false, inTable: false, furniture: false, pageTop: false, spans: [] });

  it('should not take an answer repeated word for word above each page break for a running footer (c0821)', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const texts = ['Ladies and Gentlemen:'];
    for (let k = 1; k <= 3; k++) {
      texts.push(`${k}. Please revise the section about item ${k}.`, ...Array.from({ length: 8 }, (_, j) => `Paragraph ${j} of the comment.`));
      texts.push(`In response to the Staff’s comment, we have revised the disclosure on page ${k + 6}.`, `Page ${k + 1}`);
    }
    const { furniture } = findFurniture(texts.map(line), 1);
    const marked = texts.filter((_, i) => furniture[i]);
    expect(marked).toEqual(['Page 2', 'Page 3', 'Page 4']);
  });

  it('should set apart a page\'s number printed before "| Page" ("1 | Page", c0699, blind round 52), not a sentence that opens with a number', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const texts = ['Ladies and Gentlemen:', '1. Please describe your segments.', 'Our customers include national oil companies.', '1 | Page', 'Examples of other considerations are provided below.', '2 | page', '3 | Pages were added to the exhibit.'];
    const { furniture } = findFurniture(texts.map(line), 1);
    expect(texts.filter((_, i) => furniture[i])).toEqual(['1 | Page', '2 | page']);
  });

  it('should not take the comment numbers read out at two page ends ("3.", "7.": one shape, "#.") for a running line (c0700 flattened)', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const texts = ['Dear Tyler Glover:'];
    const words = ['reserves', 'acreage', 'wells', 'production', 'prices', 'drilling', 'royalties', 'water', 'easements', 'leases', 'surface', 'land', 'sales', 'costs', 'margins', 'taxes'];
    for (const [k, n] of [[2, 3], [3, 7]] as const) {
      texts.push(...words.slice((k - 2) * 8, (k - 1) * 8).map((word) => `Please expand your disclosure of ${word}.`), `${n}.`, 'September 19, 2025', `Page ${k}`);
    }
    const { furniture } = findFurniture(texts.map(line), 1);
    expect(texts.filter((_, i) => furniture[i])).toEqual(['September 19, 2025', 'Page 2', 'September 19, 2025', 'Page 3']);
  });

  it('should set apart an image\'s name or caption alone on a line ("[LOGO]", "[g87351bci002.jpg]": a text browser\'s dump, c0921, c0405), not a word of a sentence', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const texts = ['Dear Ms. Doe:', '1. Please revise.', '[g87351bci002.jpg]', 'The Company will revise.', 'LOGO', 'image1.jpg', 'Logo design costs were capitalized.', 'The logo.jpg file is attached.', '[g87351bci002]', '[image_001]', '[***]', '[Redacted]', '[2019]', 'Sincerely,', 'Picture 3', 'Brett Sandercock'];
    const { furniture } = findFurniture(texts.map(line), 1);
    // Its name without the extension too, letters and figures in brackets (w3m's dumps, c0921, c0999); not a redaction or a year.
    expect(texts.filter((_, i) => furniture[i])).toEqual(['[g87351bci002.jpg]', 'LOGO', 'image1.jpg', '[g87351bci002]', '[image_001]', 'Picture 3']);
  });

  it('should set apart a rule right above a numbered comment (a table\'s border in a text browser\'s dump, c0082), not one above a footnote or the closing', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const rule = '_'.repeat(66);
    const texts = ['Dear Ms. Doe:', 'Executive Overview, page 46', rule, '1. Please refer to comment two.', 'Response: We will revise.', 'Total funding sources $ 381,707', '_______________', '(1) Includes brokered deposits.', rule, 'If you have any questions, please call me.'];
    const { furniture } = findFurniture(texts.map(line), 1);
    expect(texts.map((t, i) => (furniture[i] ? t : undefined)).filter((t) => t !== undefined)).toEqual([rule]);
    expect(furniture[2]).toBe(true);
  });

  it('should set apart the letterhead\'s address line that comes back alone where no page number marks the break, not a line with no figure (c0044 laid out)', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const address = '77 West Wacker Drive   Suite 4600   Chicago, Illinois 60601   312-634-8100';
    const texts = ['Example Corp.', address, 'September 30, 2024', 'Ladies and Gentlemen:'];
    for (let k = 1; k <= 3; k++) texts.push(...(k > 1 ? [address, 'Example Corp.'] : []), `${k}. Please revise the section about item ${k}.`, `Response: We will revise item ${k}.`);
    const { furniture } = findFurniture(texts.map(line), 4);
    expect(texts.filter((_, i) => furniture[i])).toEqual([address, address]);
  });

  it('should set apart the last page\'s copy of the footer every page ends with, after the sign-off and cc (c1052)', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const footer = ['3355 Las Vegas Blvd. South, Las Vegas, Nevada 89109', 'The Venetian Resort Las Vegas | Sands Expo | Marina Bay Sands'];
    const texts = ['Ladies and Gentlemen:'];
    for (let k = 1; k <= 3; k++) texts.push(`${k}. Please revise the section about item ${k}.`, ...Array.from({ length: 8 }, (_, j) => `Paragraph ${j} of the answer.`), ...footer, `Page ${k + 1}`);
    texts.push('Sincerely,', 'Jane Doe', 'cc: Brian V. Breheny, Skadden, Arps, Slate, Meagher & Flom LLP', ...footer);
    const { furniture } = findFurniture(texts.map(line), 1);
    expect(texts.slice(-5).map((t, k) => [t, furniture[texts.length - 5 + k]])).toEqual([
      ['Sincerely,', false],
      ['Jane Doe', false],
      ['cc: Brian V. Breheny, Skadden, Arps, Slate, Meagher & Flom LLP', false],
      [footer[0], true],
      [footer[1], true],
    ]);
    // A footer of one line, a list set apart by bars (c0491, blind round 56); not a closing's last line repeated once above.
    const one = ['Ladies and Gentlemen:'];
    for (let k = 1; k <= 3; k++) one.push(`${k}. Please revise the section about item ${k}.`, ...Array.from({ length: 8 }, (_, j) => `Paragraph ${j} of the answer.`), footer[1] as string, `Page ${k + 1}`);
    one.push('Sincerely,', 'Jane Doe', 'cc: Brian V. Breheny', footer[1] as string);
    expect(findFurniture(one.map(line), 1).furniture[one.length - 1]).toBe(true);
    expect(findFurniture(one.map(line), 1).furniture[one.length - 2]).toBe(false);
  });

  it('should set apart a last footer of one address line after the copies list, not a company named there (c0183, blind round 61; c0694)', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const address = 'Corporate Headquarters: 5420 S. Durango Dr. Las Vegas, NV 89113';
    const letter = (end: string[]) => {
      const texts = ['Ladies and Gentlemen:'];
      for (let k = 1; k <= 2; k++) texts.push(`${k}. Please revise the section about item ${k}.`, ...Array.from({ length: 8 }, (_, j) => `Paragraph ${j} of the answer.`), address, 'Acme Holdings L.P.', `Page ${k + 1}`);
      texts.push('Sincerely,', 'Jane Doe', ...end);
      return { texts, furniture: findFurniture(texts.map(line), 1).furniture };
    };
    const copied = letter(['cc: Brian V. Breheny, Skadden, Arps, Slate, Meagher & Flom LLP', address]);
    expect(copied.furniture.slice(-3)).toEqual([false, false, true]);
    // The signer's address under the sign-off, with no copies list above it, stays the letter's.
    expect(letter([address]).furniture.at(-1)).toBe(false);
    // The copy's company, which the running header prints too, is the copy's.
    expect(letter(['cc: Andrew Langham, Esq.', 'Acme Holdings L.P.']).furniture.at(-1)).toBe(false);
  });

  /** A letter of `pages` pages, pages 2+ opening with the running header "Acme Corp." / "Page N" (page breaks marked unless `flattened`). */
  const pagedLetter = (pages: number, body: (k: number) => string[], flattened = false) => {
    const lines: Line[] = [line('Ladies and Gentlemen:', 0)];
    for (let k = 1; k <= pages; k++) {
      if (k > 1) lines.push({ ...line('Acme Corp.', 0), pageTop: !flattened }, line(`Page ${k}`, 0));
      lines.push(...body(k).map((t) => line(t, 0)));
    }
    return lines.map((l, index) => ({ ...l, index }));
  };
  const kept = async (lines: Line[]) => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const { furniture } = findFurniture(lines, 1);
    return lines.filter((_, i) => !furniture[i]).map((l) => l.text);
  };

  it('should keep a list item or a "…, page N" heading that a letter repeats near two page breaks (c0861, c0592)', async () => {
    const repeated = ['c. The entity has discretion in establishing the price.', 'Proved Undeveloped Reserves, page 28'];
    const lines = pagedLetter(3, (k) => [...(k > 1 ? repeated : []), `${k}. Please tell us more about item ${k}.`, ...Array.from({ length: 8 }, (_, j) => `Paragraph ${j} of the answer.`)]);
    const left = await kept(lines);
    expect(left.filter((t) => repeated.includes(t))).toHaveLength(4);
    expect(left).not.toContain('Acme Corp.');
  });

  it('should keep a "Page N …" line that cites a page of the filing, not its own (c0527, c0854)', async () => {
    const lines = pagedLetter(2, (k) => (k === 2 ? ['Page 34 (Table for proven and probable reserves)', '• Add a column.'] : ['1. Please revise.', 'Text.']));
    expect(await kept(lines)).toContain('Page 34 (Table for proven and probable reserves)');
  });

  it('should take a line for a running one only when it comes back at most of the page breaks (c0650 flattened)', async () => {
    const note = 'Note 2. Summary of Significant Accounting Policies';
    const lines = pagedLetter(5, (k) => [...(k === 3 || k === 4 ? [note] : []), `${k}. Please tell us more about item ${k}.`, ...Array.from({ length: 8 }, (_, j) => `Paragraph ${j} of the answer.`)], true);
    const left = await kept(lines);
    expect(left.filter((t) => t === note)).toHaveLength(2);
    expect(left.some((t) => t === 'Acme Corp.' || /^Page \d$/.test(t))).toBe(false);
  });

  it('should keep the staff\'s sign-off and cc that laid-out text interleaves with the template\'s residue (c0032 laid out)', async () => {
    const texts = ['Dear Mr. Gonzalez:', '1. Please revise the exhibit.', 'Sincerely,', 'FirstName LastNameRichard A. Gonzalez', 'Division of Corporation Finance', 'Comapany NameAbbVie Inc.', 'Office of Life Sciences', 'March 16, 2021 Page 2', 'cc: Steven Scrogham', 'FirstName LastName'];
    expect(await kept(texts.map(line).map((l, index) => ({ ...l, index })))).toEqual(['Dear Mr. Gonzalez:', '1. Please revise the exhibit.', 'Sincerely,', 'Division of Corporation Finance', 'Office of Life Sciences', 'cc: Steven Scrogham']);
    // The program that signs, and an office's name wrapped beside the residue (c0924, c0522 laid out).
    const wrapped = ['Dear Mr. Gonzalez:', '1. Please revise.', 'Sincerely,', 'FirstName LastNameJack Dorsey', 'Office of Information Technologies', 'August 16, 2018 Page 2', 'and Services', 'Disclosure Review Program', 'FirstName LastName'];
    expect((await kept(wrapped.map(line).map((l, index) => ({ ...l, index })))).slice(3)).toEqual(['Office of Information Technologies', 'and Services', 'Disclosure Review Program']);
    // An office wrapped after "and", a list item and a comment's number interleaved with the residue (c0975, c0329 laid out).
    const interleaved = ['Dear Mr. Gonzalez:', '1. Please revise.', 'FirstName LastNameDavid Wehner', '• any weather-related impacts on the cost or availability of insurance.', 'Comapany NameFacebook, Inc.', '7. Quantify', 'Office of Industrial Applications and', 'September 5, 2021 Page 2', 'Services', 'FirstName LastName'];
    expect((await kept(interleaved.map(line).map((l, index) => ({ ...l, index })))).slice(2)).toEqual(['• any weather-related impacts on the cost or availability of insurance.', '7. Quantify', 'Office of Industrial Applications and', 'Services']);
  });

  it('should set apart the template\'s header however many lines pdftotext\'s reading order spreads it over (c0489 as pdftotext reads it)', async () => {
    const header = ['Kate Kelly', 'FirstName', 'LastNameKate', 'Kelly', 'Meta Platforms,', 'Inc.', 'Comapany 29,', 'NameMeta', 'September', '2022 Platforms, Inc.', 'September', 'Page', '2', '29, 2022 Page 2', 'FirstName LastName'];
    const texts = ['Dear Ms. Kelly:', '1. We note your disclosure of the loss.', ...header, 'Form 10-Q for the Quarterly Period Ended June 30, 2022', '2. We note your disclosure and belief.'];
    expect(await kept(texts.map(line).map((l, index) => ({ ...l, index })))).toEqual(texts.filter((t) => !header.includes(t)));
  });

  it('should set apart two lines that copy the head and come back, a date among them, with no page number beside (c0429 laid out)', async () => {
    const { findFurniture } = await import('../src/classify/furniture.js');
    const texts = ['February 14, 2019', 'Securities and Exchange Commission,', 'Dear Mr. Brown:', 'We respond to the comment.', 'Securities and Exchange Commission', 'February 14, 2019', 'Exclusive Forum, page A-86', '1. We note the provision.', 'Response: We will revise it.', 'Securities and Exchange Commission', 'February 14, 2019', 'Very truly yours,', 'February 14, 2019', 'Jane Doe'];
    const { furniture } = findFurniture(texts.map(line), 3);
    expect(texts.filter((_, i) => furniture[i])).toEqual(['Securities and Exchange Commission', 'February 14, 2019', 'Securities and Exchange Commission', 'February 14, 2019']);
  });

  it('should set apart a letterhead footer strip where no page break marks it, and not the signer\'s address below the sign-off (c0184 laid out)', async () => {
    const strip = '1050 Caribbean Way, Miami, Florida 33132-2028 | 305 539 6000 | royalcaribbeangroup.com';
    const texts = ['Dear Ms. Doe:', '1. Please provide us with additional detail.', strip, 'Response: We reduce our carbon footprint.', 'Sincerely,', 'Jane Doe', strip];
    expect(await kept(texts.map(line).map((l, index) => ({ ...l, index })))).toEqual(texts.filter((_, i) => i !== 2));
  });

  it('should set apart a short legend printed again that breaks a sentence where it stands, no page break marking it (c0955 laid out)', async () => {
    const legend = 'Confidential - Corning (L3)';
    const texts = [
      'Dear Ms. Doe:',
      '1. Please disclose the percentage by which fair value exceeds carrying value.',
      'Response: The Company acknowledges the comment and will disclose, for each reporting unit at risk, the nature of',
      legend,
      'the reporting unit and the percentage by which the estimated fair value exceeds the carrying value.',
      'Total revenue\t1,234',
      legend,
      'Sincerely,',
    ];
    expect(await kept(texts.map(line).map((l, index) => ({ ...l, index })))).toEqual(texts.filter((t) => t !== legend));
    // A line printed twice that breaks no sentence stays: a signature block's "Title: Vice President" for two companies.
    const twice = ['Dear Ms. Doe:', '1. Please revise.', 'Response: We will.', 'Sincerely,', 'ACME CORP.', 'By: /s/ Jane Doe', 'Title: Vice President', 'ACME SUB LLC', 'By: /s/ Jane Doe', 'Title: Vice President'];
    expect(await kept(twice.map(line).map((l, index) => ({ ...l, index })))).toEqual(twice);
  });

  it('should keep the one line of a page that holds nothing else (slides filed one per page, c0766)', async () => {
    const slides = ['Facebook Posts', 'Twitter Posts', 'Facebook Posts', 'Facebook Posts'];
    const lines = [line('Ladies and Gentlemen:', 0), line('1. Please provide the materials.', 0), line('Response: They follow.', 0), ...slides.map((t) => ({ ...line(t, 0), pageTop: true }))].map((l, index) => ({ ...l, index }));
    expect((await kept(lines)).filter((t) => slides.includes(t))).toEqual(slides);
  });
});
