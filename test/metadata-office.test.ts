// letter.office, letter.staffContacts and the signatory rule (a person or nobody): unit cases and the labelled fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersCommentLetter, decideCategory } from '../src/assemble/kind.js';
import { officeIn, readFileNumbers, readFilings, readFollowedUp, readInReplyTo, readStaffContacts } from '../src/assemble/metadata.js';
import { isoDate } from '../src/classify/letter-parts.js';
import { parseLetter } from '../src/index.js';
import { fixtures } from './fixtures.js';

describe('officeIn', () => {
  it('should read the office name up to the first word that is not part of it', () => {
    expect(officeIn('Office of Manufacturing')).toBe('Office of Manufacturing');
    expect(officeIn('Office of Energy & Transportation')).toBe('Office of Energy & Transportation');
    expect(officeIn('Stephen Krikorian, Accounting Branch Chief Office of Information Technologies and Services Division of Corporation Finance U.S. Securities')).toBe(
      'Office of Information Technologies and Services',
    );
    expect(officeIn('Senior Assistant Chief Accountant, Office of Healthcare and Insurance')).toBe('Office of Healthcare and Insurance');
    expect(officeIn('Disclosure Review Program')).toBe('Disclosure Review Program');
    expect(officeIn('Office of Beverages, Apparel and Mining')).toBe('Office of Beverages, Apparel and Mining');
    expect(officeIn('Office of Healthcare and Insurance, Division of Corporation Finance')).toBe('Office of Healthcare and Insurance');
  });

  it("should not take a company's own office or words that only mention one", () => {
    expect(officeIn('Office of the General Counsel')).toBeNull();
    expect(officeIn('Office of the Corporate Secretary')).toBeNull();
    expect(officeIn('the office of our counsel')).toBeNull();
    expect(officeIn('Office of')).toBeNull();
  });
});

describe('readFollowedUp', () => {
  it('should take the letter a comment follows up, and not an older letter the comment cites (c1163, c0163)', () => {
    expect(readFollowedUp(['We note your response to comment 3 in our letter dated December 7, 2016. Please revise.'], '2016-12-28')).toBe('2016-12-07');
    expect(readFollowedUp(['Please refer to comments 2 and 4 of our March 15, 2023 letter.'], '2023-07-07')).toBe('2023-03-15');
    expect(readFollowedUp(['In your letter to us dated October 31, 2013, you disclosed contacts with Sudan.'], '2016-07-20')).toBeNull();
    // Years before the letter: no follow-up of it.
    expect(readFollowedUp(['We note your response to comment 1 of our letter dated May 1, 2012.'], '2019-05-16')).toBeNull();
  });
});

describe('readStaffContacts', () => {
  it('should take every name and phone of a contact sentence, titles and all', () => {
    const text =
      'Please contact Jane Doe, Staff Accountant, at (202) 551-1234 or John Q. Roe, Accounting Branch Chief, at 202-551-5678 if you have questions regarding comments on the financial statements. Please contact Mary O’Neal-Smith at 202.551.4321 with any other questions.';
    expect(readStaffContacts([text], null)).toEqual([
      { name: 'Jane Doe', phone: '202-551-1234' },
      { name: 'John Q. Roe', phone: '202-551-5678' },
      { name: 'Mary O’Neal-Smith', phone: '202-551-4321' },
    ]);
    // A number hyphenated at a line's end, the line then joined (c0698 laid out).
    expect(readStaffContacts(['Please contact Amanda Ravitz at (202) 551- 3412 with any questions.'], null)).toEqual([{ name: 'Amanda Ravitz', phone: '202-551-3412' }]);
    // A title with a comma before the name (c0401, blind round 85).
    expect(readStaffContacts(['You may contact Senior Staff Accountant, Sasha Parikh, at (202) 551-3627 if you have questions.'], null)).toEqual([{ name: 'Sasha Parikh', phone: '202-551-3627' }]);
    // Spaced about its hyphen (c1130, blind round 76).
    expect(readStaffContacts(['You may contact Ken Schuler, Mine Engineer, at (202) 551 - 3718 or Gus Rodriguez, Accounting Branch Chief, at (202) 551 - 3752 if you have questions.'], null)).toEqual([
      { name: 'Ken Schuler', phone: '202-551-3718' },
      { name: 'Gus Rodriguez', phone: '202-551-3752' },
    ]);
    // That hyphen dropped, as pdftotext joins a hyphenated line (c0060 as it reads it).
    expect(readStaffContacts(['You may contact Amanda Ravitz at 202-551-3412 or Barbara Jacobs at 202-5513735 with any questions.'], null)).toEqual([
      { name: 'Amanda Ravitz', phone: '202-551-3412' },
      { name: 'Barbara Jacobs', phone: '202-551-3735' },
    ]);
  });

  it('should read "me" and "the undersigned" as the person who signs, and skip them when the Division signs', () => {
    const text =
      'You may contact Senior Staff Accountants Ann Lee at (202) 551-1111 or Bob Kay at (202) 551-2222 with any questions. In this regard, do not hesitate to contact me at (202) 551-3333.';
    expect(readStaffContacts([text], 'Carl Moe')).toEqual([
      { name: 'Ann Lee', phone: '202-551-1111' },
      { name: 'Bob Kay', phone: '202-551-2222' },
      { name: 'Carl Moe', phone: '202-551-3333' },
    ]);
    expect(readStaffContacts([text], null).map((c) => c.name)).toEqual(['Ann Lee', 'Bob Kay']);
    expect(readStaffContacts(['please contact the undersigned at (202) 551-9999.'], 'Dee Fox')).toEqual([{ name: 'Dee Fox', phone: '202-551-9999' }]);
    // Someone signing for the author is not "me".
    expect(readStaffContacts(['or me at (202) 551-9999.'], 'Robert S. Littlepage, for')).toEqual([]);
  });

  it('should follow a list of contacts separated by commas and "or in his absence"', () => {
    const text =
      'Please contact Al Bee, Staff Attorney at (202) 551-6521, Cy Dee, Special Counsel, at (202) 551-3797, or in his absence, Ed Eff, Branch Chief, at (202) 551-3854 with any other questions.';
    expect(readStaffContacts([text], null).map((c) => c.name)).toEqual(['Al Bee', 'Cy Dee', 'Ed Eff']);
  });

  it('should name no one for a phone without a person ("call the staff at", a company number)', () => {
    expect(readStaffContacts(['If you have questions, please call the staff at (202) 551-3100.'], null)).toEqual([]);
    expect(readStaffContacts(['Our offices are at 100 Main Street, telephone (212) 555-1234.'], null)).toEqual([]);
  });
});

describe('readOffice', () => {
  it('should join an office name that runs on to the next line of the signature block', async () => {
    const letter = [
      'May 1, 2017',
      '',
      'Mr. John Doe',
      'Chief Financial Officer',
      'Acme Corp.',
      '',
      'Re: Acme Corp.',
      'Form 10-K for the Fiscal Year Ended December 31, 2016',
      'Filed March 1, 2017',
      'File No. 001-12345',
      '',
      'Dear Mr. Doe:',
      '',
      'We have reviewed your filing and have the following comment.',
      '',
      '1. Please tell us how you recognize revenue.',
      '',
      'You may contact Ann Lee, Staff Accountant, at (202) 551-1111 with any questions.',
      '',
      'Sincerely,',
      '',
      '/s/ Bob Kay',
      'Bob Kay',
      'Assistant Chief Accountant',
      'Office of Real Estate and',
      'Commodities',
    ].join('\n');
    const { letter: parsed } = await parseLetter(new TextEncoder().encode(letter), { file: 'x.txt' });
    expect(parsed.letter.kind).toBe('staff');
    expect(parsed.letter.office).toBe('Office of Real Estate and Commodities');
    expect(parsed.letter.signatories.map((s) => s.name)).toEqual(['Bob Kay']);
    expect(parsed.letter.staffContacts).toEqual([{ name: 'Ann Lee', phone: '202-551-1111' }]);
    // A name cut after its "of", the template's Assistant Director's number glued before it (c1010, blind round 152).
    const cut = letter.replace('/s/ Bob Kay\nBob Kay\nAssistant Chief Accountant\nOffice of Real Estate and\nCommodities', 'Division of Corporation Finance\nAD 11 -Office of\nTelecommunications');
    const { letter: division } = await parseLetter(new TextEncoder().encode(cut), { file: 'x.txt' });
    expect(division.letter.office).toBe('Office of Telecommunications');
  });
});

describe('office, contacts and signatories on the labelled fixtures', () => {
  const labelled = fixtures().filter((f) => 'office' in ((f.label.letter ?? f.label) as Record<string, unknown>));

  it('should find the office every labelled staff letter prints, and give only people as signatories', async () => {
    expect(labelled.length).toBeGreaterThanOrEqual(20);
    const misses: string[] = [];
    for (const fixture of labelled) {
      const label = (fixture.label.letter ?? fixture.label) as { office: string | null; signatories: { name: string }[] };
      const { letter } = await parseLetter(readFileSync(fixture.path), { file: fixture.file });
      if (letter.letter.office !== label.office) misses.push(`${fixture.stem}: want ${label.office} got ${letter.letter.office}`);
      expect(letter.letter.signatories.map((s) => s.name)).toEqual(label.signatories.map((s) => s.name));
      for (const s of letter.letter.signatories) expect(s.name).not.toMatch(/Division|Office|Commission/);
    }
    expect(misses).toEqual([]);
  });

  it('should give staff contacts whose names and phones the letter prints', async () => {
    let withContacts = 0;
    for (const fixture of labelled) {
      const { letter } = await parseLetter(readFileSync(fixture.path), { file: fixture.file });
      const text = `${letter.preamble}\n${letter.closing}`.replace(/\s+/g, ' ');
      const digits = text.replace(/\D/g, '');
      if (/\b551[-. ]\d{4}\b/.test(text) && /\bcontact\b/i.test(text)) expect(letter.letter.staffContacts.length, fixture.stem).toBeGreaterThan(0);
      for (const contact of letter.letter.staffContacts) {
        expect(text).toContain(contact.name);
        expect(digits).toContain(contact.phone.replace(/\D/g, ''));
      }
      if (letter.letter.staffContacts.length > 0) withContacts++;
    }
    expect(withContacts).toBeGreaterThanOrEqual(15);
  });
});

