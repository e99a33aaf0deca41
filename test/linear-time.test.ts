// Attacks on the loaders' linear time (the hardening review): EDGAR header values with long blank runs, and HTML whose attribute values hide "<", ">" or "<!--" from a tag scan.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { CorrespError, LetterSchema, parseLetter } from '../src/index.js';
import { readEdgar } from '../src/load/edgar.js';
import { htmlBlocks } from '../src/load/html.js';
import { letterStarts } from '../src/load/flat/letter-starts.js';
import { capNesting, MAX_HTML_DEPTH } from '../src/load/html-nesting.js';
import { expectLinear } from './growth.js';

/** A letter or a CorrespError with its code; any other throw fails the test. */
async function outcome(text: string, file: string): Promise<string> {
  try {
    const { letter } = await parseLetter(Buffer.from(text), { file });
    expect(LetterSchema.safeParse(letter).success).toBe(true);
    return 'letter';
  } catch (error) {
    expect(error).toBeInstanceOf(CorrespError);
    return (error as CorrespError).code;
  }
}

const edgar = (header: string) =>
  `<SEC-DOCUMENT>\n<SEC-HEADER>\n${header}\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>CORRESP\n<TEXT>\nAugust 1, 2017\n\nDear Sir:\n\n1. We note your disclosure.\n</TEXT>\n</DOCUMENT>\n`;

describe('EDGAR header values with long runs of white space', () => {
  /** Blank runs of `n` characters, each in a header field. Before: 60,000 blanks inside a value took 50 s. */
  const families: [string, (n: number) => string][] = [
    ['spaces inside a value', (n) => `COMPANY CONFORMED NAME:\tACME${' '.repeat(n)}CORP`],
    ['spaces and tabs inside a value', (n) => `CONFORMED SUBMISSION TYPE: CORRESP${' \t'.repeat(n / 2)}X`],
    ['blanks around a value and inside it', (n) => `FILED AS OF DATE:${' '.repeat(n)}2017${'\t'.repeat(n)}0801${' '.repeat(n)}`],
    ['a value of blanks only', (n) => `CENTRAL INDEX KEY:${' \t'.repeat(n / 2)}\nCOMPANY CONFORMED NAME: ${' '.repeat(n)}`],
    ['a file number followed by blanks and more', (n) => `SEC FILE NUMBER: 333-1${' '.repeat(n)}x${' '.repeat(n)}`],
    ['blank lines of spaces', (n) => `${' '.repeat(n)}\n${'\t'.repeat(n)}\nCOMPANY CONFORMED NAME: ACME CORP`],
  ];
  for (const [name, value] of families) {
    it(`should read ${name} in linear time`, { timeout: 120_000 }, async () => {
      await expectLinear((scale) => edgar(value(scale * 250_000)), (text) => readEdgar(text));
      expect(await outcome(edgar(value(1_000_000)), 'edgar.txt')).toBe('letter');
    });
  }

  it('should keep the values as before, trimmed of spaces and tabs', () => {
    const { header } = readEdgar(edgar(`COMPANY CONFORMED NAME: \t ACME${' '.repeat(50)}CORP \t\nFILED AS OF DATE:  20170801 \nCENTRAL INDEX KEY:   \nSEC FILE NUMBER: 333-1 \nSEC FILE NUMBER: 333-1\nSEC FILE NUMBER:\t001-2`));
    expect(header).toEqual({ company: `ACME${' '.repeat(50)}CORP`, filedOn: '2017-08-01', formType: 'CORRESP', fileNumbers: ['333-1', '001-2'] });
  });

  it('should collect 100,000 different file numbers in linear time', { timeout: 120_000 }, async () => {
    const header = (scale: number) => Array.from({ length: scale * 25_000 }, (_, i) => `SEC FILE NUMBER: 333-${i}`).join('\n');
    await expectLinear((scale) => edgar(header(scale)), (text) => readEdgar(text));
    expect(readEdgar(edgar(header(4))).header.fileNumbers).toHaveLength(100_000);
  });
});

