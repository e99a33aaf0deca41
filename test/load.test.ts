// Unit tests of loading: format sniffing, EDGAR containers, HTML structure, plain-text unwrapping.
import { describe, expect, it } from 'vitest';
import { CorrespError } from '../src/errors.js';
import { detectFormat } from '../src/load/detect.js';
import { readEdgar, uudecode } from '../src/load/edgar.js';
import { htmlBlocks } from '../src/load/html.js';
import { loadSource } from '../src/load/index.js';
import { textBlocks } from '../src/load/text.js';
import { parseLetter } from '../src/index.js';
import { sameLetter } from './fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const textOf = (b: { runs: { text: string }[] }) => b.runs.map((r) => r.text).join('').replace(/[ \n]+/g, ' ').trim();

describe('detectFormat', () => {
  it('should sniff the bytes, not the name', () => {
    expect(detectFormat(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(detectFormat(bytes('<DOCUMENT>\n<TYPE>CORRESP\n<TEXT>\n<html>'))).toBe('edgar');
    expect(detectFormat(bytes('<SEC-DOCUMENT>0001.txt'))).toBe('edgar');
    expect(detectFormat(bytes('<html><body><p>Dear Sir:</p>'))).toBe('html');
    expect(detectFormat(bytes('August 30, 2017\n\nDear Sir:'))).toBe('text');
    // A text letter in <PRE>, as an EDGAR document's <TEXT> body held many: HTML, whose loader reads the preformatted text line by line.
    expect(detectFormat(bytes('<PRE>\nMail Stop 3561\n\nDear Mr. Smith:'))).toBe('html');
  });
});

describe('EDGAR containers', () => {
  const submission = [
    '<SEC-DOCUMENT>0000950103-21-000702.txt : 20210120',
    '<SEC-HEADER>',
    'CONFORMED SUBMISSION TYPE:\tCORRESP',
    'FILED AS OF DATE:\t\t20210120',
    'COMPANY CONFORMED NAME:\t\t\tCAPITAL ONE FINANCIAL CORP',
    'SEC FILE NUMBER:\t001-13300',
    '</SEC-HEADER>',
    '<DOCUMENT>',
    '<TYPE>GRAPHIC',
    '<TEXT>',
    'begin 644 logo.jpg',
    '</TEXT>',
    '</DOCUMENT>',
    '<DOCUMENT>',
    '<TYPE>CORRESP',
    '<FILENAME>filename1.htm',
    '<TEXT>',
    '<html><body><p>January 20, 2021</p><p>Re: Capital One Financial Corp.</p><p>Dear Mr. Smith:</p><p>We respond to your letter.</p><p>Sincerely,</p></body></html>',
    '</TEXT>',
    '</DOCUMENT>',
    '</SEC-DOCUMENT>',
  ].join('\n');

  it('should read the header and pick the letter document', async () => {
    const { header, documents } = readEdgar(submission);
    expect(header).toMatchObject({ formType: 'CORRESP', filedOn: '2021-01-20', company: 'CAPITAL ONE FINANCIAL CORP', fileNumbers: ['001-13300'] });
    expect(documents.map((d) => d.type)).toEqual(['GRAPHIC', 'CORRESP']);
    const { letter } = await parseLetter(bytes(submission), { file: 'x.txt' });
    expect(letter.letter.date).toBe('2021-01-20');
    expect(letter.letter.fileNumbers).toEqual(['001-13300']);
    expect(letter.source.container).toBe('edgar');
  });

  it('should decode uuencoded bodies', () => {
    // "Cat" uuencoded.
    expect(Buffer.from(uudecode('begin 644 x.txt\n#0V%T\n`\nend\n') ?? []).toString()).toBe('Cat');
  });
});

describe('htmlBlocks', () => {
  it('should keep bold/italic runs and join a number cell to its text cell', () => {
    const blocks = htmlBlocks('<table><tr><td>1.</td><td><b>Please revise.</b></td></tr></table><p style="font-style:italic">Answer</p>');
    expect(blocks.map(textOf)).toEqual(['1.\tPlease revise.', 'Answer']);
    expect(blocks[0]?.runs.some((r) => r.bold && r.text.includes('Please'))).toBe(true);
    expect(blocks[1]?.runs[0]?.italic).toBe(true);
  });
  it('should read inline CSS as a browser does: the font shorthand\'s weight and style, the last declaration winning, vendor properties not the font\'s own', () => {
    const runsOf = (html: string) => htmlBlocks(html).flatMap((b) => b.runs.filter((r) => r.text.trim() !== '').map((r) => [r.text.trim(), r.bold, r.italic]));
    // "font: bold 10pt …" is how some filing agents set a bold heading (c0293, c0612); a shorthand without a weight is normal weight.
    expect(runsOf('<p style="font: bold 10pt Times New Roman, Times, Serif; margin: 0">Goodwill, page 42</p>')).toEqual([['Goodwill, page 42', true, false]]);
    expect(runsOf('<p style="font: italic 10pt Arial">Response</p>')).toEqual([['Response', false, true]]);
    expect(runsOf('<b>Segments <span style="font: 10pt/120% Times New Roman">we note</span></b>')).toEqual([['Segments', true, false], ['we note', false, false]]);
    expect(runsOf('<p style="font-weight: bold; font-weight: normal">plain</p><p style="font: 10pt Arial; font-weight: 700">strong</p>')).toEqual([['plain', false, false], ['strong', true, false]]);
    expect(runsOf('<p style="font-weight: bold ! important">Liquidity</p>')).toEqual([['Liquidity', true, false]]);
    // Word's mso-bidi-font-weight is for right-to-left scripts: the bold of <b> stays.
    expect(runsOf("<b><span style='mso-bidi-font-weight:normal'>Item 7. Management</span></b>")).toEqual([['Item 7. Management', true, false]]);
    // A system font's name is no shorthand of size and family: it leaves the weight alone.
    expect(runsOf('<b><span style="font: caption">Note 3</span></b>')).toEqual([['Note 3', true, false]]);
  });
  it('should mark the first paragraph after a printed page break', () => {
    const blocks = htmlBlocks('<p>a</p><hr style="page-break-after:always"><p>b</p><div style="break-after: page"><p>c</p></div><p>d</p><div style="page-break-before:always">e</div>');
    expect(blocks.map((b) => [textOf(b), b.pageTop === true])).toEqual([['a', false], ['b', true], ['c', false], ['d', true], ['e', true]]);
  });
  it('should read a gap set by an inline element\'s left padding or margin as a space, and no gap from a zero one (c0254: "RE:" then "Eaton Corporation plc")', () => {
    const blocks = htmlBlocks(
      '<div><font style="font-weight:700">RE&#58;</font><font style="font-weight:700;padding-left:15.35pt">Eaton Corporation plc</font></div><p><span>•</span><span style="margin-left: 0.5in">a reconciliation</span></p><p><span>pre</span><span style="padding-left:0pt">fix</span></p>',
    );
    expect(blocks.map(textOf)).toEqual(['RE: Eaton Corporation plc', '• a reconciliation', 'prefix']);
  });
  it('should start a list item with the marker a browser draws: a bullet in <ul>, its number or letter in <ol> (start, type and value kept), so that no item runs on into the next', () => {
    const html = '<ol><li>Please revise:<ul><li>interest rate changes; and</li><li>foreign currency changes.</li></ul></li><li value="5">Please expand.</li></ol><ol start="3" type="a"><li>one</li><li>two</li></ol><ol type="I"><li>four</li></ol>';
    expect(htmlBlocks(html).map(textOf)).toEqual(['1. Please revise:', '• interest rate changes; and', '• foreign currency changes.', '5. Please expand.', 'c. one', 'd. two', 'I. four']);
  });
  it('should read preformatted text (<pre>: a text letter filed as HTML) line by line as a text letter, its wrapped lines joined', () => {
    const wrapped = Array.from({ length: 9 }, (_, i) => `line ${i} of a paragraph that was wrapped at about seventy characters xx`).join('\n');
    const html = `<html><body><p>Letterhead</p><pre>Mr. John Q. Smith\nAcme &amp; Sons Corporation\n\nDear Mr. Smith:\n\n${wrapped}\n\nResults of Operations, page 25<br>\n1. We note that your gross margin decreased.</pre><p>After</p></body></html>`;
    expect(htmlBlocks(html).map(textOf)).toEqual([
      'Letterhead',
      'Mr. John Q. Smith',
      'Acme & Sons Corporation',
      'Dear Mr. Smith:',
      expect.stringMatching(/^line 0 of a paragraph .* line 8 of a paragraph that was wrapped at about seventy characters xx$/),
      'Results of Operations, page 25',
      '1. We note that your gross margin decreased.',
      'After',
    ]);
  });
  describe('a table of figures keeps its columns (a tab before each column after the first)', () => {
    const rows = (html: string) => htmlBlocks(`<table>${html}</table>`).map((b) => b.runs.map((r) => r.text).join(''));
    it('should keep the empty corner cell above the row labels, so that each header stands over its figures', () => {
      expect(rows('<tr><td></td><td>2014</td><td>2015</td></tr><tr><td>Sudan</td><td>$4.681</td><td>$2.424</td></tr><tr><td>Syria</td><td></td><td>$0.365</td></tr>')).toEqual([
        '\t2014\t2015',
        'Sudan\t$4.681\t$2.424',
        'Syria\t\t$0.365',
      ]);
    });
    it('should read spacer cells and colspans by the grid, a currency sign in its own cell with its amount, and the amounts below it in its column', () => {
      const html =
        '<tr><td></td><td></td><td colspan="2">2020</td><td></td><td colspan="2">2019</td></tr>' +
        '<tr><td>Total revenues</td><td></td><td>$</td><td>9,093</td><td></td><td>$</td><td>9,821</td></tr>' +
        '<tr><td>Cost of operations</td><td></td><td></td><td>6,540</td><td></td><td></td><td>7,303</td></tr>';
      expect(rows(html)).toEqual(['\t2020\t2019', 'Total revenues\t$ 9,093\t$ 9,821', 'Cost of operations\t6,540\t7,303']);
    });
    it('should join a closing ")" or "%" to the amount in the cell right before it (a space kept where the cells print one), not across an empty cell', () => {
      const html =
        '<tr><td></td><td>Change</td><td></td><td>Share</td></tr>' +
        '<tr><td>Sales</td><td>(2.1</td><td>)%</td><td>44.46&nbsp;</td><td>%</td></tr>' +
        '<tr><td>Billings</td><td>—</td><td></td><td></td><td>%</td></tr>';
      expect(rows(html)).toEqual(['\tChange\tShare', 'Sales\t(2.1)%\t44.46 %', 'Billings\t—\t\t%']);
    });
    it('should read a table written with each cell\'s text on lines of its own as one written on one line: HTML\'s collapsed white space at a cell\'s edges prints nothing, a no-break space prints', () => {
      const oneLine = '<tr><td></td><td>Change</td><td></td><td>Share</td></tr><tr><td>Sales</td><td><b>(2,094</b></td><td><b>)&nbsp;</b></td><td>44.46&nbsp;</td><td>%</td></tr>';
      const pretty = oneLine.replace(/(<\/?(?:tr|td)>)/g, '\n$1\n  ');
      expect(rows(oneLine)).toEqual(['\tChange\tShare', 'Sales\t(2,094)\t44.46 %']);
      expect(rows(pretty)).toEqual(rows(oneLine));
      // A marker cell joined to the text beside it ("Re:" | "Capital One Financial Corporation", c1017).
      expect(rows('<tr><td>\n  <b>Re:</b>\n</td><td>\n  <b>Capital One Financial Corporation</b>\n</td></tr>').map((row) => row.trim())).toEqual(['Re:\tCapital One Financial Corporation']);
      expect(rows('<tr><td><b>Re:&#8195;</b></td><td>Capital One</td></tr>')).toEqual(['Re:\u2003\tCapital One']);
    });
    it('should set a header over two columns above the one its figures start in, where nothing else starts in the first (c0607\'s "% Change")', () => {
      const html =
        '<tr><td></td><td>2019</td><td>Change</td><td colspan="2">% Change</td></tr>' +
        '<tr><td>Revenues</td><td>$ 5,381</td><td>$ 332</td><td></td><td>7%</td></tr>' +
        '<tr><td>Expenses</td><td>$ 4,049</td><td>$ (89)</td><td></td><td>(46)%</td></tr>';
      expect(rows(html)).toEqual(['\t2019\tChange\t% Change', 'Revenues\t$ 5,381\t$ 332\t7%', 'Expenses\t$ 4,049\t$ (89)\t(46)%']);
    });
    it('should join the lines of a wrapped cell in a table of figures (two rows with a figure), and only there (a signature block set out in a table keeps its lines)', () => {
      const figures = '<tr><td></td><td>Retained<br>Earnings</td><td>Accumulated Other<br>Comprehensive Income</td></tr><tr><td>Reserves</td><td>$ (200)</td><td>$ 15</td></tr><tr><td>Taxes</td><td>42</td><td>(3)</td></tr>';
      expect(rows(figures)).toEqual(['\tRetained Earnings\tAccumulated Other Comprehensive Income', 'Reserves\t$ (200)\t$ 15', 'Taxes\t42\t(3)']);
      expect(rows('<tr><td>Very truly yours,</td><td>Jane Doe<br>Chief Financial Officer</td></tr>')).toEqual(['Very truly yours,', 'Jane Doe', 'Chief Financial Officer']);
      // One figure a row is enough (c0758's goodwill allocation).
      const allocation = '<tr><td>Sales Price of<br>Neighborhood</td><td></td><td>$</td><td>5,000</td></tr><tr><td>Neighborhood Relative<br>Percentage of Fair Value</td><td></td><td></td><td>0.35%</td></tr>';
      expect(rows(allocation)).toEqual(['Sales Price of Neighborhood\t$ 5,000', 'Neighborhood Relative Percentage of Fair Value\t0.35%']);
    });
    it('should join a note\'s mark in a cell of its own to the figure before it, across a spacer cell ("1,190" | "" | "**", c0051)', () => {
      const html = '<tr><td></td><td colspan="3">2013</td><td colspan="2">2014</td></tr><tr><td>Net income</td><td colspan="2">1,190</td><td></td><td>**</td><td>3,045</td></tr><tr><td>Net sales</td><td colspan="2">9,073</td><td></td><td></td><td>16,358</td></tr>';
      expect(rows(html)).toEqual(['\t2013\t2014', 'Net income\t1,190**\t3,045', 'Net sales\t9,073\t16,358']);
    });
    it('should leave the columns a rowspan keeps to the cell above', () => {
      expect(rows('<tr><td rowspan="2">Revenue</td><td>Q1</td><td>Q2</td></tr><tr><td>$10</td><td>$20</td></tr>')).toEqual(['Revenue\tQ1\tQ2', '\t$10\t$20']);
    });
    it('should print no more tabs than there are columns where some cell starts (a colspan of 100,000 is not 100,000 tabs)', () => {
      expect(rows('<tr><td colspan="100000"></td><td>a</td><td>b</td></tr><tr><td>x</td><td>y</td></tr>')).toEqual(['\t\ta\tb', 'x\ty']);
    });
  });
  it('should drop hidden text and scripts', () => {
    expect(htmlBlocks('<p>a</p><div style="display:none">secret</div><script>x()</script><p>b</p>').map(textOf)).toEqual(['a', 'b']);
  });
});

describe('textBlocks', () => {
  /** Prose greedily wrapped at 72 columns, as a text browser does: every wrap lacked room for the next word (wrapsSharply). */
  const fixedWidthProse = (): string[] => {
    const words = 'we note that the company recognized impairment charges related to certain long lived assets in several reporting units during the year and disclosed them'.split(' ');
    return Array.from({ length: 14 }, (_, k) => {
      let line = '';
      for (const word of words.slice(k % 5)) if ((line + ' ' + word).trim().length <= 72) line = (line + ' ' + word).trim();
      return line;
    });
  };

  it('should join the head\'s lines where text wrapped at a fixed width wrapped them, and only there (c0131 dumped by lynx)', () => {
    const head = ['Re: Constellation Energy Corporation Registration Statement on Form', '10-12B', 'Submitted December 8, 2021', '', 'Ladies and Gentlemen:', ''];
    expect(textBlocks([...head, ...fixedWidthProse()].join('\n')).map(textOf).slice(0, 3)).toEqual([
      'Re: Constellation Energy Corporation Registration Statement on Form 10-12B',
      'Submitted December 8, 2021',
      'Ladies and Gentlemen:',
    ]);
  });

  it('should join hard-wrapped lines but keep short lines and list items apart', () => {
    const wrapped = Array.from({ length: 10 }, (_, i) => `line ${i} of a paragraph that was wrapped at about seventy characters xx`).join('\n');
    const blocks = textBlocks(`Jane Doe\nChief Financial Officer\n\n${wrapped}\n1. We note that the paragraph is long enough to be wrapped like this one x`);
    expect(blocks.map(textOf).slice(0, 2)).toEqual(['Jane Doe', 'Chief Financial Officer']);
    expect(blocks).toHaveLength(4);
  });
  it('should start a block at a line that starts well left of a finished sentence, and only there (c0882 laid out)', () => {
    const comment = [
      '2.       Please enhance your future disclosures to identify the number of reporting units to which',
      '         goodwill is allocated and tested for impairment. In addition, for any reporting unit that is',
      '         at risk as defined in ASC Topic 350, please disclose the percentage by which fair value exceeded',
      '         carrying value. Please refer to Item 303(a)(3)(ii) of Regulation S-K and Section V of Release.',
      'Form 10-Q for the quarter ended March 31, 2020',
      '',
      '3.       We note that you are temporarily idling ethanol production at your corn dry mill facilities',
      '         in Cedar Rapids, Iowa, and Columbus, Nebraska, for a period of four months subject to the',
      '         market conditions. Please tell us and revise future filings to disclose the following items.',
      '         The carrying value of the assets that have been idled and whether you performed an analysis.',
    ].join('\n');
    expect(textBlocks(comment).map(textOf)).toEqual([
      expect.stringMatching(/^2\. Please enhance .* Section V of Release\.$/),
      'Form 10-Q for the quarter ended March 31, 2020',
      expect.stringMatching(/^3\. We note .* whether you performed an analysis\.$/),
    ]);
  });

  it('should part a heading and a lone comment number from the paragraph above in text no blank line parts (an HTML letter dumped by a text browser, c0067)', () => {
    const letter = [
      '   On behalf of W. R. Berkley Corporation, set forth below are our responses to the',
      '   comments of the staff of the Securities and Exchange Commission contained in your',
      '   letter dated April 25, 2017 relating to the Form 10-K for the fiscal year ended',
      '   December 31, 2016. We have set forth below the comments, followed by our responses.',
      '   Notes to the Consolidated Financial Statements',
      '   (14) Reserves for Losses and Loss Expenses and Other Matters, page 73',
      '   1.',
      '   Please tell us whether the incurred but not reported liabilities for each accident',
      '   year presented in each of your claims development tables beginning on page 75 include',
      '   the expected development.',
      '   The liabilities included in the claims development tables on page 75 include the',
      '   estimated losses for claims that have occurred but not been reported, as described in Note',
      '   14.',
    ].join('\n');
    expect(textBlocks(letter).map(textOf)).toEqual([
      expect.stringMatching(/^On behalf of .* followed by our responses\.$/),
      'Notes to the Consolidated Financial Statements',
      '(14) Reserves for Losses and Loss Expenses and Other Matters, page 73',
      // The number goes with the words right under it.
      expect.stringMatching(/^1\. Please tell us .* the expected development\.$/),
      // A number the line above names goes on from it.
      expect.stringMatching(/^The liabilities .* as described in Note 14\.$/),
    ]);
    // A title as long as a wrapped line, broken before the next line's short first word, is a heading too (c0001 as pdftotext reads it).
    const prose = Array.from({ length: 9 }, (_, i) => `line ${i} of the staff's opening paragraph, wrapped by pdftotext as the page wraps it, x`);
    const long = textBlocks([...prose, 'the last line of the paragraph ends its sentence at about the width of the page.', 'Definitive Proxy Statement on Schedule 14A filed March 11, 2022', 'General', '1.'].join('\n')).map(textOf);
    expect(long.slice(1, 3)).toEqual(['Definitive Proxy Statement on Schedule 14A filed March 11, 2022', 'General']);
    // A dated filing's title, its "filed" in lower case (c0114 as pdftotext reads it).
    const dated = textBlocks([...prose, 'After reviewing your response to our comment, we may have additional comments x.', 'Form 8-K filed January 25, 2017', 'Exhibit 99.1', '1.'].join('\n')).map(textOf);
    expect(dated.slice(1, 3)).toEqual(['Form 8-K filed January 25, 2017', 'Exhibit 99.1']);
    // A title with its page, "page" in lower case (c0461 as pdftotext reads it).
    const withPage = textBlocks([...prose, 'provide in response to these comments, we may have additional comments from the staff.', 'Consequences of the Merger, page 80', '1.'].join('\n')).map(textOf);
    expect(withPage[1]).toBe('Consequences of the Merger, page 80');
    // A title wrapped once, its second line short (c0227 as pdftotext reads it); not after a name's initial (c0722 dumped by lynx).
    const mdna = ['Item 7. Management’s Discussion and Analysis of Financial Condition and Results of', 'Operations', 'Capitalization, page 87', '1.'];
    const wrappedTitle = textBlocks([...prose, 'After reviewing your response to this comment, we may have additional comments.', ...mdna].join('\n')).map(textOf);
    expect(wrappedTitle.slice(1, 3)).toEqual([`${mdna[0]} ${mdna[1]}`, mdna[2]]);
    const initial = textBlocks([...prose, 'the last line of the paragraph runs on to a name of the signer, one Michael J.', 'Tokich Senior Vice President and Chief Financial Officer of the Company Inc', 'Ohio'].join('\n')).map(textOf);
    expect(initial.some((block) => block.startsWith('Tokich'))).toBe(false);
    // A heading that ends with its page, and MD&A's title with its halves the other way round or its apostrophe lost, end there (c0448, c0173, c0949).
    const paged = 'Recommendation of the Board of Directors and its Reasons for the Transactions, page 79';
    const reversed = 'Management’s Discussion and Analysis of Results of Operations and Financial Condition';
    const noApostrophe = 'Managements Discussion and Analysis of Financial Condition and Results of Operations';
    const spaced = 'Management s Discussion and Analysis of Financial Condition and Results of Operations';
    for (const title of [paged, reversed, noApostrophe, spaced]) {
      const blocks = textBlocks([...prose, 'the last line of the paragraph ends its sentence at about the width of the page.', '', title, 'Strategic Rationale, Stockholder Value, page 80', '1.'].join('\n')).map(textOf);
      expect(blocks.slice(1, 3)).toEqual([title, 'Strategic Rationale, Stockholder Value, page 80']);
    }
  });

  it('should end a block where the next line opens with a capital whose first word would have fitted above, and only there (c0045 dumped by a text browser; c0102, c0960 laid out)', () => {
    const prose = Array.from({ length: 8 }, (_, i) => `   line ${i} of a paragraph of the letter that was wrapped at about eighty characters x`);
    const letter = [
      ...prose,
      '',
      '   Form 10-K for the Fiscal Year Ended December 31, 2016',
      "   Management's Discussion and Analysis of Financial Condition and Results of",
      '   Operations, page 12',
      '',
      '   Please contact Jennifer Gowetski at 202-551-3401 or Amanda Ravitz at 202-551-',
      '   3412 with any questions. Tell us why the amounts are classified as expenses under ASC',
      '   606.',
    ].join('\n');
    expect(textBlocks(letter).map(textOf).slice(-3)).toEqual([
      'Form 10-K for the Fiscal Year Ended December 31, 2016',
      // "Operations," would not have fitted on the line above: wrapped.
      "Management's Discussion and Analysis of Financial Condition and Results of Operations, page 12",
      'Please contact Jennifer Gowetski at 202-551-3401 or Amanda Ravitz at 202-551- 3412 with any questions. Tell us why the amounts are classified as expenses under ASC 606.',
    ]);
    // A rule runs to the width but has no words to go on: w3m's <hr> at a page break, the running header under it (c0821).
    const rule = textBlocks([...prose, '', '━'.repeat(84), 'Page 3                                                            <May 9, 2017>'].join('\n')).map(textOf);
    expect(rule.slice(-2)).toEqual(['━'.repeat(84), 'Page 3 <May 9, 2017>']);
    // A sign-off alone on its line goes on from no line above (c0097 as pdftotext reads it).
    const signOff = textBlocks([...prose, '   questions regarding the comments. In this regard, do not hesitate to contact me at', '   Sincerely,', '   /s/ Jim B. Rosenberg'].join('\n')).map(textOf);
    expect(signOff.slice(-2)).toEqual(['Sincerely,', '/s/ Jim B. Rosenberg']);
    // A table's rows set with no blank line between, and the heading under them: a row is a block of its own (c0132 dumped by html2text).
    const rows = textBlocks([...prose, '', 'Change in Non-GAAP Revenue (constant currency basis)                     $280', 'Non-GAAP Underlying revenue ($280/$1,400)                                  20%', 'Consolidated Balance Sheets, Page 62', '', '1. Please revise.'].join('\n')).map(textOf);
    expect(rows.slice(-4)).toEqual(['Change in Non-GAAP Revenue (constant currency basis) $280', 'Non-GAAP Underlying revenue ($280/$1,400) 20%', 'Consolidated Balance Sheets, Page 62', '1. Please revise.']);
    // html2text's underlined text, its words joined by underscores, wrapped at the width: one underlined block (c0035).
    const underscored = textBlocks([...prose, '', "   Management's_Discussion_and_Analysis_of_Financial_Condition_and_Results_of", '   Operations', '   Background_to_the_Solicitation,_page_8', '   1. Please revise.'].join('\n'));
    expect(underscored.slice(-3).map(textOf)).toEqual(["Management's Discussion and Analysis of Financial Condition and Results of Operations", 'Background to the Solicitation, page 8', '1. Please revise.']);
    expect(underscored.slice(-3).map((b) => b.runs[0]?.underline)).toEqual([true, true, false]);
    // One join in a short title alone on its line, each word capitalized (c0240, c0216, c0035); not a name with an underscore in a sentence.
    const short = textBlocks([...prose, '', '   Financial_Statements', '   Inflation,_page 58', '   Exhibit_99.1', '   1. Please see file_name and revise.'].join('\n'));
    expect(short.slice(-4).map(textOf)).toEqual(['Financial Statements', 'Inflation, page 58', 'Exhibit 99.1', '1. Please see file_name and revise.']);
    expect(short.slice(-4).map((b) => b.runs[0]?.underline)).toEqual([true, true, true, false]);
    // Its tail with one join, or a line underlined on its own after a line that cannot end there, goes on; a heading reaching near
    // the width is followed by one of its own; two lines alone between blank lines are one (c0012, c0139, c0131).
    const headings = [
      'Notes_to_Unaudited_Pro_Forma_Condensed_Consolidated_Financial_Statements_of',
      'Vistra_Energy',
      'Plan_Effects_and_other_(Unaudited_Pro_Forma_Condensed_Consolidated_Balance',
      'Sheet,_page_61',
      'Note_2_-_Basis_of_Presentation_and_Summary_of_Significant_Accounting_Policies',
      'Consumer_Revenue,_page_F-11',
      // A heading that fills the width and ends on no whole title goes on, under another heading or not (c0666).
      '1._Business,_Basis_of_Presentation_and_Summary_of_Significant_Accounting',
      'Policies_and_Revisions,_page_209',
      '',
      'Impacts_of_the_February_2021_Extreme_Cold_Weather_Event_and_Texas-based',
      'Generating_Assets_Outages,_page_98',
      '',
      '1. Please revise.',
    ];
    // html2text's width, 80.
    const prose80 = Array.from({ length: 8 }, (_, i) => `line ${i} of a paragraph that html2text has wrapped at eighty characters as it does`);
    expect(textBlocks([...prose80, '', ...headings].join('\n')).slice(-7).map(textOf)).toEqual([
      'Notes to Unaudited Pro Forma Condensed Consolidated Financial Statements of Vistra Energy',
      'Plan Effects and other (Unaudited Pro Forma Condensed Consolidated Balance Sheet, page 61',
      'Note 2 - Basis of Presentation and Summary of Significant Accounting Policies',
      'Consumer Revenue, page F-11',
      '1. Business, Basis of Presentation and Summary of Significant Accounting Policies and Revisions, page 209',
      'Impacts of the February 2021 Extreme Cold Weather Event and Texas-based Generating Assets Outages, page 98',
      '1. Please revise.',
    ]);
    // A currency sign alone goes with the amount under it (a table's cells a line each, c0217 dumped by lynx).
    const cells = textBlocks([...prose, '', '   Quarterly pro forma interest expense', '', '   $', '   154', '', '   Pro Forma Adjustment (f), page 143'].join('\n')).map(textOf);
    expect(cells.slice(-3)).toEqual(['Quarterly pro forma interest expense', '$ 154', 'Pro Forma Adjustment (f), page 143']);
    // A line that ends on a joining word goes on, though the next line's first word would have fitted (bound by a no-break space, c0012).
    const bound = textBlocks([...prose, '', '   course of action that the registrant has taken. Please refer to', '   Item 303(a)(4)(i)(D) of Regulation S-K.'].join('\n')).map(textOf);
    expect(bound.at(-1)).toBe('course of action that the registrant has taken. Please refer to Item 303(a)(4)(i)(D) of Regulation S-K.');
  });

  it('should read a note title wrapped onto its heading\'s line as one title in text wrapped at a fixed width, not in laid-out text (c0242 dumped by lynx; c0055 laid out)', () => {
    const prose = fixedWidthProse();
    const title = ['Notes to Consolidated Financial Statements', '', 'Note 8. Reserve for Property and Casualty Insurance Claims and Claims', 'Expense, page 169'];
    expect(textBlocks([prose.join('\n'), '', ...title].join('\n')).map(textOf).slice(-1)).toEqual(['Note 8. Reserve for Property and Casualty Insurance Claims and Claims Expense, page 169']);
    // Laid out from a PDF (its wraps fit the next word as often as not), a note's title on its line stays above the heading under it.
    const laidOut = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `line ${i} of a paragraph laid out from a PDF, its words wrapped` : `line ${i} of a paragraph laid out from a PDF, its words wrapped by width xx`));
    const noteAndHeading = ['Note 15 - Investments Accounted for by the Equity Method and Variable Interest Entities', 'Variable Interest Entities, page 165'];
    expect(textBlocks([...laidOut, '', ...noteAndHeading].join('\n')).map(textOf).slice(-2)).toEqual(noteAndHeading);
  });

  it('should find the width a dump was wrapped at past a wider table, and go on from none of its rows (c0155, c0525 dumped by w3m and html2text)', () => {
    const prose = Array.from({ length: 12 }, (_, i) => `line ${i} of a paragraph of the letter, wrapped by the text browser at eighty chars`);
    const row = (label: string, amount: string) => `${label.padEnd(90)}${amount.padEnd(12)}   ${'(1)'.padEnd(12)}   ${'(2)'.padEnd(12)}`;
    const table = Array.from({ length: 4 }, (_, i) => row(`Prior year reserve reestimates, line ${i}`, `$ (${i + 10} )`));
    const blocks = textBlocks([...prose, '', ...table, 'The company acknowledges that:'].join('\n')).map(textOf);
    // The prose is one paragraph (the rows, a quarter of the lines, had hidden the width: every line had been a block of its own).
    expect(blocks[0]).toBe(prose.join(' '));
    expect(blocks.at(-1)).toBe('The company acknowledges that:');
  });

  it('should end a dated filing\'s title at its date, not at the date it was filed below it (c0045 dumped by lynx)', () => {
    const prose = Array.from({ length: 8 }, (_, i) => `   line ${i} of a paragraph of the letter that was wrapped at 75 characters`);
    const letter = [...prose, '   preceding each response.', '   Form 10-K for the Fiscal Year Ended December 31, 2016', '   Management’s Discussion and Analysis of Financial Condition and Results', '   of Operations, page 12'];
    expect(textBlocks(letter.join('\n')).map(textOf).slice(-2)).toEqual(['Form 10-K for the Fiscal Year Ended December 31, 2016', 'Management’s Discussion and Analysis of Financial Condition and Results of Operations, page 12']);
    const filed = [...prose, '', '   Form 10-K for the Fiscal Year Ended December 31, 2016 and the Quarterly Reports', '   Filed February 23, 2017'];
    expect(textBlocks(filed.join('\n')).map(textOf).slice(-1)).toEqual(['Form 10-K for the Fiscal Year Ended December 31, 2016 and the Quarterly Reports Filed February 23, 2017']);
  });

  it('should keep a paragraph whose first line is indented and ends a sentence whole, the next line at the margin as wide (letters as EDGAR served them as text; c0205, c0948 laid out)', () => {
    const letter = [
      '      We have reviewed your filing and have the following comments.',
      'Where indicated, we think you should revise your document in response',
      'to these comments.  If you disagree, we will consider your explanation',
      'as to why our comment is inapplicable or a revision is unnecessary.',
      '',
      '      Please understand that the purpose of our review process is to',
      'assist you in your compliance with the applicable disclosure',
      'requirements and to enhance the overall disclosure in your filing.',
      '',
      'Form 10-K for the Fiscal Year Ended December 31, 2006',
      '',
      '1. We note that your revenues increased 15% from 2005 to 2006.',
      'Please revise to quantify the extent to which the increase is',
      'attributable to changes in prices and to changes in volume.',
    ].join('\n');
    expect(textBlocks(letter).map(textOf)).toEqual([
      expect.stringMatching(/^We have reviewed your filing and have the following comments\. Where indicated, .* a revision is unnecessary\.$/),
      expect.stringMatching(/^Please understand .* in your filing\.$/),
      'Form 10-K for the Fiscal Year Ended December 31, 2006',
      expect.stringMatching(/^1\. We note .* changes in volume\.$/),
    ]);
    // A heading at the margin under the first line of a page (the last words of the answer above) is no paragraph's second line (c0937 laid out).
    const underPageTop = textBlocks(
      [
        ...Array.from({ length: 8 }, (_, i) => `         line ${i} of a comment that was wrapped at about ninety characters, as laid-out text xx`),
        '',
        '         share of Exelon common stock outstanding on the record date on a pro rata basis.',
        'Unaudited Pro Forma Condensed Consolidated Financial Statements, page 47',
      ].join('\n'),
    ).map(textOf);
    expect(underPageTop.slice(-2)).toEqual(['share of Exelon common stock outstanding on the record date on a pro rata basis.', 'Unaudited Pro Forma Condensed Consolidated Financial Statements, page 47']);
  });

  it('should join a wrapped text\'s lines among many short ones (a table\'s rows: c0066 dumped by lynx)', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `Segment ${i}    ${100 + i}    ${200 + i}`);
    const prose = Array.from({ length: 25 }, (_, i) => `line ${i} of an answer that was wrapped at about seventy characters xx`);
    const blocks = textBlocks([...rows, '', ...prose, 'the end.'].join('\n')).map(textOf);
    expect(blocks.at(-1)).toMatch(/^line 0 of an answer .* line 24 of an answer that was wrapped at about seventy characters xx the end\.$/);
  });

  it('should join a number alone on its line to the words right under it, not to a blank line\'s far side nor to a lone word (c0791 dumped by lynx; c0751 as pdftotext reads it)', () => {
    const blocks = textBlocks(['the following lines of business:', '', '1.', 'general liability and other;', '', '2.', 'CMP liability; and', '', '3.', '', 'We note your disclosure.', '', '10.', 'FirstName'].join('\n')).map(textOf);
    expect(blocks).toEqual(['the following lines of business:', '1. general liability and other;', '2. CMP liability; and', '3.', 'We note your disclosure.', '10.', 'FirstName']);
  });

  it('should open a list item\'s words with its bullet set alone on the line above (a list set as a table, a cell a line: c0766 dumped by lynx), not a number\'s line', () => {
    const blocks = textBlocks(['Within your response please discuss, at a minimum:', '', '  •', '', 'The specific functionalities of the cloud services;', '', '  •', '', 'How they interact with the desktop application.', '', '•', '', '3.', '', 'Describe the events.'].join('\n')).map(textOf);
    expect(blocks).toEqual([
      'Within your response please discuss, at a minimum:',
      '• The specific functionalities of the cloud services;',
      '• How they interact with the desktop application.',
      '•',
      '3.',
      'Describe the events.',
    ]);
  });

  it('should set the copies under "cc:" line by line, as the head is: wrapped prose above them or not', () => {
    const prose = Array.from({ length: 8 }, (_, i) => `line ${i} of an answer that was wrapped at about seventy characters xx`);
    const blocks = textBlocks([...prose, '', 'cc:   Mary Major, Securities and Exchange Commission and its Staff', '      Ernst & Young LLP, the independent registered accountants xx'].join('\n')).map(textOf);
    expect(blocks.slice(-2)).toEqual(['cc: Mary Major, Securities and Exchange Commission and its Staff', 'Ernst & Young LLP, the independent registered accountants xx']);
    // A copy wrapped onto the next line, its next word too long for the line above (c0066 dumped by lynx), is one copy.
    const wrapped = textBlocks(
      [...prose, '', 'cc:    E. Mark Rajkowski, Senior Vice President and Chief Financial', 'Officer, Xylem Inc.', '', 'Robert Grosso, Engagement Partner, Deloitte & Touche LLP'].join('\n'),
    ).map(textOf);
    expect(wrapped.slice(-2)).toEqual(['cc: E. Mark Rajkowski, Senior Vice President and Chief Financial Officer, Xylem Inc.', 'Robert Grosso, Engagement Partner, Deloitte & Touche LLP']);
    // No blank line between the copies, in text wrapped at a fixed width (every wrap lacked room for the next word: c0671 dumped by lynx).
    const fixedWidth = fixedWidthProse();
    const copies = ['cc:', 'Jonathan M. Pruzan, Executive Vice President and Chief Financial', 'Officer, Morgan Stanley', 'Joseph B. Conahan, Wilmer Cutler Pickering Hale and Dorr LLP', 'Eric P. Hanson, Wilmer Cutler Pickering Hale and Dorr LLP'];
    expect(textBlocks([...fixedWidth, '', ...copies].join('\n')).map(textOf).slice(-3)).toEqual([
      'Jonathan M. Pruzan, Executive Vice President and Chief Financial Officer, Morgan Stanley',
      'Joseph B. Conahan, Wilmer Cutler Pickering Hale and Dorr LLP',
      'Eric P. Hanson, Wilmer Cutler Pickering Hale and Dorr LLP',
    ]);
    // The label opens the copies right under the signature's last line, though that line runs to the wrap (c0734 dumped by lynx).
    // A page's number alone under a signature's last line that runs to the wrap is no word of the title (c0834 dumped by lynx).
    const paged = textBlocks([...prose, '', 'Ray G. Young', 'Executive Vice President and Chief Financial Officer of Acme x', '3'].join('\n')).map(textOf);
    expect(paged.slice(-2)).toEqual(['Executive Vice President and Chief Financial Officer of Acme x', '3']);
    // A signature is a line of its own, its rule after it (c0172 dumped by lynx).
    const signed = textBlocks([...prose, '', `/s/ Carey S. Roberts${'_'.repeat(42)}`, 'Carey S. Roberts', 'Deputy General Counsel'].join('\n')).map(textOf);
    expect(signed.slice(-3)).toEqual([`/s/ Carey S. Roberts${'_'.repeat(42)}`, 'Carey S. Roberts', 'Deputy General Counsel']);
    const underTitle = textBlocks([...prose, '', 'Brian Satenstein', 'Corporate Controller and Principal Accounting Officer x', 'cc:', '', 'Ms. Joanne Crevoiserat'].join('\n')).map(textOf);
    expect(underTitle.slice(-3)).toEqual(['Corporate Controller and Principal Accounting Officer x', 'cc:', 'Ms. Joanne Crevoiserat']);
  });

  it('should join a short letter\'s wrapped body, told from the lines under its salutation, and set a signature under a sign-off set to the right line by line', () => {
    const letter = [
      'UNITED STATES',
      'SECURITIES AND EXCHANGE COMMISSION',
      '',
      '                                                        June 2, 2009',
      '',
      'Mr. Gregory T. Halvorsen',
      'Pinecrest Medical Devices Corporation',
      '',
      '     Re:  Pinecrest Medical Devices Corporation',
      '          Form 10-K for the Fiscal Year Ended December 31, 2008',
      '',
      'Dear Mr. Halvorsen:',
      '',
      '     We have completed our review of your Form 10-K and related filings',
      'and have no further comments at this time.  If you have any questions,',
      'please contact Martin F. Lasker, Staff Accountant, at (202) 551-3374.',
      '',
      '                                        Sincerely,',
      '',
      '                                        Christine Dietz',
      '                                        Senior Assistant Chief Accountant',
      '                                        Office of Technology',
    ].join('\n');
    expect(textBlocks(letter).map(textOf).slice(-5)).toEqual([
      'We have completed our review of your Form 10-K and related filings and have no further comments at this time. If you have any questions, please contact Martin F. Lasker, Staff Accountant, at (202) 551-3374.',
      'Sincerely,',
      'Christine Dietz',
      'Senior Assistant Chief Accountant',
      'Office of Technology',
    ]);
  });

  it('should go on from the line above at a wrapped line that starts with a decimal, not a list number ("31.4% to 28.9% …"; 17 laid-out letters)', () => {
    const answer = Array.from({ length: 6 }, (_, i) => `line ${i} of an answer that was wrapped at about seventy characters xx`);
    const blocks = textBlocks([...answer, 'Response: The gross margin of the snack segment declined from xxxxxxx', '31.4% to 28.9% in fiscal 2005, primarily because of higher costs x', '', '2. Please tell us more.'].join('\n')).map(textOf);
    expect(blocks.slice(-2)).toEqual(['Response: The gross margin of the snack segment declined from xxxxxxx 31.4% to 28.9% in fiscal 2005, primarily because of higher costs x', '2. Please tell us more.']);
  });

  it('should read a rule of dashes, underscores or equals signs right under a line as that line underlined, and keep no rule as text', () => {
    const answer = Array.from({ length: 6 }, (_, i) => `line ${i} of an answer that was wrapped at about seventy characters xx`);
    const blocks = textBlocks(['Financial Statements', '--------------------', '', 'Note 4 - Goodwill, page F-14', '____________________________', '', ...answer, '', 'Item 4. Controls', '================'].join('\n'));
    expect(blocks.map(textOf)).toEqual(['Financial Statements', 'Note 4 - Goodwill, page F-14', expect.stringMatching(/^line 0 .* line 5 .* xx$/), 'Item 4. Controls']);
    expect(blocks.map((b) => b.runs.every((r) => r.underline))).toEqual([true, true, false, true]);
    // A rule alone between paragraphs underlines nothing and stays (a closing may open at it, c0527).
    expect(textBlocks(['Last words of the answer.', '', '______________________________', '', 'Sincerely,'].join('\n')).map(textOf)).toEqual(['Last words of the answer.', '______________________________', 'Sincerely,']);
  });

  /** A laid-out staff letter (`pdftotext -layout`), its prose wrapped at about 90 characters. */
  const laidOut = (head: string[], tail: string[]) => {
    const prose = Array.from({ length: 6 }, (_, i) => `line ${i} of a comment that was wrapped at about ninety characters, as laid-out text is xx`);
    return textBlocks([...head, '', 'Dear Mr. Gonzalez:', '', ...prose, '', ...tail].join('\n')).map(textOf);
  };

  it('should join a wrapped sentence\'s last word "response." or "comment" to it, and keep a capitalised label apart (c0845 laid out)', () => {
    const blocks = laidOut([], [
      'circumstances or do not believe an amendment is appropriate, please tell us why in your xxxxx',
      'response.',
      '',
      'Response: We have revised the disclosure on page 12 of the amended registration statement xx',
    ]);
    expect(blocks.slice(-2)).toEqual(['circumstances or do not believe an amendment is appropriate, please tell us why in your xxxxx response.', 'Response: We have revised the disclosure on page 12 of the amended registration statement xx']);
  });

  it('should set a response label printed in a column after the comment\'s last words on a line of its own (c0303 laid out)', () => {
    const blocks = laidOut([], ['3.      Please file a copy of the form of this agreement as an exhibit to your registration statement.       Company Response:', '', 'We have filed it.']);
    expect(blocks.slice(-3)).toEqual(['3. Please file a copy of the form of this agreement as an exhibit to your registration statement.', 'Company Response:', 'We have filed it.']);
  });

  it("should keep a comment's heading with its page apart from the note's title above it, though the title runs to the wrap (c0363 laid out)", () => {
    const blocks = laidOut([], [
      'Note 2 - Basis of Presentation and Summary of Significant Accounting Policies and Others',
      'Revenue from Contracts with Customers, page F-10',
      '',
      'Note 15 - Investments Accounted for by the Equity Method and Variable Interest Entities and',
      'Other Entities, page 165',
      '',
      '1. Business, Basis of Presentation and Summary of Significant Accounting Policies of Ours',
      'Revisions, page 209',
    ]);
    expect(blocks.slice(-5)).toEqual([
      'Note 2 - Basis of Presentation and Summary of Significant Accounting Policies and Others',
      'Revenue from Contracts with Customers, page F-10',
      // A title that stops on a joining word goes on below.
      'Note 15 - Investments Accounted for by the Equity Method and Variable Interest Entities and Other Entities, page 165',
      '1. Business, Basis of Presentation and Summary of Significant Accounting Policies of Ours',
      'Revisions, page 209',
    ]);
  });

  it('should start a block at a heading under a title whole on its line, though the title runs to the wrap (c0120 laid out)', () => {
    const blocks = laidOut([], [
      'Item 2. Management\'s Discussion and Analysis of Financial Condition and Results of Operations',
      'Key Operating Metrics and Non-GAAP Financial Measures',
      '',
      'Year Ended December 31, 2024 Compared to Year Ended December 31, 2023 and Other Periods Here',
      'Land and Resource Management, page 26',
    ]);
    expect(blocks.slice(-3)).toEqual([
      'Item 2. Management\'s Discussion and Analysis of Financial Condition and Results of Operations',
      'Key Operating Metrics and Non-GAAP Financial Measures',
      // A line that only begins with such a title goes on.
      'Year Ended December 31, 2024 Compared to Year Ended December 31, 2023 and Other Periods Here Land and Resource Management, page 26',
    ]);
  });

  it('should set headings laid out side by side on a line of their own each, the last naming its page (c0653 laid out)', () => {
    const blocks = laidOut([], [
      '               Notes to Consolidated Financial Statements    Note 7: Unpaid losses and loss expenses    c) Loss Development Tables, page F-46',
      '',
      'Item 7.     Management’s Discussion and Analysis, page 45',
      '',
      'Revenue      2023      2022',
    ]);
    expect(blocks.slice(-5)).toEqual([
      'Notes to Consolidated Financial Statements',
      'Note 7: Unpaid losses and loss expenses',
      'c) Loss Development Tables, page F-46',
      // A label and its title, and a table's row, stay whole.
      'Item 7. Management’s Discussion and Analysis, page 45',
      'Revenue 2023 2022',
    ]);
  });

  it('should keep the head above the salutation line by line, wide lines and all (c0799 laid out)', () => {
    const head = ['          Re:      Corning Incorporated', '                   Form 10-K for Fiscal Year Ended December 31, 2021 and more words here', '                   Filed February 14, 2022'];
    expect(laidOut(head, []).slice(0, 3)).toEqual(['Re: Corning Incorporated', 'Form 10-K for Fiscal Year Ended December 31, 2021 and more words here', 'Filed February 14, 2022']);
  });

  it('should start a block at a quoted caption set left of a finished sentence (c0751 laid out, blind round 30)', () => {
    const blocks = laidOut([], [
      '         headcount relates to one or more of these constituencies, or another metric you track.',
      '"We have been subject to cybersecurity incidents . . .", page 29',
      '',
      '7.       We note your disclosure that you have previously experienced cybersecurity breaches.',
    ]);
    expect(blocks.slice(-3)).toEqual(['headcount relates to one or more of these constituencies, or another metric you track.', '"We have been subject to cybersecurity incidents . . .", page 29', '7. We note your disclosure that you have previously experienced cybersecurity breaches.']);
  });

  it('should start the staff\'s closing paragraph after a finished sentence though no blank line is above it, "In closing, we remind you" too (c0060, c0606 laid out)', () => {
    for (const opening of ['We remind you that the company and its management are responsible for the accuracy and', 'In closing, we remind you that the company and its management are responsible for the']) {
      const blocks = laidOut([], [
        '         management and, if so, quantify this and explain your responsibilities related to them.',
        `       ${opening}`,
        'adequacy of their disclosures, notwithstanding any review, comments, action or absence of action.',
      ]);
      expect(blocks.slice(-2)).toEqual(['management and, if so, quantify this and explain your responsibilities related to them.', `${opening} adequacy of their disclosures, notwithstanding any review, comments, action or absence of action.`]);
    }
  });

  it('should start the company\'s answer after the staff\'s finished sentence though no blank line is above it (c0139 dumped by html2text)', () => {
    const blocks = laidOut([], [
      'same period in the subsequent year. Please expand the disclosure on pages 5 and 126 to clarify that',
      'the comparison is from the quarter prior to acquisition, since your disclosure could be misread too.',
      'The Company respectfully advises the Staff that it has revised its disclosures on pages 5 and 124.',
      'We note that you disclose Adjusted EBITDA Margin as a Non-GAAP measure in your summary, as before.',
      'We have revised the disclosure on pages 18 and 80 to address the Staff\'s comment, as it requested.',
    ]);
    // Not after the company's own sentence: "We have revised …" goes on with the block it wraps in.
    expect(blocks.slice(-2)).toEqual([
      'same period in the subsequent year. Please expand the disclosure on pages 5 and 126 to clarify that the comparison is from the quarter prior to acquisition, since your disclosure could be misread too.',
      'The Company respectfully advises the Staff that it has revised its disclosures on pages 5 and 124. We note that you disclose Adjusted EBITDA Margin as a Non-GAAP measure in your summary, as before. We have revised the disclosure on pages 18 and 80 to address the Staff\'s comment, as it requested.',
    ]);
  });

  it('should not join the template\'s residue to the signature\'s last line beside the page header, however long that line (c0966 laid out)', () => {
    const tail = [
      'FirstName LastNameRandy Hyzak                                          Sincerely,',
      'Comapany NameLas Vegas Sands Corp.',
      '                                                                       Division of Corporation Finance',
      'July 3, 2023 Page 2                                                    Office of Structured Finance, Transportation and Leisure',
      'FirstName LastName',
    ];
    expect(laidOut([], tail).slice(-3)).toEqual(['July 3, 2023 Page 2', 'Office of Structured Finance, Transportation and Leisure', 'FirstName LastName']);
  });

  it('should set the template\'s residue apart from the signature beside it, and not join the signature\'s lines (c0107 laid out)', () => {
    const tail = [
      'FirstName LastNameDavid Michels                               Sincerely,',
      'Comapany NameKinder Morgan, Inc.',
      '                                                              Division of Corporation Finance',
      'May 24, 2023 Page 2                                           Office of Energy & Transportation',
      'FirstName LastName',
    ];
    expect(laidOut([], tail).slice(-7)).toEqual([
      'FirstName LastNameDavid Michels',
      'Sincerely,',
      'Comapany NameKinder Morgan, Inc.',
      'Division of Corporation Finance',
      'May 24, 2023 Page 2',
      'Office of Energy & Transportation',
      'FirstName LastName',
    ]);
  });
});