describe('signatories and cc from real signature blocks', () => {
  /** A company letter (or, with `staff`, a staff letter) ending in `closing`, one line per entry. */
  const letterEnding = async (closing: string[], staff = false) => {
    const text = [
      'May 1, 2017',
      '',
      staff ? 'Mr. John Doe' : 'Securities and Exchange Commission',
      staff ? 'Acme Corp.' : 'Division of Corporation Finance',
      '',
      'Re: Acme Corp.',
      'Registration Statement on Form S-4',
      'File No. 333-123456',
      '',
      staff ? 'Dear Mr. Doe:' : 'Ladies and Gentlemen:',
      '',
      staff ? 'We have completed our review of your filing. We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures.' : 'Acme Corp. hereby requests that the Registration Statement be declared effective at 4:00 p.m. on May 3, 2017.',
      '',
      ...closing.flatMap((line) => [line, '']),
    ].join('\n');
    return (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
  };

  it('should read a company\'s "By: / Name: / Title:" block, once per person, with a title wrapped onto two lines', async () => {
    const letter = await letterEnding(['Very truly yours,', 'Acme Corp.', 'By:\t/s/ Jane Doe', 'Name:\tJane Doe, Esq.', 'Title:\tExecutive Vice President and', 'Chief Financial Officer', 'Acme Holdings, Inc.', 'By:\t/s/ Jane Doe', 'Name:\tJane Doe, Esq.', 'Title:\tExecutive Vice President and', 'Chief Financial Officer']);
    expect(letter.signatories).toEqual([{ name: 'Jane Doe', title: 'Executive Vice President and Chief Financial Officer' }]);
    // Each label alone on its line, its value on the next (the block set as a table, a cell a line: c0279 dumped by lynx).
    const celled = await letterEnding(['Very truly yours,', 'eBay Inc.', 'By:', '/s/ Brian J. Doerger', 'Name:', 'Brian J. Doerger', 'Title:', 'Vice President, Chief Accounting Officer']);
    expect(celled.signatories).toEqual([{ name: 'Brian J. Doerger', title: 'Vice President, Chief Accounting Officer' }]);
  });

  it('should not take the name typed again before the title for the title, nor "By Name" (c0616, c0367)', async () => {
    expect((await letterEnding(['Very truly yours,', 'ACME CORP.', '/s/ Marc D. Hamburg', 'By Marc D. Hamburg', 'Senior Vice President – Chief Financial Officer'])).signatories).toEqual([
      { name: 'Marc D. Hamburg', title: 'Senior Vice President – Chief Financial Officer' },
    ]);
    expect((await letterEnding(['Sincerely,', '/s/ Cecilia Blye', 'Cecilia Blye, Chief', 'Office of Global Security Risk'], true)).signatories).toEqual([
      { name: 'Cecilia Blye', title: 'Chief, Office of Global Security Risk' },
    ]);
  });

  it('should give as signatory the person a letter is signed for ("/s/ Mary Beth Breslin for" over "Suzanne Hayes", c0368)', async () => {
    const letter = await letterEnding(['Sincerely,', '/s/ Mary Beth Breslin for', 'Suzanne Hayes', 'Assistant Director', 'Office of Healthcare and Insurance'], true);
    expect(letter.signatories).toEqual([{ name: 'Suzanne Hayes', title: 'Assistant Director' }]);
    expect(letter.office).toBe('Office of Healthcare and Insurance');
  });

  it('should name the person typed under a signature made for them or with a slip, and not an addressee set at a company letter\'s foot (c0064, c0056, c0510)', async () => {
    const forAnother = await letterEnding(['Sincerely,', '/s/ Kate Tillan', 'Martin James', 'Senior Assistant Chief Accountant', 'Office of Electronics and Machinery'], true);
    expect(forAnother.signatories).toEqual([{ name: 'Martin James', title: 'Senior Assistant Chief Accountant' }]);
    expect((await letterEnding(['Sincerely,', '/s/PATRICK GORIS S', 'Patrick Goris', 'Senior Vice President and Chief Financial Officer'])).signatories).toEqual([
      { name: 'Patrick Goris', title: 'Senior Vice President and Chief Financial Officer' },
    ]);
    // A company's letter: the staff member under its signature is whom it is written to.
    const addressee = await letterEnding(['Very truly yours,', '/s/ O. Keith Hallam, III', 'Sonia Gupta Barros', 'Assistant Director, Office of Real Estate and Commodities', 'U.S. Securities and Exchange Commission']);
    expect(addressee.signatories.map((s) => s.name)).toEqual(['O. Keith Hallam, III']);
  });

  it('should take the title from around the company a signature block names, and a title stacked under a field of law (c0699, c0149, c1121, c0706)', async () => {
    const title = async (lines: string[]) => (await letterEnding(['Sincerely,', '/s/ Jane Doe', 'Jane Doe', ...lines])).signatories[0]?.title;
    expect(await title(['Baker Hughes, a GE company', 'Vice President, Controller and Chief Accounting Officer'])).toBe('Vice President, Controller and Chief Accounting Officer');
    // Not a copied person's entry under the firm (c0860 dumped by w3m, its cc label set apart).
    expect(await title(['Haynes and Boone, LLP', 'Tyler Glover, President, Chief Executive Officer and Director'])).toBeNull();
    expect(await title(['Executive Vice President, Chief Financial Officer and Treasurer of Boston Properties, Inc.'])).toBe('Executive Vice President, Chief Financial Officer and Treasurer');
    expect(await title(['Controller and Chief Accounting Officer Citigroup Inc.'])).toBe('Controller and Chief Accounting Officer');
    expect(await title(['Vice President', 'General Counsel – Securities & Governance', 'Corporate Secretary'])).toBe('Vice President, General Counsel – Securities & Governance, Corporate Secretary');
    // A company alone under the title is not the title's; a firm alone is no title (c0130, c0306).
    expect(await title(['Chief Financial Officer', 'Acme Corp.'])).toBe('Chief Financial Officer');
    expect(await title(['Gibson, Dunn & Crutcher LLP'])).toBeNull();
    expect(await title(['of LATHAM & WATKINS LLP'])).toBeNull();
  });

  it('should end the cc list at an annex\'s title, a confidential-treatment legend or a sentence, pass over a page label, and keep a company in parentheses with its person (c0860, c1017, c0595, c1142, c0164)', async () => {
    const cc = async (lines: string[]) => (await letterEnding(['Sincerely,', '/s/ Jane Doe', 'Jane Doe', 'Chief Financial Officer', ...lines])).cc;
    expect(await cc(['cc: Chris Steddum, Chief Financial Officer', 'Annexes A-D', 'to', 'Acme Corp.’s', 'Response Letter'])).toEqual(['Chris Steddum, Chief Financial Officer']);
    expect(await cc(['cc: Matthew M. Guest, Wachtell, Lipton, Rosen & Katz', 'CONFIDENTIAL TREATMENT REQUESTED BY ACME CORP. PURSUANT TO 17 C.F.R. § 200.83'])).toEqual(['Matthew M. Guest, Wachtell, Lipton, Rosen & Katz']);
    expect(await cc(['cc: Stephen W. Gauster, Executive Vice President and General Counsel', 'As of and for the year ended December 31, 2015'])).toEqual(['Stephen W. Gauster, Executive Vice President and General Counsel']);
    expect(await cc(['cc: Kirkland B. Andrews, EVP and Chief Financial Officer', 'David Callen, SVP and Chief Accounting Officer', 'Page | 1'])).toEqual(['Kirkland B. Andrews, EVP and Chief Financial Officer', 'David Callen, SVP and Chief Accounting Officer']);
    // Each person with an affiliation in parentheses an entry of their own (c0067, blind round 81; c0464).
    expect(await cc(['cc: Mark Brunhofer (SEC)', 'Bonnie Baynes (SEC)', 'W. Robert Berkley, Jr. (Berkley)', 'Lisa Munro (KPMG LLP)'])).toEqual(['Mark Brunhofer (SEC)', 'Bonnie Baynes (SEC)', 'W. Robert Berkley, Jr. (Berkley)', 'Lisa Munro (KPMG LLP)']);
    // A firm under its person, a comma before its legal form (c0317, blind round 91); a company named as a heading inside the list,
    // each entry under it at that company (c0179, blind round 91).
    expect(await cc(['cc: Kara L. MacCullough', 'Greenberg Traurig, P.A.'])).toEqual(['Kara L. MacCullough, Greenberg Traurig, P.A.']);
    expect(await cc(['cc: Ms. Tracey McKoy, United States Securities and Exchange Commission', 'Waste Management, Inc.:', 'Mr. Patrick W. Gross, Chairman – Audit Committee', 'Mr. David P. Steiner, Chief Executive Officer'])).toEqual([
      'Ms. Tracey McKoy, United States Securities and Exchange Commission',
      'Mr. Patrick W. Gross, Chairman – Audit Committee, Waste Management, Inc.',
      'Mr. David P. Steiner, Chief Executive Officer, Waste Management, Inc.',
    ]);
    // Labelled "Copy:" (c0600, blind round 84).
    expect(await cc(['Copy: John Kapples, SVP, General Counsel', 'Lauren Budden, Group VP, Chief Accounting Officer and Controller'])).toEqual(['John Kapples, SVP, General Counsel', 'Lauren Budden, Group VP, Chief Accounting Officer and Controller']);
    // A letterhead's footer set apart by bullets (c0280, blind round 77).
    expect(await cc(['cc: Ellen M. Smith, SVP & Chief Counsel', 'Mondelēz International • 905 W. Fulton Market • Chicago, IL 60607 mondelezinternational.com'])).toEqual(['Ellen M. Smith, SVP & Chief Counsel']);
    expect(await cc(['cc: Laura Nicholson', '(Securities and Exchange Commission)', 'Ms. Rachel Gonzalez, executive vice president, general counsel and secretary'])).toEqual([
      'Laura Nicholson (Securities and Exchange Commission)',
      'Ms. Rachel Gonzalez, executive vice president, general counsel and secretary',
    ]);
  });

  it('should take the title the letterhead prints under the signer\'s name when the signature prints none (c0062, c0666, blind round 76)', async () => {
    const text = ['Bob Shanks', 'Executive Vice President', 'Chief Financial Officer', 'World Headquarters', 'One American Road', 'Dearborn, MI 48126', '', 'May 1, 2017', '', 'Securities and Exchange Commission', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Ladies and Gentlemen:', '', 'This letter responds to the comments of the Staff.', '', 'Sincerely,', '', '/s/ Bob Shanks', '', 'Bob Shanks'].join('\n');
    const letter = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
    expect(letter.signatories).toEqual([{ name: 'Bob Shanks', title: 'Executive Vice President, Chief Financial Officer' }]);
    // A law firm's letterhead gives the writer's telephone, no title.
    const firm = text.replace('Executive Vice President\nChief Financial Officer', '+1 212 450 4111\nDavis Polk & Wardwell LLP');
    expect((await parseLetter(new TextEncoder().encode(firm), { file: 'x.txt' })).letter.letter.signatories).toEqual([{ name: 'Bob Shanks', title: null }]);
  });

  it('should read copies set in columns side by side down each column, and not a table of one person a row (c0829, c0566)', async () => {
    const cc = async (lines: string[]) => (await letterEnding(['Sincerely,', '/s/ Jane Doe', 'Jane Doe', 'Senior Vice President and Controller', ...lines])).cc;
    expect(
      await cc([
        'cc:\tMs. Donna Di Silvio\tMr. William Thompson',
        '\tStaff Accountant\tAccounting Branch Chief',
        '\tU.S. Securities and Exchange Commission\tU.S. Securities and Exchange Commission',
        '\tMr. M. Brett Biggs\tMs. Mara L. Ransom',
        '\tExecutive Vice President and Chief Financial Officer\tAssistant Director, Office of Consumer Products',
        '\tWal-Mart Stores, Inc.\tU.S. Securities and Exchange Commission',
        'Audit Committee of the Board of Directors',
        'Wal-Mart Stores, Inc.',
      ]),
    ).toEqual([
      'Ms. Donna Di Silvio, Staff Accountant, U.S. Securities and Exchange Commission',
      'Mr. William Thompson, Accounting Branch Chief U.S. Securities and Exchange Commission',
      'Mr. M. Brett Biggs, Executive Vice President and Chief Financial Officer, Wal-Mart Stores, Inc.',
      'Ms. Mara L. Ransom, Assistant Director, Office of Consumer Products, U.S. Securities and Exchange Commission',
      'Audit Committee of the Board of Directors, Wal-Mart Stores, Inc.',
    ]);
    expect(await cc(['cc:\tJohn Roe\tChief Executive Officer', '\tMary Major\tChief Financial Officer'])).toEqual(['John Roe, Chief Executive Officer', 'Mary Major, Chief Financial Officer']);
  });

  it('should keep cc entries apart though a company name holds a figure, and end them at a bracketed page legend (c0890, c0813)', async () => {
    const letter = await letterEnding([
      'Very truly yours,',
      '/s/ Todd Taylor',
      'Todd Taylor',
      'Vice President',
      'cc:\tClaire Erlanger, Securities and Exchange Commission',
      'Jay Malave, Senior Vice President and Chief Financial Officer, L3Harris',
      'Scott T. Mikuen, Senior Vice President, General Counsel and Secretary, L3Harris',
      '[Signature Page for S-4 Acceleration Request]',
    ]);
    expect(letter.cc).toEqual([
      'Claire Erlanger, Securities and Exchange Commission',
      'Jay Malave, Senior Vice President and Chief Financial Officer, L3Harris',
      'Scott T. Mikuen, Senior Vice President, General Counsel and Secretary, L3Harris',
    ]);
    // A rule drawn under the list ends it (c0673 dumped by lynx: the rule was read as a copy's company).
    const ruled = await letterEnding(['Very truly yours,', '/s/ Todd Taylor', 'Todd Taylor', 'Vice President', 'cc:\tFarzad F. Damania, Katten Muchin Rosenman LLP', '_'.repeat(60), 'Katten Muchin Rosenman LLP 525 West Monroe Street']);
    expect(ruled.cc).toEqual(['Farzad F. Damania, Katten Muchin Rosenman LLP']);
    // Under an entry its firm ends, a line with words of a phrase in lower case is past the list: slides the letter encloses (c0766,
    // blind round 157), or the letterhead's footer ("image_0a.jpg 3355 Las Vegas Blvd. …", c1052 dumped by lynx); a title is not.
    const slides = await letterEnding(['Very truly yours,', '/s/ Todd Taylor', 'Todd Taylor', 'Vice President', 'cc:\tSteven E. Bochner, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation', 'Michael Turner, Ernst & Young LLP', 'Marketing of the AutoCAD web and mobile apps Lynn Wuthnow Senior Marketing Manager, AutoCAD Family']);
    expect(slides.cc).toEqual(['Steven E. Bochner, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation', 'Michael Turner, Ernst & Young LLP']);
    const titled = await letterEnding(['Very truly yours,', '/s/ Todd Taylor', 'Todd Taylor', 'Vice President', 'cc:\tMichael Turner, Ernst & Young LLP', 'Partner of the Audit and Assurance Practice']);
    expect(titled.cc).toEqual(['Michael Turner, Ernst & Young LLP, Partner of the Audit and Assurance Practice']);
  });
});

describe('letters without comments: what they ask, what they answer, who they are about', () => {
  it('should take a promise to respond "no later than" a date, or "extra time", for an extension request (c0809, c0398)', () => {
    expect(decideCategory(false, 'With your permission the Company hereby agrees to submit its response to the Comment Letter no later than October 19, 2016. The Company plans to use this extra time to address the comments.')).toBe('extension-request');
    expect(decideCategory(false, 'The Company hereby confirms that it will respond to the Staff’s comment letter dated March 28, 2016 no later than April 15, 2016.')).toBe('extension-request');
    expect(decideCategory(false, 'This letter is intended to provide you with the information you requested in your December 21, 2017 letter.')).toBe('other');
    // "… requests that the effective date for the Registration Statement be accelerated to 4:00 p.m." (c0521, blind round 85).
    expect(decideCategory(false, 'The Company hereby requests that the effective date for the Registration Statement be accelerated to 4:00 p.m., Eastern time, on March 13, 2024, or as soon as practicable thereafter, pursuant to Section 12(d) of the Exchange Act and Rule 12d1-2 thereunder.')).toBe('acceleration-request');
    // "we propose to provide you with our response by …" (c0950, blind round 83).
    expect(decideCategory(false, 'To ensure that we have adequate time to prepare a thorough and complete response, we propose to provide you with our response by April 1, 2020.')).toBe('extension-request');
    // Saying when the company will respond (c0381, c0986, c0691, blind round 77).
    expect(decideCategory(false, 'The Company is still engaged in a review of the information required to respond to the comments and plans to respond to the Staff by April 6, 2023.')).toBe('extension-request');
    expect(decideCategory(false, 'We are writing to confirm that we will respond to the comment letter by Friday, April 15, 2016.')).toBe('extension-request');
    expect(decideCategory(false, 'We are requesting that our response date be extended to February 12, 2024.')).toBe('extension-request');
    // "responses … no later than" (c0101).
    expect(decideCategory(false, 'Further to the Company’s conversations with the Staff following the Company’s receipt of the Letter, the Company respectfully informs the Staff that it will provide its responses to each of the comments set forth in the Letter via EDGAR as soon as possible, and in any event no later than October 10, 2025.')).toBe('extension-request');
  });

  it('should read the date of the letter answered past a name\'s initial ("the Staff\'s letter to Jeffrey M. Leiden, dated September 30, 2016")', () => {
    expect(readInReplyTo(['The comments are set forth in the Staff’s letter to Jeffrey M. Leiden, dated September 30, 2016 (the “Comment Letter”).'])).toBe('2016-09-30');
  });

  it('should not take the request a Re: block opens with for the company (c0813)', async () => {
    const text = ['April 21, 2021', '', 'Securities and Exchange Commission', 'Division of Corporation Finance', '', 'Re:\tRequest for Acceleration of Effectiveness', 'M&T Bank Corporation Registration Statement on Form S-4 (File No. 333-254962)', '', 'Ladies and Gentlemen:', '', 'Pursuant to Rule 461, M&T Bank Corporation hereby requests that the effectiveness of the registration statement be accelerated.', '', 'Very truly yours,', '', '/s/ Laura P. O’Hara'].join('\n');
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' });
    expect(letter.letter.company).toBe('M&T Bank Corporation');
    expect(letter.letter.category).toBe('acceleration-request');
  });
});

describe('letters without comments, review round 21', () => {
  it('should tell acceleration and extension requests and redacted-exhibit reviews by their wording', () => {
    expect(decideCategory(false, 'We request that Registration Statement No. 333-221738 be declared effective at 5:30 p.m. Eastern Standard Time on Thursday, January 4, 2018.')).toBe('acceleration-request');
    expect(decideCategory(false, 'In accordance with Rules 460 and 461 under the Securities Act, Expedia, Inc. hereby requests that its Registration Statement be made effective as soon as possible.')).toBe('acceleration-request');
    // A letter that only says acceleration will be asked for asks for nothing yet (a supplemental letter).
    expect(decideCategory(false, 'We are supplementally providing marked pages. The Company intends to request acceleration of effectiveness of the Registration Statement on or about September 24, 2007.')).toBe('other');
    expect(decideCategory(false, 'The Company intends to request acceleration later. The Company hereby requests acceleration of the effective date of the Registration Statement to 4:00 p.m. on May 2.')).toBe('acceleration-request');
    expect(decideCategory(false, 'As discussed, the Company intends to file its response to the Staff’s Comment Letter by March 24, 2016.')).toBe('extension-request');
    expect(decideCategory(false, 'We have concluded our assessment of your redacted exhibits for compliance with applicable form requirements.')).toBe('review-complete');
    expect(decideCategory(false, 'We will notify you of any comments we may have or that we have concluded our assessment of your compliance with the form.')).toBe('other');
  });

  it('should read a file number with a stray space after its hyphen, and a filing date after "Filed,"', () => {
    expect(readFileNumbers(['Registration Statement on Form S-4 (File No. 333- 227503)'])).toEqual(['333-227503']);
    expect(readFilings(['Form 10-Q for the Quarterly Period Ended March 31, 2016', 'Filed, May 5, 2016'])[0]?.filedOn).toBe('2016-05-05');
    // A period typed for the date's comma (c1143, blind round 143); a sentence's end before a figure is not a date.
    expect(readFilings(['Schedule TO-I', 'Filed May 8. 2024'])[0]?.filedOn).toBe('2024-05-08');
    expect(isoDate('We met on May 8. 12 members attended.')).toBeUndefined();
    // A day's ordinal ending, month first or day first ("of" between them too).
    expect(['March 14th, 2008', '14th March 2008', '14th of March, 2008', 'April 2nd 2008', 'May 1st, 2008', 'May 23rd, 2008'].map(isoDate)).toEqual(['2008-03-14', '2008-03-14', '2008-03-14', '2008-04-02', '2008-05-01', '2008-05-23']);
    expect(readFilings(['Form 10-K for the Fiscal Year Ended December 31st, 2007', 'Filed February 28th, 2008'])[0]).toMatchObject({ fiscalYearEnd: '2007-12-31', filedOn: '2008-02-28' });
    expect(isoDate('see our comment 5 of March 2008 letter')).toBeUndefined();
    // A proxy statement filed by another party than the registrant: a contest's form (c1100, blind round 87).
    expect(readFilings(['Preliminary Proxy Statement on Schedule 14A filed by Jonathan Litt, Land & Buildings Capital Growth Fund, LP et al.', 'Filed March 7, 2022']).map((f) => f.form)).toEqual(['PREC14A']);
    expect(readFilings(['Preliminary Proxy Statement on Schedule 14A filed by the Company', 'Filed March 7, 2022']).map((f) => f.form)).toEqual(['PRE 14A']);
    // "Fiscal Year December 31, 2015" without "Ended" (c0401, c0014, blind round 85).
    expect(readFilings(['Form 10-K for the Fiscal Year December 31, 2015', 'Filed February 29, 2016']).map((f) => [f.form, f.fiscalYearEnd])).toEqual([['10-K', '2015-12-31']]);
    // Two filings' dates on one line, in turn (c0155, c0418, blind rounds 85-86); a plural form filed on two dates (c0593).
    expect(readFilings(['Form 10-K for the fiscal year ended December 31, 2017', 'Form 10-Q for the quarterly period ended March 31, 2018', 'Filed February 23, 2018 and April 27, 2018, respectively']).map((f) => [f.form, f.filedOn])).toEqual([
      ['10-K', '2018-02-23'],
      ['10-Q', '2018-04-27'],
    ]);
    expect(readFilings(['Forms 8-K filed February 29, 2016 and May 5, 2016']).map((f) => [f.form, f.filedOn])).toEqual([
      ['8-K', '2016-02-29'],
      ['8-K', '2016-05-05'],
    ]);
  });

  it('should name the person as typed under a short or capitalised signature, never a firm, and no typist\'s initials or "Appendix:" for a title', async () => {
    const { parseLetter: parse } = await import('../src/index.js');
    const ending = async (closing: string[]) => {
      const text = ['May 1, 2017', '', 'Mr. John Doe', 'Acme Corp.', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Dear Mr. Doe:', '', 'We have completed our review of your filing.', '', ...closing.flatMap((l) => [l, ''])].join('\n');
      return (await parse(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
    };
    expect((await ending(['Sincerely,', '/s/ A.N. Parker', 'Anne Nguyen Parker', 'Assistant Director', 'Office of Transportation and Leisure'])).signatories).toEqual([{ name: 'Anne Nguyen Parker', title: 'Assistant Director' }]);
    expect((await ending(['Best Regards,', '/S/ MEREDITH B. CROSS', 'Meredith B. Cross', 'Appendix:'])).signatories).toEqual([{ name: 'Meredith B. Cross', title: null }]);
    expect((await ending(['Very truly yours,', '/s/ Chris A. Rauschl', 'Chris A. Rauschl', 'CAR:nw'])).signatories).toEqual([{ name: 'Chris A. Rauschl', title: null }]);
    expect((await ending(['Very truly yours,', '/s/ Davis Polk & Wardwell LLP'])).signatories).toEqual([]);
    expect((await ending(['Very truly yours,', '/s/ Brian C. Tabolt', 'Brian C. Tabolt', 'Controller', '(Chief Accounting Officer)'])).signatories).toEqual([{ name: 'Brian C. Tabolt', title: 'Controller (Chief Accounting Officer)' }]);
    const cc = (await ending(['Very truly yours,', '/s/ Jane Doe', 'Jane Doe', 'cc:\tDavid M. Wehner, Chief Financial Officer', 'Meta Platforms, Inc.', 'Robert R. Keehan', 'PricewaterhouseCoopers LLP', 'Faye L. Ashby, Senior Vice President', '7665 Corporate Center Drive\tMiami, Florida 33126\tTel. 305.436.4000'])).cc;
    expect(cc).toEqual(['David M. Wehner, Chief Financial Officer, Meta Platforms, Inc.', 'Robert R. Keehan, PricewaterhouseCoopers LLP', 'Faye L. Ashby, Senior Vice President']);
    // The letterhead's list of places set apart by bars, printed under the copies on the last page (c0491).
    const resorts = (await ending(['Sincerely,', '/s/ D. Zachary Hudson', 'D. Zachary Hudson', 'cc: Brian V. Breheny, Skadden, Arps, Slate, Meagher & Flom LLP', 'Sands Macao | The Venetian Macao | Four Seasons Macao | Marina Bay Sands'])).cc;
    expect(resorts).toEqual(['Brian V. Breheny, Skadden, Arps, Slate, Meagher & Flom LLP']);
  });
});

describe('copies that print the head\'s words', () => {
  it('should keep a copy\'s company that prints the head\'s name over the last page\'s number, not take it for a running line (c0012: "Sidley Austin LLP" was lost)', async () => {
    const { parseLetter: parse } = await import('../src/index.js');
    const text = ['VANTORA BIOSCIENCES CORP.', '75 Binney Street', 'Cambridge, Massachusetts 02142', '', 'November 5, 2015', '', 'Mr. Jeffrey P. Riedler', 'Securities and Exchange Commission', '', 'Re: Vantora Biosciences Corp.', 'Registration Statement on Form S-1', '', 'Dear Mr. Riedler:', '', 'We are responding to your letter dated October 29, 2015.', '', '1. Please tell us the number of options granted since June 30, 2015.', '', 'Response: The Company has granted options to purchase 120,000 shares of common stock.', '', 'Please contact me at (617) 555-3900 with any questions.', '', 'Very truly yours,', '', '/s/ Rebecca Stanton', 'Rebecca Stanton', '', 'cc: Dr. Arjun Mehta, Chief Executive Officer', 'Vantora Biosciences Corp.', '', '1'].join('\n');
    const { letter, coverage } = await parse(new TextEncoder().encode(text), { file: 'x.txt', verify: true });
    expect(letter.letter.cc).toEqual(['Dr. Arjun Mehta, Chief Executive Officer, Vantora Biosciences Corp.']);
    expect(letter.closing.endsWith('Vantora Biosciences Corp.')).toBe(true);
    expect(coverage?.ok).toBe(true);
  });
});

describe('copies to recipients of their own', () => {
  it('should read a company or firm alone under an entry that already names its organization as a recipient of its own (c0154, c0501)', async () => {
    const { parseLetter: parse } = await import('../src/index.js');
    const ending = async (closing: string[]) => {
      const text = ['May 1, 2017', '', 'Mr. John Doe', 'Acme Corp.', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Dear Mr. Doe:', '', 'We have completed our review of your filing.', '', ...closing.flatMap((l) => [l, ''])].join('\n');
      return (await parse(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
    };
    const cc = (await ending(['Sincerely,', '/s/ Robert Jones', 'Robert Jones', 'Chief Financial Officer', 'cc:\tMary Major, Securities and Exchange Commission', 'Ernst & Young LLP'])).cc;
    expect(cc).toEqual(['Mary Major, Securities and Exchange Commission', 'Ernst & Young LLP']);
    const metlife = (await ending(['Sincerely,', '/s/ Robert Jones', 'Robert Jones', 'Chief Financial Officer', 'cc:\tBarbara Jacobs, Division of Corporation Finance', 'MetLife, Inc.', 'Michel A. Khalaf, President and Chief Executive Officer'])).cc;
    expect(metlife).toEqual(['Barbara Jacobs, Division of Corporation Finance', 'MetLife, Inc.', 'Michel A. Khalaf, President and Chief Executive Officer']);
    // A firm's "PLLC" names an organization as "LLP" does.
    const pllc = (await ending(['Sincerely,', '/s/ Robert Jones', 'Robert Jones', 'cc:\tJonathan E. Lutz, Esq., Caldwell Stroud & Merritt PLLC', 'Whitcomb Avery LLP'])).cc;
    expect(pllc).toEqual(['Jonathan E. Lutz, Esq., Caldwell Stroud & Merritt PLLC', 'Whitcomb Avery LLP']);
    // "cc: Via E-mail" over the names copies no one (c0038, c0719, c1088).
    const delivered = (await ending(['Sincerely,', '/s/ Robert Jones', 'Robert Jones', 'cc:\tVia E-mail', 'Michael J. Silver, Hogan Lovells US LLP'])).cc;
    expect(delivered).toEqual(['Michael J. Silver, Hogan Lovells US LLP']);
    // A company under a person with no organization yet is that person's (c0884).
    const own = (await ending(['Sincerely,', '/s/ Jane Doe', 'Jane Doe', 'cc:\tDavid M. Wehner, Chief Financial Officer', 'Meta Platforms, Inc.'])).cc;
    expect(own).toEqual(['David M. Wehner, Chief Financial Officer, Meta Platforms, Inc.']);
  });
});

describe('letter fields of letters with comments, review round 22', () => {
  it('should give an amendment its EDGAR form: "Amendment No. 2 to Registration Statement on Form S-4" is S-4/A, a post-effective amendment not', () => {
    expect(readFilings(['Amendment No. 2 to Registration Statement on Form S-4', 'Filed December 30, 2016']).map((f) => [f.form, f.filedOn])).toEqual([['S-4/A', '2016-12-30']]);
    expect(readFilings(['Amendment No. 1 to Form 8-K']).map((f) => f.form)).toEqual(['8-K/A']);
    expect(readFilings(['Form 10-K/A for the Fiscal Year Ended December 31, 2016']).map((f) => f.form)).toEqual(['10-K/A']);
    expect(readFilings(['Post-Effective Amendment No. 1 to Registration Statement on Form S-1']).map((f) => f.form)).toEqual(['S-1']);
    expect(readFilings(['Amendment No. 2 to Preliminary Proxy Statement on Schedule 14A']).map((f) => f.form)).toEqual(['PRER14A']);
    expect(readFilings(['Amendment No. 2 to Preliminary Proxy Statement on Schedule PRER14A']).map((f) => f.form)).toEqual(['PRER14A']);
  });

  it('should read an amendment dated on its own lead line as the amendment of the filing named next, and a draft "Originally Submitted Confidentially on" a date as a DRS (2021-constellation-form10-corresp)', () => {
    const re = [
      'Amendment No. 1 Submitted December 15, 2021 to',
      'Constellation Energy Corporation Registration Statement on Form 10-12B',
      'Submitted December 8, 2021',
      'Originally Submitted Confidentially on July 26, 2021, as amended by',
      'Amendment No. 1 to Draft Registration Statement Submitted September 14, 2021',
    ];
    expect(readFilings(re).map((f) => [f.form, f.filedOn])).toEqual([
      ['10-12B/A', '2021-12-15'],
      ['10-12B', '2021-12-08'],
      ['DRS', '2021-07-26'],
      ['DRS/A', '2021-09-14'],
    ]);
    // A draft already named takes the date of its confidential submission, no second filing.
    expect(readFilings(['Draft Registration Statement on Form S-1', 'Confidentially Submitted on March 3, 2020']).map((f) => [f.form, f.filedOn])).toEqual([['DRS', '2020-03-03']]);
  });

  it('should read "the April 13, 2023 letter" as the letter answered', () => {
    expect(readInReplyTo(['We are responding to the comments in the April 13, 2023 letter (the “Comment Letter”).'])).toBe('2023-04-13');
    // "… comments received from the staff … (the “Staff”) issued July 29, 2016" (c0179, blind round 91).
    expect(readInReplyTo(['We are responding to comments received from the staff of the Division of Corporation Finance of the Securities and Exchange Commission (the “Staff”) issued July 29, 2016 relating to the above-referenced filings.'])).toBe('2016-07-29');
    // Two letters' dates: the later, the one answered now (c0597, blind round 85; c0052).
    expect(readInReplyTo(['… contained in your comment letter dated February 10, 2023 and March 16, 2023 (the “Comment Letter”).'])).toBe('2023-03-16');
    expect(readInReplyTo(['We refer you to our comment letters dated December 28, 2017 and January 30, 2018 regarding business contacts.'])).toBe('2018-01-30');
    // "… issued to the Company on May 1, 2025" after the letter's long description (c0449, blind round 86).
    expect(readInReplyTo(['We are providing the below responses to the comment letter of the staff of the Division of Corporation Finance (the “Staff”) of the U.S. Securities and Exchange Commission (the “Commission”), issued to the Company on May 1, 2025, with respect to the above referenced Registration Statement.'])).toBe('2025-05-01');
    // The date after "dated", not a call's date the words before it name (c0306, blind round 81; c0400, c0463, c0759).
    expect(readInReplyTo(['This letter confirms the Company’s telephone conversation with you on October 17, 2022 regarding the Company’s request for an extension of time to respond to the comment letter dated September 22, 2022 from the Staff.'])).toBe('2022-09-22');
    // A comma after the year (c0107, blind round 150).
    expect(readInReplyTo(['We have reviewed your April 25, 2023, response to our comment letter and have the following comment.'])).toBe('2023-04-25');
  });

  it('should take a title stacked over lines, or going on in lower case, up to the cc list (c0044, c0912), and skip a dotted signature line', async () => {
    const ending = async (closing: string[]) => {
      const text = ['May 1, 2017', '', 'Securities and Exchange Commission', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Ladies and Gentlemen:', '', 'This letter responds to the comments of the Staff.', '', ...closing.flatMap((l) => [l, ''])].join('\n');
      return (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.signatories;
    };
    expect(await ending(['Sincerely,', '/s/ Molly Strader Fruit', 'Molly Strader Fruit', 'Vice President', 'Corporate Controller'])).toEqual([{ name: 'Molly Strader Fruit', title: 'Vice President, Corporate Controller' }]);
    expect(await ending(['Sincerely,', '/s/ Lori J. Bondar', 'Lori J. Bondar', 'Vice President, Controller, Treasurer', 'and Chief Accounting Officer', 'cc: Mitch Butier, Chairman & CEO'])).toEqual([
      { name: 'Lori J. Bondar', title: 'Vice President, Controller, Treasurer and Chief Accounting Officer' },
    ]);
    expect(await ending(['Very truly yours,', '/s/ Brett Sandercock', '…………………………………….', 'Chief Financial Officer'])).toEqual([{ name: 'Brett Sandercock', title: 'Chief Financial Officer' }]);
  });
});

describe('letter fields, review round 23', () => {
  it('should read an amendment named on the line above its form ("Amendment No. 1 to" / "Registration Statement on Form S-4", c0748)', () => {
    expect(readFilings(['Amendment No. 1 to', 'Registration Statement on Form S-4', 'Filed May 9, 2017']).map((f) => [f.form, f.filedOn])).toEqual([['S-4/A', '2017-05-09']]);
  });

  it('should see the name typed again with other spacing ("Terence O’ Brien", c0500) and leave a signature\'s rule out of the name (c0172)', async () => {
    const ending = async (closing: string[]) => {
      const text = ['May 1, 2017', '', 'Mr. John Doe', 'Acme Corp.', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Dear Mr. Doe:', '', 'We have completed our review of your filing.', '', ...closing.flatMap((l) => [l, ''])].join('\n');
      return (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.signatories;
    };
    expect(await ending(['Sincerely,', '/s/ Terence O’Brien', 'Terence O’ Brien', 'Accounting Branch Chief'])).toEqual([{ name: 'Terence O’Brien', title: 'Accounting Branch Chief' }]);
    expect(await ending(['Very truly yours,', '/s/ Carey S. Roberts__________________', 'Carey S. Roberts', 'Corporate Secretary'])).toEqual([{ name: 'Carey S. Roberts', title: 'Corporate Secretary' }]);
    // A stray mark in the signed name: the typed one is read (c0362, blind round 116).
    expect(await ending(['Sincerely,', '/s/ David. A. Campbell', 'David A. Campbell', 'Executive Vice President and Chief Financial Officer'])).toEqual([{ name: 'David A. Campbell', title: 'Executive Vice President and Chief Financial Officer' }]);
  });
});

describe('letter fields, review round 24', () => {
  const ending = async (closing: string[]) => {
    const text = ['May 1, 2017', '', 'Mr. John Doe', 'Acme Corp.', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Dear Mr. Doe:', '', 'We have completed our review of your filing.', '', ...closing.flatMap((l) => [l, ''])].join('\n');
    return (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
  };

  it('should give the person signed for when "(for)" follows the signer (c0196)', async () => {
    expect((await ending(['Sincerely,', '/s/ James Lopez (for)', 'John Reynolds', 'Assistant Director'])).signatories).toEqual([{ name: 'John Reynolds', title: 'Assistant Director' }]);
  });

  it('should put each person under a "cc:" company line at that company, a title wrapped mid-phrase with a space (c1167, c0854)', async () => {
    const cc = async (lines: string[]) => (await ending(['Very truly yours,', '/s/ Jane Doe', 'Jane Doe', ...lines])).cc;
    expect(await cc(['cc: Hilton Worldwide Holdings Inc.', 'Kevin J. Jacobs', 'Anne-Marie W. D’Angelo', 'cc: Simpson Thacher & Bartlett LLP', 'Edgar J. Lewandowski'])).toEqual([
      'Kevin J. Jacobs, Hilton Worldwide Holdings Inc.',
      'Anne-Marie W. D’Angelo, Hilton Worldwide Holdings Inc.',
      'Edgar J. Lewandowski, Simpson Thacher & Bartlett LLP',
    ]);
    expect(await cc(['cc: KPMG LLP', 'Ms. Maria G. Henry, Chair of the Audit Committee of the Board of Directors, General Mills, Inc.'])).toEqual([
      'KPMG LLP',
      'Ms. Maria G. Henry, Chair of the Audit Committee of the Board of Directors, General Mills, Inc.',
    ]);
    // Her organisation on the line her entry wraps onto (c0887 dumped by html2text).
    expect(await cc(['cc: KPMG LLP', 'Ms. Maria G. Henry, Chair of the Audit Committee of the Board of Directors,', 'General Mills, Inc.'])).toEqual([
      'KPMG LLP',
      'Ms. Maria G. Henry, Chair of the Audit Committee of the Board of Directors, General Mills, Inc.',
    ]);
    // A company with a comma before its legal form heads its people too, a person with a title of their own among them, and the next
    // company alone over a person heads the people below it (c0760, blind round 95).
    expect(await cc(['cc: Micron Technology, Inc.', 'Joel L. Poppen, Senior Vice President, Legal Affairs, General Counsel and Corporate Secretary', 'Wilson Sonsini Goodrich & Rosati, Professional Corporation', 'John Fore, Esq.', 'Josephine Aiello LeBeau, Esq.'])).toEqual([
      'Joel L. Poppen, Senior Vice President, Legal Affairs, General Counsel and Corporate Secretary, Micron Technology, Inc.',
      'John Fore, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation',
      'Josephine Aiello LeBeau, Esq., Wilson Sonsini Goodrich & Rosati, Professional Corporation',
    ]);
    expect(await cc(['cc: T. Richard Riney, Executive Vice President, Chief Administrative Officer, General', 'Counsel and Ethics and Compliance Officer of Ventas, Inc.'])).toEqual([
      'T. Richard Riney, Executive Vice President, Chief Administrative Officer, General Counsel and Ethics and Compliance Officer of Ventas, Inc.',
    ]);
  });
});

describe('letter fields, review round 25', () => {
  it('should read "Registration Statement on S-4" as an S-4 (c0824)', () => {
    expect(readFilings(['Registration Statement on S-4; File No. 333-256587']).map((f) => f.form)).toEqual(['S-4']);
  });

  it('should keep a Re: block\'s long lines down to the salutation ("Exhibit No. 2.1 - Agreement …", lines ending in ";", c0505, c1064)', async () => {
    const text = [
      'November 20, 2019',
      '',
      'Mr. Charles Wagner',
      'Vertex Pharmaceuticals Inc.',
      '',
      'Re: Vertex Pharmaceuticals Inc.',
      'Form 10-Q for the quarterly period ended September 30, 2019',
      'Exhibit No. 2.1 - Agreement and Plan of Merger, dated as of August 30, 2019, by and among Vertex Pharmaceuticals Incorporated, Vertex Disc Inc. and Semma Therapeutics, Inc.',
      'Filed October 31, 2019',
      'File No. 000-19319',
      '',
      'Dear Mr. Wagner:',
      '',
      'We have concluded our assessment of your redacted exhibit for compliance with applicable form requirements.',
      '',
      'Sincerely,',
      '',
      'Division of Corporation Finance',
    ].join('\n');
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' });
    expect(letter.letter.fileNumbers).toEqual(['000-19319']);
    expect(letter.letter.filings.map((f) => [f.form, f.filedOn])).toEqual([['10-Q', '2019-10-31']]);
  });
});

describe('letter fields, review round 26', () => {
  it('should read a cc list whose label has no space after its colon ("cc:Waste Management, Inc.:", c0430)', async () => {
    const text = ['May 1, 2017', '', 'Securities and Exchange Commission', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Ladies and Gentlemen:', '', 'This letter responds to the comments of the Staff.', '', 'Sincerely,', '', '/s/ Jane Doe', '', 'Jane Doe', '', 'cc:Acme Corp.:', '', 'Mr. William B. Plummer, Chairman – Audit Committee'].join('\n');
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' });
    // The company with its colon heads the person below it (blind round 99: c0430's five people each at Waste Management).
    expect(letter.letter.cc).toEqual(['Mr. William B. Plummer, Chairman – Audit Committee, Acme Corp.']);
  });
});

describe('the office wrapped after a dash (review round 26, c1038)', () => {
  it('should join "Office of Real Estate & -" and "Commodities"', async () => {
    const text = ['May 1, 2017', '', 'Mr. John Doe', 'Acme Corp.', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Dear Mr. Doe:', '', 'We have completed our review of your filing.', '', 'Sincerely,', '', '/s/ Jennifer Monick', '', 'Jennifer Monick', '', 'Assistant Chief Accountant', '', 'Office of Real Estate & -', '', 'Commodities'].join('\n');
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' });
    expect(letter.letter.office).toBe('Office of Real Estate & Commodities');
  });
});

describe('the company, from a Re: line that runs on into the filing or a head run together', () => {
  const company = async (text: string) => (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.company;

  it('should leave out the parentheses after the name, two in a row (c0856, blind round 84)', async () => {
    const text = ['May 1, 2018', '', 'Re:\tLennar Corporation (CIK No. 0000920760) (the “Registrant”)', 'Registration Statement on Form S-4 (Commission File No. 333-224499)', '', 'Ladies and Gentlemen:', '', 'The Registrant hereby requests that the Registration Statement be declared effective at 4:00 p.m. on May 3, 2018.', '', 'Sincerely,', '', '/s/ Mark Sustana'].join('\n');
    expect(await company(text)).toBe('Lennar Corporation');
  });

  it('should end the name at its legal form where the filing\'s description opens on its line (c0153)', async () => {
    const text = ['September 29, 2022', '', 'Re:\tCapital One Financial Corporation Definitive Proxy', 'Statement on Schedule 14A Filed March 21, 2022', 'File No. 001-13300', '', 'To Division of Corporation Finance:', '', 'We received your comment letter dated September 20, 2022 and will enhance our future proxy disclosures.', '', 'Sincerely,', '', '/s/ Jane Doe'].join('\n');
    expect(await company(text)).toBe('Capital One Financial Corporation');
  });

  it('should read a subject block printed without "Re:" above the salutation, and no addressee\'s block for one (c0246, blind round 83)', async () => {
    const parsed = async (text: string) => (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
    const request = (block: string[]) => ['July 10, 2019', '', 'United States Securities and Exchange Commission', 'Division of Corporation Finance', '100 F Street, N.E.', 'Washington, D.C. 20549', '', ...block, '', 'Dear Sir or Madam:', '', 'The Company hereby respectfully requests that the above referenced Registration Statement on Form S-4 be declared effective at 9:00 a.m. Eastern Time on July 11, 2019.', '', 'Very truly yours,', '', '/s/ Jane Doe'].join('\n');
    const letter = await parsed(request(['Occidental Petroleum Corporation', 'Registration Statement on Form S-4', 'File No. 333-232001']));
    expect(letter.subject).toBe('Occidental Petroleum Corporation\nRegistration Statement on Form S-4\nFile No. 333-232001');
    expect(letter.filings.map((f) => f.form)).toEqual(['S-4']);
    expect((await parsed(request(['Mr. John Doe', 'Acme Corp.']))).subject).toBeNull();
    // Nor an attention list's "Name, Title" lines above the block (c0630 dumped by html2text).
    expect((await parsed(request(['Jaime John, Accounting Branch Chief', 'Kristi Marrone, Staff Accountant', 'Occidental Petroleum Corporation', 'Registration Statement on Form S-4']))).subject).toBe('Occidental Petroleum Corporation\nRegistration Statement on Form S-4');
  });

  it('should find the name before the filing in a flattened head with no Re: (c0246, c1175 flattened)', async () => {
    const occidental = 'OCCIDENTAL PETROLEUM CORPORATION 5 Greenway Plaza, Suite 110 Houston, Texas 77046 (713) 215-7000 Via EDGAR United States Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549 July 10, 2019 Occidental Petroleum Corporation Registration Statement on Form S-4 File No. 333- 232001 Dear Sir or Madam: In accordance with Rule 461 of the General Rules and Regulations under the Securities Act of 1933, the Company hereby respectfully requests that the above referenced Registration Statement on Form S-4 be declared effective at 9:00 a.m. Eastern Time on July 11, 2019. Very truly yours, /s/ Marcia E. Backus';
    expect(await company(occidental)).toBe('Occidental Petroleum Corporation');
    // Two names run together where the Re: block had one a line: the addressee's, which the head names again (c0031 flattened, blind round 90).
    const l3 = 'United States securities and exchange commission logo January 17, 2024 Kenneth L. Bedingfield Senior Vice President and Chief Financial Officer L3Harris Technologies, Inc. 1025 West NASA Boulevard Melbourne, FL 32919 Re: Trans American Aquaculture, Inc. L3Harris Technologies, Inc. Form 10-K for the Fiscal Year Ended December 30, 2022 Response Dated January 9, 2024 File No. 001-03863 Dear Kenneth L. Bedingfield: We have reviewed your January 9, 2024 response to our comment letter and have the following comment. 1. Please revise your disclosure. Please contact Jane Roe at 202-551-3000 with any questions. Sincerely, Division of Corporation Finance Office of Manufacturing';
    expect(await company(l3)).toBe('L3Harris Technologies, Inc.');
    const metlife = 'January 19, 2018 John C. R. Hele Executive Vice President and Chief Financial Officer MetLife, Inc. 200 Park Avenue New York, NY 10166-0188 Metlife, Inc. Form 10-Q for the Quarterly Period Ended September 30, 2017 Filed November 6, 2017 File No. 001-15787 Re: Dear Mr. Hele: We have completed our review of your filing. We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures. Division of Corporation Finance Office of Healthcare & Insurance';
    expect(await company(metlife)).toBe('Metlife, Inc.');
  });
});

describe('a company letter that answers the staff\'s comment letter without numbered comments (c0280, c0153, blind round 77)', () => {
  const letterOf = async (body: string) => {
    const text = ['October 3, 2022', '', 'Securities and Exchange Commission', 'Division of Corporation Finance', '', 'Re: Mondelēz International, Inc.', 'Definitive Proxy Statement on Schedule 14A', 'Filed April 6, 2022', 'File No. 001-16483', '', 'Dear Ms. Ravitz:', '', body, '', 'Very truly yours,', '', '/s/ Luca Zaramella', '', 'Luca Zaramella', 'EVP, Chief Financial Officer'].join('\n');
    return (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
  };

  it('should read it as a response to comments, a supplemental one too, a supplemental letter for the review as a response of no category, and a plain company letter as neither', async () => {
    const answer = await letterOf('On behalf of Mondelēz International, Inc. (the “Company”), this responds to your letter of September 2, 2022, regarding our Definitive Proxy Statement. The Company confirms that it will enhance its future proxy disclosures in accordance with the topics discussed in your letter.');
    expect([answer.kind, answer.category]).toEqual(['response', 'comments']);
    const received = await letterOf('We received your comment letter dated September 20, 2022. We will carefully consider these comments in connection with the preparation of our 2023 definitive proxy statement.');
    expect([received.kind, received.category]).toEqual(['response', 'comments']);
    // As the shared letters' manifest and blind rounds 111-113 read them (c0696, c0036, c0463, c0740, c0952, c1091, c0868).
    const supplemental = await letterOf('The Company respectfully submits this supplemental response to the comments set forth in your letter dated May 1, 2022, to provide the information discussed on our call.');
    expect([supplemental.kind, supplemental.category]).toEqual(['response', 'comments']);
    const further = await letterOf('This letter is in further response to your letter dated April 29, 2019, setting forth comments of the staff of the Division of Corporation Finance on the Form 10-K.');
    expect([further.kind, further.category]).toEqual(['response', 'comments']);
    const question = await letterOf('We are providing this letter following the Company’s discussions with the staff on June 28, 2023 related to Question 3 contained in your letter dated March 16, 2023. The Company will change its presentation.');
    expect([question.kind, question.category]).toEqual(['response', 'comments']);
    const asked = await letterOf('As requested by the staff (the “Staff”) during our October 12, 2018 telephone conversation, Square, Inc. (the “Company”) hereby submits supplemental information to our letter in response to Staff comments relating to the Form 10-Q.');
    expect([asked.kind, asked.category]).toEqual(['response', 'comments']);
    // A supplemental letter for the staff's review, answering no comment (2020-doordash-s1-corresp, c0178).
    const review = await letterOf('On behalf of our client, DoorDash, Inc. (the “Company”), we submit this supplemental letter to assist the staff (the “Staff”) of the Securities and Exchange Commission in its review of the Company’s Registration Statement on Form S-1.');
    expect([review.kind, review.category]).toEqual(['response', 'other']);
    // A withdrawal, on the other hand, answers nothing (c0084).
    const withdrawal = await letterOf('On behalf of Lennar Corporation (the “Company”), we withdraw the request contained in a letter dated December 13, 2016 that the Registration Statement be declared effective.');
    expect(withdrawal.kind).toBe('unknown');
  });
});

describe('a short staff letter with no numbered comment (c0599, blind round 83)', () => {
  it('should read it as the staff\'s from the staff\'s telephone exchange for whom to call, and give those contacts', async () => {
    const text = ['April 22, 2024', 'Brian Miller', 'Chief Financial Officer', 'Tyler Technologies', '', 'RE: Tyler Technologies, Inc.', 'CIK 0000860731', '', 'Dear Brian Miller:', '', 'We note the statement you issued on April 17, 2024, regarding a cybersecurity incident. Please advise us what consideration you gave to reporting this incident under Item 1.05 of Form 8-K.', '', 'You may contact Suzanne Hayes at (202) 551-3675 or James Lopez at (202) 551-3536 with any questions.', '', 'Sincerely,', '', 'Division of Corporation Finance'].join('\n');
    const letter = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter;
    expect(letter.kind).toBe('staff');
    expect(letter.staffContacts).toEqual([
      { name: 'Suzanne Hayes', phone: '202-551-3675' },
      { name: 'James Lopez', phone: '202-551-3536' },
    ]);
  });
});

describe('letter fields, blind rounds 99-102', () => {
  it('should read a staff contact after "or," with a comma (c0105)', () => {
    const text = "You may contact Tracey McKoy, Staff Accountant at (202) 551-3772 or, in her absence Nudrat Salik, Staff Accountant at (202) 551-3692 or, Terence O'Brien, Accounting Branch Chief, at (202) 551-3355 with any questions.";
    expect(readStaffContacts([text], null).map((c) => c.name)).toEqual(['Tracey McKoy', 'Nudrat Salik', "Terence O'Brien"]);
  });

  it('should read the date a filing was filed by its filer on, on its line or the one its "filed by" wraps onto (c0429, blind round 123)', () => {
    expect(readFilings(['Responses to Comment on the Registration Statement on Form S-4 filed by Harris Corporation on December 14, 2018 (File No. 333-228829)'])[0]?.filedOn).toBe('2018-12-14');
    expect(readFilings(['Responses to Comment on the Registration Statement on Form S-4 filed by', 'Harris Corporation on December 14, 2018 (File No. 333-228829)'])[0]?.filedOn).toBe('2018-12-14');
  });

  it('should name a report typed without its hyphen as EDGAR does: "Form 10Q" is a 10-Q (c0497, blind rounds 129-130)', () => {
    expect(readFilings(['Form 10Q for the Quarterly Period Ended March 31, 2019', 'Form 8K filed May 1, 2019', 'Form 10-K for the Fiscal Year Ended December 31, 2018']).map((f) => f.form)).toEqual(['10-Q', '8-K', '10-K']);
  });

  it('should read an amendment named by its number and date alone under its filing as a filing of its own (c0873, blind round 124)', () => {
    const filings = readFilings(['Constellation Energy Corporation Registration Statement on Form 10-12B', 'Submitted December 8, 2021, as previously amended by Amendment No. 1 Submitted December 15, 2021 and']);
    expect(filings.map((f) => [f.form, f.filedOn])).toEqual([
      ['10-12B', '2021-12-08'],
      ['10-12B/A', '2021-12-15'],
    ]);
  });

  it('should read "Registration No. 333-217817" as the file number, not "Registration Statement" alone (c0996)', () => {
    expect(readFileNumbers(['Registration Statement on Form S-4', 'Registration No. 333-217817'])).toEqual(['333-217817']);
    expect(readFileNumbers(['Registration Statement on Form S-4 filed 2017-05-01'])).toEqual([]);
    // "Registration Statement No." labels it too (c0357, blind round 111), not "Amendment No. 2 to Registration Statement".
    expect(readFileNumbers(['Request for Acceleration of Effectiveness of Registration Statement on Form S-4', '(Registration Statement No. 333-216489)'])).toEqual(['333-216489']);
    expect(readFileNumbers(['Amendment No. 2 to Registration Statement on Form S-1 filed 2017-05-01'])).toEqual([]);
  });

  it('should answer the staff\'s letter its definition follows, not the company\'s own letters it supplements (c0423)', () => {
    const text = 'we are writing to respond to the Securities and Exchange Commission staff’s (the “Staff”) November 1, 2024 comment letter regarding the Company’s Form 10-K. This letter supplements the Company’s letters to you dated June 12, 2024, September 30, 2024 and October 21, 2024.';
    expect(readInReplyTo([text])).toBe('2024-11-01');
  });

  it('should read a Re: block\'s "Response Letter Filed …" as the letter followed up, not the filing\'s date (c0840, c0032)', () => {
    const subject = ['Form 10-K for the fiscal year ended December 31, 2019', 'Response Letter Filed January 15, 2021', 'File No. 001-35565'];
    expect(readFilings(subject)).toEqual([{ form: '10-K', fiscalYearEnd: '2019-12-31', filedOn: null, text: 'Form 10-K for the fiscal year ended December 31, 2019' }]);
    expect(readInReplyTo(['We have completed our review of your filing.', subject.join(' ')])).toBe('2021-01-15');
  });

  it('should read a flattened Re: block\'s "Response Letter Filed …" as one line (c0840, c0959 flattened)', async () => {
    const text = 'May 4, 2021 Richard A. Gonzalez Chief Executive Officer AbbVie Inc. 1 North Waukegan Road North Chicago, IL 60064 Re: AbbVie Inc. Form 10-K for the fiscal year ended December 31, 2019 Response Letter Filed January 15, 2021 File No. 001-35565 Dear Mr. Gonzalez: We have completed our review of your filing. Sincerely, Division of Corporation Finance Office of Life Sciences';
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.subject?.split('\n')).toEqual(['AbbVie Inc.', 'Form 10-K for the fiscal year ended December 31, 2019', 'Response Letter Filed January 15, 2021', 'File No. 001-35565']);
    expect(letter.filings.map((f) => f.filedOn)).toEqual([null]);
    expect(letter.inReplyTo).toBe('2021-01-15');
  });

  it('should read a flattened filing history line by line, each amendment a filing of its own (c0873, c0131, c0303 flattened, blind round 143)', async () => {
    const text =
      'December 22, 2021 VIA EDGAR U.S. Securities and Exchange Commission Division of Corporation Finance Re: Amendment No. 2 Submitted December 20, 2021 to Example Energy Corporation Registration Statement on Form 10-12B ' +
      'Submitted December 8, 2021, as previously amended by Amendment No. 1 Submitted December 15, 2021 and Originally Submitted Confidentially on July 26, 2021, as amended by ' +
      'Amendment No. 1 to Draft Registration Statement Submitted September 14, 2021, as further amended by Amendment No. 2 to Draft Registration Statement Submitted October 21, 2021 ' +
      'Ladies and Gentlemen: We are writing in response to the comment contained in the Staff’s letter dated December 20, 2021. Sincerely, /s/ Jane Doe Jane Doe General Counsel';
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.filings.map((f) => [f.form, f.filedOn])).toEqual([
      ['10-12B/A', '2021-12-20'],
      ['10-12B', '2021-12-08'],
      ['10-12B/A', '2021-12-15'],
      ['DRS', '2021-07-26'],
      ['DRS/A', '2021-09-14'],
      ['DRS/A', '2021-10-21'],
    ]);
  });

  it('should read "cc: Waste Management, Inc.:" on the cc line as a heading over its people (c0430)', async () => {
    const text = ['Very truly yours,', '/s/ Leslie K. Nagy', 'Leslie K. Nagy', 'Vice President & Chief Accounting Officer', 'cc: Waste Management, Inc.:', 'Mr. William B. Plummer, Chairman – Audit Committee', 'Ms. Devina A. Rankin, Executive Vice President & Chief Financial Officer'];
    const letter = (await parseLetter(new TextEncoder().encode(['Dear Mr. Doe:', '', 'We respond to your letter dated May 1, 2024.', '', ...text].join('\n')), { file: 'x.txt' })).letter.letter;
    expect(letter.cc).toEqual(['Mr. William B. Plummer, Chairman – Audit Committee, Waste Management, Inc.', 'Ms. Devina A. Rankin, Executive Vice President & Chief Financial Officer, Waste Management, Inc.']);
  });

  it('should read a street address spelled with a number word as the entry\'s above it, not a person (c0510, blind round 146)', async () => {
    const text = ['Very truly yours,', '/s/ O. Keith Hallam, III', 'O. Keith Hallam, III', 'cc:', 'Kenneth S. Siegel, Esq.', 'Chief Administrative Officer and General Counsel', 'Starwood Hotels & Resorts Worldwide, Inc.', 'One StarPoint', 'Stamford,', 'Connecticut 06902', 'Stephen I. Glover, Esq.', 'Gibson, Dunn & Crutcher LLP', '1050 Connecticut Avenue, N.W.', 'Washington, D.C. 20036'];
    const letter = (await parseLetter(new TextEncoder().encode(['Dear Mr. Doe:', '', 'We respond to your letter dated May 1, 2024.', '', ...text].join('\n')), { file: 'x.txt' })).letter.letter;
    expect(letter.cc).toEqual([
      'Kenneth S. Siegel, Esq., Chief Administrative Officer and General Counsel, Starwood Hotels & Resorts Worldwide, Inc., One StarPoint, Stamford, Connecticut 06902',
      'Stephen I. Glover, Esq., Gibson, Dunn & Crutcher LLP, 1050 Connecticut Avenue, N.W., Washington, D.C. 20036',
    ]);
  });

  it('should read a letter that answers the Division\'s letter, or thanks for the letter setting forth the staff\'s comments, as a response (c0616, c0370, blind round 101-102)', () => {
    expect(answersCommentLetter('The purpose of this letter is to respond to the Division of Corporation Finance’s letter dated July 28, 2023 (“Corp Finance Letter”).')).toBe(true);
    expect(answersCommentLetter('Thank you for your letter dated September 20, 2022 addressed to eBay Inc. (“eBay,” the “Company” or “we”) setting forth comments of the staff (the “Staff”) of the Division.')).toBe(true);
    expect(answersCommentLetter('Thank you for your letter dated September 20, 2022 regarding our request for acceleration.')).toBe(false);
  });

  it('should open the body, not the closing, at thanks for the letter answered (c0370)', async () => {
    const text = ['September 30, 2022', '', 'Re: eBay Inc.', 'Definitive Proxy Statement on Schedule 14A', '', 'Dear Mr. Dunham:', '', 'Thank you for your letter dated September 20, 2022 addressed to eBay Inc. setting forth comments of the staff of the Division on the Company’s proxy statement.', '', 'We confirm that we will enhance our future proxy disclosures.', '', 'We are available to discuss any of our responses at your convenience.', '', 'Sincerely,', '', '/s/ Jane Doe', 'Jane Doe'].join('\n');
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' });
    expect(letter.preamble.startsWith('Thank you for your letter dated September 20, 2022')).toBe(true);
    expect(letter.closing.startsWith('Sincerely,')).toBe(true);
    expect(letter.letter.inReplyTo).toBe('2022-09-20');
  });

  it('should read comments "received by electronic mail on" a date as the letter answered (c0536)', () => {
    expect(readInReplyTo(['in response to comments from the staff (the “Staff”) of the Securities and Exchange Commission (the “Commission”) received by electronic mail on June 30, 2016 that relate to the Company’s Form 10-K filed with the Commission on January 28, 2016'])).toBe('2016-06-30');
  });

  it('should read a registration statement\'s number in brackets as its file number (c0511)', () => {
    expect(readFileNumbers(['Citigroup Inc.', 'Registration Statement on Form S-3 (No. 333-216372)'])).toEqual(['333-216372']);
  });

  it('should read the copies a letter lists in its head, above the Re: block (c0082, c0458)', async () => {
    const text = ['March 1, 2017', '', 'Ms. Linda Cvrkel', 'Securities and Exchange Commission', 'Washington, DC 20549-3561', '', 'cc: Abe Friedman', 'Doug Jones', '', 'RE: Royal Caribbean Cruises Ltd.', 'Form 10-K', '', 'Dear Ms. Cvrkel:', '', 'This letter responds to the comments of the Staff.', '', 'Sincerely,', '', '/s/ Jane Doe', 'Jane Doe', '', 'cc: Richard D. Fain'].join('\n');
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' });
    expect(letter.letter.cc).toEqual(['Abe Friedman', 'Doug Jones', 'Richard D. Fain']);
  });

  it('should read "Filed on Schedule 14A November 8, 2019 by …" as the date of the soliciting material above it (c1022)', () => {
    const subject = ['Occidental Petroleum Corporation', 'DFAN14A soliciting material filed pursuant to Rule 14a-12', 'Filed on Schedule 14A November 8, 2019 by Barberry Corp. et al.', 'File No. 001-09210'];
    expect(readFilings(subject).map((f) => [f.form, f.filedOn])).toEqual([['DFAN14A', '2019-11-08']]);
    // A report furnished on its own form is a filing of its own.
    expect(readFilings(['Form 10-K for the Fiscal Year Ended December 31, 2017', 'Form 8-K Furnished on April 25, 2018']).map((f) => f.form)).toEqual(['10-K', '8-K']);
  });

  it('should keep a company\'s last word with it in a flattened cc list, the next person after it (c0824 flattened)', async () => {
    const text = 'May 1, 2021 Re: Kimco Realty Corporation Registration Statement on S-4 Ladies and Gentlemen: We request acceleration of the effective date. Very truly yours, /s/ Glenn G. Cohen Glenn G. Cohen Chief Financial Officer cc: Conor C. Flynn, Kimco Realty Corporation Andrew M. Alexander, Weingarten Realty Investors Toni Weinstein, Dentons US LLP';
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.cc).toEqual(['Conor C. Flynn, Kimco Realty Corporation', 'Andrew M. Alexander, Weingarten Realty Investors', 'Toni Weinstein, Dentons US LLP']);
  });

  it('should read "your letter to the Company delivered June 29, 2017" as the letter answered (c0341, blind round 104)', () => {
    expect(readInReplyTo(['We submit this letter in response to the comments of the Staff as set forth in your letter to the Company delivered June 29, 2017.'])).toBe('2017-06-29');
  });

  it('should end an office before the next staff member named with a title on its line (c0630 flattened, blind round 103)', () => {
    expect(officeIn('Attention: Jennifer Gowetski, Special Counsel, Office of Real Estate and Commodities Jaime John, Accounting Branch Chief Kristi Marrone, Staff Accountant')).toBe('Office of Real Estate and Commodities');
    expect(officeIn('Office of Beverages, Apparel and Mining')).toBe('Office of Beverages, Apparel and Mining');
  });

  it('should read "To Division of Corporation Finance:" as the salutation, as filed and flattened (c0153, blind round 111)', async () => {
    const lines = ['Division of Corporation Finance', 'U.S. Securities and Exchange Commission', 'Washington, DC 20549', 'Re: Acme Corp.', 'Definitive Proxy Statement on Schedule 14A', 'File No. 001-13300', 'September 29, 2022', 'To Division of Corporation Finance:', 'We received your comment letter dated September 20, 2022. Our responses follow.', 'Sincerely,', '/s/ Jane Doe', 'Jane Doe'];
    for (const text of [lines.join('\n'), lines.join(' ')]) {
      const { letter, preamble } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
      expect(letter.salutation).toBe('To Division of Corporation Finance:');
      expect(preamble).toMatch(/^We received/);
    }
  });

  it('should read a company or the Commission right under a "cc:" alone as the heading of the people below it, and the Commission\'s Division as its own (c0154, c0595, c0666, blind round 120)', async () => {
    const closing = ['Sincerely,', '', '/s/ Jane Doe', 'Jane Doe', '', 'cc:', 'United States Securities and Exchange Commission', 'Amanda Ravitz, Division of Corporation Finance', 'Barbara Jacobs, Division of Corporation Finance', 'MetLife, Inc.', 'Michel A. Khalaf, President and Chief Executive Officer', 'Stephen W. Gauster, Executive Vice President and General Counsel'];
    const text = ['May 1, 2017', '', 'Re: MetLife, Inc.', 'Form 10-K for the Fiscal Year Ended December 31, 2016', '', 'Dear Ms. Ravitz:', '', 'This letter responds to the comments of the Staff.', '', ...closing].join('\n');
    const expected = [
      'Amanda Ravitz, Division of Corporation Finance, United States Securities and Exchange Commission',
      'Barbara Jacobs, Division of Corporation Finance, United States Securities and Exchange Commission',
      'Michel A. Khalaf, President and Chief Executive Officer, MetLife, Inc.',
      'Stephen W. Gauster, Executive Vice President and General Counsel, MetLife, Inc.',
    ];
    expect((await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.cc).toEqual(expected);
    // Flattened, an entry wraps onto the Division's line, and an appendix in capitals after the list opens its own document (c0595).
    const flat = `${text.split('\n').slice(0, 9).join(' ')} Sincerely, /s/ Jane Doe Jane Doe cc: ${closing.slice(6).join(' ')} APPENDIX As of and for the year ended December 31, 2015 (1) Reconciliations of these measures are in Forms 8-K.`;
    const read = (await parseLetter(new TextEncoder().encode(flat), { file: 'x.txt', verify: true })).letter;
    expect(read.letter.cc).toEqual(expected);
    expect(read.attachments.map((a) => a.title)).toEqual(['APPENDIX']);
  });

  it('should read the first of co-registrants the Re: block lists before their filing as the company, not a letterhead line in capitals (c0615, blind round 120)', async () => {
    const lines = ['HILTON DOMESTIC OPERATING COMPANY INC.', 'HILTON WORLDWIDE FINANCE LLC', 'HILTON WORLDWIDE FINANCE CORP.', 'June 28, 2017', 'Securities and Exchange Commission', 'Re: Hilton Domestic Operating Company Inc., Hilton Worldwide Finance LLC, Hilton Worldwide Finance Corp. and Guarantors Registration Statement on Form S-4', 'Ladies and Gentlemen:', 'In connection with the Registration Statement, the Company hereby represents the following.', 'Very truly yours,', '/s/ Jane Doe', 'Jane Doe'];
    for (const text of [lines.join('\n'), lines.join(' ')]) {
      expect((await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.company).toBe('Hilton Domestic Operating Company Inc.');
    }
  });

  it('should read a staff letter\'s follow-up from the heading over its first comment, "Response Dated May 13, 2019", before a prior letter its comments name (c0551, blind round 122)', async () => {
    const text = ['June 10, 2019', '', 'Ms. Jane Doe', 'Acme Corp.', '', 'Re: Acme Corp.', 'Form 10-K for the Fiscal Year Ended November 30, 2018', 'File No. 001-11749', '', 'Dear Ms. Doe:', '', 'We have limited our review of your filing to the financial statements and related disclosures and have the following comments.', '', 'Response Dated May 13, 2019', '', 'Form 10-Q for the period ended February 28, 2019', '', '1. We note your response to comment 1 in our letter dated May 1, 2019. Please tell us how you considered ASC 606.', '', 'You may contact John Roe at (202) 551-3000 with any questions.', '', 'Sincerely,', '', 'Division of Corporation Finance', 'Office of Real Estate and Construction'].join('\n');
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.kind).toBe('staff');
    expect(letter.inReplyTo).toBe('2019-05-13');
  });

  it('should read two people on one cc entry, their firm after them, as an entry each with it; not a firm or the Commission (c0495, blind rounds 116 and 121)', async () => {
    const cc = async (...entries: string[]) => {
      const text = ['May 1, 2017', '', 'Re: Acme Corp.', 'Registration Statement on Form S-4', '', 'Ladies and Gentlemen:', '', 'The Company requests acceleration of the effective date of the Registration Statement to 4:00 p.m. on May 3, 2017.', '', 'Very truly yours,', '', '/s/ Jane Doe', 'Jane Doe', '', ...entries.map((e, k) => (k === 0 ? `cc: ${e}` : e))].join('\n');
      return (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.cc;
    };
    expect(await cc('Jason Day and Ned Prusse (Perkins Coie LLP)')).toEqual(['Jason Day (Perkins Coie LLP)', 'Ned Prusse (Perkins Coie LLP)']);
    expect(await cc('Paul Hastings and Janofsky LLP')).toEqual(['Paul Hastings and Janofsky LLP']);
    expect(await cc('Kevin Dougherty Securities and Exchange Commission')).toEqual(['Kevin Dougherty Securities and Exchange Commission']);
  });

  it('should read a professional firm alone under a company officer as a recipient of its own, as filed and flattened (c0101, c0860, blind round 128)', async () => {
    const lines = ['October 10, 2025', '', 'Re: Texas Pacific Land Corporation', 'Form 10-K for the Fiscal Year Ended December 31, 2024', '', 'Ladies and Gentlemen:', '', 'The Company will provide its responses to each of the comments no later than October 10, 2025.', '', 'Sincerely,', '', '/s/ Jane Doe', 'Jane Doe', '', 'cc:', 'Chris Steddum, Chief Financial Officer', 'Micheal W. Dobbs, Senior Vice President, Secretary and General Counsel', 'Deloitte & Touche LLP', 'Haynes and Boone, LLP'];
    const expected = ['Chris Steddum, Chief Financial Officer', 'Micheal W. Dobbs, Senior Vice President, Secretary and General Counsel', 'Deloitte & Touche LLP', 'Haynes and Boone, LLP'];
    for (const text of [lines.join('\n'), lines.filter((l) => l !== '').join(' ')]) expect((await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.cc).toEqual(expected);
    // A firm's own people keep it: "Jane Roe, Partner" / "Ernst & Young LLP".
    const partner = [...lines.slice(0, 15), 'Jane Roe, Partner', 'Ernst & Young LLP'].join('\n');
    expect((await parseLetter(new TextEncoder().encode(partner), { file: 'x.txt' })).letter.letter.cc).toEqual(['Jane Roe, Partner, Ernst & Young LLP']);
  });

  it('should read a staff letter\'s follow-up from its Re: block\'s "Response dated …" before the preamble\'s prior letter (c1152, blind round 127)', async () => {
    const text = ['August 26, 2016', '', 'Mr. John Doe', 'Insulet Corporation', '', 'Re: Insulet Corporation', 'Form 10-K for Fiscal Year Ended December 31, 2015', 'Response dated July 29, 2016', 'File No. 001-33462', '', 'Dear Mr. Doe:', '', 'We have reviewed your response to our comment letter and have the following comments. Unless we note otherwise, our references to prior comments are to comments in our June 30, 2016 letter.', '', '1. Please tell us how you considered ASC 606.', '', 'You may contact John Roe at (202) 551-3000 with any questions.', '', 'Sincerely,', '', 'Division of Corporation Finance', 'Office of Electronics and Machinery'].join('\n');
    expect((await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.inReplyTo).toBe('2016-07-29');
  });

  it('should read the staff\'s letter a response answers past the company\'s own letters it supplements (c0091, blind round 131)', () => {
    const text = 'Hilton Worldwide Holdings Inc. is submitting this letter in response to a telephone conversation with the staff and as a supplement to the response letters previously submitted by the Company on June 18, 2024 and September 10, 2024 regarding the 2023 Form 10-K. As discussed with the Staff, the Company is providing additional information to respond to the comment set forth in the Staff’s August 20, 2024 letter to the Company.';
    expect(readInReplyTo([text])).toBe('2024-08-20');
    // Only its own letters named: the later of them, as before.
    expect(readInReplyTo(['This letter supplements the response letters previously submitted by the Company on June 18, 2024 and September 10, 2024.'])).toBe('2024-09-10');
  });

  it('should name no letter followed up where a staff letter\'s comments cite several of its letters (c0975, blind round 131)', () => {
    const texts = ['Refer to comment 2 of our March 15, 2023 letter and comment 1 of our June 5, 2023 letter. Please revise.', 'Refer to comment 1 of our July 7, 2023 letter.'];
    expect(readFollowedUp(texts, '2024-01-05')).toBeNull();
    expect(readFollowedUp(['We note your response to comment 3 in our letter dated December 7, 2023.'], '2024-01-05')).toBe('2023-12-07');
  });

  it('should give names alone one under another the affiliation printed once under them, a title to its own name only (c0164, c0172, blind round 138)', async () => {
    const cc = async (...entries: string[]) => {
      const text = ['May 1, 2017', '', 'Re: Acme Corp.', 'Registration Statement on Form S-4', '', 'Ladies and Gentlemen:', '', 'The Company requests acceleration of the effective date of the Registration Statement to 4:00 p.m. on May 3, 2017.', '', 'Very truly yours,', '', '/s/ Jane Doe', 'Jane Doe', '', ...entries.map((e, k) => (k === 0 ? `cc: ${e}` : e))].join('\n');
      return (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter.letter.cc;
    };
    expect(await cc('Laura Nicholson', '(Securities and Exchange Commission)', 'Keith A. Pagnani', 'Scott B. Crofton', '(Sullivan & Cromwell LLP)', 'William E. Curbow', 'Sebastian Tiller', '(Simpson Thacher & Bartlett LLP)')).toEqual([
      'Laura Nicholson (Securities and Exchange Commission)',
      'Keith A. Pagnani (Sullivan & Cromwell LLP)',
      'Scott B. Crofton (Sullivan & Cromwell LLP)',
      'William E. Curbow (Simpson Thacher & Bartlett LLP)',
      'Sebastian Tiller (Simpson Thacher & Bartlett LLP)',
    ]);
    expect(await cc('Suzanne Hayes', 'Pradip Bhaumik', 'Division of Corporation Finance', 'Securities and Exchange Commission')).toEqual([
      'Suzanne Hayes, Division of Corporation Finance, Securities and Exchange Commission',
      'Pradip Bhaumik, Division of Corporation Finance, Securities and Exchange Commission',
    ]);
    // A title is the last name's own, and ends the run; so is an address under the firm; a name's suffix keeps it a name alone (c0216).
    expect(await cc('John Roe', 'Jane Roe', 'Partner', 'Sidley Austin LLP')).toEqual(['John Roe', 'Jane Roe, Partner, Sidley Austin LLP']);
    // The affiliation on the run's last name's line, as a flattened list reads it (c0813).
    expect(await cc('H. Rodgin Cohen', 'Mark J. Menting (Sullivan & Cromwell LLP)')).toEqual(['H. Rodgin Cohen (Sullivan & Cromwell LLP)', 'Mark J. Menting (Sullivan & Cromwell LLP)']);
    expect(await cc('George F. Schoen', 'O. Keith Hallam, III', 'Cravath Swaine & Moore, LLP', '825 Eighth Avenue')).toEqual([
      'George F. Schoen, Cravath Swaine & Moore, LLP',
      'O. Keith Hallam, III, Cravath Swaine & Moore, LLP, 825 Eighth Avenue',
    ]);
  });

  it('should read an office named by its Assistant Director\'s number, as printed until about 2012, and end the signer\'s title before it flattened (c0533, c0315, blind round 111)', async () => {
    expect(officeIn('AD Office 11 – Telecommunications')).toBe('AD Office 11 – Telecommunications');
    // The dash lost (w3m's dump).
    expect(officeIn('Legal Branch Chief, AD Office 5 Transportation and Leisure')).toBe('AD Office 5 Transportation and Leisure');
    expect(officeIn('Mr. Justin Dobbie Legal Branch Chief, AD Office 5 – Transportation and Leisure U.S. Securities and Exchange Commission')).toBe('AD Office 5 – Transportation and Leisure');
    const flat = 'Securities and Exchange Commission Washington, D.C. 20549 March 3, 2010 Mr. John Roe Chief Financial Officer Acme Corp. Re: Acme Corp. Form 10-K for the Fiscal Year Ended December 31, 2009 File No. 001-12345 Dear Mr. Roe: We have reviewed your filing and have the following comment. 1. Please tell us how you account for leases. Please contact Will Mastrianna, Attorney- Advisor, at (202) 551-3778 with any other questions. Sincerely, /s/ Robert S. Littlepage, for Larry Spirgel Assistant Director AD Office 11 – Telecommunications';
    const { letter } = (await parseLetter(new TextEncoder().encode(flat), { file: 'x.txt' })).letter;
    expect(letter.office).toBe('AD Office 11 – Telecommunications');
    expect(letter.signatories).toEqual([{ name: 'Larry Spirgel', title: 'Assistant Director' }]);
  });

  it('should end the Re: block before the inside address printed under it, and read "cc: Securities and Exchange Commission" as a heading (c0582, blind round 104)', async () => {
    const text = ['March 20, 2017', '', 'Re: Hilton Worldwide Holdings Inc.', 'Form 10-K for the fiscal year ended December 31, 2016', 'File No. 1-36243', 'Jennifer Monick', 'Assistant Chief Accountant', 'Office of Real Estate and Commodities', 'Securities and Exchange Commission', '', 'Dear Ms. Monick:', '', 'This letter responds to the comments of the Staff.', '', 'Sincerely,', '', '/s/ Jane Doe', 'Jane Doe', '', 'cc: Securities and Exchange Commission', 'Howard Efron', 'cc: Hilton Worldwide Holdings Inc.', 'Kristin A. Campbell'].join('\n');
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.subject?.split('\n')).toEqual(['Hilton Worldwide Holdings Inc.', 'Form 10-K for the fiscal year ended December 31, 2016', 'File No. 1-36243']);
    expect(letter.cc).toEqual(['Howard Efron, Securities and Exchange Commission', 'Kristin A. Campbell, Hilton Worldwide Holdings Inc.']);
  });

  it('should read the copies a flattened head lists above the Re: line, a person each (c0458, c0082 flattened)', async () => {
    const text = 'March 1, 2017 Ms. Linda Cvrkel Division of Corporation Finance Securities and Exchange Commission Washington, DC 20549-3561 cc: Abe Friedman Doug Jones RE: Royal Caribbean Cruises Ltd. Form 10-K File No. 001-11884 Dear Ms. Cvrkel: This letter responds to the comments of the Staff. Sincerely, /s/ Jane Doe Jane Doe';
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.cc).toEqual(['Abe Friedman', 'Doug Jones']);
    expect(letter.company).toBe('Royal Caribbean Cruises Ltd.');
  });

  it('should read a file number printed alone on the Re: block\'s last line (c1085, blind round 106)', () => {
    expect(readFileNumbers(['Illinois Tool Works, Inc.', 'Form 10-K for the Year Ended December 31, 2020', 'Filed February 12, 2021', '001-04797'])).toEqual(['001-04797']);
    expect(readFileNumbers(['Form 10-K for the Year Ended December 31, 2020', 'Filed February 12, 2021'])).toEqual([]);
  });

  it('should read two parties signing one after the other, each under its own sign-off, in a flattened letter (c0543 flattened, blind round 105)', async () => {
    const text = 'May 7, 2021 Re: Citigroup Inc. Registration Statement on Form S-3 (No. 333-255302) Ladies and Gentlemen: We request that the Registration Statement be declared effective. Very truly yours, CITIGROUP INC. By: /s/ Barbara Politi Name: Barbara Politi Title: Associate General Counsel—Capital Markets Very truly yours, CITIGROUP GLOBAL MARKETS HOLDINGS INC. By: /s/ Alexia Breuvart Name: Alexia Breuvart Title: General Counsel and Secretary';
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.signatories).toEqual([
      { name: 'Barbara Politi', title: 'Associate General Counsel—Capital Markets' },
      { name: 'Alexia Breuvart', title: 'General Counsel and Secretary' },
    ]);
  });

  it('should end the Re: block before the letter\'s date printed under it, after the file number (c0153)', async () => {
    const text = ['Re: Capital One Financial Corporation', 'Definitive Proxy Statement on Schedule 14A', 'Filed March 21, 2022', 'File No. 001-13300', '', 'September 29, 2022', '', 'To Division of Corporation Finance:', '', 'We received your comment letter dated September 20, 2022.', '', 'Sincerely,', '', '/s/ Jane Doe', 'Jane Doe'].join('\n');
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.subject?.split('\n')).toEqual(['Capital One Financial Corporation', 'Definitive Proxy Statement on Schedule 14A', 'Filed March 21, 2022', 'File No. 001-13300']);
    expect(letter.date).toBe('2022-09-29');
  });

  it('should end a flattened Re: block at the delivery line that opens the addressee\'s lines (c0297 flattened)', async () => {
    const text = 'May 1, 2024 Re: Morgan Stanley Registration Statement on Form S-3 File No. 333-275587 Request for Acceleration of Effectiveness VIA EDGAR Securities and Exchange Commission Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549 Ladies and Gentlemen: We request that the Registration Statement be declared effective. Very truly yours, /s/ Jane Doe Jane Doe';
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.subject?.split('\n').at(-1)).toBe('Request for Acceleration of Effectiveness');
  });

  it('should read "Re" with no colon right after the date as a flattened letter\'s Re: label (c0570 flattened)', async () => {
    const text = 'Davis Polk & Wardwell llp 450 Lexington Avenue New York, NY 10017 October 26, 2022 Re Meta Platforms, Inc. Form 10-K for the Fiscal Year Ended December 31, 2021 Filed February 3, 2022 File No. 001-35551 Ms. Lauren Pierce, Staff Attorney Division of Corporation Finance Office of Technology U.S. Securities and Exchange Commission Dear Ms. Pierce: On behalf of our client, we respond to the comments in your letter dated September 29, 2022. Very truly yours, /s/ Michael Kaplan Michael Kaplan';
    const { letter } = (await parseLetter(new TextEncoder().encode(text), { file: 'x.txt' })).letter;
    expect(letter.subject?.split('\n')).toEqual(['Meta Platforms, Inc.', 'Form 10-K for the Fiscal Year Ended December 31, 2021', 'Filed February 3, 2022', 'File No. 001-35551']);
    expect(letter.filings.map((f) => f.filedOn)).toEqual(['2022-02-03']);
  });
});
