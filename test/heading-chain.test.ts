import { describe, expect, it } from 'vitest';
import { type ChainHeading, headingStyle, joinWrappedHeadings, nestHeadings, type PrintedHeading, printedHeadings, styleHierarchy } from '../src/assemble/heading-chain.js';
import type { Line } from '../src/normalize.js';

/** Run nestHeadings over the heading groups printed above successive comments; the chain texts after each. */
function chains(groups: PrintedHeading[][], outer = styleHierarchy(groups.map((g) => g.map((h) => h.style)))): string[] {
  let chain: ChainHeading[] = [];
  return groups.map((group) => {
    chain = nestHeadings(chain, group, outer);
    return chain.map((h) => h.text).join(' > ');
  });
}
const u = (text: string): PrintedHeading => ({ text, style: 'u' });
const b = (text: string): PrintedHeading => ({ text, style: 'b' });

describe('headingStyle', () => {
  const line = (text: string, styles: Partial<Line>): Line => ({ index: 0, start: 0, end: text.length, text, bold: 0, italic: 0, underline: 0, centered: false, inTable: false, furniture: false, pageTop: false, spans: [], ...styles });
  it('should key a line by its formatting across the line', () => {
    expect(headingStyle(line('Form 10-K', { bold: 1 }))).toBe('b');
    expect(headingStyle(line('Goodwill, page 54', { underline: 1, italic: 0.5 }))).toBe('u');
    expect(headingStyle(line('RISK FACTORS', { bold: 1, centered: true }))).toBe('bCc');
    expect(headingStyle(line('General', {}))).toBe('');
  });
});

describe('printedHeadings', () => {
  const line = (text: string, spans: [number, number, boolean][]): Line => ({
    index: 0, start: 0, end: text.length, text, bold: 0, italic: 0, underline: spans.filter((s) => s[2]).reduce((n, s) => n + s[1] - s[0], 0) / text.length,
    centered: false, inTable: false, furniture: false, pageTop: false, spans: spans.map(([start, end, underline]) => ({ start, end, bold: false, italic: false, underline })),
  });
  const mdna = "Management's Discussion and Analysis of Financial Condition and Results of Operations";
  it('should split a section title from the sub-heading run on after it', () => {
    const text = `${mdna} Overview, page 34`;
    expect(printedHeadings(line(text, [[0, mdna.length, true], [mdna.length, mdna.length + 1, false], [mdna.length + 1, text.length, true]])).map((h) => h.text)).toEqual([mdna, 'Overview, page 34']);
    const note = 'Note (1) Summary of Significant Accounting Policies';
    const noted = `${note} Goodwill, page F-16`;
    expect(printedHeadings(line(noted, [[0, note.length, true], [note.length, note.length + 1, false], [note.length + 1, noted.length, true]])).map((h) => h.text)).toEqual([note, 'Goodwill, page F-16']);
    const typed = `Item 7. ${mdna} Liquidity and Capital Resources, page 25`;
    expect(printedHeadings(line(typed, [[0, typed.length, true]])).map((h) => h.text)).toEqual([`Item 7. ${mdna}`, 'Liquidity and Capital Resources, page 25']);
    // As filings print it: "Operation", any Item's label (c1173 flattened).
    const singular = "Item 2. Management’s Discussion and Analysis of Financial Condition and Results of Operation Off-Balance Sheet Arrangements";
    expect(printedHeadings(line(singular, [[0, singular.length, true]])).map((h) => h.text)).toEqual(["Item 2. Management’s Discussion and Analysis of Financial Condition and Results of Operation", 'Off-Balance Sheet Arrangements']);
    // Typed on with no space between, as html2text joins two paragraphs (c0224, c0389 dumped by html2text).
    for (const sub of ['Overview, page 34', '2022 Compared to 2021, page 32']) {
      expect(printedHeadings(line(`${mdna}${sub}`, [[0, mdna.length + sub.length, true]])).map((h) => h.text)).toEqual([mdna, sub]);
    }
    // Joined to the title's wrapped line (c0387 dumped by html2text).
    const wrapped = [u('Management’s Discussion and Analysis of Financial Condition and Results of'), u('Operations Consolidated Results of Operations, page 41')];
    expect(joinWrappedHeadings(wrapped).map((h) => h.text)).toEqual(['Management’s Discussion and Analysis of Financial Condition and Results of Operations', 'Consolidated Results of Operations, page 41']);
    // The title typed with a comma after it (kept, as printed), the sub-heading on the next line (c0341, as filed and flattened); its page stays with it.
    const comma = [u(`Item 7. ${mdna},`), u('Comparison of Fiscal 2016 to Fiscal 2015')];
    expect(joinWrappedHeadings(comma).map((h) => h.text)).toEqual([`Item 7. ${mdna},`, 'Comparison of Fiscal 2016 to Fiscal 2015']);
    expect(joinWrappedHeadings([u(`Item 7. ${mdna},`), u('page 24')]).map((h) => h.text)).toEqual([`Item 7. ${mdna}, page 24`]);
  });
  it("should split a numbered note's standard title from the heading under it, printed alike in one paragraph (c0293)", () => {
    const split = (text: string) => printedHeadings(line(text, [[0, text.length, true]])).map((h) => h.text);
    expect(split('Note 1. Significant Accounting Policies Inventories, page 38')).toEqual(['Note 1. Significant Accounting Policies', 'Inventories, page 38']);
    expect(split('Note 2 – Revenue Recognition Software Licenses and Royalties, page 6')).toEqual(['Note 2 – Revenue Recognition', 'Software Licenses and Royalties, page 6']);
    // One heading: a title going on with a participle, a longer title, a title alone, a title without the note's number.
    for (const whole of ['Note 15 - Investments Accounted for by the Equity Method, page 165', 'Note 3. Revenue Recognition, page 10', 'Note 6. Income Taxes', 'Income Taxes Uncertain Tax Positions, page 90']) {
      expect(split(whole)).toEqual([whole]);
    }
  });
  it('should keep one heading whole', () => {
    const longer = `${mdna} and Other, page 32`;
    expect(printedHeadings(line(longer, [[0, longer.length, true]])).map((h) => h.text)).toEqual([longer]);
    const mixed = 'Goodwill and Other Intangibles, page 54';
    expect(printedHeadings(line(mixed, [[0, 8, true], [8, 12, false], [12, mixed.length, true]])).map((h) => h.text)).toEqual([mixed]);
  });
});

