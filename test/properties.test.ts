// Property-based tests: any input ends in a valid letter or a CorrespError; synthetic letters parse to exactly the comments put in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forLowerCase, isLetterOrDigit, lowerCaseForPatterns, wordsWithLetters } from '../src/chars.js';
import { CorrespError, ErrorCode, LetterSchema, type LetterJson, parseLetter } from '../src/index.js';

/** Fixed, so a failure reproduces; fast-check prints the counterexample. */
const SEED = 4_242;
const CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL));

/** A letter that passed its schema and the coverage invariant, or the code of a clean failure. */
async function parseChecked(bytes: Uint8Array): Promise<LetterJson | string> {
  try {
    const { letter, coverage } = await parseLetter(bytes, { file: 'prop', verify: true });
    const checked = LetterSchema.safeParse(letter);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(coverage?.ok, coverage?.problem).toBe(true);
    return letter;
  } catch (error) {
    if (!(error instanceof CorrespError)) throw error;
    expect(CODES, `${error.code}: ${error.message}`).toContain(error.code);
    return error.code;
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Pieces of letters, so random soups reach every stage (not only "no text found"). */
const TOKENS = [
  'Dear Sir:', 'Ladies and Gentlemen:', 'Re:', 'RE:', 'Subject:', '1.', '2.', '3.', '12.', '(1)', '1)', 'Comment 1:', 'Comment No. 2',
  'Response:', 'Response', 'Company Response to Comment 3:', 'Answer:', 'Item 7.', 'Form 10-K', ', page 5', 'page', 'Page 2', 'Page 3 of 4',
  '- 2 -', '2', 'iv', 'Sincerely,', 'Very truly yours,', 'cc:', '/s/ Jane Roe', 'If you have any questions, please call.', '* * *',
  'August 30, 2017', 'File No. 001-35126', 'Securities and Exchange Commission', 'Division of Corporation Finance', 'We note', 'Please revise',
  'the', 'revenue', 'Inc.', '(the Company)', 'General', 'Risk Factors', 'Notes to Financial Statements', '•', '-', '\t', ' ', '  ', '\n',
  '\n\n', '\r\n', '\f', '\u00a0', '\u00ad', '\u200b', '\0', ':', '.', '(', ')', '“', '’', '&amp;', '<b>', '</b>', '<p>', '</p>', '<br>',
  '<div>', '<table><tr><td>', '</td><td>', '</td></tr></table>', '<u>', '<i>', '<SEC-DOCUMENT>', '<DOCUMENT>', '<TYPE>CORRESP', '<TEXT>',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((t) => t.join(' ').replace(/ (\n|\t)/g, '$1'));
const tokenLines = fc.array(fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((t) => t.join(' ')), { maxLength: 80 }).map((l) => l.join('\n'));

describe('any input', () => {
  const cases: [string, fc.Arbitrary<Uint8Array>, number][] = [
    ['arbitrary strings', fc.string({ unit: 'binary', maxLength: 2000 }).map(utf8), 800],
    ['arbitrary bytes', fc.uint8Array({ maxLength: 4000 }), 300],
    ['soups of letter tokens', tokenSoup.map(utf8), 800],
    ['lines of letter tokens', tokenLines.map(utf8), 800],
    ['letter tokens in an HTML page', tokenLines.map((t) => utf8(`<html><body>${t.replace(/\n/g, '<p>')}</body></html>`)), 500],
  ];
  for (const [name, arbitrary, numRuns] of cases) {
    it(`should give a verified letter or a CorrespError with a stable code for ${name}`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (bytes) => {
          await parseChecked(bytes);
        }),
        { seed: SEED, numRuns },
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Synthetic letters

const OPENERS = ['Please', 'We note', 'Tell us', 'Revise', 'Expand', 'Explain', 'Disclose', 'Provide', 'Clarify', 'Describe', 'Refer to', 'With respect to'];
const ANSWER_OPENERS = ['We have revised', 'The Company respectfully advises the Staff that', 'In response to the Staff’s comment, we', 'We acknowledge', 'The Company will'];
const WORDS = [
  'your', 'the', 'disclosure', 'revenue', 'recognition', 'goodwill', 'segment', 'impairment', 'liquidity', 'of', 'and', 'in', 'for', 'table',
  'policy', 'acquisition', 'non-GAAP', 'measures', 'critical', 'accounting', 'estimates', 'contingency', 'fiscal', '2016', 'ASC 606',
  '$5.2 million', 'Note 5', 'on', 'page 34', 'to', 'which', 'how', 'whether', 'investors', 'reportable', 'cash', 'flows', 'material', 'trends',
];
const COMPANIES = ['Acme Holdings, Inc.', 'Blue River Corporation', 'Northwind Group Ltd.', 'Contoso Bancorp'];
const HEADINGS = {
  filing: ['Form 10-K for the Fiscal Year Ended December 31, 2016', 'Amendment No. 1 to Registration Statement on Form S-1', 'Form 10-Q for the Quarterly Period Ended June 30, 2017'],
  item: ['Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations', 'Item 1A. Risk Factors', 'Item 8. Financial Statements and Supplementary Data'],
  page: ['Results of Operations, page 34', 'Liquidity and Capital Resources, page 45', 'Critical Accounting Estimates, page 51', 'Segment Information, page F-22'],
};

const sentence = (openers: readonly string[]) =>
  fc.tuple(fc.constantFrom(...openers), fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 18 })).map(([o, w]) => `${o} ${w.join(' ')}.`);
const paragraph = (openers: readonly string[]) => fc.array(sentence(openers), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
/** Noise a reader passes over inside a comment: a bullet list or a row of a table. */
const noise = fc.oneof(
  fc.array(fc.constantFrom('• the amount of revenue recognized;', '• the timing of payments;', '• the related party terms.'), { minLength: 1, maxLength: 3 }),
  fc.constant(['Revenue\t$1,234\t$5,678']),
);

const comment = fc.record({
  headings: fc.oneof(
    fc.constant([] as string[]),
    fc.constantFrom(...HEADINGS.filing).map((h) => [h]),
    fc.constantFrom(...HEADINGS.item).map((h) => [h]),
    fc.constantFrom(...HEADINGS.page).map((h) => [h]),
    fc.tuple(fc.constantFrom(...HEADINGS.item), fc.constantFrom(...HEADINGS.page)).map((h) => [...h]),
  ),
  paragraphs: fc.array(paragraph(OPENERS), { minLength: 1, maxLength: 3 }),
  noise: fc.option(noise, { nil: undefined }),
  response: fc.array(paragraph(ANSWER_OPENERS), { minLength: 1, maxLength: 2 }),
  pageBreakAfter: fc.boolean(),
});

const letterArb = fc.record({
  kind: fc.constantFrom('staff' as const, 'response' as const),
  company: fc.constantFrom(...COMPANIES),
  date: fc.tuple(fc.constantFrom('January', 'March', 'August', 'November'), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 2005, max: 2025 })).map(([m, d, y]) => `${m} ${d}, ${y}`),
  person: fc.constantFrom(['Mr. John Smith', 'Smith', 'Mr.'], ['Ms. Mary Jones', 'Jones', 'Ms.']),
  noiseHead: fc.boolean(),
  comments: fc.array(comment, { minLength: 1, maxLength: 12 }),
});
type Synthetic = typeof letterArb extends fc.Arbitrary<infer L> ? L : never;

/** The Re: block under the company's name. */
const RE_BLOCK = ['Form 10-K for the Fiscal Year Ended December 31, 2016', 'Filed February 28, 2017', 'File No. 001-35126'];

/** A rendered line: its text and how it prints (HTML only). */
interface Out {
  text: string;
  style?: 'bold' | 'heading' | 'center';
  /** Lines of one block (an address), kept together. */
  group?: string[];
}

/** The headings printed above each comment: a letter prints a heading once, later comments stay under it. */
function printedHeadings(l: Synthetic): string[][] {
  const seen = new Set<string>();
  return l.comments.map((c) => {
    const fresh = c.headings.filter((h) => !seen.has(h));
    for (const h of fresh) seen.add(h);
    return fresh;
  });
}

/** The letter as a list of paragraphs, in reading order. */
function layout(l: Synthetic): Out[] {
  const out: Out[] = [];
  const staff = l.kind === 'staff';
  const [fullName, surname, title] = l.person;
  if (!staff) out.push({ text: l.company, style: 'center' }, { text: '', group: ['200 Park Avenue', 'New York, NY 10166'] });
  if (l.noiseHead) out.push({ text: 'Tel: (212) 555-0100 | www.example.com' });
  out.push({ text: l.date });
  out.push({
    text: '',
    group: staff
      ? [fullName, 'Chief Financial Officer', l.company, '100 Main Street', 'Springfield, IL 62701']
      : ['Securities and Exchange Commission', 'Division of Corporation Finance', '100 F Street, N.E.', 'Washington, D.C. 20549'],
  });
  out.push({ text: '', group: [`Re:\t${l.company}`, ...RE_BLOCK.map((r) => `\t${r}`)] });
  out.push({ text: staff ? `Dear ${title} ${surname}:` : 'Ladies and Gentlemen:' });
  out.push({
    text: staff
      ? 'We have reviewed your filing and have the following comments. In some of our comments, we may ask you to provide us with information so we may better understand your disclosure.'
      : `On behalf of ${l.company} (the “Company”), we submit this letter in response to the comments of the Staff in its letter dated ${l.date}. For your convenience, each comment is repeated in bold below, followed by the Company’s response.`,
  });
  let page = 1;
  const printed = printedHeadings(l);
  l.comments.forEach((c, k) => {
    for (const h of printed[k] as string[]) out.push({ text: h, style: 'heading' });
    c.paragraphs.forEach((p, i) => out.push({ text: i === 0 ? `${k + 1}.\t${p}` : p, ...(staff ? {} : { style: 'bold' as const }) }));
    if (c.noise) for (const n of c.noise) out.push({ text: n, ...(staff ? {} : { style: 'bold' as const }) });
    if (!staff) c.response.forEach((p, i) => out.push({ text: i === 0 ? `Response: ${p}` : p }));
    if (c.pageBreakAfter && k < l.comments.length - 1) {
      page++;
      // The old page's footer number, then the new page's running header.
      out.push({ text: `${page - 1}`, style: 'center' }, { text: staff ? l.company : 'Securities and Exchange Commission' }, { text: l.date }, { text: `Page ${page}` });
    }
  });
  out.push({ text: staff ? 'We remind you that the company and its management are responsible for the accuracy and adequacy of their disclosures.' : 'If you have any questions regarding this letter, please do not hesitate to contact the undersigned.' });
  out.push({ text: 'Sincerely,' });
  out.push({ text: '', group: staff ? ['Division of Corporation Finance', 'Office of Manufacturing'] : ['/s/ Jane Roe', 'Jane Roe', 'Chief Financial Officer'] });
  return out;
}

function renderText(lines: readonly Out[]): string {
  return `${lines.map((o) => (o.group ? o.group.join('\n') : o.text)).join('\n\n')}\n`;
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderHtml(lines: readonly Out[]): string {
  const body = lines
    .map((o) => {
      if (o.group) return `<p>${o.group.map(escapeHtml).join('<br>\n')}</p>`;
      const text = escapeHtml(o.text);
      if (o.style === 'heading') return `<p><b><u>${text}</u></b></p>`;
      if (o.style === 'bold') return `<p style="margin-left:0.5in"><b>${text}</b></p>`;
      if (o.style === 'center') return `<p align="center">${text}</p>`;
      return `<p>${text}</p>`;
    })
    .join('\n');
  return `<html><head><title>Letter</title></head><body>\n${body}\n</body></html>\n`;
}

/** What a reader sees: the comments put in, numbered from 1, with their text, headings and responses. */
function expectComments(letter: LetterJson, l: Synthetic, plain: boolean): void {
  expect(letter.comments.map((c) => c.number)).toEqual(l.comments.map((_, k) => k + 1));
  const squash = (t: string) => t.replace(/\s+/g, ' ');
  const printed = printedHeadings(l);
  letter.comments.forEach((got, k) => {
    const want = l.comments[k] as Synthetic['comments'][number];
    for (const p of want.paragraphs) expect(squash(got.text)).toContain(p);
    // In plain text a heading that copies a Re: line right after a page's running header reads as
    // part of that header (the parser's choice, and a fair reading); with formatting it is a heading.
    const afterBreak = k > 0 && (l.comments[k - 1] as Synthetic['comments'][number]).pageBreakAfter;
    for (const h of printed[k] as string[]) if (!(plain && afterBreak && RE_BLOCK.includes(h))) expect(got.headings).toContain(h);
    expect(got.text).not.toMatch(/\bPage \d+\b/);
    if (l.kind === 'staff') expect(got.response).toBeNull();
    else {
      expect(got.response?.label).toBe('Response:');
      for (const p of want.response) expect(squash(got.response?.text ?? '')).toContain(p);
      expect(got.response?.text).not.toMatch(/\bPage \d+\b/);
    }
  });
  expect(letter.letter.kind).toBe(l.kind);
}

describe('synthetic letters', () => {
  const renderings: [string, (lines: readonly Out[]) => string][] = [
    ['plain text', renderText],
    ['HTML', renderHtml],
  ];
  for (const [name, render] of renderings) {
    it(`should find exactly the comments put in a letter rendered as ${name}`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(letterArb, async (l) => {
          const result = await parseChecked(utf8(render(layout(l))));
          expect(typeof result, String(result)).toBe('object');
          expectComments(result as LetterJson, l, render === renderText);
        }),
        { seed: SEED, numRuns: 400 },
      );
    });
  }
});

describe('character helpers', () => {
  it('should count the words holding a letter as split(/\\s+/) and a letter test would, on any text', () => {
    const char = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u2028', '\ufeff', '\u200b', 'a', 'Z', 'é', '1', '.', '“');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        expect(wordsWithLetters(text)).toBe(text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('should read a letter or digit as /^[\\p{L}\\p{N}]$/u does, for any code point or lone surrogate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), (char) => {
        expect(isLetterOrDigit(char)).toBe(/^[\p{L}\p{N}]$/u.test(char));
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });
});

describe('the sentences of an answer', () => {
  it('should cut a text where /(?<=[.!?:])\\s+|\\n+/ splits it', async () => {
    const { sentencesOf } = await import('../src/analyze/actions.js');
    const text = fc.array(fc.constantFrom('We', ' will', ' revise', '.', ':', '!', '?', ' ', '  ', '\n', '\n\n', '\u00a0', '\u2028', '\t', 'a', '"'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(sentencesOf(t)).toEqual(t.split(/(?<=[.!?:])\s+|\n+/));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

describe('the words an action rule needs', () => {
  // The rules' own phrases and words, and what can touch them: apostrophes of both kinds, digits, "_", letters, stops, line breaks, no space at all.
  const WORDS = [
    'has revised', 'have been amended', 'had', 'will be revised', 'would revise', 'intends to expand', 'plans to', 'agrees to disclose', 'undertakes to', 'commits to', 'proposes to',
    'in our future filings', 'within its subsequent reports', 'in the company’s upcoming', 'in their', 'future', 'periodic filings',
    'no changes are', 'not necessary to make any', 'do not believe that', 'is necessary', 'complies with', 'not be misleading', 'current disclosure is appropriate', 'believes that our disclosures are adequate',
    'is consistent with', 'the guidance', 'declines to', 'were not material to', 'has not identified', 'respectfully submits that no',
    'supplementally', 'supplemental', 'respectfully advises the staff', 'for the staff’s information', "for the staff's reference", 'under separate cover', 'rule 418', 'provided to the staff', 'inform the staff', 'clarify for the staff',
    'the', 'company', 'staff', 'x', '3', '_', 'İ', 'é',
  ];
  const SEPARATORS = [' ', ' ', ' ', '  ', '', "'", '’', "'s ", '3', '_', 'x', '-', '. ', ', ', ': ', '\n'];
  const sentence = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
    .map((parts) => lowerCaseForPatterns(parts.map(([words, separator]) => words + separator).join('')));

  it('should find one of its words in every sentence its pattern matches', async () => {
    const { NEEDED_BY, NEEDS, sentenceNeeds } = await import('../src/analyze/actions.js');
    fc.assert(
      fc.property(sentence, (text) => {
        for (const [rule, pattern] of Object.entries(NEEDED_BY)) {
          pattern.lastIndex = 0;
          if (pattern.test(text)) expect(sentenceNeeds(text) & NEEDS[rule as keyof typeof NEEDS], `${rule}: ${JSON.stringify(text)}`).not.toBe(0);
        }
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it('should say where each sentence of an answer starts', async () => {
    const { sentencesOf } = await import('../src/analyze/actions.js');
    fc.assert(
      fc.property(sentence, (text) => {
        const starts: number[] = [];
        const sentences = sentencesOf(text, starts);
        expect(starts).toHaveLength(sentences.length);
        sentences.forEach((s, i) => expect(text.slice(starts[i], (starts[i] as number) + s.length)).toBe(s));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

describe('the word trie', () => {
  it('should give each word of the trie a node of its own, and a node to every beginning of one only', async () => {
    const { NO_WORD, WordTrie } = await import('../src/analyze/word-trie.js');
    const word = fc.array(fc.constantFrom('a', 'b', 'e', 'z', '0', '9', "'", '&', '-'), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
        const trie = WordTrie.of(words);
        const nodes = new Map(words.map((w) => [w, trie.nodeOf(w)]));
        expect(new Set(nodes.values()).size).toBe(nodes.size);
        for (const node of nodes.values()) expect(node).toBeLessThan(trie.size);
        for (const probe of [...probes, ...words.map((w) => w.slice(0, -1)).filter((w) => w !== '')]) {
          const begins = words.some((w) => w.startsWith(probe));
          expect(trie.nodeOf(probe) !== NO_WORD, probe).toBe(begins);
          if (nodes.has(probe)) expect(trie.nodeOf(probe)).toBe(nodes.get(probe));
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('model words read from the text', () => {
  // Words the models weigh, their plurals and "-ies" forms, and what can sit between or inside words:
  // apostrophes of both kinds, hyphens, "&", digits, capitals, characters whose lower case is ASCII (Kelvin sign).
  const PIECES = [
    'revise', 'revised', 'will', 'future', 'filings', 'filing', 'supplementally', 'don', 't', 'believe', 'not', 'necessary', 'staff', 'tell', 'us',
    'goodwill', 'goodwills', 'policy', 'policies', 'segment', 'segments', 'non', 'gaap', 'revenue', 'leases', 'lease', 'gas', 'status', 'series', 'r&d', 'm&a', '10-k', 'covid-19',
    ' ', ' ', ' ', '-', '’', "'", "''", '&', '.', ',', '\n', '“', '”', '"', '9', 'A', 'S', 'K', 'İ', 'é',
  ];
  const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
  // Words of the action model's pairs ("future filings", "will revise", "we believe") with single letters and apostrophes between them.
  const PAIRED = ['future', 'filings', 'will', 'revise', 'the', 'staff', 'we', 'believe', 'don', 't', 'a', 'S', 'Staff’s', "'staff", 'comments'];
  const SEPARATORS = [' ', ' ', '  ', "'", '’', '. ', '-', '\n', ' “', '” '];
  const pairedSoup = fc
    .array(fc.tuple(fc.constantFrom(...PAIRED), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
    .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

  it('should give the action model the rows training reads, in order', async () => {
    const { actionWords, textWordWeights, wordWeights } = await import('../src/analyze/actions.js');
    fc.assert(
      fc.property(fc.oneof(soup, pairedSoup), soup, (response, comment) => {
        expect(textWordWeights(response, comment)).toEqual(wordWeights(actionWords(response, comment)));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  /** The form types a letter may review, a kind the model weighs or not, none, or unknown. */
  const FORMS = fc.array(fc.constantFrom('10-K', '10-Q', 'S-1/A', 'DEF 14A', 'SC TO-I', '8-K', 'S-4', 'N-2', null), { maxLength: 3 });

  it('should choose the same topics and actions from the rows gathered in place as from the rows training reads', async () => {
    const { topicEvidence, topicsOf, chooseTopics, textWordWeights: topicRows } = await import('../src/analyze/topics.js');
    const { actionEvidence, actionsOf, chooseActions, textWordWeights: actionRows } = await import('../src/analyze/actions.js');
    fc.assert(
      fc.property(fc.array(soup, { maxLength: 3 }), soup, fc.oneof(soup, pairedSoup), fc.boolean(), FORMS, (headings, text, response, reports, forms) => {
        expect(topicsOf(headings, text, [], forms)).toEqual(chooseTopics(topicEvidence(headings, text, []), topicRows(headings, text, undefined, forms)));
        expect(actionsOf(response, { comment: text, reviewsReports: reports })).toEqual(chooseActions(actionEvidence(response, reports), actionRows(response, text)));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('should give the topic model the rows training reads, in order', async () => {
    const { textWordWeights, topicWords, wordWeights } = await import('../src/analyze/topics.js');
    fc.assert(
      fc.property(fc.array(soup, { maxLength: 3 }), soup, FORMS, (headings, text, forms) => {
        expect(textWordWeights(headings, text, undefined, forms)).toEqual(wordWeights(topicWords(headings, text, forms)));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('patterns for lower-cased text', () => {
  const pieces = ['We', ' will', ' REVISE', ' the', ' Staff', '’s', "'s", ' comment', ' Form', ' 10-K', '\n', ' ', 'K', 'İ', 'é', '.', ' Rule', ' 12b-4', '\u212a'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

  it('should match the lower-cased text where the case-insensitive pattern matches the text', () => {
    const pattern = /\bwill\s+(?:\w+\s+){0,2}?revise\b|\bStaff(?:'|’)s\s+comment|Form\s+10-K|\bRule\s+12b-4\b/i;
    const lower = forLowerCase(pattern);
    fc.assert(
      fc.property(text, (t) => {
        expect(lower.test(lowerCaseForPatterns(t))).toBe(pattern.test(t));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('should refuse a pattern with an upper-case escape, which lower-casing would turn into its opposite', () => {
    expect(() => forLowerCase(/\bNo\S+/i)).toThrow(/upper-case escape/);
    expect(forLowerCase(/\bStaff\b/i).flags).toBe('');
  });
});
