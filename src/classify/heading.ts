// Owns heading evidence: short standalone lines naming a filing, an Item or section, or "…, page N".
import { isTitleCase } from '../chars.js';
import type { Line } from '../normalize.js';
import { ABBREVIATED_LEGAL_FORM, CORRESPONDENCE_TITLE, CORRESPONDENCE_TITLE_START, DESCRIPTION_OF_SECURITIES, FILING_TITLE_START, LEGAL_FORM, MONTH_DAY_YEAR, NOTE_TITLE, PERIOD_COMPARISON, SECTION_TITLE_START } from '../vocabulary.js';
import { EDGAR_FORM_LIST } from './letter-parts.js';

/**
 * "…, page 84", "…, pages 12-14", "…, page F-7", "(page 5)", "page31" (2020-adm-10k-corresp).
 * `\s*(?:\)\s*)?`, not `\s*\)?\s*`: blanks before the end have one place to go.
 */
export const PAGE_REF = /(?:,|\(|-|–)\s*pages?\s*((?:[A-Z]{0,3}-?\d+[A-Za-z]?|[ivx]{1,5})(?:\s*(?:-|–|—|to|through|and|,)\s*[A-Z]{0,3}-?\d+[A-Za-z]?)*)\s*(?:\)\s*)?[.:]?$/i;
/** Filing-level headings: the outermost level. A bare EDGAR form type opens one too ("PREC14A Filed March 28, 2024"). */
const FILING = new RegExp(`^(?:${FILING_TITLE_START}|${CORRESPONDENCE_TITLE_START})|^(?:${EDGAR_FORM_LIST.source})(?:\\s+(?:filed|submitted|furnished|dated|for|amendment)\\b|$)`, 'i');
/** Item, Part, Note, section-level headings. */
const SECTION = new RegExp(String.raw`^(?:${SECTION_TITLE_START}|Annex|Appendix|General$|Business(?:$|,)|Summary\b|Unaudited\s+Pro\s+Forma|Questions\s+and\s+Answers|The\s+(?:Transactions?|Mergers?|Offer|Exchange\s+Offer|Business\s+Combination|Spin-Off|Separation|Distribution|(?:Corporate\s+)?Reorganization)\b|${DESCRIPTION_OF_SECURITIES}|Use\s+of\s+Proceeds|Dilution|Capitalization|Legal\s+Matters|Experts|Certain\s+Relationships\s+and\s+Related|Security\s+Ownership\s+of|Directors,\s+Executive\s+Officers|Controls\s+and\s+Procedures|Quantitative\s+and\s+Qualitative\s+Disclosures?|Selected\s+(?:Consolidated\s+)?Financial\s+Data|Supplement(?:al|ary)\s+(?:[\w&]+\s+){0,4}(?:Information|Data)\b|Principal\s+(?:and\s+Selling\s+)?(?:Stockholders|Shareholders)|(?:Information\s+Statement|Offering\s+Memorandum|Proxy\s+Statement(?:\/Prospectus)?)\s+Summary\b|Selling\s+(?:Stockholders|Shareholders)|Underwriting|Plan\s+of\s+Distribution|Shares\s+Eligible\s+for\s+Future\s+Sale|Dividend\s+Policy|Index\s+to\s+(?:Consolidated\s+)?Financial\s+Statements|Material\s+(?:U\.S\.\s+)?(?:Federal\s+)?(?:Income\s+)?Tax\s+Consequences|(?:Certain\s+)?(?:Material\s+)?(?:United\s+States|U\.S\.)\s+Federal\s+Income\s+Tax\s+(?:Consequences|Considerations)(?!.*\(See\s+Page)|Comparison\s+of\s+(?:Stockholder|Shareholder)s?['’]?\s+Rights|.{0,60}\bFinancial\s+Statements$|(?:Unaudited\s+)?(?:Interim|Annual|Audited|Unaudited)\s+(?:(?:Condensed|Consolidated|Combined)\s+)*Financial\s+Statements\s+(?:for|as\s+of)\b(?!.*\bpages?\s+[A-Z]{0,2}-?\d))`, 'i');
/** Words that end a sentence-like line: a heading does not end with them. */
const SENTENCE_END = /[.;](?:["”’')\]]*)$/;
/**
 * A line ending in an abbreviation's period, which need not end a sentence: "Amendment No.",
 * "Berkshire Hathaway Inc.", and "Aon plc." (plc takes no period as a rule, but one after it ends a name).
 */
const ABBREVIATION_END = new RegExp(String.raw`\b(?:No|${ABBREVIATED_LEGAL_FORM}|plc)\.$`, 'i');

/** How a heading nests: filing (0) > section (1) > sub-section (2) > "…, page N" (3). */
export type HeadingLevel = -1 | 0 | 1 | 2 | 3;

/**
 * Whether a line reads as a heading: short, no sentence ending, and either formatted
 * (bold/underline/italic across the line) or naming a filing, section or page.
 * @param line the line
 * @param text the line's text to judge (default: the whole line)
 */
export function isHeadingLike(line: Line, text: string = line.text): boolean {
  // Far over the 200-character limit below: skip the replacements on a huge line (a 30 MB one-line file).
  if (text.length > 2000) return false;
  if (isDataRow(text)) return false;
  const t = text.replace(/\t/g, ' ').replace(/:$/, '').trim();
  if (t.length < 2 || t.length > 200) return false;
  const words = t.split(/\s+/);
  const pageRef = PAGE_REF.test(t);
  if (words.length > (pageRef ? 32 : 24)) return false;
  // A capital or a figure starts a heading, or a lower-case list letter before one ("c) Loss Development Tables, page F-47", c0721).
  if (!/^(?:[\p{Lu}\p{N}“"‘'(\[]|[a-z]{1,4}[.)]\s+\p{Lu})/u.test(t)) return false;
  if (SENTENCE_END.test(t) && !pageRef && !ABBREVIATION_END.test(t) && !isTitleWithPeriod(t)) return false;
  // A financial statement's foot line, in a statement an answer reproduces (c0043), though it names the notes.
  if (/^See\s+(?:the\s+)?accompanying\s+notes\b/i.test(t)) return false;
  if (pageRef || FILING.test(t) || REGISTRANT_AND_FILING.test(t) || SECTION.test(t) || PERIOD_COMPARISON_TITLE.test(t)) return true;
  const formatted = line.bold >= 0.8 || line.underline >= 0.8 || line.italic >= 0.8;
  if (formatted && words.length <= 16) return true;
  // Unformatted text: a short title-case line standing alone; a note of the financial statements names itself
  // ("Note 1 – The Company and Summary of Significant Accounting Policies").
  if (ONE_NOTE.test(t) && words.length <= 20 && !/[,;]$/.test(t)) return true;
  // A note numbered without the word, its title one notes share (c0721 flattened).
  if (isNumberedNoteTitle(t)) return true;
  // Title case leaves its small words in lower case: "Description of Business and Basis of Presentation", "Committees of the Board of Directors".
  // The periods a title covers are no part of its title case: "Consolidated Results of Operations for the years ended December 31,
  // 2020 and 2019" (c0702, flattened).
  const title = t.replace(PERIODS_COVERED, '');
  return isShortTitle(title === t ? words : title.split(/\s+/)) && !/[,;]$/.test(t);
}

/** A short title in title case: ten words at most, three in five of those not a title's small word opened by a capital or a figure. */
function isShortTitle(words: readonly string[]): boolean {
  const content = words.filter((w) => !TITLE_SMALL_WORD.test(w));
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}(“"&]/u.test(w)).length;
  return words.length <= 10 && content.length > 0 && capitalised / content.length >= 0.6;
}

/** The periods a title covers, closing it: "… for the years ended December 31, 2020 and 2019", "… for the Three Months Ended March 31, 2024", "… as of June 30, 2023". */
const PERIODS_COVERED = new RegExp(
  String.raw`\s+(?:for\s+the\s+(?:(?:fiscal\s+)?(?:years?|quarters?|periods?)|(?:three|six|nine|twelve)\s+months)\s+ended|as\s+of)\s+(?:${MONTH_DAY_YEAR}|(?:19|20)\d\d)(?:\s*(?:,|and|to)\s*(?:${MONTH_DAY_YEAR}|(?:19|20)\d\d))*$`,
  'i',
);

/** A note's heading numbered without the word "Note": "6. Unpaid losses and loss expenses", "B. Collaborative Arrangements" (NOTE_TITLE). */
export function isNumberedNoteTitle(text: string): boolean {
  return NUMBERED_NOTE_TITLE.test(text.trim());
}

/** MD&A's sub-title comparing two periods, whole: "Year Ended December 31, 2024 Compared to Year Ended December 31, 2023" (c0700). */
const PERIOD_COMPARISON_TITLE = new RegExp(String.raw`^${PERIOD_COMPARISON}$`, 'i');

/** The words a title leaves in lower case. */
const TITLE_SMALL_WORD = /^(?:a|an|the|and|or|nor|of|to|in|on|at|by|for|from|with|as|vs\.?|versus)$/;

/**
 * A section's title typed with a full stop after it: "Item 7. Management's Discussion and Analysis of Financial
 * Condition and Results of Operations." (c0889); one sentence at most, short, the title's words only.
 */
function isTitleWithPeriod(t: string): boolean {
  if (!/^Item\s+\d+[A-Z]?\.\s/i.test(t) || !SECTION.test(t)) return false;
  const title = t.replace(/^Item\s+\d+[A-Z]?\.\s*/i, '').replace(/\.$/, '');
  return title.split(/\s+/).length <= 16 && !/[.;:]\s/.test(title) && isTitleCase(title);
}

/** A table cell holding an amount, a percentage or a footnote mark: "288", "$ (131)", "0.2 %", "(1 )", "—", or a sign set in a cell of its own ("15" then "%", c0593). */
const AMOUNT_CELL = /^(?:[-–—$€£¥(\s]*\d[\d,.]*\s*[%)]*|[-–—]|\(\d\s*\)|[%$€£¥)]+)$/;

/**
 * A row of figures in a table: a label cell, then only amounts ("Other\t288", "(A)/(B)\t0.2 %"):
 * a response's table, never a heading (c0854, c0593).
 */
function isDataRow(text: string): boolean {
  if (!text.includes('\t')) return figureRow(text);
  const cells = text.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 2 && cells.slice(1).every((c) => AMOUNT_CELL.test(c));
}

/** A figure as laid-out text prints it, cells joined by spaces: "$", "52", "($280/$1,400)", "0.9%". */
const FIGURE = /^[-–—$€£¥(]*\d[\d,./$]*%?\)?$|^\$$/;

/**
 * A row of figures with its cells joined by spaces (laid-out text): two or more figures end the
 * line, one with a currency or per-cent sign ("Adjusted EBITDA $ 52 $ 31 $ 5", "margin 0.9% 0.1%"),
 * which "Note 13" or "… due 2027" never do. Or figures alone, a table's cells a line each as a text browser sets them ("3,680",
 * "5.0 156 787 914", "20%", c0854 dumped by lynx); not a bare number alone ("37", "2022", "3."): the end of a heading wrapped
 * before it ("…, page" / "37", c0019 laid out), or a comment's number.
 */
function figureRow(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const k = figuresBefore(words, words.length);
  if (k === 0) return words.length >= 2 || /\d[,.%]\d|\d%|\$/.test(text);
  if (rowOfFigures(words.slice(k))) return true;
  // The figures before the label's last word, wrapped under its first and joined back: "Adjusted EBITDA 0.9% 0.1% 0.6% margin"
  // (c0224 dumped by w3m: "Adjusted EBITDA      0.9%      0.1%      0.6%" / "margin").
  const last = words.length - 1;
  return k === words.length && last >= 2 && /^\p{Ll}+$/u.test(words[last] as string) && rowOfFigures(words.slice(figuresBefore(words, last), last));
}

/** Where the figures that end `words` before index `end` start (`end` when none do). */
function figuresBefore(words: readonly string[], end: number): number {
  let k = end;
  while (k > 0 && FIGURE.test(words[k - 1] as string)) k--;
  return k;
}

/** Two figures or more, one with a currency or per-cent sign: a table row's cells, as "Note 13" or "… due 2027" never are. */
const rowOfFigures = (figures: readonly string[]) => figures.filter((w) => /\d/.test(w)).length >= 2 && figures.some((w) => /[$€£¥%]/.test(w));

/** Parts of financial statements: they sit under a "Financial Statements" item when there is one. */
const STATEMENT_PART = /^(?:(?:Consolidated|Combined|Condensed|Unaudited|Audited|Interim)\s+)*(?:Balance\s+Sheets?|Statements?\s+of\b|Notes?\s+to\b)/i;
/**
 * "Note 5: Other investments", "Note 4 - Other Adjustments", "Note (1) Summary of …" (c0389): one note, under "Notes to …"; or a schedule
 * printed beside the notes ("Schedule II Valuation and Qualifying Accounts, page 223", c0556).
 */
const ONE_NOTE = /^(?:Note\s+\(?\d|Schedule\s+[IVX]{1,4}\b)/i;
/** "6. Unpaid losses and loss expenses": a note numbered without the word, its title one notes share (NOTE_TITLE). */
const NUMBERED_NOTE_TITLE = new RegExp(String.raw`^(?:\d{1,2}|[A-Z])(?:[.:]|\s+[-–—])\s*(?:${NOTE_TITLE})$`, 'i');
/** A registrant's name standing as a heading, above its own filings (2017-bearnewco-s4-corresp). */
const REGISTRANT = new RegExp(String.raw`^[A-Z][\w&.,'’ -]{1,80}\b(?:${LEGAL_FORM})\.?$`);
const SPACED_DASH = /\s[-–—]\s/;
/** The registrant's name, then the filing's title: "NRG Energy, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015" (c0983). */
const REGISTRANT_AND_FILING = new RegExp(String.raw`^[A-Z][\w&.,'’ -]{1,80}?\b(?:${LEGAL_FORM})\.?,?\s+(?:[-–—]\s+)?(?:${FILING_TITLE_START})`);

/**
 * What the nesting level of a heading needs to know of the headings above it: whether one names
 * financial statements (and is not itself a statement), one opens the notes, and the first
 * section-level one. Built heading by heading (withHeading), so a run of headings costs linear time:
 * handing headingLevel the whole chain for each heading of a run of 20,000 took 20 s.
 */
export interface ChainFacts {
  financialStatements: boolean;
  financialStatementsItem: boolean;
  notesTo: boolean;
  /** One note without a page ("Note 15 - Investments …") stands in the chain: titled "…, page N" headings below it are its parts (c0143). */
  note: boolean;
  section: string | undefined;
}

/** Facts of an empty chain. */
export const NO_CHAIN: ChainFacts = { financialStatements: false, financialStatementsItem: false, notesTo: false, note: false, section: undefined };

/** The facts of a chain with `heading` added innermost. */
export function withHeading(facts: ChainFacts, heading: string): ChainFacts {
  const financial = /financial statements/i.test(heading);
  return {
    financialStatements: facts.financialStatements || financial,
    financialStatementsItem: facts.financialStatementsItem || (financial && !STATEMENT_PART.test(heading)),
    notesTo: facts.notesTo || /^Notes?\s+to\b/i.test(heading),
    note: facts.note || (ONE_NOTE.test(heading.trim()) && !PAGE_REF.test(heading.trim())),
    section: facts.section ?? (headingLevel(heading) === 1 ? heading : undefined),
  };
}

/**
 * The nesting level of a heading, judged by what it names, given the chain above it.
 * Levels: the company's letter answered ("Response Dated …") -1; registrant or filing 0; Item, Part or a named section 1; sub-section 2;
 * "…, page N" heading or a risk-factor caption 3.
 * @param text the heading
 * @param chain the headings in force above it, outermost first, or their facts (withHeading)
 */
export function headingLevel(text: string, chain: readonly string[] | ChainFacts = NO_CHAIN): HeadingLevel {
  const facts = Array.isArray(chain) ? chain.reduce<ChainFacts>(withHeading, NO_CHAIN) : (chain as ChainFacts);
  const t = text.trim();
  const paged = PAGE_REF.test(t);
  // The company's letter a staff letter answers holds the filings it discusses ("Response Dated May 13, 2019" over "Form 10-K …", c0551).
  if (CORRESPONDENCE_TITLE.test(t) && !paged) return -1;
  if (namesFiling(t, paged)) return 0;
  // Supplementary information sits under "Financial Statements and Supplementary Data" when there is one (corpus c0269).
  if (/^Supplement(?:al|ary)\b/i.test(t) && !paged) return facts.financialStatements ? 2 : 1;
  if (namesSection(t) && !STATEMENT_PART.test(t)) return 1;
  if (STATEMENT_PART.test(t)) return facts.financialStatementsItem ? 2 : 1;
  // One note sits under "Notes to …" when there is one, else it is a sub-section that its "…, page N" headings nest under (2020-applovin-drs-s1-upload).
  if (ONE_NOTE.test(t)) return facts.notesTo ? 3 : 2;
  if (!paged) return 2;
  // A titled "…, page N" heading is a peer of the section above it when that section is itself
  // a "…, page N" heading; captions (sentences) nest (2024-capitalone-s4-corresp).
  const section = facts.section;
  if (isTitleCase(t.replace(PAGE_REF, '')) && !facts.note && (section === undefined || PAGE_REF.test(section))) return 1;
  return 3;
}

/** A filing or registrant heading, the outermost level. "Financial Statements - Applovin Corporation" names a section, not a registrant (2020-applovin-drs-s1-upload). */
function namesFiling(text: string, paged: boolean): boolean {
  // A registrant's name has no spaced dash: "Results of Operations - Private Client Group" is a section's part (c0041).
  return ((REGISTRANT.test(text) && !SECTION.test(text) && !SPACED_DASH.test(text)) || FILING.test(text) || REGISTRANT_AND_FILING.test(text)) && !paged;
}

/** What a heading names: a filing (or registrant), a section, one note, a financial statement, or something else ("generic"). */
export type HeadingKind = 'filing' | 'section' | 'note' | 'statement' | 'generic';

/** The kind of a heading, judged by its words alone (the same evidence as headingLevel). */
export function headingKind(text: string): HeadingKind {
  const t = text.trim();
  if (namesFiling(t, PAGE_REF.test(t))) return 'filing';
  if (ONE_NOTE.test(t)) return 'note';
  if (STATEMENT_PART.test(t)) return 'statement';
  if (namesSection(t)) return 'section';
  return 'generic';
}

/** The financial statements named as a whole, a page after it or not: "Consolidated Financial Statements, page 73" (c1038). */
const FINANCIAL_STATEMENTS_AT_PAGE = /^.{0,60}\bFinancial\s+Statements$/i;

/** A section's title; the financial statements also with their page (a "General, page 39" stays a sub-heading). */
function namesSection(text: string): boolean {
  return SECTION.test(text) || FINANCIAL_STATEMENTS_AT_PAGE.test(text.replace(PAGE_REF, ''));
}

/** The page of the reviewed filing a heading names ("84", "12-14"; pages listed: "30, 31"), if any. */
export function pageRefOf(text: string): string | undefined {
  const m = PAGE_REF.exec(text.trim());
  return m?.[1]
    ?.replace(/\s*(?:–|—|to|through)\s*/g, '-')
    .replace(/\s*(?:,|and)\s*/g, ',')
    .replace(/\s+/g, '')
    .replace(/,/g, ', ');
}