describe('nestHeadings', () => {
  it('should take "U.S. Federal Income Tax Consequences of the Mergers" for a section beside Risk Factors, not a summary entry "(See Page 69)" (c0449, c0057)', () => {
    expect(
      chains([
        [u('Risk Factors'), u('If the Mergers do not qualify as a reorganization, page 18')],
        [u('U.S. Federal Income Tax Consequences of the Mergers'), u('Tax Consequences of the Mergers, page 74')],
      ]).at(-1),
    ).toBe('U.S. Federal Income Tax Consequences of the Mergers > Tax Consequences of the Mergers, page 74');
  });
  it('should keep the information statement an exhibit is above its sections, and its summary beside its Q&A (c0023, c0975)', () => {
    expect(
      chains([
        [u('Amendment No. 6 to Draft Registration Statement on Form 10-12G'), u('Exhibit 99.1 Information Statement'), u('Questions and Answers About the Separation and Distribution, page 1')],
        [u('Information Statement Summary, page 10')],
        [u('Unaudited Pro Forma Condensed Financial Information, page 84')],
      ]).slice(1),
    ).toEqual([
      'Amendment No. 6 to Draft Registration Statement on Form 10-12G > Exhibit 99.1 Information Statement > Information Statement Summary, page 10',
      'Amendment No. 6 to Draft Registration Statement on Form 10-12G > Exhibit 99.1 Information Statement > Unaudited Pro Forma Condensed Financial Information, page 84',
    ]);
  });
  it('should read "Amendment 1 to Form 8-K …" as a filing (c0812)', () => {
    expect(
      chains([
        [u('Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations'), u('Critical Accounting Policies, page 50')],
        [u('Amendment 1 to Form 8-K filed March 11, 2016'), u('Exhibit 99.3')],
      ]).at(-1),
    ).toBe('Amendment 1 to Form 8-K filed March 11, 2016 > Exhibit 99.3');
  });
  it('should keep a numbered exhibit above the statements and titled parts of the document it is (c0930, c0226)', () => {
    expect(
      chains([
        [u('Exhibit 99.1: News release dated August 3, 2016'), u('Non-GAAP and Other Financial Disclosures, page 6')],
        [u('Consolidated Statements of Operating Earnings Available to Common Shareholders (Unaudited)')],
        [u('Reconciliation to Premiums, Fees and Other Revenues (Unaudited)')],
      ]).slice(1),
    ).toEqual([
      'Exhibit 99.1: News release dated August 3, 2016 > Consolidated Statements of Operating Earnings Available to Common Shareholders (Unaudited)',
      'Exhibit 99.1: News release dated August 3, 2016 > Reconciliation to Premiums, Fees and Other Revenues (Unaudited)',
    ]);
  });
  it('should take "Schedule II …" for a peer of the notes and "Forms 8-K filed …" for a filing (c0556)', () => {
    expect(
      chains([
        [b('Form 10-K for the Fiscal Year Ended December 31, 2015'), b('Financial Statements for the Fiscal Year Ended December 31, 2015'), b('Note 29 – Condensed Consolidating Financial Information, page 210')],
        [b('Schedule II Valuation and Qualifying Accounts, page 223')],
        [b('Forms 8-K filed February 29, 2016 and May 5, 2016')],
      ]).slice(1),
    ).toEqual([
      'Form 10-K for the Fiscal Year Ended December 31, 2015 > Financial Statements for the Fiscal Year Ended December 31, 2015 > Schedule II Valuation and Qualifying Accounts, page 223',
      'Forms 8-K filed February 29, 2016 and May 5, 2016',
    ]);
  });
  it('should keep "Response Dated …" above the filing headings it holds (c0551)', () => {
    expect(
      chains([
        [b('Response Dated May 13, 2019'), b('Form 10-K for the period ended November 30, 2018'), b('Revenue, page 40')],
        [b('Form 10-Q for the period ended February 28, 2019'), b('Note 2. Revenue, page 9')],
      ]).at(-1),
    ).toBe('Response Dated May 13, 2019 > Form 10-Q for the period ended February 28, 2019 > Note 2. Revenue, page 9');
  });
  it('should take the interim financial statements "for the Quarterly Periods Ended …" for a section of the filing, beside Executive Compensation (c0379)', () => {
    expect(
      chains([
        [u('Executive Compensation'), u('Annual Incentive Plan'), u('Individual Performance Modifier, page 128')],
        [u('Interim Financial Statements for the Quarterly Periods Ended September 30, 2016 and 2015'), u('Note 6. Impairment of Long-Lived Assets, page F-97')],
      ]).at(-1),
    ).toBe('Interim Financial Statements for the Quarterly Periods Ended September 30, 2016 and 2015 > Note 6. Impairment of Long-Lived Assets, page F-97');
  });
  it('should keep the parts of an unpaged note under it (c0143), and start the notes beside a prospectus section, not inside it (c0372)', () => {
    const p = (text: string): PrintedHeading => ({ text, style: '' });
    expect(
      chains([
        [p('Form 10-K for the Fiscal Year Ended December 31, 2018'), p('Note 15 - Investments Accounted for by the Equity Method and Variable Interest Entities'), p('Entities that are not Consolidated, page 165')],
        [p('Variable Interest Entities, page 165')],
      ]).at(-1),
    ).toBe('Form 10-K for the Fiscal Year Ended December 31, 2018 > Note 15 - Investments Accounted for by the Equity Method and Variable Interest Entities > Variable Interest Entities, page 165');
    expect(
      chains([
        [p('Draft Registration Statement on Form 10-12G'), p('Material U.S. Federal Income Tax Consequences, page 145')],
        [p('Note 1. Description of the Business and Basis of Presentation'), p('Basis of Presentation, page F-9')],
      ]).at(-1),
    ).toBe('Draft Registration Statement on Form 10-12G > Note 1. Description of the Business and Basis of Presentation > Basis of Presentation, page F-9');
  });
  it('should take "Results of Operations - Private Client Group" for a part of MD&A, a peer of "Results of Operations - Asset Management", not for a registrant named "… Group" (c0041)', () => {
    const bu = (text: string): PrintedHeading => ({ text, style: 'bu' });
    expect(
      chains([
        [bu('Form 10-Q for the Quarterly Period Ended December 31, 2018'), bu("Management's Discussion and Analysis"), bu('Results of Operations - Private Client Group'), bu('Selected Key Metrics, page 53')],
        [bu('Results of Operations - Asset Management'), bu('Financial Assets under management, page 57')],
      ]).at(-1),
    ).toBe("Form 10-Q for the Quarterly Period Ended December 31, 2018 > Management's Discussion and Analysis > Results of Operations - Asset Management > Financial Assets under management, page 57");
  });
  it('should not keep a titled "…, page N" heading inside a paged section it lies far past, and keep a paged appendix inside the exhibit it is printed in (c0877, c1045)', () => {
    expect(
      chains([
        [u('Draft Registration Statement on Form 10'), u('Exhibit 99.1'), u('Information Statement Summary'), u('Our Company, page 11')],
        [u('Unaudited Pro Forma Condensed Combined Financial Information, page 77')],
        [u('Intellectual Property, page 119')],
        [u('Appendix A: Supplemental Consolidated Statement of Income Information, page F-34')],
      ]).slice(2),
    ).toEqual([
      'Draft Registration Statement on Form 10 > Exhibit 99.1 > Intellectual Property, page 119',
      'Draft Registration Statement on Form 10 > Exhibit 99.1 > Appendix A: Supplemental Consolidated Statement of Income Information, page F-34',
    ]);
  });

  it('should put a standard part of MD&A right under MD&A\'s title, out of a sub-section printed alike (c0450)', () => {
    expect(
      chains([
        [u('Form 10-K for Fiscal Year Ended December 31, 2016'), u('Management’s Discussion and Analysis'), u('Financial Presentation'), u('Selected Operational and Financial Metrics, page 41')],
        [u('Executive Overview, page 44')],
        [u('Results of Operations, page 46')],
      ]).slice(1),
    ).toEqual([
      'Form 10-K for Fiscal Year Ended December 31, 2016 > Management’s Discussion and Analysis > Executive Overview, page 44',
      'Form 10-K for Fiscal Year Ended December 31, 2016 > Management’s Discussion and Analysis > Results of Operations, page 46',
    ]);
  });

  it('should know MD&A\'s title however its first word is printed: the apostrophe left out, or made a space by w3m (c0593, c0012 dumped by w3m)', () => {
    for (const title of ['Managements Discussion and Analysis', 'Management s Discussion and Analysis']) {
      expect(
        chains([
          [u('Form 10-K for Fiscal Year Ended December 31, 2016'), u(title), u('Financial Presentation'), u('Selected Operational and Financial Metrics, page 41')],
          [u('Results of Operations, page 46')],
        ]).at(-1),
      ).toBe(`Form 10-K for Fiscal Year Ended December 31, 2016 > ${title} > Results of Operations, page 46`);
    }
  });

  it('should take "The Corporate Reorganization and Distribution" for a section of its own, out of the summary\'s sub-section above (c0488)', () => {
    expect(
      chains([
        [u('Draft Registration Statement on Form 10'), u('Exhibit 99.1- Information Statement'), u('Summary Selected Unaudited Pro Forma Condensed Consolidated Financial Information, page 10')],
        [u('The Corporate Reorganization and Distribution'), u('The Number of Shares of TPL Corporation Common Stock You Will Receive, page 19')],
      ]).at(-1),
    ).toBe('Draft Registration Statement on Form 10 > Exhibit 99.1- Information Statement > The Corporate Reorganization and Distribution > The Number of Shares of TPL Corporation Common Stock You Will Receive, page 19');
  });

  it('should take "Description of <Issuer> Capital Stock" for a section of its own, beside MD&A (c0371)', () => {
    expect(
      chains([
        [u('Draft Registration Statement'), u('Management’s Discussion and Analysis and Results of Operations, page 76')],
        [u('Description of Carrier Capital Stock'), u('Charter and Bylaw Provisions, page 118')],
      ]).at(-1),
    ).toBe('Draft Registration Statement > Description of Carrier Capital Stock > Charter and Bylaw Provisions, page 118');
  });

  it('should take "Description of Material Indebtedness, page 252" for a section of its own, out of "Certain Relationships …" above (c1045)', () => {
    expect(
      chains([
        [b('Registration Statement on Form 10-12B'), b('Exhibit 99.1 Information Statement of Registrant'), b('Certain Relationships and Related Party Transactions'), b('Agreements with 3M, page 236')],
        [b('Description of Material Indebtedness, page 252')],
      ]).at(-1),
    ).toBe('Registration Statement on Form 10-12B > Exhibit 99.1 Information Statement of Registrant > Description of Material Indebtedness, page 252');
  });

  it('should take the standard parts of MD&A for peers, however printed: "Liquidity and Capital Resources, page 37" replaces "2023 Compared with 2022" (c0635)', () => {
    const mdna = "Management's Discussion and Analysis of Financial Condition and Results of Operations";
    expect(
      chains([
        [u('Form 10-K for the fiscal year ended December 31, 2023'), u(mdna), u('2023 Compared with 2022'), u('Other Profit/Loss and Tax Items, page 33')],
        [u('Construction Industries, page 33')],
        [u('Liquidity and Capital Resources, page 37')],
      ]),
    ).toEqual([
      `Form 10-K for the fiscal year ended December 31, 2023 > ${mdna} > 2023 Compared with 2022 > Other Profit/Loss and Tax Items, page 33`,
      `Form 10-K for the fiscal year ended December 31, 2023 > ${mdna} > 2023 Compared with 2022 > Construction Industries, page 33`,
      `Form 10-K for the fiscal year ended December 31, 2023 > ${mdna} > Liquidity and Capital Resources, page 37`,
    ]);
  });

  it('should keep a sub-section under the unpaged topic heading its titled peer a few pages before stood under (c0134), not one far away (c0751)', () => {
    expect(
      chains([
        [u('Form 10-K for the Fiscal Year Ended May 26, 2019'), u('Non-GAAP Measures'), u('Adjusted Diluted EPS and Related Constant-currency Growth Rate, page 40')],
        [u('Net Debt-to-Adjusted Earnings Before Interest, Taxes, Depreciation and Amortization (EBITDA) Ratio, page 46')],
      ]).at(-1),
    ).toBe('Form 10-K for the Fiscal Year Ended May 26, 2019 > Non-GAAP Measures > Net Debt-to-Adjusted Earnings Before Interest, Taxes, Depreciation and Amortization (EBITDA) Ratio, page 46');
    expect(
      chains([
        [u('Draft Registration Statement on Form S-1'), u('Our Offerings'), u('Payment Processing, page 119')],
        [u('Non-GAAP Financial Measures, page 185')],
      ]).at(-1),
    ).toBe('Draft Registration Statement on Form S-1 > Non-GAAP Financial Measures, page 185');
  });
  it('should take a filing heading that opens with the registrant\'s name for the filing: sections stay inside it, the next filing replaces it (c0556, c0983)', () => {
    const mdna = "Management's Discussion and Analysis of Financial Condition and Results of Operations";
    expect(
      chains([
        [b('NRG Energy, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015'), b('Selected Financial Data, page 61')],
        [b(mdna), b('Consolidated Results of Operations, page 66')],
        [b('NRG Yield, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015'), b('Note 5 — Investments Accounted for by the Equity Method, page 90')],
      ]),
    ).toEqual([
      'NRG Energy, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015 > Selected Financial Data, page 61',
      `NRG Energy, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015 > ${mdna} > Consolidated Results of Operations, page 66`,
      'NRG Yield, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015 > Note 5 — Investments Accounted for by the Equity Method, page 90',
    ]);
  });
  it('when a major section has a page then the titled page headings after it are its sub-sections, until the pages jump on or change series', () => {
    const groups = [
      [u('Form S-1'), u("Management's Discussion and Analysis of Financial Condition and Results of Operations, page 78")],
      [u('Our Business Model, page 81')],
      [u('Factors Affecting Our Performance'), u('Cost-effectively attract consumers, page 87')],
      [u('Business, page 106')],
      [u('Our Opportunity, page 114')],
      [u('Non-GAAP Financial Measures, page 185')],
      [u('Operations and Support, page F-17')],
    ];
    expect(chains(groups)).toEqual([
      "Form S-1 > Management's Discussion and Analysis of Financial Condition and Results of Operations, page 78",
      "Form S-1 > Management's Discussion and Analysis of Financial Condition and Results of Operations, page 78 > Our Business Model, page 81",
      "Form S-1 > Management's Discussion and Analysis of Financial Condition and Results of Operations, page 78 > Factors Affecting Our Performance > Cost-effectively attract consumers, page 87",
      'Form S-1 > Business, page 106',
      'Form S-1 > Business, page 106 > Our Opportunity, page 114',
      'Form S-1 > Non-GAAP Financial Measures, page 185',
      'Form S-1 > Operations and Support, page F-17',
    ]);
  });

  it('when a note of the financial statements follows a titled page heading then it stands beside it, and the financial statements with a page beside an Item (c0854, c0684, c1038)', () => {
    expect(chains([[u('Form 10-K'), u('Funds from Operations, page 61')], [u('Note 8 — Intangibles, page 107')], [u('Note 13 — Income Taxes, page 116')]])).toEqual([
      'Form 10-K > Funds from Operations, page 61',
      'Form 10-K > Note 8 — Intangibles, page 107',
      'Form 10-K > Note 13 — Income Taxes, page 116',
    ]);
    // Nor inside a single statement or a section that holds no notes (c0226, c0506); under "Notes to …" it stays.
    expect(chains([[u('Consolidated Statements of Shareholders’ Equity, page 29')], [u('Note 9. Taxes, page 45')]])).toEqual(['Consolidated Statements of Shareholders’ Equity, page 29', 'Note 9. Taxes, page 45']);
    expect(chains([[u('Form 10-K'), u('Management’s Discussion and Analysis of Financial Condition and Results of Operations')], [u('Note 9: Goodwill, page 79')]])).toEqual([
      'Form 10-K > Management’s Discussion and Analysis of Financial Condition and Results of Operations',
      'Form 10-K > Note 9: Goodwill, page 79',
    ]);
    expect(chains([[u('Form 10-K'), u('Notes to Consolidated Financial Statements'), u('Note 4. Revenue, page 60')]])).toEqual(['Form 10-K > Notes to Consolidated Financial Statements > Note 4. Revenue, page 60']);
    // An exhibit sits inside the Item that lists the exhibits (c0942).
    expect(chains([[u('Form S-4'), u('Item 21. Exhibits and Financial Statement Schedules'), u('Exhibit 5.1, page II-3')], [u('Exhibits 8.1 and 8.2, page II-3')]])).toEqual([
      'Form S-4 > Item 21. Exhibits and Financial Statement Schedules > Exhibit 5.1, page II-3',
      'Form S-4 > Item 21. Exhibits and Financial Statement Schedules > Exhibits 8.1 and 8.2, page II-3',
    ]);
    expect(chains([[u('Form 10-K'), u('Item 7. Management’s Discussion and Analysis'), u('RevPAR, page 47')], [u('Consolidated Financial Statements, page 73')]])).toEqual([
      'Form 10-K > Item 7. Management’s Discussion and Analysis > RevPAR, page 47',
      'Form 10-K > Consolidated Financial Statements, page 73',
    ]);
  });

  it('when the section is Risk Factors or a summary then the titled page headings after it stand beside it', () => {
    expect(chains([[u('Form S-4'), u('Prospectus Summary, page 15')], [u('Recent Developments, page 16')], [u('Risk Factors, page 30')], [u('Background of the Mergers, page 54')]])).toEqual([
      'Form S-4 > Prospectus Summary, page 15',
      'Form S-4 > Recent Developments, page 16',
      'Form S-4 > Risk Factors, page 30',
      'Form S-4 > Background of the Mergers, page 54',
    ]);
  });

  it('when a "…, page N" heading follows one printed alike then it replaces it, whatever its wording (2021-constellation-drs-form10-upload)', () => {
    expect(chains([[u('Draft Registration Statement on Form 10-12B'), u('Reasons for the Separation, page 11')], [u('Our results could be negatively affected by the impacts of COVID-19, page 23')]])).toEqual([
      'Draft Registration Statement on Form 10-12B > Reasons for the Separation, page 11',
      'Draft Registration Statement on Form 10-12B > Our results could be negatively affected by the impacts of COVID-19, page 23',
    ]);
  });

  it('when a page heading follows one printed alike under a note then the note stays', () => {
    const groups = [[u('Form S-1'), u('Financial Statements - Applovin Corporation'), u('Note 2 - Basis of Presentation'), u('Revenue, page F-10')], [u('Intangible Assets, page F-14')], [u('Note 7. Acquisitions, page F-20')]];
    expect(chains(groups)).toEqual([
      'Form S-1 > Financial Statements - Applovin Corporation > Note 2 - Basis of Presentation > Revenue, page F-10',
      'Form S-1 > Financial Statements - Applovin Corporation > Note 2 - Basis of Presentation > Intangible Assets, page F-14',
      'Form S-1 > Financial Statements - Applovin Corporation > Note 7. Acquisitions, page F-20',
    ]);
  });

  it('when a heading without a page follows a page heading printed alike then it does not nest under it (2024-adm-10k-upload)', () => {
    expect(chains([[u('Form 10-K for the Year Ended December 31, 2023'), u('Non-GAAP Financial Measures, page 42')], [u('Critical Accounting Policies and Estimates'), u('Goodwill, page 54')]])[1]).toBe(
      'Form 10-K for the Year Ended December 31, 2023 > Critical Accounting Policies and Estimates > Goodwill, page 54',
    );
  });

  it('when the letter prints one style above another then a heading in the outer style never nests under the inner one', () => {
    const groups = [[b('Form 10-K'), u('Revenue Recognition, page 30')], [b('Segment Information')], [b('Income Taxes'), u('Deferred Taxes, page 80')]];
    expect(chains(groups)).toEqual(['Form 10-K > Revenue Recognition, page 30', 'Form 10-K > Segment Information', 'Form 10-K > Income Taxes > Deferred Taxes, page 80']);
    // Without the letter's style evidence the sub-section would nest under the page heading above it.
    expect(chains(groups, () => false)[1]).toBe('Form 10-K > Revenue Recognition, page 30 > Segment Information');
  });

  it('should keep headings printed one after another nested, even when printed alike', () => {
    expect(chains([[u('Form S-1'), u("Management's Discussion and Analysis"), u('Our Business Model'), u('Business Revenue, page 72')], [u('Key Metrics'), u('Monthly Active Payers, page 74')]])).toEqual([
      "Form S-1 > Management's Discussion and Analysis > Our Business Model > Business Revenue, page 72",
      "Form S-1 > Management's Discussion and Analysis > Key Metrics > Monthly Active Payers, page 74",
    ]);
  });
});

