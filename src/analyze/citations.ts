// Owns citations: every standard, rule, form item and staff guidance a comment or response cites, whole as printed and in one canonical form (fixtures/analysis/README.md is the rule book).
import { forLowerCase, lowerCaseForPatterns, lowerCased } from '../chars.js';
import { CURRENT_REPORT_FORMS, PERIODIC_FORMS, PROXY_FORMS, SCHEDULE_NAMES } from '../vocabulary.js';

/**
 * One citation: `canonical` is the form every wording of it shares ("S-K Item 303(b)(2)(ii)"),
 * `printed` the words as they stand in the text, `offset` where they start.
 */
export interface Citation {
  canonical: string;
  printed: string;
  offset: number;
}

/** "(b)(2)(ii)", "(bbb)", "(e)": subparagraphs written after a number. */
const PARENS = String.raw`(?:\([a-zA-Z0-9]{1,4}\))*`;
/** The same, a space allowed before the first ("Item 1303 (B)(2)(i)", "ASC 606-10-50-12 (b)"); the canonical form drops it (joined). */
const SPACED_PARENS = String.raw`(?: ?\([a-zA-Z0-9]{1,4}\)${PARENS})?`;
/** Subparagraphs of S-X rules, which also print a bare digit after a letter: "5-03(b)1", "7-03(a)1(g)". */
const RULE_PARENS = String.raw`(?:\([a-zA-Z0-9]{1,4}\)\d{0,2})*`;
/** What joins the members of a list or range: ", ", ", and ", " and ", " or ", " & ", " through ", " to ". */
const SEPARATOR = /(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through|to)\s+|\s*&\s*|-(?=\())/y;

/** The items of a Codification paragraph past "z", printed after its number: "aa", "bbb" ("ASC 820-10-50-2bbb"). */
const DOUBLED_ITEM = String.raw`(?:${Array.from('abcdefghijklmnopqrstuvwxyz', (c) => `${c}{2,3}`).join('|')})(?![a-z])`;
/** A Codification section: two digits, or the SEC materials' "S" and two ("ASC 250-10-S99-1", SAB 99 as codified). */
const ASC_SECTION = String.raw`(?:\d{2}|S\d{2})`;
/** An ASC number: topic, subtopic (2 or 3 digits: "944-325", "932-235"), section, paragraph ("35-3C"). */
/** A Codification paragraph's letter suffix as printed: "3C", "4Da" (ASC 944-40-50-4D, item a), "30b", "2.b". */
const ASC_PARAGRAPH_SUFFIX = String.raw`(?:[A-Z]{1,2}(?:[a-z](?![a-z]))?|\.?[a-z](?![a-z])|${DOUBLED_ITEM})`;
/** A hyphen of an ASC number, a space or a line break allowed after it where a line broke ("ASC 280- 10-50-40", c1025; "ASC 410-30-50-\n\n10(d)", c0951); the canonical form drops it (joined). */
const ASC_HYPHEN = String.raw`-(?: |\n{1,2})?`;
const ASC_NUMBER = String.raw`\d{3}(?!\d)(?:${ASC_HYPHEN}\d{2,3}(?:${ASC_HYPHEN}${ASC_SECTION}(?:${ASC_HYPHEN}\d{1,3}${ASC_PARAGRAPH_SUFFIX}?)?)?)?${SPACED_PARENS}`;
/** An item number: "303(b)(2)(ii)", "2.02", "5.D", "10(e)(1)(i)(C)". */
const ITEM_NUMBER = String.raw`\d{1,4}(?:\.\d{1,2})?(?:\.?[A-Z](?![a-z]))?${SPACED_PARENS}`;
/** A rule number: "3-05(b)(4)", "13a-15(e)", "430B", "5-03(b)1", "5-03.2(a)", "11-02-(a)(9)(i)" (a typo's hyphen); three digits whole ("PCAOB Rule 1001(i)(iii)" is no "Rule 100", c0557; "Rule 210.7-03" no "Rule 210", c0043). */
const RULE_NUMBER = String.raw`(?:\d{1,3}(?:[a-z]\d?|[A-D])?-\s?\d{1,3}[A-Z]?(?:\.\d{1,2})?|\d{3}[A-Z]?(?!\d|\.\d))(?:-(?=\())?${RULE_PARENS}`;
/** A member of a list after the first: a whole number, or only the parentheses that differ ("(c), and (d)"). */
const ONLY_PARENS = String.raw`(?:\([a-zA-Z0-9]{1,4}\))+`;

/** A standard's number before the Codification, revised or not: "131", "123(R)", "141R", "123 (revised 2004)", "46(R)". */
const PRE_CODIFICATION_NUMBER = String.raw`\d{1,3}(?!\d)(?:\s?\(R\)|R\b|\s\(revised(?:\s\d{4})?\))?(?![.-]\d)`;

/** The canonical name of a standard before the Codification, from how it is printed ("Statement of Financial Accounting Standards No." → "SFAS"). */
function preCodificationName(printed: string): string {
  if (/^(?:FASB\s+Interpretation|FIN)\b/.test(printed)) return 'FIN';
  if (/^(?:APB|Accounting\s+Principles)/.test(printed)) return 'APB';
  if (/^(?:ARB|Accounting\s+Research)/.test(printed)) return 'ARB';
  return 'SFAS';
}

/** "123R", "123 (R)", "123 (revised 2004)" → "123(R)". */
function revised(number: string): string {
  return number.replace(/\s?\((?:R|revised(?:\s\d{4})?)\)|R$/, '(R)');
}

const sticky = (source: string) => new RegExp(source, 'y');
/**
 * Where a name or number ends: no word character after it, nor a hyphen that goes on with it ("Regulation S" is not "Regulation
 * S-K"); two hyphens are a dash typed ("EITF 00-21--Revenue Arrangements", "Regulation G--Non-GAAP Measures"), as an em dash is.
 */
const ENDS_HERE = String.raw`(?!\w|-(?!-))`;
// A topic number ("350" after "ASC 340 and") is not a paragraph with its letter ("324G" after "ASC 606-10-55-324A through").
const ASC_MEMBER = sticky(String.raw`\d{2}-\d{1,3}[A-Z]{0,2}(?![\d-])${PARENS}|${ASC_NUMBER}(?![A-Za-z])|-?\d{1,3}[A-Z]{0,2}(?!\d|\.\d)${PARENS}|${ONLY_PARENS}`);
const ITEM_MEMBER = sticky(String.raw`${ITEM_NUMBER}|${ONLY_PARENS}`);
const RULE_MEMBER = sticky(String.raw`${RULE_NUMBER}|${ONLY_PARENS}`);
/** A member after an S-X rule: another rule, its parentheses, or a bare subparagraph digit ("5-03(b)1 and 2"). */
const SX_RULE_MEMBER = sticky(String.raw`${RULE_NUMBER}|${ONLY_PARENS}|\d{1,2}(?![\d-])`);
/** A member after a statute section, its word repeated or not: "Section 13(a) or Section 15(d)", "Sections 13(a) or 15(d)". */
const SECTION_MEMBER = sticky(String.raw`(?:Sections?\s+)?\d{1,3}[A-Z]?${PARENS}|${ONLY_PARENS}`);

/**
 * The members of a list or range that starts with `first` and goes on at `from`: "ASC 606-10-50-17 and 19",
 * "ASC 280-10-50-30(a), (c), and (d)", "Items 1202(a)(1) through 1202(a)(4)", "ASC 606-10-32-32 to -34".
 * A member printed in part takes the rest from the one before it. Linear: each step consumes text.
 */
function listOf(text: string, first: string, from: number, member: RegExp, resolve: (previous: string, printed: string) => string | undefined): { values: string[]; end: number } {
  const values = [joined(first)];
  let end = from;
  for (;;) {
    SEPARATOR.lastIndex = end;
    if (!SEPARATOR.exec(text)) break;
    member.lastIndex = SEPARATOR.lastIndex;
    const m = member.exec(text);
    if (!m || m[0].length === 0) break;
    const value = resolve(values[values.length - 1] as string, joined(m[0]));
    if (value === undefined) break;
    values.push(value);
    end = member.lastIndex;
  }
  return { values, end };
}