/** The deepest nesting htmlparser2 builds from `html`. */
function depthOf(html: string): number {
  let depth = 0;
  let most = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        most = Math.max(most, depth);
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return most;
}

describe('HTML whose attribute values hide tags from a tag scan', () => {
  /** Before: 200,000 of the first took 84 s, of the second 67 s; the cap let them all nest. */
  const units = [
    '<div title="<">',
    '<div title="<!--">',
    "<div title='>'>",
    '<p a="<b>">',
    `<div data-x='"<'>`,
    '<span title="</span>">',
    '<div a=b/>', // an unquoted value "b/", not a self-closing tag
    '<<b>b>', // a stray "<" before a dropped tag must not make a new one
  ];
  const page = (unit: string, count: number) => `<html><body><p>Dear Sir:</p><p>1. We note your disclosure.</p>${unit.repeat(count)}We note.</body></html>`;
  for (const unit of units) {
    it(`should cap the nesting of 200,000 ${unit} and parse them in linear time`, { timeout: 120_000 }, async () => {
      const capped = capNesting(page(unit, 200_000), (tag) => tag === 'div' || tag === 'p');
      expect(depthOf(capped)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 1);
      await expectLinear((scale) => page(unit, scale * 50_000), (html) => outcome(html, 'deep.htm'));
      expect(await outcome(page(unit, 200_000), 'deep.htm')).toBe('letter');
    });
  }

  it('should leave markup within the cap alone, quoted "<" and comments included', () => {
    const html = `<p title="<b>">a<!-- <div> --><div title='>'>b</div><script>if (a < b) x = "<div>";</script></p>`;
    expect(capNesting(html.repeat(100), () => false)).toBe(html.repeat(100));
  });
});

const HEAD = 'August 1, 2017\n\nRe: Form 10-K for the Fiscal Year Ended December 31, 2016\n\nDear Mr. Smith:\n\n';

describe('inline CSS built to make its reading quadratic', () => {
  // A colon or "!important" looked for past a declaration's end, or a backtracking pattern over its blanks, would be.
  const styles: [string, (n: number) => string][] = [
    ['bare semicolons before a colon', (n) => `${';'.repeat(n)}font-weight:bold`],
    ['blanks before "important" with no "!"', (n) => `font-weight:bold${' '.repeat(n)}important`],
    ['a font shorthand of many words', (n) => `font:${' bold'.repeat(n / 5)} 10pt Times`],
  ];
  for (const [name, style] of styles) {
    it(`should read a style attribute of ${name} in linear time`, { timeout: 120_000 }, async () => {
      await expectLinear((scale) => `<p style="${style(scale * 250_000)}">Goodwill, page 42</p>`, (html) => htmlBlocks(html));
    });
  }
});

describe('the growth check itself', () => {
  it('should still fail work that grows as the square of its input, however many times it measures', { timeout: 120_000 }, async () => {
    const quadratic = (n: number) => {
      let sum = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += (i ^ j) & 1;
      return sum;
    };
    await expect(expectLinear((scale) => scale * 6_000, quadratic)).rejects.toThrow(/linear is about 4x/);
  });
});