describe('styleHierarchy', () => {
  it('should order two styles only when the letter never prints them the other way round', () => {
    const outer = styleHierarchy([['b', 'u'], ['b', 'u', 'u']]);
    expect(outer('b', 'u')).toBe(true);
    expect(outer('u', 'b')).toBe(false);
    const mixed = styleHierarchy([['b', 'u'], ['u', 'b']]);
    expect(mixed('b', 'u')).toBe(false);
  });
});

describe('joinWrappedHeadings', () => {
  const plain = (...texts: string[]): PrintedHeading[] => texts.map((text) => ({ text, style: 'plain' }));
  it('should join a heading printed on two lines: a joining word at the end, or a line that only finishes it', () => {
    expect(joinWrappedHeadings(plain('Form 10-K', 'Management’s Discussion and Analysis of Financial Condition and Results of', 'Operations, page 12')).map((h) => h.text)).toEqual([
      'Form 10-K',
      'Management’s Discussion and Analysis of Financial Condition and Results of Operations, page 12',
    ]);
    expect(joinWrappedHeadings(plain('Form 10-K for the Fiscal Year ended December 31,', '2022')).map((h) => h.text)).toEqual(['Form 10-K for the Fiscal Year ended December 31, 2022']);
    expect(joinWrappedHeadings(plain('Exhibit 5.1, page', 'F-12')).map((h) => h.text)).toEqual(['Exhibit 5.1, page F-12']);
  });
  it('should join a filing heading and the line under it that says when it was filed (an HTML line break between them), not a section heading and a date', () => {
    expect(joinWrappedHeadings(plain('Amendment No. 2 to Registration Statement on Form S-4', 'Filed June 3, 2019', 'Risk Factors, page 19')).map((h) => h.text)).toEqual([
      'Amendment No. 2 to Registration Statement on Form S-4 Filed June 3, 2019',
      'Risk Factors, page 19',
    ]);
    expect(joinWrappedHeadings(plain('Risk Factors', 'Filed June 3, 2019')).map((h) => h.text)).toEqual(['Risk Factors', 'Filed June 3, 2019']);
  });
  it('should join a numbered part\'s label alone, a title that stops before its date, and two lines that make a standard title only together (c0876, c0860 printed)', () => {
    expect(joinWrappedHeadings(plain('Item 8.', 'Financial Statements and Supplementary', 'Data', 'Note 2. Significant Accounting Policies')).map((h) => h.text)).toEqual([
      'Item 8. Financial Statements and Supplementary Data',
      'Note 2. Significant Accounting Policies',
    ]);
    expect(joinWrappedHeadings(plain('Year Ended December 31, 2024 Compared to Year Ended', 'December 31, 2023')).map((h) => h.text)).toEqual(['Year Ended December 31, 2024 Compared to Year Ended December 31, 2023']);
    // A complete title keeps the heading under it apart.
    expect(joinWrappedHeadings(plain('Item 8. Financial Statements', 'Revenue Recognition, page 55')).map((h) => h.text)).toEqual(['Item 8. Financial Statements', 'Revenue Recognition, page 55']);
    // The title's page after it (c0452 printed); not a title and a heading of its own that happen to make a longer one.
    expect(joinWrappedHeadings(plain('Non-GAAP', 'Financial Measures, page 72')).map((h) => h.text)).toEqual(['Non-GAAP Financial Measures, page 72']);
    expect(joinWrappedHeadings(plain('Non-GAAP Financial Measures', 'Adjusted EBITDA, page 72')).map((h) => h.text)).toEqual(['Non-GAAP Financial Measures', 'Adjusted EBITDA, page 72']);
  });
  it('should join the short name a heading defines, printed on a line of its own in capitals (c0779)', () => {
    const mdna = 'Management’s Discussion and Analysis of Financial Condition and Results of Operations';
    expect(joinWrappedHeadings([u(mdna), { text: '(“MD&A”)', style: 'uC' }]).map((h) => h.text)).toEqual([`${mdna} (“MD&A”)`]);
    expect(joinWrappedHeadings([u('Risk Factors'), { text: '(“MD&A”)', style: 'bC' }]).map((h) => h.text)).toEqual(['Risk Factors', '(“MD&A”)']);
  });
  it('should keep apart headings that each end where they can, or are printed in different styles', () => {
    expect(joinWrappedHeadings(plain('Risk Factors', 'Our Business, page 5')).map((h) => h.text)).toEqual(['Risk Factors', 'Our Business, page 5']);
    expect(joinWrappedHeadings([{ text: 'Results of', style: 'bold' }, { text: 'Operations', style: 'plain' }]).map((h) => h.text)).toEqual(['Results of', 'Operations']);
    // A list letter opens a heading of its own, lower case as it is (c0653).
    expect(joinWrappedHeadings(plain('Note 7: Unpaid losses and loss expenses', 'c) Loss Development Tables, page F-46')).map((h) => h.text)).toEqual([
      'Note 7: Unpaid losses and loss expenses',
      'c) Loss Development Tables, page F-46',
    ]);
  });
});