/** A number as the canonical form writes it: no space before its parenthesised groups ("1303 (B)(2)" → "1303(B)(2)"), none after a hyphen ("280- 10" → "280-10"). */
function joined(printed: string): string {
  return printed.replace(/ (?=\()/, '').replace(/-\s+(?=\d)/g, '-');
}

/** Replaces the last `n` parenthesised groups of `base` by `parens` ("30(a)" + "(c)" → "30(c)"). */
function withParens(base: string, parens: string): string | undefined {
  const groups = parens.match(/\([^()]*\)/g) ?? [];
  let cut = base;
  if (!cut.endsWith(')')) return undefined;
  // A member deeper than the base replaces all of its groups: "Item 303(a) and (b)(2)".
  for (let k = 0; k < groups.length && cut.endsWith(')'); k++) cut = cut.slice(0, cut.lastIndexOf('('));
  return cut + parens;
}

/**
 * "19" after "606-10-50-17" is paragraph 19 of the same section, "-34" after "606-10-32-32" and "356" after
 * "606-10-55-353" too; "45-20" after "260-10-45-17" is section 45, paragraph 20 of the same subtopic;
 * "360" after "350" is a topic of its own.
 */
function ascMember(previous: string, printed: string): string | undefined {
  if (printed.startsWith('(')) return /\)$/.test(previous) ? withParens(previous, printed) : undefined;
  const parts = previous.replace(/\(.*$/, '').split('-');
  if (parts.length === 4 && /^\d{2}-\d/.test(printed)) return `${parts.slice(0, 2).join('-')}-${printed}`;
  if (parts.length === 4 && /^-?\d{1,3}[A-Z]{0,2}(?:\(|$)/.test(printed)) return `${parts.slice(0, 3).join('-')}-${printed.replace(/^-/, '')}`;
  if (/^\d{3}(?!\d)/.test(printed)) return printed;
  return undefined;
}

/**
 * "paragraphs 2 through 4 of ASC 805-30-25" (c0812) names paragraphs of the section that follows; "paragraph d. of
 * ASC 810-10-50-1A" (c0566) an item of the paragraph that follows: the numbers they make, and where their words start.
 */
function paragraphsBefore(text: string, at: number, asc: string): { numbers: string[]; start: number } | undefined {
  const from = Math.max(0, at - 60);
  const m = PARAGRAPHS_BEFORE.exec(text.slice(from, at));
  if (!m) return undefined;
  const marks = [m[1] as string, ...(m[2] ? [m[2]] : [])];
  const parts = asc.split('-').length;
  const numbered = marks.every((mark) => /^\d/.test(mark));
  if (numbered && parts === 3 && !asc.includes('(')) return { numbers: marks.map((mark) => `${asc}-${mark}`), start: from + m.index };
  if (!numbered && parts === 4 && !asc.includes('(')) return { numbers: marks.map((mark) => `${asc}(${mark.replace(/[().]/g, '')})`), start: from + m.index };
  return undefined;
}
const PARAGRAPH_MARK = String.raw`(\d{1,3}[A-Z]{0,2}|\(?[a-z]{1,3}\)?\.?)`;
const PARAGRAPHS_BEFORE = new RegExp(String.raw`\b[Pp]aragraphs?\s+${PARAGRAPH_MARK}(?:\s*(?:,|,?\s+(?:through|to|and))\s+-?${PARAGRAPH_MARK})?\s+of\s+(?:the\s+)?$`);

function itemMember(previous: string, printed: string): string | undefined {
  return printed.startsWith('(') ? withParens(previous, printed) : printed;
}

/** "2" after "5-03(b)1" is the rule's next bare subparagraph ("5-03(b)2"); anything else as an item. */
function ruleMember(previous: string, printed: string): string | undefined {
  if (/^\d{1,2}$/.test(printed) && /\)\d{1,2}$/.test(previous)) return previous.replace(/\d{1,2}$/, printed);
  return itemMember(previous, printed);
}

/** Regulation G is Rules 100-102: a bare "Rule 100(b)" in a text on non-GAAP measures is its rule ("… prohibited by Rule 100(b)", c0724), not the Securities Act's. */
const REGULATION_G_RULE = /^10[0-2](?![\dA-Z])/;
const NON_GAAP_TEXT = /\bRegulation\s+G\b|\bnon-GAAP\b/i;

/** An S-K item's canonical citation: its paragraphs are lower-case letters, however printed ("Item 303(A)" is S-K Item 303(a), c1134; "1303(B)(2)(i)", c0527). */
function skItemCitation(item: string): string {
  return `S-K Item ${item.replace(/^(\d{2,4})\(([A-Z])\)/, (_, n: string, letter: string) => `${n}(${letter.toLowerCase()})`)}`;
}

/** An international standard's paragraph after its number's point: "7", "B34", "5.5.17", "C5(b)". */
const IFRS_PARAGRAPH = String.raw`(?:[A-Z]{1,2})?\d{1,3}(?:\.\d{1,3}){0,3}[A-Za-z]?(?:\([a-z\d]{1,4}\))*`;

/** The Exchange Act's sections a letter names bare: reports (13(a), 15(d)), beneficial ownership and going private (13(d), 13(e)), proxies and tender offers (14(a), 14(d), 14(e)), insiders (16(a)). */
const EXCHANGE_ACT_SECTION = /^(?:13\((?:a|d|e|f|g|k|p|r)\)|14\((?:a|c|d|e|f|i)\)|15\(d\)|16\((?:a|b)\))/;

/** The Sarbanes-Oxley Act's sections a letter names bare: the officers' certifications (302, 906) and internal control (404). */
const SARBANES_OXLEY_SECTION = /^(?:302|404|906)(?!\d)/;

/**
 * Securities Act rules are numbered in the hundreds (144A, 405, 430B, 461); the Exchange Act's carry a letter (10b-5, 12b-20, 13a-15,
 * 14a-9; a capital for the listing standards, 10A-3, 10C-1, 10D-1; a letter and a figure, 15c2-11) or a 0- prefix (0-11).
 */
function actOfRule(rule: string): 'Securities Act' | 'Exchange Act' | 'S-X' {
  if (/^\d{3}[A-Z]?(?![-\d])/.test(rule)) return 'Securities Act';
  if (/^\d{1,2}[a-z]\d?-/i.test(rule) || /^0-/.test(rule)) return 'Exchange Act';
  return 'S-X';
}

/** The source printed after a cited number ("of Regulation S-K", "under the Exchange Act", "of Schedule 14A", "of Form 8-K"), canonical, with where its words end. */
const SOURCE_AFTER = new RegExp(
  String.raw`\.?\s*,?\s*(?:of|under|in|to|promulgated\s+under)\s+(?:the\s+)?(?:SEC(?:'s|’s)?\s+)?(Regulation\s+(?:S-[KXT]|G|M-A|AB|S-P)|Securities\s+Exchange\s+Act(?:\s+of\s+1934)?|Exchange\s+Act|Securities\s+Act(?:\s+of\s+1933)?|Sarbanes-Oxley\s+Act(?:\s+of\s+2002)?|Investment\s+Company\s+Act(?:\s+of\s+1940)?|Investment\s+Advisers\s+Act(?:\s+of\s+1940)?|Trust\s+Indenture\s+Act(?:\s+of\s+1939)?|Dodd-Frank(?:\s+Wall\s+Street\s+Reform\s+and\s+Consumer\s+Protection)?\s+Act|Schedules?\s+(?:${SCHEDULE_NAMES})|Forms?\s+[A-Z0-9]{1,3}(?:-[A-Z0-9]{1,3})?)${ENDS_HERE}`,
  'iy',
);
const SOURCE_BEFORE = new RegExp(
  String.raw`(?:(?:Regulation\s+)?(S-K|S-X|S-T|M-A|(?<=Regulation\s+)G),?|(Securities\s+Exchange\s+Act|Exchange\s+Act|Securities\s+Act)(?:\s+of\s+19\d\d)?|(Form\s+[A-Z0-9]{1,3}-[A-Z0-9]{1,3}|Schedule\s+(?:${SCHEDULE_NAMES})))\s*$`,
  'i',
);

interface Source {
  name: string;
  start: number;
  end: number;
}

function canonicalSource(printed: string): string {
  const name = printed.replace(/\s+/g, ' ');
  if (/^Regulation S-([KXT])$/i.test(name)) return `S-${name.slice(-1).toUpperCase()}`;
  if (/^Regulation M-A$/i.test(name)) return 'M-A';
  if (/^Regulation G$/i.test(name)) return 'Regulation G';
  if (/^Regulation /i.test(name)) return `Regulation ${name.slice(11)}`;
  if (/Exchange Act/i.test(name)) return 'Exchange Act';
  if (/^Securities Act/i.test(name)) return 'Securities Act';
  if (/^Sarbanes/i.test(name)) return 'Sarbanes-Oxley Act';
  if (/^Investment Company/i.test(name)) return 'Investment Company Act';
  if (/^Investment Advisers/i.test(name)) return 'Investment Advisers Act';
  if (/^Trust Indenture/i.test(name)) return 'Trust Indenture Act';
  if (/^Dodd-Frank/i.test(name)) return 'Dodd-Frank Act';
  if (/^Schedules?/i.test(name)) return `Schedule ${name.replace(/^Schedules?\s*/i, '').toUpperCase()}`;
  return `Form ${name.replace(/^Forms?\s*/i, '').toUpperCase()}`;
}

function sourceAfter(text: string, from: number, pattern: RegExp = SOURCE_AFTER): Source | undefined {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (!m) return undefined;
  return { name: canonicalSource(m[1] as string), start: from, end: from + m[0].length };
}

/**
 * A current report named right after its dotted item, no "of" between: "an Item 1.01 Form 8-K" (c0005), one filed on a date too
 * ("its Item 4.02 Form 8-K filed on November 5", c0423: the corpus labels count the item a report was filed under, as the
 * non-reliance it tells of).
 */
const CURRENT_REPORT_AFTER = new RegExp(String.raw`\s+(Form\s+(?:${CURRENT_REPORT_FORMS}))${ENDS_HERE}`, 'iy');
function currentReportAfter(text: string, from: number, items: readonly string[]): Source | undefined {
  return items.every((i) => /^\d\.\d{2}$/.test(i)) ? sourceAfter(text, from, CURRENT_REPORT_AFTER) : undefined;
}

function sourceBefore(text: string, at: number): Source | undefined {
  const from = Math.max(0, at - 45);
  const m = SOURCE_BEFORE.exec(text.slice(from, at));
  if (!m) return undefined;
  const printed = (m[1] ? `Regulation ${m[1]}` : (m[2] ?? m[3])) as string;
  return { name: canonicalSource(printed), start: from + m.index, end: at };
}

/** "Instruction 2 to", "Note (b) to", "Question 4 of" just before a cited item, rule or SAB topic. */
const APPENDIX_BEFORE = /\b(?:(Instructions?|Notes?)\s+(\d{1,2}(?:\([a-z0-9]{1,3}\))*|\([a-z0-9]{1,3}\))\s+to|(Questions?)\s+(\d{1,2})\s+(?:of|in|to))\s+(?:the\s+)?$/i;
function appendixBefore(text: string, at: number): { words: string; start: number } | undefined {
  const from = Math.max(0, at - 40);
  const m = APPENDIX_BEFORE.exec(text.slice(from, at));
  if (!m) return undefined;
  const kind = (m[1] ?? m[3] ?? '').replace(/s$/i, '');
  return { words: `${kind[0]?.toUpperCase()}${kind.slice(1).toLowerCase()} ${m[2] ?? m[4]}`, start: from + m.index };
}

/** A periodic report's item after "in" names a part of the reviewed filing ("in Item 8 of Form 10-K"), not a requirement. */
const PLACE_BEFORE = /\b(?:in|within|at|of)\s+(?:the\s+)?$/i;
/** A periodic report as a source's canonical name: "Form 10-K", "Form 20-F". */
const PERIODIC_REPORT = new RegExp(`^Form (?:${PERIODIC_FORMS})$`);
/** "the representation made in response to Item 10 of Schedule TO" names the filing's own item (2018-abbvie-scheduleto-corresp comment 5). */
const RESPONSE_BEFORE = /\bresponse\s+to\s+$/i;
/** "we note that the Schedule TO indicates that Item 10(b) is 'not applicable'" (c0399): the filing's own answer to the item, not a requirement. */
const ANSWER_BEFORE = /\b(?:indicates|states|says|responds)\s+that\s+$/i;
/** A schedule's item as a bare number: the schedules number theirs from 1 to about 25; S-K's non-GAAP Item 10(e) keeps its name. */
const SCHEDULE_ITEM = /^(?:[1-9]|1\d|2[0-9])(?![\d.])(?!\(e\))/;

type Cited = { cites: string[]; start?: number; end?: number } | undefined;
/** A rule: its pattern, the words (lower case, whole) one of which every match contains, so a text without them is not scanned, and what a match cites. */
type Rule = { pattern: RegExp; needs?: readonly string[]; cite: (m: RegExpExecArray, text: string, letter: LetterContext) => Cited };

/** The C&DI set named near a question number: "Non-GAAP Financial Measures", "Securities Act Forms". */
const CDI_SET = /(Non-GAAP)|(Securities\s+Act|Exchange\s+Act)\s+(Forms|Rules|Sections)|(Regulation\s+S-K)|(Proxy\s+Rules)|(Tender\s+Offer)/gi;
function cdiSetName(m: RegExpMatchArray): string {
  if (m[1]) return 'Non-GAAP ';
  if (m[2]) return `${/Exchange/i.test(m[2]) ? 'Exchange Act' : 'Securities Act'} ${(m[3] as string)[0]?.toUpperCase()}${(m[3] as string).slice(1).toLowerCase()} `;
  if (m[4]) return 'Regulation S-K ';
  if (m[5]) return 'Proxy Rules ';
  return 'Tender Offer Rules and Schedules ';
}
/** The set named nearest the number: the first one after it or the last one before it, whichever `first` says to try first. */
/** What the rest of the letter tells a citation: the C&DI set it names ("Question 102.10 of the C&DI" after "… Interpretations on Non-GAAP Financial Measures"). */
export interface LetterContext {
  /** The Non-GAAP Financial Measures C&DIs are named somewhere in the letter. */
  namesNonGaapCdis: boolean;
  /**
   * The schedule every filing the letter reviews is made on ("Schedule 14A" for a proxy statement, "Schedule TO" for a tender
   * offer), or the merger's registration form ("Form S-4", "Form F-4"): a bare "Item 6(b)" there is the schedule's item (c0694,
   * c0216), not Regulation S-K's, and a bare "Item 18(a)(5)(i)" the form's (c0846, c1088).
   */
  schedule?: string;
  /** The EDGAR form types of the filings the letter reviews (letter.filings[].form): the topic model reads their kinds (topics.ts filingKinds). */
  forms?: readonly string[];
}
const NO_LETTER: LetterContext = { namesNonGaapCdis: false };

/** The Non-GAAP C&DIs named as a set: "Non-GAAP Financial Measures Compliance and Disclosure Interpretations", "C&DIs on Non-GAAP Financial Measures", "Non-GAAP C&DI". */
const NON_GAAP_CDIS = /Non-GAAP\s+(?:Financial\s+Measures\s+)?(?:Compliance\s+(?:and|&)\s+Disclosure\s+Interpretations?|C&?DIs?)\b|(?:Compliance\s+(?:and|&)\s+Disclosure\s+Interpretations?|C&?DIs?)\s*(?:\((?:the\s+)?["“]?C&?DIs?["”]?\)\s*)?(?:on|for|regarding|relating\s+to|related\s+to|about)\s+Non-GAAP/i;

/** EDGAR form types filed on a schedule, and the schedule's canonical name: "DEF 14A", "PREC14A" → Schedule 14A; "SC TO-I" → Schedule TO; "S-4/A" → Form S-4. */
const SCHEDULE_OF_FORM: readonly [RegExp, string][] = [
  [new RegExp(String.raw`^(?:${PROXY_FORMS.replace('14[ACF]', '14A')})\b`), 'Schedule 14A'],
  [new RegExp(String.raw`^(?:${PROXY_FORMS.replace('14[ACF]', '14C')})\b`), 'Schedule 14C'],
  [/^SC\s?TO-[TIC]\b/, 'Schedule TO'],
  [/^SC\s?13E-?3\b/, 'Schedule 13E-3'],
  [/^SC\s?14D-?9\b/, 'Schedule 14D-9'],
  [/^SC\s?13D\b/, 'Schedule 13D'],
  [/^S-4\b/, 'Form S-4'],
  [/^F-4\b/, 'Form F-4'],
];

/** The one schedule all the reviewed filings are made on, if they are. */
function reviewedSchedule(forms: readonly (string | null)[]): string | undefined {
  const schedules = new Set(forms.map((form) => SCHEDULE_OF_FORM.find(([pattern]) => form !== null && pattern.test(form))?.[1]));
  const [only] = schedules;
  return schedules.size === 1 ? only : undefined;
}

/**
 * What a whole letter says that the analysis may need: read once per letter, from its normalised text and the forms of the filings it reviews.
 * @param forms the reviewed filings' EDGAR form types (letter.filings[].form)
 */
export function letterContext(text: string, forms: readonly (string | null)[] = []): LetterContext {
  const schedule = reviewedSchedule(forms);
  const known = forms.filter((form): form is string => form !== null);
  return { namesNonGaapCdis: NON_GAAP_CDIS.test(text), ...(schedule === undefined ? {} : { schedule }), ...(known.length === 0 ? {} : { forms: known }) };
}

/** A bare C&DI question takes the set its letter names: the Non-GAAP C&DIs number their questions 100 to 106. */
function letterSet(letter: LetterContext, question: string): string {
  return letter.namesNonGaapCdis && /^10[0-6]\./.test(question) ? 'Non-GAAP ' : '';
}

function cdiSet(before: string, after: string, first: 'before' | 'after'): string {
  // Before a question, "non-GAAP" speaks for the set, another set name only with the C&DI words after it (not "Item 10(e) of Regulation S-K and Question 102.10 of the C&DI").
  const lastBefore = [...before.matchAll(CDI_SET)].filter((m) => first === 'before' || m[1] !== undefined || CDI_WORDS.test(before.slice(m.index))).pop();
  CDI_SET.lastIndex = 0;
  const firstAfter = after.match(new RegExp(CDI_SET.source, 'i'));
  const pick = first === 'before' ? (lastBefore ?? firstAfter) : (firstAfter ?? lastBefore);
  return pick ? cdiSetName(pick) : '';
}
/** The C&DIs' name, misprinted too: "Non-GAAP Financial Measures Codification and Disclosure Interpretation" (c0064, c0617). */
const CDI_WORDS = /(?:Compliance|Codification)\s+(?:and|&)\s+Disclosure\s+Interpretations?|C&?DI|CD&I/i;
const CDI_NUMBER = String.raw`\d{3}[A-Z]?\.\d{2,3}(?:\([a-z]\))?`;
const CDI_MEMBER = sticky(CDI_NUMBER);

/** A section of the Financial Reporting Codification: "501.04", "506.02(c)(ii)", "501.12.b.3". */
const FRC_SECTION = String.raw`\d{3}\.\d{1,2}(?:\.?[a-z](?:\.\d{1,2})?)?(?:\([a-z0-9]{1,4}\))*`;

/** Act prefixes of release numbers. */
const RELEASE_PREFIX: Record<string, string> = { securities: '33', exchange: '34', 'investment company': 'IC', 'investment advisers': 'IA' };

/**
 * The rules, in order; an earlier rule's match wins over a later one covering the same words.
 * Each cites a real wording of the fixtures: 2024-capitalone-s4-upload ("Item 303(b)(2)(ii) of
 * Regulation S-K"), 2021-applovin-s1-upload ("Rule 3-05 of Regulation S-X"), 2024-adm-10k-upload
 * ("Question 100.01 of the SEC's Non-GAAP Compliance and Disclosure Interpretations").
 */
const RULES: Rule[] = [
  // C&DIs: "Question 100.01 of the updated Non-GAAP Compliance and Disclosure Interpretations", "Questions 102.10 and 102.11 of
  // the Compliance and Disclosure Interpretations for Non-GAAP Financial Measures" (2017-berkshire-10k-corresp).
  {
    // "Question No. 102.07 of the Compliance & Disclosure Interpretations" (c0912, c1182).
    pattern: new RegExp(String.raw`\b(?:[Qq]uestions?|Items?)(?:\s+Nos?\.)?\s+(${CDI_NUMBER})`, 'g'),
    needs: ['question', 'questions', 'item', 'items'],
    cite: (m, text, letter) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, CDI_MEMBER, (_, p) => p);
      if (!CDI_WORDS.test(text.slice(Math.max(0, m.index - 160), list.end + 160))) return undefined;
      const set = cdiSet(text.slice(Math.max(0, m.index - 60), m.index), text.slice(list.end, list.end + 160), 'after');
      return { cites: list.values.map((n) => `${set || letterSet(letter, n)}C&DI ${n}`), end: list.end };
    },
  },
  // "Compliance and Disclosure Interpretation (C&DI) Question 102.10 on Non-GAAP Financial Measures" (2020-capitalone-10q-upload),
  // "Securities Act Forms C&DI 101.02" (2021-applovin-s1-corresp).
  {
    pattern: new RegExp(String.raw`(?:C&?DIs?|CD&Is?|Interpretations?)(?:\s*\((?:the\s+)?["“]?(?:C&DIs?|CD&Is?)["”]?\))?(?:\s+(?:Questions?|Nos?\.?))?\s+(${CDI_NUMBER})`, 'gi'),
    needs: ['cdi', 'cdis', 'c&di', 'c&dis', 'cd&i', 'cd&is', 'interpretation', 'interpretations'],
    cite: (m, text, letter) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, CDI_MEMBER, (_, p) => p);
      const set = cdiSet(text.slice(Math.max(0, m.index - 60), m.index), text.slice(list.end, list.end + 80), 'before');
      return { cites: list.values.map((n) => `${set || letterSet(letter, n)}C&DI ${n}`), end: list.end };
    },
  },
  // FASB Codification: "ASC 350-20-35-3C", "FASB ASC Topic 606", "ASC 820-10-50-2(bbb)", "ASC-250-10-50-7" (2024-adm-10k-corresp), "ASC 944-325",
  // "Accounting Standards Codification (“ASC”) 323-970-40-1" (c0746), "paragraphs 2 through 4 of ASC 805-30-25" (c0812).
  {
    pattern: new RegExp(
      String.raw`\b(?:FASB\s+)?(?:ASC|Accounting\s+Standards\s+Codification(?:\s*\((?:the\s+)?["“]?(?:FASB\s+)?ASC["”]?\))?)(?:\s+(?:[Tt]opic|[Ss]ubtopic|[Ss]ection|[Pp]aragraph)s?)?(?:\s+|-)(${ASC_NUMBER})`,
      'g',
    ),
    needs: ['asc', 'codification'],
    cite: (m, text) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, ASC_MEMBER, ascMember);
      const before = list.values.length === 1 ? paragraphsBefore(text, m.index, list.values[0] as string) : undefined;
      if (before) return { cites: before.numbers.map((n) => `ASC ${n}`), start: before.start, end: list.end };
      return { cites: list.values.map((n) => `ASC ${n}`), end: list.end };
    },
  },
  // A Codification paragraph printed without "ASC": "Refer to 606-10-50-12(c)", "Reference 606-10-25-19 through 22". Its topic-subtopic-section
  // shape (three digits, two, two) belongs to the Codification alone; file numbers and phone numbers are shaped otherwise.
  {
    pattern: new RegExp(String.raw`(?<![\w./-])(\d{3}${ASC_HYPHEN}\d{2}${ASC_HYPHEN}\d{2}(?:${ASC_HYPHEN}\d{1,3}${ASC_PARAGRAPH_SUFFIX}?)?${SPACED_PARENS})${ENDS_HERE}`, 'g'),
    cite: (m, text) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, ASC_MEMBER, ascMember);
      return { cites: list.values.map((n) => `ASC ${n}`), end: list.end };
    },
  },
  // Accounting Standards Updates: "Accounting Standards Update (“ASU”) No. 2016-13" (2021-capitalone-10q-corresp).
  {
    pattern: /\b(?:Accounting\s+Standards\s+Update|ASU)(?:\s*\((?:the\s+)?["“]?ASU["”]?\))?\s+(?:No\.?\s*)?(\d{4}-\d{2})\b/g,
    needs: ['asu', 'update'],
    cite: (m) => ({ cites: [`ASU ${m[1]}`] }),
  },
  // "Topic 606" and "Subtopic 610-20" on their own are the Codification; SAB topics look like "Topic 5.P" and are matched below; "(Topic 326)" in an ASU's title is its name.
  {
    pattern: /\b(?<!SAB\s)(?<!Bulletin\s)(?<!Guidance\s)(?:Topic|[Ss]ub[Tt]opic)\s+(\d{3}(?:-\d{2,3}(?![\d-]))?)\b(?!\.\d)/g,
    needs: ['topic', 'subtopic'],
    cite: (m, text) => {
      if (text[m.index - 1] === '(' && /\b(?:ASU|Accounting\s+Standards\s+Update)\b/.test(text.slice(Math.max(0, m.index - 200), m.index))) return undefined;
      return { cites: [`ASC ${m[1]}`] };
    },
  },
  // Staff Accounting Bulletins: "SAB Topic 5.P", "SAB Topic 1:M and 1:N" (2024-adm-10k-corresp), "Staff Accounting Bulletin Topic 11 (L)" (c0071), "Question 4 of SAB Topic 1:B.1" (2017-bearnewco-s4-corresp), "SAB No. 99".
  {
    pattern: /\b(?:SAB|Staff\s+Accounting\s+Bulletin)(?:\s+(Topic|No\.?|Number))?\s+(\d{1,3}(?:\s?[.:]\s?[A-Z](?:\.\d{1,2})?|\s?\([A-Z]\))?)(?![\w.]\w)/g,
    needs: ['sab', 'bulletin'],
    cite: (m, text) => {
      const member = /\d{1,3}(?:\s?[.:]\s?[A-Z](?:\.\d{1,2})?|\s?\([A-Z]\))?(?![\w.]\w)/y;
      const list = listOf(text, m[2] as string, m.index + m[0].length, member, (_, p) => p);
      const question = appendixBefore(text, m.index);
      const cites = list.values.map((raw) => {
        // "Topic 1:M" and "Topic 11 (L)" are "Topic 1.M" and "Topic 11.L".
        const id = raw.replace(/\s/g, '').replace(/:/g, '.').replace(/\(([A-Z])\)/, '.$1');
        const name = /^Topic$/i.test(m[1] ?? '') || /[A-Z]/.test(id) ? `SAB Topic ${id}` : `SAB ${id}`;
        return question && /^Question/.test(question.words) ? `${name} ${question.words}` : name;
      });
      return { cites, end: list.end, ...(question && /^Question/.test(question.words) ? { start: question.start } : {}) };
    },
  },
  // US GAAP before the Codification (2009), what letters of those years cite: "SFAS No. 131", "Statement of Financial Accounting Standards
  // No. 142", "FAS 133", "FASB Statement No. 5", "SFAS 123(R)", "FIN 48", "FASB Interpretation No. 46(R)", "EITF Issue No. 00-21",
  // "EITF Topic D-98", "APB Opinion No. 25", "SOP 97-2", "Statement of Position 03-3", "ARB 51", "FSP FAS 157-2", lists too ("SFAS Nos. 141 and 142").
  // The staff positions first: "FSP FAS 115-2" is no citation of FAS 115.
  {
    pattern: new RegExp(String.raw`\b(?:FASB\s+)?(?:Staff\s+Position|FSP)(?:\s+No\.?)?\s+((?:FAS|FIN|EITF|APB|SOP)\s?\d{1,3}(?:\(R\)|R)?-\d{1,2}(?:-[a-z])?)${ENDS_HERE}`, 'g'),
    needs: ['fsp', 'position'],
    cite: (m) => ({ cites: [`FSP ${(m[1] as string).replace(/^([A-Z]+)\s?/, '$1 ').replace(/R-/, '(R)-').replace(/\(\(R\)\)/, '(R)')}`] }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:SFAS|FAS|FASB\s+Statement|Statement\s+of\s+Financial\s+Accounting\s+Standards?|FASB\s+Interpretation|FIN|APB(?:\s+Opinion)?|Accounting\s+Principles\s+Board\s+Opinion|ARB|Accounting\s+Research\s+Bulletin)(?:\s+Nos?\.?)?\s*(${PRE_CODIFICATION_NUMBER})`, 'g'),
    needs: ['sfas', 'fas', 'fasb', 'statement', 'fin', 'apb', 'accounting', 'arb'],
    cite: (m, text) => {
      const name = preCodificationName(m[0]);
      const member = new RegExp(PRE_CODIFICATION_NUMBER, 'y');
      const list = listOf(text, m[1] as string, m.index + m[0].length, member, (_, printed) => printed);
      return { cites: list.values.map((n) => `${name} ${revised(n)}`), end: list.end };
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:EITF|Emerging\s+Issues\s+Task\s+Force)(?:\s+(?:Issue|Topic))?(?:\s+No\.?)?\s+(\d{2}-\d{1,2}[A-Z]?|D-\d{1,3})${ENDS_HERE}`, 'g'),
    needs: ['eitf', 'emerging'],
    cite: (m) => ({ cites: [`EITF ${m[1]}`] }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:SOP|Statement\s+of\s+Position)(?:\s+No\.?)?\s+(\d{2}-\d{1,2})${ENDS_HERE}`, 'g'),
    needs: ['sop', 'position'],
    // A statement of position's number has no leading zero after the year: "SOP 05-01" is SOP 05-1 (c0819 prints both).
    cite: (m) => ({ cites: [`SOP ${(m[1] as string).replace(/-0(?=\d)/, '-')}`] }),
  },
  // SEC releases: "SEC Release No. 33-8350", "Section III.A of Securities Act Release No. 33-8350", "Exchange Act Release 43069" (2018-abbvie-scheduleto-corresp).
  {
    pattern: /\b(?:SEC\s+)?(?:(Securities|Exchange|Investment\s+Company|Investment\s+Advisers)\s+Act\s+)?Release\s+(?:[Nn]os?\.?\s*)?((?:33|34|IC|IA)-\d{3,6}|\d{4,6})\b/g,
    needs: ['release'],
    cite: (m, text) => {
      const number = m[2] as string;
      if (/-/.test(number)) {
        // A joint release printed with both numbers: "Release Nos. 33-8350/34-48960".
        const joint = /\s*\/\s*((?:33|34|IC|IA)-\d{3,6})\b/y;
        joint.lastIndex = m.index + m[0].length;
        const second = joint.exec(text);
        return second ? { cites: [`Release ${number}`, `Release ${second[1]}`], end: joint.lastIndex } : { cites: [`Release ${number}`] };
      }
      const prefix = m[1] ? RELEASE_PREFIX[(m[1] as string).toLowerCase().replace(/\s+/g, ' ')] : undefined;
      return { cites: [prefix ? `Release ${prefix}-${number}` : `Release ${number}`] };
    },
  },
  // Staff guidance: "Financial Reporting Codification Section 501.04" (2020-applovin-drs-s1-upload), "SEC Financial Reporting Manual (“FRM”) 3250.1c"
  // (2017-bearnewco-s4-corresp), "Disclosure Guidance Topics Nos. 9 & 9A" (2021-constellation-drs-form10-upload).
  {
    pattern: /\bFinancial\s+Reporting\s+Codification\s+(?:Section\s+)?(\d{3}(?:\.\d{1,2}[a-z]?)?(?:\([a-z0-9]{1,4}\))*)/gi,
    needs: ['codification'],
    cite: (m) => ({ cites: [`Financial Reporting Codification Section ${m[1]}`] }),
  },
  // "Sections 501.12.b.3 and 501.12.b.4. of the Financial Reporting Codification" (c0500), "section 501.04 of the Staff’s Codification of Financial
  // Reporting Policies" (c0385): the sections of a list, under either name.
  {
    pattern: new RegExp(
      String.raw`\bSections?\s+(${FRC_SECTION}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${FRC_SECTION})*)\.?\s+of\s+(?:the\s+|our\s+)?(?:(?:SEC|Staff|Commission)(?:'|’)s\s+)?(?:Financial\s+Reporting\s+Codification|Codification\s+of\s+Financial\s+Reporting\s+(?:Releases|Policies))\b`,
      'gi',
    ),
    needs: ['codification'],
    cite: (m) => ({ cites: (m[1] as string).split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((n) => `Financial Reporting Codification Section ${n}`) }),
  },
  // The EDGAR Filer Manual, which Regulation S-T makes part of the rules (c0733).
  {
    pattern: /\bEDGAR\s+Filer\s+Manual\b/g,
    needs: ['manual'],
    cite: () => ({ cites: ['EDGAR Filer Manual'] }),
  },
  {
    pattern: /\b(?:Financial\s+Reporting\s+Manual|FRM)(?:\s*\((?:the\s+)?["“]?FRM["”]?\))?\s+(?:(Topic)\s+|Section\s+|Paragraph\s+)?(\d{1,4}(?:\.\d{1,2}[a-z]?)?)\b/g,
    needs: ['manual', 'frm'],
    cite: (m) => ({ cites: [m[1] ? `FRM Topic ${m[2]}` : `FRM ${m[2]}`] }),
  },
  {
    pattern: /\bDisclosure\s+Guidance\s+Topics?\s+(?:Nos?\.?\s*)?(\d{1,3}[A-Z]?)\b/g,
    needs: ['guidance'],
    cite: (m, text) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, /\d{1,3}[A-Z]?\b/y, (_, p) => p);
      return { cites: list.values.map((n) => `Disclosure Guidance Topic ${n}`), end: list.end };
    },
  },
  // Staff legal bulletins: "Sec. III.A.2 of Staff Legal Bulletin No. 19" (the section pinpoint dropped, as for releases).
  {
    pattern: /\bStaff\s+Legal\s+Bulletin\s+(?:No\.?\s*)?(\d{1,2}[A-Z]?)\b/g,
    needs: ['bulletin'],
    cite: (m) => ({ cites: [`Staff Legal Bulletin No. ${m[1]}`] }),
  },
  // The Commission's Industry Guides, cited in letters until their rescission (2018-2021): "Industry Guide 7", "Guide 3 Statistical Disclosure".
  {
    pattern: /\b(?:Industry\s+)?Guide\s+([2-7])\b(?!\.\d)/g,
    needs: ['guide'],
    // "Guide 3" alone is the Guide where the text names the Guides or the Guide's title follows ("Guide 3, Statistical Disclosure by Bank Holding Companies").
    cite: (m, text) =>
      /Industry\s+Guide/i.test(m[0]) || /^,?\s+Statistical\s+Disclosure\b/i.test(text.slice(m.index + m[0].length)) || /\bIndustry\s+Guides?\b/i.test(text) ? { cites: [`Industry Guide ${m[1]}`] } : undefined,
  },
  // The Commission's Rules of Practice: "Rule 83 of the Rules of Practice … (17 C.F.R. §200.83)", "Rule 83 Confidential Treatment Request" (2024-capitalone-s4-corresp),
  // and the redaction legend in capitals: "CONFIDENTIAL TREATMENT REQUESTED BY … PURSUANT TO RULE 83" (c0415).
  {
    pattern: /\bR(?:ule|ULE)\s+83\b(?:\s+of\s+(?:the\s+)?(?:Commission(?:'s|’s)\s+)?Rules\s+of\s+Practice(?:\s+of\s+the\s+Securities\s+and\s+Exchange\s+Commission)?)?(?:\s*\(17\s+C\.\s?F\.\s?R\.\s*§+\s*200\.83\))?/g,
    needs: ['rule', 'rules'],
    cite: () => ({ cites: ['17 C.F.R. §200.83'] }),
  },
  {
    // Whole as printed, a rule's own number included: "17 C.F.R. §240.10D-1(d)" (c0733); but Part 210 is Regulation S-X and Part 229
    // Regulation S-K, whose sections are their rules and items ("17 CFR 210.1-02(w)" is S-X Rule 1-02(w): c0160, c0328).
    pattern: /\b17\s+C\.?\s?F\.?\s?R\.?\s*(?:§+|Sections?|Part)?\s*(\d{3}\.\d{1,4}[a-zA-Z]?(?:-\d{1,3}[a-zA-Z]?)?(?:\([a-zA-Z0-9]{1,4}\))*)/g,
    needs: ['17'],
    cite: (m) => {
      const section = m[1] as string;
      if (/^210\.\d{1,2}-\d/.test(section)) return { cites: [`S-X Rule ${section.slice(4)}`] };
      if (/^229\.\d{3,4}(?![\d-])/.test(section)) return { cites: [skItemCitation(section.slice(4))] };
      return { cites: [`17 C.F.R. §${section}`] };
    },
  },
  // An S-X rule printed as an item or article: "Item 5-03(b)1 and 2 of Regulation S-X", "Article 4-08(h)(1) of Regulation S-X".
  {
    pattern: new RegExp(String.raw`\b(?:Items?|Articles?)\s+(\d{1,2}-\d{2}${RULE_PARENS})`, 'g'),
    needs: ['item', 'items', 'article', 'articles'],
    cite: (m, text) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, SX_RULE_MEMBER, ruleMember);
      const after = sourceAfter(text, list.end);
      const source = after ?? sourceBefore(text, m.index);
      if (source?.name !== 'S-X') return undefined;
      return { cites: list.values.map((n) => `S-X Rule ${n}`), start: Math.min(m.index, source.start), end: after ? after.end : list.end };
    },
  },
  // Regulation S-K / S-X / M-A / form and schedule items: "Item 303(b)(2)(ii) of Regulation S-K", "Regulation S-K Item 105", "Items 401 and 402",
  // "Item 2.02 of Form 8-K", "Item 21(b) of Schedule 14A", "Item 1015(b)(4) of Regulation M-A", "Instruction 3(a) to Items 4 and 5 of Schedule 14A".
  {
    // Not across a tab: a tab separates table cells ("Remaining Smaller Items\t150 bps" is a row, not Item 150; c0797).
    pattern: new RegExp(String.raw`\b(Items?)[^\S\t]+(${ITEM_NUMBER})`, 'g'),
    needs: ['item', 'items'],
    cite: (m, text, letter) => {
      const list = listOf(text, m[2] as string, m.index + m[0].length, ITEM_MEMBER, itemMember);
      const after = sourceAfter(text, list.end) ?? currentReportAfter(text, list.end, list.values);
      const source = after ?? sourceBefore(text, m.index);
      // Regulation S-X numbers its rules ("5-03"); an "Item 303(a) of Regulation S-X" is Regulation S-K's item misnamed (c0512).
      const name = source?.name === 'S-X' && list.values.every((v) => /^\d{3,4}(?![\d.-])/.test(v)) ? 'S-K' : source?.name;
      const instruction = appendixBefore(text, source && source.start < m.index ? source.start : m.index);
      const items = list.values.map((v) => v.replace(/\.$/, ''));
      // A bare item where the letter reviews filings on one schedule is the schedule's item (c0694), its instruction too ("Instruction 2 to Item 10", c0838).
      // A registration form's item only with its paragraph ("Item 18(a)(5)(i)"): a bare "Item 1A" or "Item 7" in a merger letter may be the target's 10-K's.
      const ofLetter = (i: string) => SCHEDULE_ITEM.test(i) && (!letter.schedule?.startsWith('Form ') || /^\d{1,2}\(/.test(i));
      const bare = name === undefined && letter.schedule !== undefined && items.every(ofLetter);
      const named = bare ? letter.schedule : name;
      let cites: string[];
      if (named === 'S-K' || named === 'S-X' || named === 'M-A') cites = items.map((i) => (named === 'S-K' ? skItemCitation(i) : `${named} Item ${i}`));
      else if (named === 'Regulation G') cites = items.map((i) => `Regulation G Rule ${i}`);
      else if (named?.startsWith('Form ') || named?.startsWith('Schedule ')) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        // The filing's own item, not a requirement: "in response to Item 10 of Schedule TO", "in Item 8 of Form 10-K", and bare, "the Schedule TO indicates that Item 10(b) …".
        const ownItem = RESPONSE_BEFORE.test(before) || (PERIODIC_REPORT.test(named) && PLACE_BEFORE.test(before)) || (bare && (ANSWER_BEFORE.test(before) || PLACE_BEFORE.test(before)));
        if (ownItem) return undefined;
        cites = items.map((i) => `${named} Item ${i}`);
      } else if (named !== undefined) return undefined;
      else {
        // Without a source: Regulation M-A items are 1000-1016; S-K items run from 10 to 1600 and, bare, are written with three or
        // four digits ("Item 402") or as Item 10's subparagraph ("Item 10(e)"); "Item 7" names a part of the filing, "Item 18(a)(5)(i)"
        // in a Form S-4 letter the form's item (c1088), not S-K's.
        cites = items.flatMap((i) => {
          if (/^10(?:0\d|1[0-6])(?!\d)/.test(i)) return [`M-A Item ${i}`];
          // Form 8-K numbers its items so, and no other form does: "our Form 8-K furnished in accordance with Item 2.02" (c0957),
          // "within Item 2.02 disclosures contained in current reports" (c1083).
          if (/^[1-9]\.0[1-9](?![\d.])/.test(i)) return [`Form 8-K Item ${i}`];
          if (/^\d{3,4}(?![\d.])/.test(i) || /^10\(/.test(i)) return [skItemCitation(i)];
          return [];
        });
      }
      if (cites.length === 0) return undefined;
      if (instruction && !/^Question/.test(instruction.words) && named !== undefined) {
        cites = items.length > 1 ? [`${named} Items ${text.slice(m.index + m[0].length - (m[2] as string).length, list.end)} ${instruction.words}`] : cites.map((c) => `${c} ${instruction.words}`);
      }
      const start = Math.min(m.index, instruction && !/^Question/.test(instruction.words) ? instruction.start : m.index, source && source.start < m.index ? source.start : m.index);
      return { cites, start, end: after ? after.end : list.end };
    },
  },
  // Schedule 14A's notes: "Note A to Schedule 14A" (c0742, c0916), and a bare "Note A" where the letter reviews a proxy or information
  // statement ("your belief that Note A is inapplicable", c0196); not a financial statement note ("Note A - Summary of …", "in Note A").
  {
    pattern: /\bNote\s+([A-E])\b/g,
    needs: ['note'],
    cite: (m, text, letter) => {
      const end = m.index + m[0].length;
      const source = /^\s+(?:to|of)\s+(?:the\s+)?Schedule\s+14A\b/.exec(text.slice(end, end + 40));
      if (source) return { cites: [`Schedule 14A Note ${m[1]}`], end: end + source[0].length };
      const proxy = letter.schedule === 'Schedule 14A' || letter.schedule === 'Schedule 14C';
      if (!proxy || /^\s*(?:[-–—:,(]|to\b|of\b)/.test(text.slice(end, end + 5)) || PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      return { cites: [`Schedule 14A Note ${m[1]}`], end };
    },
  },
  // S-X articles: "Article 11 of Regulation S-X", "Articles 5 and 7 of Regulation S-X", "S-X Article 11", "Article 11 pro forma financial information" (2021-applovin-s1-corresp).
  {
    pattern: /\bArticles?\s+(\d{1,2})\b/g,
    needs: ['article', 'articles'],
    cite: (m, text) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, /\d{1,2}\b/y, (_, p) => p);
      const after = sourceAfter(text, list.end);
      const source = after ?? sourceBefore(text, m.index);
      const bareProForma = source === undefined && /^\s+pro\s+forma\b/i.test(text.slice(list.end, list.end + 20)) && list.values.every((v) => v === '11');
      if (source?.name !== 'S-X' && !bareProForma) return undefined;
      return { cites: list.values.map((n) => `S-X Article ${n}`), start: Math.min(m.index, source?.start ?? m.index), end: after ? after.end : list.end };
    },
  },
  // Rules: "Rule 3-05 of Regulation S-X", "Rule 14a-9", "Securities Act Rule 430B", "Rules 13a-15(e) and 15d-15(e)", "Rule 100(b) of Regulation G",
  // "Rules 7-03(a)1 and 7-03(a)2 of Regulation S-X" (2017-berkshire-10k-corresp), "Note (b) to Exchange Act Rule 14a-9" (2024-crowncastle-defa14a-corresp),
  // "paragraph (b)(4) of Rule 3-05" (2021-applovin-s1-corresp), "Regulation S-X Rule 210.7-03(a)1" (its section of the Code of Federal Regulations, c0043).
  {
    pattern: new RegExp(String.raw`\b(?:(?:paragraph|subparagraph)\s+(${ONLY_PARENS})\s+of\s+)?(Rules?)\s+(?:210\.(?=\d{1,2}-\d))?(${RULE_NUMBER})`, 'g'),
    needs: ['rule', 'rules'],
    cite: (m, text) => {
      const list = listOf(text, (m[3] as string) + (m[1] ?? ''), m.index + m[0].length, RULE_MEMBER, itemMember);
      const after = sourceAfter(text, list.end);
      const source = after ?? sourceBefore(text, m.index);
      const named = source?.name;
      const note = appendixBefore(text, source && source.start < m.index ? source.start : m.index);
      const cites = list.values.map((raw) => {
        const n = raw.replace(/-\(/, '(').replace(/-\s+/, '-');
        const act = named === 'S-K' || named === 'S-T' || named === 'S-X' || named === 'Exchange Act' || named === 'Securities Act' || named === 'Investment Company Act' || named === 'Investment Advisers Act' || named === 'Regulation G' ? named : named === undefined && REGULATION_G_RULE.test(n) && NON_GAAP_TEXT.test(text) ? 'Regulation G' : actOfRule(n);
        // Regulation S-K numbers items, not rules: "Rule 303(a)(3)(ii) of Regulation S-K" is its Item 303(a)(3)(ii) misnamed (c1053).
        const canonical = act === 'S-K' ? skItemCitation(n) : `${act} Rule ${n}`;
        return note && !/^Question/.test(note.words) ? `${canonical} ${note.words}` : canonical;
      });
      const start = Math.min(m.index, note ? note.start : m.index, source && source.start < m.index ? source.start : m.index);
      return { cites, start, end: after ? after.end : list.end };
    },
  },
  // "Regulation S-X 11-02(a)(7)", "S-X 4-08(h)": a rule printed without the word (2024-capitalone-s4-corresp, c0722), or by its section of the Code of Federal
  // Regulations: "Regulation S-X 210.4-08(h)" (c0769), "Regulation S-X §5.03(6)" (c0876, a dot for the hyphen), "§ 210.4-02 of Regulation S-X" (c0646).
  {
    pattern: new RegExp(String.raw`(?:\b(?:Regulation\s+)?S-X\s+(?:§+\s*)?(?:210\.)?|§+\s*210\.)(\d{1,2}[-.]\d{2}(?![\d-])${RULE_PARENS})`, 'g'),
    needs: ['regulation', 's-x'],
    cite: (m, text) => {
      const after = sourceAfter(text, m.index + m[0].length);
      return { cites: [`S-X Rule ${(m[1] as string).replace('.', '-')}`], ...(after?.name === 'S-X' ? { end: after.end } : {}) };
    },
  },
  // "S-K 303(b)", "Regulation S-K 229.303(b)": an S-K item printed without the word, its instruction before it ("Instruction 3 to S-K
  // 303(b)", c0850).
  {
    pattern: new RegExp(String.raw`\b(?:Regulation\s+)?S-K\s+(?:§+\s*)?(?:229\.)?(\d{3,4}(?![\d.-])${PARENS})`, 'g'),
    needs: ['s-k'],
    cite: (m, text) => {
      const instruction = appendixBefore(text, m.index);
      const item = skItemCitation(m[1] as string);
      if (instruction === undefined || /^Question/.test(instruction.words)) return { cites: [item] };
      return { cites: [`${item} ${instruction.words}`], start: instruction.start };
    },
  },
  // Statute sections: "Section 13(a) of the Exchange Act", "Section 404 of the Sarbanes-Oxley Act", "Section 165(d) of the Dodd-Frank Act", "Securities Act Section 5".
  {
    pattern: new RegExp(String.raw`\bSections?\s+(\d{1,3}[A-Z]?${PARENS})`, 'g'),
    needs: ['section', 'sections'],
    cite: (m, text) => {
      const list = listOf(text, m[1] as string, m.index + m[0].length, SECTION_MEMBER, (previous, printed) => itemMember(previous, printed.replace(/^Sections?\s+/, '')));
      const after = sourceAfter(text, list.end);
      const source = after ?? sourceBefore(text, m.index);
      // The Exchange Act's reporting, proxy and tender offer sections need no name ("an illusory offer in contravention of Section 14(e).",
      // c0347; "Section 14(a)", c0694), nor the Sarbanes-Oxley Act's certifications and controls ("your Section 302 certification", c0941),
      // unless another document's section follows ("Section 13(a) of the Agreement", "Section 302 of the Code").
      const act = list.values.every((n) => EXCHANGE_ACT_SECTION.test(n)) ? 'Exchange Act' : list.values.every((n) => SARBANES_OXLEY_SECTION.test(n)) ? 'Sarbanes-Oxley Act' : undefined;
      if (!source && act && !/^\s*,?\s*(?:of|under|to|in)\s/i.test(text.slice(list.end, list.end + 8))) {
        return { cites: list.values.map((n) => `${act} Section ${n}`), end: list.end };
      }
      if (!source || !/Act$/.test(source.name)) return undefined;
      return { cites: list.values.map((n) => `${source.name} Section ${n}`), start: Math.min(m.index, source.start), end: after ? after.end : list.end };
    },
  },
  // Regulations cited whole: "Regulation G", "Regulation FD", "Regulation M"; "comply with Regulation S-X" standing alone (2017-berkshire-10k-corresp).
  {
    pattern: new RegExp(String.raw`\bRegulation\s+(G|FD|M|AB|BTR|A|D|S|S-K|S-X|S-T|14A|14C|13D-G|M-A|S-P|SHO|NMS|Crowdfunding)\b${ENDS_HERE}(?!\s+(?:Compliance\s+and\s+Disclosure|C&?DI))`, 'g'),
    needs: ['regulation'],
    cite: (m) => ({ cites: [`Regulation ${m[1]}`] }),
  },
  // International standards: "IFRS 15", "IAS 36", "IFRIC 12"; a paragraph pinpointed after a point, as the standards number theirs
  // ("IAS 20.7", "IFRS 15.B34", "IFRS 9.5.5.17", "IFRS 16.C5(b)"), and a range's last paragraph ("IAS 20.24-25", c0921).
  {
    pattern: new RegExp(String.raw`\b(IFRS|IAS|IFRIC)\s+(\d{1,2})(?:\.(${IFRS_PARAGRAPH})(?:\s*[-–]\s*(${IFRS_PARAGRAPH}))?)?(?![\w.-]\w)`, 'g'),
    needs: ['ifrs', 'ias', 'ifric'],
    cite: (m) => {
      const standard = `${m[1]} ${m[2]}`;
      if (m[3] === undefined) return { cites: [standard] };
      return { cites: [`${standard}.${m[3]}`, ...(m[4] === undefined ? [] : [`${standard}.${m[4]}`])] };
    },
  },
  // Auditing standards: "AS 2201", "PCAOB Auditing Standard 3101", "AS No. 2101"; by their numbers before 2017 ("Auditing Standard No. 5",
  // "as required by AS 1", c0188) where the standard is named as one or the text names the Board.
  {
    pattern: /\b(PCAOB\s+)?(?:AS|(Auditing\s+Standards?))(\s+No\.?)?\s+(\d{4}|\d{1,2}(?![\d.,]\d|[\w-]))/g,
    needs: ['as', 'auditing'],
    cite: (m, text) => {
      const number = m[4] as string;
      if (number.length < 4 && !m[1] && !m[2] && !m[3] && !/\bPCAOB\b|Public\s+Company\s+Accounting\s+Oversight\s+Board/.test(text)) return undefined;
      // The AICPA's "Statement on Auditing Standards No. 99" is no PCAOB standard.
      if (/\bStatements?\s+on\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return undefined;
      return { cites: [`PCAOB AS ${number}`] };
    },
  },
];

for (const rule of RULES) if (!rule.pattern.global) throw new Error(`a citation rule's pattern must be global: ${rule.pattern}`);

/**
 * Every word some rule needs, as one pattern; a word counts only where no "&" comes before it (see
 * rulesWords: \b and that check cost half of a lookbehind, which is tried at every character).
 */
const NEEDED_WORDS = forLowerCase(new RegExp(String.raw`\b(?:${[...new Set(RULES.flatMap((r) => r.needs ?? []))].map((w) => w.replace(/[&]/g, '\\&')).join('|')})(?![\w&])`, 'gi'));

/** The words of NEEDED_WORDS in a text, lower-cased: one scan for all the rules (a set of every word of the text cost more than the rules). */
function rulesWords(text: string): Set<string> {
  const words = new Set<string>();
  // Lower-cased once, the pattern runs without case folding (forLowerCase).
  const lower = lowerCaseForPatterns(text, lowerCased(text));
  NEEDED_WORDS.lastIndex = 0;
  for (let m = NEEDED_WORDS.exec(lower); m !== null; m = NEEDED_WORDS.exec(lower)) {
    // After "&" a word is part of another ("C&DI" is not "DI"): look again from the next character.
    if (m.index > 0 && lower.charCodeAt(m.index - 1) === 38) NEEDED_WORDS.lastIndex = m.index + 1;
    else words.add(m[0]);
  }
  return words;
}

/**
 * Every citation in a text, in order of first appearance, each canonical form once.
 * @param text a comment's or response's text
 * @param letter what the whole letter says that a citation may need (namedCdiSets)
 */
export function findCitations(text: string, letter: LetterContext = NO_LETTER): Citation[] {
  const found: Citation[] = [];
  // Characters already cited by an earlier rule: one mark per character keeps this linear (made at the first citation: most texts have none).
  let covered: Uint8Array | undefined;
  const words = rulesWords(text);
  for (const rule of RULES) {
    if (rule.needs !== undefined && !rule.needs.some((word) => words.has(word))) continue;
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) pattern.lastIndex++; // (no rule matches nothing; this keeps the loop finite if one did)
      if (covered !== undefined && (covered[start] === 1 || covered[end - 1] === 1)) continue;
      const cited = rule.cite(m, text, letter);
      if (cited === undefined || cited.cites.length === 0) continue;
      const from = cited.start ?? start;
      const to = Math.max(end, cited.end ?? end);
      covered ??= new Uint8Array(text.length);
      covered.fill(1, from, to);
      for (const canonical of cited.cites) found.push({ canonical, printed: text.slice(from, to), offset: from });
    }
  }
  found.sort((a, b) => a.offset - b.offset);
  const seen = new Set<string>();
  return found.filter((c) => !seen.has(c.canonical) && seen.add(c.canonical));
}