describe('letters built to make a stage quadratic', () => {
  /** Each family at scale 1 and 4; `count` is chosen so that 1x takes some 100 ms or more. */
  const families: [string, number, (n: number) => string][] = [
    // Heading-like lines above one comment: the heading chain handed all of them to each (20,000: 20 s).
    ['thousands of heading lines above a comment', 4_000, (n) => `${HEAD}${'Risk Factors\n\n'.repeat(n)}1. Please revise your disclosure.\n\n2. Please tell us more.\n`],
    ['thousands of "…, page N" headings above a comment', 4_000, (n) => `${HEAD}${Array.from({ length: n }, (_, i) => `Liquidity, page ${i + 1}\n\n`).join('')}1. Please revise.\n\n2. Please tell us more.\n`],
    ['thousands of heading lines between a bare "Comment 1:" and its text', 4_000, (n) => `${HEAD}Comment 1:\n\n${'General\n\n'.repeat(n)}Please revise your disclosure.\n\nComment 2:\n\nPlease tell us more.\n`],
    // Every comment lists its heading chain: a chain of thousands repeated by each later comment.
    ['thousands of headings, then thousands of unnumbered comments', 1_500, (n) => `${HEAD}We respond to the Staff's comments.\n\n${'Risk Factors\n\n'.repeat(n)}${'Comment: We note x.\n\nResponse: We revised it.\n\n'.repeat(n)}`],
    // A flattened letter with a running header every few words (the flat loader asked each range in turn: 20,000 took 11 s).
    ['a flattened letter with 20,000 running headers', 5_000, (n) => `${HEAD.replace(/\n+/g, ' ')}${'August 1, 2017 Page 2 We note. '.repeat(n)} 1. Please revise. 2. Tell us more.`],
    // A flattened response whose comment quotes at length: the quotation's close was searched for from every word (quadratic).
    ['a flattened response with a long quotation in a comment', 4_000, (n) => `${HEAD.replace(/\n+/g, ' ')}We set forth our responses below. 1. Your disclosure states “${'Sales rose. '.repeat(n)}” Please revise. We revised it. 2. Tell us more. We did.`],
    // U+2028 survives normalising: runs of it in labels and the Re: line (quadratic regexes; "Response to comment" + 20,000: minutes).
    ['blanks (U+2028) inside a comment label', 50_000, (n) => `${HEAD}1. We note.\n\nComment${'\u2028'.repeat(n)}x\n\n2. Please revise.\n`],
    // 200,000, not 50,000: between 100,000 and 200,000 blanks the garbage collector's share jumps (a parse's garbage outgrows
    // V8's young generation: 154 -> 1,080 ms of collecting over six parses), so 50,000 against 200,000 measured that step,
    // 5-7x, not the parser's growth; from 200,000 up it is linear again (to 800,000: 4.1x).
    ['blanks (U+2028) inside a response label', 200_000, (n) => `${HEAD}1. We note.\n\nResponse to comment${'\u2028'.repeat(n)}1${'\u2028'.repeat(n)}x\n\nResponse${'\u2028\t'.repeat(n)}.\n\n2. Please revise.\n`],
    ['blanks (U+2028) after the company in the Re: line', 50_000, (n) => `August 1, 2017\n\nRe: ACME Inc.${'\u2028'.repeat(n)}x\n\nDear Mr. Smith:\n\n1. Please revise.\n`],
    // Rules alone, a run of them above a comment: each rule of a run looked down to the run's end (200,000 lines: 2 minutes).
    ['thousands of rules alone above a comment', 20_000, (n) => `${HEAD}${'_____\n'.repeat(n)}1. Please revise.\n\n2. Tell us more.\n`],
    // Numbers read out between bullets and their items (pdftotext's reading order), thousands, each moved after its items.
    ['thousands of numbers between their bullets and items', 5_000, (n) => `${HEAD}${Array.from({ length: n }, (_, i) => `•\n•\n${i + 1}.\n\nreview the first item;\nreview the second item.\n\nPlease revise the disclosure.\n\n`).join('')}`],
    // Signed names cut after an initial, their surname on the next line, thousands in one closing: joined without a splice each.
    ['thousands of signed names wrapped after an initial', 20_000, (n) => `${HEAD}1. Please revise.\n\nSincerely,\n\n${'/s/ Michael P.\nZechmeister\n'.repeat(n)}`],
    ['thousands of file numbers in the Re: line', 20_000, (n) => `August 1, 2017\n\nRe: ACME Inc. File No. ${Array.from({ length: n }, (_, i) => `333-${100_000 + i}`).join(' ')}\n\nDear Mr. Smith:\n\n1. Please revise.\n`],
  ];
  // An unlabelled answer followed by thousands of the staff's bold questions and no plain line: each was a candidate part that looked ahead to the region's end (32x the time at 4x the input before db480b2).
  it('should parse an unlabelled answer followed by thousands of bold questions with no answer after them in linear time', { timeout: 120_000 }, async () => {
    const html = (n: number) =>
      `<p>Re: ACME Inc.</p><p>Dear Mr. Smith:</p><p>We respond to the Staff's comments, repeated below in bold.</p><p><b>1. Please revise.</b></p><p>We revised it.</p>${'<p><b>Please tell us more about your segments and how you aggregate them, with the measures your chief operating decision maker reviews each quarter.</b></p>'.repeat(n)}<p>Sincerely,</p>`;
    await expectLinear((scale) => html(scale * 8_000), (text) => outcome(text, 'attack.htm'));
  });
  // Labels with the staff's bold words above them and no answer between: each looked back over every line since the last part.
  it('should parse thousands of response labels under bold questions with no answers in linear time', { timeout: 120_000 }, async () => {
    const html = (n: number) =>
      `<p>Re: ACME Inc.</p><p>Dear Mr. Smith:</p><p>We respond to the Staff's comments, repeated below in bold.</p><p><b>1. Please revise.</b></p><p>Response:</p>${'<p><b>Please tell us more about your segments and how you aggregate them, with the measures your chief operating decision maker reviews each quarter.</b></p><p>Response:</p>'.repeat(n)}<p>Sincerely,</p>`;
    await expectLinear((scale) => html(scale * 4_000), (text) => outcome(text, 'attack.htm'));
  });
  for (const [name, count, make] of families) {
    it(`should parse ${name} in linear time`, { timeout: 120_000 }, async () => {
      await expectLinear((scale) => make(scale * count), (text) => outcome(text, 'attack.txt'));
      expect(await outcome(make(count), 'attack.txt')).toBe('letter');
    });
  }

  // The coverage check wrote out the comment's text once per heading it might sit among (200,000 headings: over a gigabyte).
  it('should check that thousands of headings above a comment are covered (--verify) in linear time', { timeout: 120_000 }, async () => {
    const make = (n: number) => `${HEAD}${Array.from({ length: n }, (_, i) => `Liquidity, page ${i + 1}\n\n`).join('')}1. Please revise.\n\n2. Please tell us more.\n`;
    const covered = async (text: string) => (await parseLetter(Buffer.from(text), { file: 'attack.txt', verify: true })).coverage?.ok;
    await expectLinear((scale) => make(scale * 1_500), covered);
    expect(await covered(make(1_500))).toBe(true);
  });

  it('should list every heading above a comment, and carry at most 16 on to the next, the outermost and the innermost', async () => {
    const text = `${HEAD}Form 10-K\n\n${Array.from({ length: 40 }, (_, i) => `Heading ${i}\n\n`).join('')}1. Please revise.\n\n2. Please tell us more.\n`;
    const { letter, coverage } = await parseLetter(Buffer.from(text), { file: 'deep.txt', verify: true });
    expect(coverage?.ok, coverage?.problem).toBe(true);
    expect(letter.comments[0]?.headings).toHaveLength(41);
    const carried = letter.comments[1]?.headings ?? [];
    expect(carried).toHaveLength(16);
    expect([carried[0], carried.at(-1)]).toEqual(['Form 10-K', 'Heading 39']);
  });
});

describe('letters in one flattened file', () => {
  it('should find where each letter starts in linear time, however many sign-offs, Re: lines and salutations the text holds', { timeout: 120_000 }, async () => {
    // Each salutation far from any sign-off or Re: line, and each near many: the search looks back from each once.
    const near = 'Sincerely, Jane Doe June 3, 2024 Re: Acme Inc. Dear Mr. Jones: We write. ';
    const far = `Sincerely, Jane Doe ${'words '.repeat(600)}Re: Acme Inc. ${'words '.repeat(300)}Dear Mr. Jones: We write. `;
    await expectLinear((scale) => near.repeat(scale * 5_000), (text) => letterStarts(text));
    await expectLinear((scale) => far.repeat(scale * 100), (text) => letterStarts(text));
    // A long run of blanks before the Division's name (a signature after a sentence's end is looked for in a few characters before it).
    await expectLinear((scale) => `by the staff.${' \u2028'.repeat(scale * 50_000)}Division of Corporation Finance`, (text) => letterStarts(text));
    expect(letterStarts(near.repeat(4))).toHaveLength(4);
  });
});