/** A PDF whose pages each draw their strings at the given places (Helvetica, `size` points), with a correct cross-reference table. */
function pdfOf(pages: readonly (readonly { x: number; y: number; text: string }[])[], size = 10): Uint8Array {
  const escape = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (const strings of pages) {
    const content = strings.map(({ x, y, text }) => `BT /F1 ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`).join('\n');
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('a letter printed from a browser (its date, time and address at each page\'s top, the address and page count at its foot), or with a document number under each page', () => {
  const lines = (texts: string[], top = 740) => texts.map((text, k) => ({ x: 72, y: top - 14 * k, text }));
  const page1 = lines([
    'June 4, 2024', 'Andrew Langham', 'General Counsel', 'Icahn Enterprises L.P.', '16690 Collins Avenue', 'Sunny Isles Beach, FL 33160', '', 'Re: Icahn Enterprises L.P.',
    'Form 10-K for the Fiscal Year Ended December 31, 2023', 'File No. 001-09516', '', 'Dear Mr. Langham:', '', 'We have reviewed your filing and have the following comments.', '',
    'Form 10-K for the Fiscal Year Ended December 31, 2023', 'Intellectual Property, page 12', '1. Please tell us about your licenses.', '• We note your revised disclosure that the license to the Scotchbond and Scotchpak trademarks may be extended.',
  ].filter((t) => t !== ''));
  const page2 = lines([
    'and the licensee after the first term. Please revise to quantify the royalty.', '2. Please tell us about your segments.', 'Please contact me at (202) 551-3266 with any questions.', 'Sincerely,', '/s/ Nicholas P. Panos',
    'Nicholas P. Panos', 'Office Chief', 'cc: Andrew Langham, Esq.', 'Icahn Enterprises L.P.',
  ]);
  const stamped = (page: { x: number; y: number; text: string }[], k: number, of: number) => [
    { x: 20, y: 780, text: '12/7/26, 3:30 PM sec.gov/Archives/edgar/data/813762/000000000024000001/filename1.htm' },
    ...page,
    { x: 20, y: 18, text: `https://www.sec.gov/Archives/edgar/data/813762/000000000024000001/filename1.htm ${k}/${of}` },
  ];

  it('should read the letter as printed without them: no stamp in the head, a title, the copies or an answer, no line beside them lost', async () => {
    const plain = (await parseLetter(pdfOf([page1, page2]), { file: 'letter.pdf' })).letter;
    expect(plain.comments.map((c) => c.number)).toEqual([1, 2]);
    expect(plain.letter.signatories).toEqual([{ name: 'Nicholas P. Panos', title: 'Office Chief' }]);
    expect(plain.letter.cc).toEqual(['Andrew Langham, Esq., Icahn Enterprises L.P.']);
    const printed = (await parseLetter(pdfOf([stamped(page1, 1, 2), stamped(page2, 2, 2)]), { file: 'letter.pdf' })).letter;
    expect(sameLetter(printed)).toBe(sameLetter(plain));
    // Firefox's: the title and the address over the page, the page's number of the pages and the date and time under it.
    const firefox = (page: { x: number; y: number; text: string }[], k: number, of: number) => [
      { x: 20, y: 780, text: 'filename1.htm https://www.sec.gov/Archives/edgar/data/813762/000000000024000001/filename1.htm' },
      ...page,
      { x: 20, y: 18, text: `${k} of ${of} 12/7/26, 3:30 PM` },
    ];
    expect(sameLetter((await parseLetter(pdfOf([firefox(page1, 1, 2), firefox(page2, 2, 2)]), { file: 'letter.pdf' })).letter)).toBe(sameLetter(plain));
    // A law firm's document number under every page, the last too (no page number beside it): a running footer.
    const numbered = (page: { x: number; y: number; text: string }[]) => [...page, { x: 20, y: 18, text: 'NY 12345678v2' }];
    expect(sameLetter((await parseLetter(pdfOf([numbered(page1), numbered(page2)]), { file: 'letter.pdf' })).letter)).toBe(sameLetter(plain));
    // One page: the stamps alone tell (no other page repeats them).
    const one = (await parseLetter(pdfOf([[...page1, ...lines(page2.map((l) => l.text), 460)]]), { file: 'one.pdf' })).letter;
    const oneStamped = (await parseLetter(pdfOf([stamped([...page1, ...lines(page2.map((l) => l.text), 460)], 1, 1)]), { file: 'one.pdf' })).letter;
    expect(sameLetter(oneStamped)).toBe(sameLetter(one));
  });
});

describe('a PDF whose pages each run their words together on one line', () => {
  // An HTML letter of page images over a hidden text layer, printed to PDF (c0722 printed): each page one run of words, the
  // letterhead at each page's top, and the second run of a page on the same baseline as the first.
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 7}`).join(' ');
  const head = 'ACME Corp 1 Main Street Springfield';
  const pages = [
    [{ x: 20, y: 700, text: `${head} May 1, 2024 Securities and Exchange Commission Re: ACME Corp Form 10-K for the Fiscal Year Ended December 31, 2023 File No. 001-12345 Dear Ms. Doe: We respond to the comment letter of the Staff dated April 20, 2024. Form 10-K for the Fiscal Year Ended December 31, 2023 Results of Operations, page 31 1. Please tell us why revenue grew. Response: Revenue grew because ${filler(200)}.` }],
    [
      { x: 20, y: 700, text: `${head} Goodwill, page 40 2. Please tell us how you tested goodwill for impairment. Response: We tested goodwill ${filler(200)}.` },
      { x: 300, y: 700, text: `Segments, page 50 3. Please tell us about your segments. Response: We have one segment ${filler(200)}.` },
    ],
    [{ x: 20, y: 700, text: `${head} If you have any questions, please call me. Sincerely, /s/ Jane Roe Jane Roe Chief Financial Officer ${filler(200)}` }],
  ];

  it('should read the pages as one flattened letter, in the order each page draws its words, its page tops set apart', async () => {
    // In a small size, as such layers are set (pdf.js leaves out what runs off the page).
    const { letter } = await parseLetter(pdfOf(pages, 0.5), { file: 'printed.pdf' });
    expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(letter.comments.map((c) => c.headings.at(-1))).toEqual(['Results of Operations, page 31', 'Goodwill, page 40', 'Segments, page 50']);
    expect(letter.comments[0]?.response?.text).toMatch(/^Revenue grew because/);
    for (const c of letter.comments) expect(`${c.text} ${c.response?.text}`).not.toContain('Main Street');
  });

  it('should set the letterhead apart the same way in such a letter laid out as text, a page a line (c1112 laid out)', async () => {
    const text = pages.map((page) => page.map((run) => run.text).join(' ')).join('\n\n');
    const { letter } = await parseLetter(new TextEncoder().encode(text), { file: 'laid-out.txt' });
    expect(letter.comments.map((c) => c.headings.at(-1))).toEqual(['Results of Operations, page 31', 'Goodwill, page 40', 'Segments, page 50']);
    for (const c of letter.comments) expect([...c.headings, c.text, c.response?.text].join(' ')).not.toContain('Main Street');
  });

  it('should read a PDF of short lines line by line', async () => {
    const short = [[{ x: 72, y: 700, text: 'Dear Ms. Doe:' }, { x: 72, y: 680, text: '1. Please tell us why revenue grew.' }, { x: 72, y: 660, text: 'Response: Revenue grew because of price.' }]];
    const source = await loadSource(pdfOf(short), { file: 'short.pdf', maxBytes: 1e7, maxPages: 10 });
    expect(source.blocks.map((b) => b.runs.map((r) => r.text).join(''))).toEqual(['Dear Ms. Doe:', '1. Please tell us why revenue grew.', 'Response: Revenue grew because of price.']);
  });
});

describe('bad input', () => {
  it('should reject empty and blank input with EMPTY_INPUT', async () => {
    await expect(loadSource(bytes(''), { file: 'e', maxBytes: 10 })).rejects.toMatchObject({ code: 'EMPTY_INPUT', file: 'e' });
    await expect(loadSource(bytes(' \n\t '), { file: 'e', maxBytes: 10 })).rejects.toBeInstanceOf(CorrespError);
  });
  it('should reject input without text as NOT_A_LETTER', async () => {
    await expect(parseLetter(bytes('<html><body><img src="x.png"></body></html>'), { file: 'i.htm' })).rejects.toMatchObject({ code: 'NOT_A_LETTER' });
  });
});
