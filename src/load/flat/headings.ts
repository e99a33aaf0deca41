// Owns the headings of a flattened letter: the word run above a comment, cut where a filing, an Item or a standard section starts.
import { COMPLETE_SECTION_TITLE, DESCRIPTION_OF_SECURITIES, FILING_TITLE_START, MANAGEMENTS, MDNA_FULL_TITLE, MONTH_DAY_YEAR, MONTH_WORD, NOTE_TITLE, opensInStaffVoice, SECTION_TITLE_START, STAFF_VOICE, TITLE_QUALIFIERS, titleGoesOnWithParticiple } from '../../vocabulary.js';
import { bare, type Marks, type Tokens } from './tokens.js';
import { ABBREVIATION, namedOrListedNumber, NUMBER_ABBREVIATION, NUMBERED_THING } from './sentences.js';
import { beforePageHeader, COMMENT_OPENER } from './comment-numbers.js';
import { PAGE_CODE } from './running-headers.js';

/** The most words of a run of headings above a comment (a filing, MD&A's full title, a section, the comment's own: c0702's 37). */
const RUN_WORDS = 50;

/** Numbered things that end sentences, not open headings: "… in reliance upon Rule 162. Selected Consolidated Financial Data, page 20" (c0719). */
const SENTENCE_ENDING_NUMBERED = /^(?:Rules?|rules?|Amendment|amendment|No|Nos|Number|number|Form)$/;

/** A page number as a heading prints it after "page": "12", "F-7", "II-36", "iv" (a prospectus' front pages). */
const PAGE_NUMBER_TOKEN = /^(?:[A-Z]?-?\d+[a-z]?|[ivx]{1,5})$/;

/** A redaction standing for withheld words: "[***]", "[*****]", "[•]". */
const REDACTION = /^\[(?:\*+|[•●])\]$/;

/** A month's name as typed with a slip: a capitalised word of a month's length whose first three letters are a month's ("Feberuary", "Decmeber"). */
const MISSPELT_MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{2,7}$/;


/** A heading-like word run right above comment `token`: from the last sentence end before it, if near. */
export function splitHeadingRun(tokens: Tokens, token: number, floor: number, splits: Marks, isFurniture: (i: number) => boolean): void {
  // The headings above such a question are the run above it.
  const question = questionUnderPagedHeading(tokens, token, floor, splits);
  if (question !== undefined) {
    splits.add(question);
    splitHeadingRun(tokens, question, floor, splits, isFurniture);
    return;
  }
  let from = token;
  let words = 0;
  // Where the run stood when it met a running header: what it falls back to when the words above the header are no headings.
  let below: { from: number; words: number } | undefined;
  for (let i = token - 1, seen = 0; i >= floor && seen < RUN_WORDS; i--) {
    if (splits.has(i + 1) && i + 1 < token) break;
    // A running header between the headings (a page break) is passed over: the headings go on above it (c0147).
    if (isFurniture(i)) {
      if (below === undefined && from < token) below = { from, words };
      continue;
    }
    seen++;
    const word = tokens.text(i);
    const ends = endsSentenceBeforeRun(tokens, i, token, floor);
    // A row of asterisks is a line of its own, between the preamble and the first heading ("… Amendment No. 1. * * * Structure of
    // the Transaction, page 41 1. …", c0888).
    // A web address ends its sentence with no stop after it ("… at the following link: https://www.sec.gov/… The Exchange Offer", c0719).
    // An ellipsis standing alone marks words left out, as a row of asterisks does ("… investors . … Notes to …", c0341), and so
    // does a redaction in brackets, what a confidential treatment request prints for an answer withheld ("… the Staff's comment.
    // [***] Risk Factors, page 30 7. …", c0484).
    if (ends || /^\*+$/.test(word) || word === '…' || REDACTION.test(word) || /^(?:https?:\/\/|www\.)\S+$/i.test(word)) break;
    from = i;
    words++;
    if (i === floor) break;
  }
  // The run must read as headings: words that start with a capital (or a number), not inside a sentence, whose start the walk
  // found (a run as long as the walk goes on above it: a table's cells, c0217).
  const readsAsHeadings = (start: number, count: number) => count < RUN_WORDS && /^[\p{Lu}\p{N}“"(]/u.test(tokens.text(start));
  if (from < token && !readsAsHeadings(from, words) && below !== undefined) ({ from, words } = below);
  // Words before a filing's title that are no heading (a sentence with no full stop after "Rule 83", a confidentiality legend
  // ending "§200.83"): the run starts at the title (c0208, c0829).
  if (from < token && !readsAsHeadings(from, words)) {
    const title = filingTitleWithin(tokens, from, token);
    if (title !== undefined) {
      words -= title - from;
      from = title;
    }
  }
  // A paged heading right after a table an answer prints ("… amortization $ 154 Pro Forma Adjustment (f), page 143 4. …", c0217):
  // the run starts after the table's last figure.
  if (from < token && !readsAsHeadings(from, words) && /^pages?$/i.test(tokens.text(token - 2))) {
    for (let k = token - 3; k > from; k--) {
      // A figure, or the bracket a negative figure closes after a space ("(59 )"); not a note's number ("Note 9. Taxes, page 45", c0566),
      // nor a heading's date's year ("… $ (201 ) Financial Statements for the Fiscal Year Ended December 31, 2015 Note 10 — …", c0983).
      const year = /^\d{1,2},$/.test(tokens.text(k - 2)) && MONTH_WORD.test(tokens.text(k - 3));
      const figure = /^[$(]?\d[\d,.]*\)?%?$|^\$$|^\)$/.test(tokens.text(k - 1)) && !NUMBERED_THING.test(tokens.text(k - 2)) && !year;
      if (figure && /^\p{Lu}/u.test(tokens.text(k))) {
        words -= k - from;
        from = k;
        break;
      }
    }
  }
  // A paged heading right after a list whose last item has no full stop ("… past performance is indicative of future performance
  // Engineering, Selling and Administrative Expenses, page 35 2. …", c0506): the heading is the words in title case before its page.
  if (from < token && !readsAsHeadings(from, words) && /^pages?$/i.test(tokens.text(token - 2)) && /,$/.test(tokens.text(token - 3))) {
    let k = token - 3;
    let capitalised = 0;
    for (; k > from; k--) {
      const word = tokens.text(k);
      if (/^[\p{Lu}\p{N}(“"&]/u.test(word)) capitalised++;
      else if (!TITLE_SMALL_WORD.test(word.replace(/,$/, ''))) break;
    }
    // Back to a word of prose in lower case, not a title's small word; the title opens with a capital.
    while (k + 1 < token - 3 && TITLE_SMALL_WORD.test(tokens.text(k + 1))) k++;
    // Or a quotation's last word: the quoted text ends there ("… which in our reasonable judgment is materially adverse to us; or”
    // Source and Amount of Funds, page 35 3. …", c1143).
    const prose = (/^\p{Ll}{3,}$/u.test(tokens.text(k)) && !TITLE_SMALL_WORD.test(tokens.text(k))) || /^\p{Ll}+[”"]$/u.test(tokens.text(k));
    if (capitalised >= 2 && k >= from && prose) {
      words -= k + 1 - from;
      from = k + 1;
    }
  }
  // A page's confidentiality legend is no heading ("Confidential Treatment Requested by Citigroup Inc. C00002 Form 10-Q …", c1020):
  // the run starts after its code.
  if (/^Confidential$/i.test(tokens.text(from)) && /^Treatment$/i.test(tokens.text(from + 1))) {
    for (let k = from + 2; k < Math.min(token, from + 14); k++) {
      if (PAGE_CODE.test(tokens.text(k))) {
        words -= k + 1 - from;
        from = k + 1;
        break;
      }
    }
  }
  if (from === token || !readsAsHeadings(from, words)) return;
  // A page reference in brackets after a quotation ends the sentence above, "… the concerns raised.” (page 3)" (c0972): no heading.
  if (PAGE_IN_BRACKETS.test(tokens.texts.slice(from, token).filter((_, k) => !isFurniture(from + k)).join(' '))) return;
  splits.add(from);
  // A small bare number opening the run is the page number printed before the page's first heading ("… on EDGAR. 2 PREC14A Filed …",
  // c0005); "77 West Wacker Drive" is an address.
  if (/^\d{1,2}$/.test(tokens.text(from)) && Number(tokens.text(from)) <= 40 && from + 1 < token && /^\p{Lu}/u.test(tokens.text(from + 1))) splits.add(from + 1);
  // A standard section title ends a heading of its own (2017-era staff letters print each on its line).
  const run = tokens.texts.slice(from, token);
  const runText = run.join(' ');
  // The token where each match of the run's text starts and the one after it ends.
  const tokenAt = (offset: number): number => {
    let at = 0;
    for (let k = 0; k < run.length; k++) {
      if (at >= offset) return k;
      at += (run[k] as string).length + 1;
    }
    return run.length;
  };
  for (const m of runText.matchAll(TITLE_END)) {
    const k = tokenAt(m.index + m[0].length);
    // A capital, a figure or a quoted caption ("Risk Factors “Systems failures …”, page 29") starts the next heading; not a
    // preposition typed with a capital, which goes on with the title ("Item 7. Management’s Discussion and Analysis Of Financial
    // Condition and Results of Operations", c1053).
    if (k < run.length && /^[\p{Lu}\p{N}(“"]/u.test(run[k] as string) && !TITLE_GOES_ON.test(run[k] as string)) splits.add(from + k);
  }
  // A note's title ends its heading where a heading under it follows on the same line ("Note 7: Unpaid losses and loss expenses
  // c) Loss Development Tables, page F-46"): after its number, or where a heading of the run starts.
  for (const m of runText.matchAll(NOTE_HEADING)) {
    const start = tokenAt(m.index);
    if (m[1] === undefined && start > 0 && !splits.has(from + start)) continue;
    const k = tokenAt(m.index + m[0].length);
    // Not a title going on with a participle and its preposition: "Note 15 - Investments Accounted for by the Equity Method …"
    // (c0055), "… Held for Sale"; "Impaired Loans" is a heading of its own.
    const participle = titleGoesOnWithParticiple(run[k] ?? '', run[k + 1] ?? '');
    // Nor a title without its note's number that one word and its page go on with: "Debt Activity, page 87" (c0012) is one heading.
    const oneWordOn = m[1] === undefined && /^pages?$/i.test(run[k + 1] ?? '') && /,$/.test(run[k] ?? '');
    if (k < run.length && /^(?:[\p{Lu}“"]|\(?[a-z]\)$)/u.test(run[k] as string) && !participle && !oneWordOn) splits.add(from + k);
  }
  // Nested headings inside the run: a filing, an Item or a named section, and after "…, page N".
  for (let i = from + 1; i < token; i++) {
    // A running header is a block of its own: its edges split already.
    if (isFurniture(i) || isFurniture(i - 1)) continue;
    const previous = tokens.text(i - 1);
    if (opensNote(tokens, i, token)) {
      splits.add(i);
      continue;
    }
    const rest = `${tokens.text(i)} ${tokens.text(i + 1)} ${tokens.text(i + 2)}`;
    // After "…, page 12", "…, page F-7" or "…, page iv" (a prospectus' front pages).
    // A note's number in brackets may open the next: "… statements, page F-20 (3) Real estate investments, page F-30" (c0826).
    if (/^pages?$/i.test(tokens.text(i - 2)) && PAGE_NUMBER_TOKEN.test(previous) && /^(?:\p{Lu}|\((?:\d{1,2}|[a-z])\)\s+\p{Lu})/u.test(rest)) {
      splits.add(i);
      continue;
    }
    // A heading whose words repeat the one above ends it: "Note 2 - Revenue Revenue Recognition", "Equity Method and Variable
    // Interest Entities Variable Interest Entities, page 165" (a title never says its words twice in a row).
    if (/^\p{Lu}/u.test(tokens.text(i)) && (repeatsBefore(tokens, i, from) || repeatsNoteTitle(tokens, i, from))) {
      splits.add(i);
      continue;
    }
    // A filing heading ends with its date ("… filed March 17, 2023 Pay versus Performance, page 9"), and a heading naming the
    // periods it covers with the last ("Consolidated Results of Operations for the years ended December 31, 2020 and 2019
    // Economic Gross Margin, page 53", c0702).
    // (A month misspelt still makes a date's shape: "… for the period ended Feberuary 28, 2019 Basis of Presentation", c0512.)
    const endsWithDate = /^\d{4},?$/.test(previous) && /^\d{1,2},$/.test(tokens.text(i - 2)) && (MONTH_WORD.test(tokens.text(i - 3)) || MISSPELT_MONTH.test(tokens.text(i - 3)));
    const endsWithPeriods = /^(?:19|20)\d\d$/.test(previous) && /^and$/i.test(tokens.text(i - 2)) && /^(?:19|20)\d\d,?$/.test(tokens.text(i - 3)) && /^ended$/i.test(tokens.text(i - 6));
    if (endsWithDate || endsWithPeriods || endsWithComparison(tokens, i)) {
      // A note's number in brackets may open the next ("… October 31, 2017 (16) Short-term and Long-term Debt, page 94", c0992), and
      // so may a year ("Form 8-K Furnished April 25, 2018 2018 First Quarter Financial Results, page 1", c0749).
      if (/^(?:\p{Lu}|\(\d{1,2}\)\s+\p{Lu}|(?:19|20)\d\d\s+\p{Lu})/u.test(rest) && !/^(?:Filed|File|Submitted|Furnished|As|And|Compared|Versus|Vs)\b/.test(rest)) splits.add(i);
      continue;
    }
    // A filing named without a date ends with its form ("… Registration Statement on Form S-4 Material U.S. Federal …"); not a
    // financial statement schedule, numbered in Roman numerals, whose title goes on ("Schedule II Valuation and Qualifying
    // Accounts, page 223", c0556).
    if (/^(?:Form|Schedule)$/.test(tokens.text(i - 2)) && /^[0-9A-Z]{1,4}(?:-[0-9A-Z]{1,4})*(?:\/A)?$/.test(previous) && !(tokens.text(i - 2) === 'Schedule' && /^[IVX]{1,4}$/.test(previous))) {
      if (/^\p{Lu}/u.test(rest) && !/^(?:Filed|File|Submitted|Confidentially|Furnished|For|As|And|Amendment|Dated|Originally)\b/i.test(rest)) splits.add(i);
      continue;
    }
    // A title that ends with its abbreviation, or "(Unaudited)", in brackets, a heading of two words or more after it: "Variable
    // Interest Entities (VIE) Parion Sciences, Inc., page F-19" (c0747), not "… Amortization (EBITDA) Ratio, page 46".
    if (/^\((?:[A-Z][A-Za-z&]{1,9}|Unaudited)\)$/.test(previous) && /^\p{Lu}/u.test(tokens.text(i)) && wordsBeforePage(tokens, i, token) >= 2) {
      splits.add(i);
      continue;
    }
    // A quoted caption with its page after a title: "Attractive Cohort Trends “Adjusted sales and marketing … normalizes . . .”, page 101"
    // (c0278): the risk factor's or the chart's caption is a heading of its own.
    if (/^[“"]\p{Lu}/u.test(tokens.text(i)) && /^[\p{Lu}\p{N}]/u.test(previous) && !/[,:;]$/.test(previous) && quotedCaptionBeforePage(tokens, i, token)) {
      splits.add(i);
      continue;
    }
    // A question with its page after a title: "Offer to Purchase for Cash What will be the form of payment of the Purchase Price?,
    // page 1" (c0086): a Q&A caption is a heading of its own.
    if (QUESTION_WORD.test(tokens.text(i)) && /^[\p{Lu}\p{N})]/u.test(previous) && !HEADING_GOES_ON.test(previous) && questionBeforePage(tokens, i, token)) {
      splits.add(i);
      // The question's own words open nothing more ("What Is the Merger?").
      i += wordsBeforePage(tokens, i, token) - 1;
      continue;
    }
    if (HEADING_GOES_ON.test(previous)) continue;
    // A note's or item's number or letter goes on with its title ("Note J. Adjustments to weighted average shares, page F-9", c0194).
    if (/^(?:\d{1,3}[A-Z]?|[A-Z])[.:]$/.test(previous) && /^(?:Item|Items|Note|Notes|Part|Section)$/.test(tokens.text(i - 2))) continue;
    // A name's financial statements are one title: "GE Oil & Gas Financial Statements" (c0821), "Parent Company Financial Statements".
    if (/^Financial$/.test(tokens.text(i)) && /^Statements?$/.test(tokens.text(i + 1)) && /^\p{Lu}[\p{L}&'’.-]*$/u.test(previous)) continue;
    if (HEADING_START.test(rest) || describesSecurities(tokens, i) || sentenceCaseAfterTitleCase(tokens, i, token, lastSplit(splits, i, from)) || articleOpens(tokens, i, previous)) splits.add(i);
  }
}

/**
 * An article with a capital after a title's last word opens the next heading: a title keeps its articles in lower case inside it
 * ("The Corporate Reorganization and Distribution The Number of Shares of TPL Corporation Common Stock You Will Receive, page 19",
 * c0488 flattened: two lines as filed). Not a pronoun, which a title capitalises ("Factors Affecting Our Performance").
 */
function articleOpens(tokens: Tokens, i: number, previous: string): boolean {
  return /^(?:The|An?)$/.test(tokens.text(i)) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(previous) && /^\p{Lu}/u.test(tokens.text(i + 1));
}

/** How many words from token i, before `end`, come before a page reference ("…, page 12"). */
function wordsBeforePage(tokens: Tokens, i: number, end: number): number {
  let k = i;
  while (k < end && !/^pages?$/i.test(tokens.text(k))) k++;
  return k - i;
}

/** "(page 3)", "(pages 12-14)": a sentence's page reference, not a heading. */
const PAGE_IN_BRACKETS = /^\(pages?\s+[\w–-]+(?:\s*(?:and|to|-|–)\s*[\w–-]+)?\)[.,]?$/i;

/** A question's first word. */
const QUESTION_WORD = /^(?:What|How|Why|When|Who|Whom|Whose|Which|Where|Will|Would|Does|Do|Did|Is|Are|Can|Could|Should|Has|Have|May)$/;

/**
 * Whether the words before token `i` end comparing two years, as MD&A's sub-titles do ("… Comparison of Fiscal 2016 to Fiscal
 * 2015 Income Tax Expense, page 24", c0341; "2023 Compared to 2022", "Fiscal 2018 vs. Fiscal 2017"): the next heading may start.
 */
function endsWithComparison(tokens: Tokens, i: number): boolean {
  if (!/^(?:19|20)\d\d$/.test(tokens.text(i - 1))) return false;
  let k = i - 2;
  if (/^Fiscal$/i.test(tokens.text(k))) k--;
  if (/^(?:to|with)$/i.test(tokens.text(k)) && /^Compared$/i.test(tokens.text(k - 1))) k--;
  if (!/^(?:to|with|vs\.?|versus|Compared)$/i.test(tokens.text(k))) return false;
  return /^(?:19|20)\d\d$/.test(tokens.text(k - 1));
}

/**
 * Where a question asked as a heading of its own under a paged one starts, right above comment `token` ("Questions and Answers,
 * page iv What am I being asked to vote on and why is this approval necessary? 3. …", c0194): after the page. Its question mark
 * ends the run walked back from the comment, so the walk never sees it.
 */
function questionUnderPagedHeading(tokens: Tokens, token: number, floor: number, splits: Marks): number | undefined {
  if (!tokens.text(token - 1).endsWith('?')) return undefined;
  for (let k = token - 2; k >= Math.max(floor + 2, token - 30); k--) {
    if (splits.has(k + 1) || /[.?!:;]["”’)]*$/.test(tokens.text(k))) return undefined;
    if (QUESTION_WORD.test(tokens.text(k)) && /^pages?$/i.test(tokens.text(k - 2)) && PAGE_NUMBER_TOKEN.test(tokens.text(k - 1))) return k;
  }
  return undefined;
}

/** From token i, a question whose "?" comes right before ", page N" at the run's end. */
function questionBeforePage(tokens: Tokens, i: number, end: number): boolean {
  const length = wordsBeforePage(tokens, i, end);
  if (length < 3 || i + length + 2 < end) return false;
  const last = tokens.text(i + length - 1);
  return /\?,$/.test(last) || (last === ',' && tokens.text(i + length - 2).endsWith('?'));
}

/** From token i, a quotation whose closing mark and comma come right before ", page N" at the run's end. */
function quotedCaptionBeforePage(tokens: Tokens, i: number, end: number): boolean {
  const length = wordsBeforePage(tokens, i, end);
  return length >= 2 && i + length + 2 >= end && /["”],$/.test(tokens.text(i + length - 1));
}

/**
 * Token i, walked over above comment `token`, ends the sentence before a heading run: a word with a stop after it, unless the
 * stop belongs to the heading run.
 */
function endsSentenceBeforeRun(tokens: Tokens, i: number, token: number, floor: number): boolean {
  const word = tokens.text(i);
  const next = tokens.text(i + 1);
  const before = tokens.text(i - 1);
  // A closing quotation mark printed after a space closes the sentence before it ("… the closing of the transaction. ” Directors
  // and Management …, page 109", c0337).
  if (/^["”’]$/.test(word) && /[.?!]$/.test(before)) return true;
  if (!/[.?!:;]["”’')\]]*$/.test(word)) return false;
  // A spaced ellipsis in a quoted caption ("… our website . . .", page 29", c0681), or a word whose full stop opens one ("… our
  // pay model for Dashers. . .", page 25", c0751).
  // A lone "." between words is a full stop printed after a space ("… useful to investors . … Notes to …", c0341), not an ellipsis.
  const dots = /^\.+["”’)]*,?$/;
  if ((dots.test(word) && (/^\.{2}/.test(word) || dots.test(next) || dots.test(before))) || (word.endsWith('.') && dots.test(next))) return false;
  // … nor the stop of a numbered title's number printed after a space ("Section 9 . Source and Amount of Funds", c0486).
  if (word === '.' && /^\(?\d{1,3}[A-Z]?\)?$/.test(before) && NUMBERED_THING.test(tokens.text(i - 2)) && !SENTENCE_ENDING_NUMBERED.test(tokens.text(i - 2))) return false;
  // A semicolon before a capital joins a title's parts ("Strategic Rationale; Stockholder Value, page 83", c0748).
  if (word.endsWith(';') && /^\p{Lu}\p{Ll}/u.test(next)) return false;
  // So does a colon inside a title, between capitalised words ("Appendix A to Executive Compensation: Supplemental Consolidated
  // Statement of Income Information, page F-37", c0336); not a label's ("Response:", "Note:").
  if (TITLE_COLON.test(word) && !LABEL_COLON.test(word) && /^\p{Lu}\p{Ll}/u.test(next) && /^(?:\p{Lu}|(?:to|of|and|the|for|in|on)$)/u.test(before)) return false;
  // A question captioned with its page after a spaced comma ("… as a Baker Hughes stockholder? , page 7", c1181).
  if (word.endsWith('?') && next === ',') return false;
  // A question-and-answer caption's "Q:" opens the question, no sentence ends there ("… fairness opinions. Q: What will Discover
  // stockholders receive in the mergers, page 4", c0081).
  if (/^Q[:.]$/.test(word) && QUESTION_WORD.test(next)) return false;
  if (ABBREVIATION.test(word) || NUMBER_ABBREVIATION.test(word)) return false;
  // "Exhibit 99.1; Registrant's press release dated …" names the exhibit with its semicolon (c0152).
  if (/^\d{1,3}(?:\.\d{1,2})?;$/.test(word) && /^Exhibits?$/i.test(before)) return false;
  // A note's number ("Note 19.", "Note (19).", c0533), not a rule's ending a sentence ("… upon Rule 162.", c0719).
  if (/^\(?\d{1,3}[A-Z]?\)?\.$/.test(word) && NUMBERED_THING.test(before) && !SENTENCE_ENDING_NUMBERED.test(before) && !pageInProse(tokens, i)) return false;
  return !opensNote(tokens, i, token) && !labelsNumbered(tokens, i) && !endsItemTitle(tokens, i, floor);
}

/** A capitalised word ending in a colon, as a title's part may ("… Executive Compensation: Supplemental …"). */
const TITLE_COLON = /^\p{Lu}[\p{L}&’'-]*:$/u;
/** A label's word with its colon: what opens a comment, an answer or a note, not a title's part. */
const LABEL_COLON = /^(?:Responses?|RESPONSES?|Comments?|COMMENTS?|Answers?|ANSWERS?|Notes?|NOTES?|Reply|Question|Staff|Company|Re|Attention|Attn|Subject|Examples?|Include|Including|Follows?):$/;

/** The last split at or before token i, not before `from`. */
function lastSplit(splits: Marks, i: number, from: number): number {
  let k = i - 1;
  while (k > from && !splits.has(k)) k--;
  return k;
}

/** A preposition or conjunction, which no heading opens with: after a section's title, the title goes on ("… Analysis Of Financial …"). */
const TITLE_GOES_ON = /^(?:Of|And|Or|For|To|In|On|At|By|With|From|Vs\.?|Versus)$/;

/** A title's small word that opens a sentence-case heading: a determiner or a possessive. */
const SENTENCE_OPENER = /^(?:A|An|The|Its|Their|Our|Your)$/;

/** Words a title leaves in lower case ("Liquidity and Capital Resources", "Pay versus Performance"). */
const TITLE_SMALL_WORD = /^(?:a|an|the|and|or|nor|but|of|to|in|on|at|by|for|from|with|into|onto|as|per|via|vs\.?|versus|under|over|about|after|before|between|through|during|including|within|without|upon|than|its|their|our|your)$/;

/**
 * Token i starts a heading in sentence case right after one in title case: "Revenue Recognition | Transaction-based revenue,
 * page 11", "Note 10. Deferred Compensation | Costs to obtain a contract with a customer, page 24" (c0061, c0078 flattened).
 * Two headings printed on two lines, run together: no title puts a lower-case word after its capitalised ones, nor does a
 * sentence-case heading capitalise its words after the first. The title-case heading has two words or more since the last split.
 */
function sentenceCaseAfterTitleCase(tokens: Tokens, i: number, end: number, segmentStart: number): boolean {
  const word = tokens.text(i);
  // A capitalised word, not an abbreviation or a legal form ("Inc.", "U.S."), nor a word that ends a heading ("Goodwill,"); a title's
  // small word only where a sentence opens with it, a determiner or a possessive ("Attractive Cohort Trends | Our historical consumer
  // cohorts exhibit repeat behavior …, page 113", c1149): a preposition typed with a capital goes on with its title.
  if (!/^\p{Lu}[\p{Ll}-]*[\p{Ll}]$/u.test(word) || (TITLE_SMALL_WORD.test(word.toLowerCase()) && !SENTENCE_OPENER.test(word))) return false;
  let capitalised = 0;
  for (let k = segmentStart; k < i; k++) {
    const before = tokens.text(k);
    if (/^[\p{Lu}\p{N}(“"&]/u.test(before)) capitalised++;
    else if (!TITLE_SMALL_WORD.test(before.replace(/[,:]$/, ''))) return false;
  }
  if (capitalised < 2 || !/^\p{Lu}/u.test(tokens.text(i - 1))) return false;
  // The first word after it that no title leaves in lower case is in lower case: "Costs to obtain …", "Transaction-based revenue, page 11".
  for (let k = i + 1; k < end && k < i + 8; k++) {
    const after = tokens.text(k).replace(/[,:;]$/, '');
    if (TITLE_SMALL_WORD.test(after)) continue;
    // Not a filing title's own lower-case words ("Form 10-K for the Fiscal Year ended …", "Preliminary Proxy Statement filed …"), nor "non-GAAP".
    return /^\p{Ll}{3,}/u.test(after) && !/^(?:pages?|ended|filed|submitted|furnished|dated|amended|confidentially|non-.*)$/.test(after);
  }
  return false;
}

/**
 * Token i ("7.") ends a page reference of a sentence, "… on page 7.", not of a heading, whose page follows a comma ("Goodwill,
 * page 7."): "… under the section entitled “Questions and Answers” on page 7. The Transactions, page 18 2. Please …" (c0821).
 */
function pageInProse(tokens: Tokens, i: number): boolean {
  return /^pages?$/.test(tokens.text(i - 1)) && !/,$/.test(tokens.text(i - 2));
}

/**
 * A labelled response whose comments carry no numbers (the list numbers a scraper dropped, c0293 flattened): before each
 * response label, the staff's comment starts after the last "…, page N" heading in the words since the label before, where
 * a sentence in the staff's voice follows; it and the heading run above it are split off as they were printed.
 * @param labels the response labels' token indices, ascending
 */
export function splitUnnumberedComments(text: string, tokens: Tokens, labels: readonly number[], floor: number, splits: Marks, isFurniture: (i: number) => boolean): void {
  let from = Math.max(floor, 0);
  for (const label of labels) {
    splitStaffWordsAfterHeading(text, tokens, label, from + 1, from, splits, isFurniture);
    from = label + 1;
  }
}

/**
 * A staff letter's one unnumbered comment ("… and have the following comment. … Notes to the Financial Statements Note 3.
 * Revenue, page 10 We have reviewed your response to prior comment 2. …", c0980): its words start after the last "…, page
 * N" heading of the body where the staff's voice follows, and the heading run above them is split off, as in print.
 * @param floor where the body starts
 */
export function splitUnnumberedStaffComment(text: string, tokens: Tokens, floor: number, splits: Marks, isFurniture: (i: number) => boolean): void {
  const from = Math.max(floor, 0);
  splitStaffWordsAfterHeading(text, tokens, tokens.length, from + 1, from, splits, isFurniture);
}

/**
 * A comment whose number the flattening read out at the end of its page ("… to the combined 2. July 15, 2024 Page 2 company
 * revenue …", c0833, c0299; after the comment's last sentence: "… and explain the differences. 7. September 19, 2025 Page 3
 * This comment also applies …", c0700): its words start after the last "…, page N" heading since the comment before, where a
 * sentence in the staff's voice follows; that heading run is split off above them (assemble reads them as the comment's:
 * wordsAboveNumber). A heading with the staff's words under it and no number is a comment's start, so no more is asked of
 * where the number stands than that a page's header follows it.
 * @param number the token of the comment's number; `previous` the token of the comment before (or the body's start)
 */
export function splitWordsAboveNumber(text: string, tokens: Tokens, number: number, previous: number, splits: Marks, isFurniture: (i: number) => boolean): boolean {
  if (!beforePageHeader(tokens, number)) return false;
  return splitStaffWordsAfterHeading(text, tokens, number, previous + 3, previous + 1, splits, isFurniture);
}

/**
 * The headings a comment's word label has after it, not above it ("Comment #1: General We are aware …", "Staff Comment: Form
 * 8-K filed January 25, 2017 Exhibit 99.1 We note …", c0552, c0307 flattened: printed as lines under the label): where the
 * words after the label, none ending a sentence, name a filing, an Item or a standard section, or end "…, page N", and a
 * sentence in the staff's voice follows, they are split off as the headings they were, and cut as a run above a comment is.
 * @param label the label's first token ("Comment", "Staff")
 */
export function splitHeadingsAfterLabel(text: string, tokens: Tokens, label: number, splits: Marks, isFurniture: (i: number) => boolean): void {
  const from = labelEnd(tokens, label);
  if (from === undefined || !/^\p{Lu}/u.test(tokens.text(from))) return;
  const run = `${tokens.text(from)} ${tokens.text(from + 1)} ${tokens.text(from + 2)}`;
  const named = HEADING_START.test(run) || FILING_START.test(run) || /^General$/.test(tokens.text(from));
  for (let k = from + 1; k < Math.min(tokens.length, from + RUN_WORDS); k++) {
    const previous = tokens.text(k - 1);
    if (isFurniture(k - 1)) return;
    // The run's words end no sentence (a name's or a number's abbreviation aside: "No.", "Inc.").
    if (/[.?!;:]["”’)]*$/.test(previous) && !ABBREVIATION.test(previous) && !NUMBER_ABBREVIATION.test(previous)) return;
    if (!TEXT_OPENER.test(tokens.text(k)) || HEADING_GOES_ON.test(previous)) continue;
    const paged = /^pages?$/i.test(tokens.text(k - 2)) && PAGE_NUMBER_TOKEN.test(previous);
    if (!(named || paged) || !opensInStaffVoice(text, tokens.start(k))) continue;
    splits.add(from);
    splits.add(k);
    splitHeadingRun(tokens, k, from, splits, isFurniture);
    return;
  }
}

/** How a comment's own words open after the headings under its label: a request, or the staff's "We note …". */
const TEXT_OPENER = /^(?:Please|We|You|Your|Tell|Refer|Revise|Provide|Clarify|Explain|Describe|Disclose|Expand|Confirm|Discuss|Quantify|Reconcile|It|Given|Since|Regarding|Although|While)$/;

/** The token after a comment's word label ("Comment:", "Staff Comment:", "Comment #1:", "Comment No. 2"); undefined: none there. */
function labelEnd(tokens: Tokens, label: number): number | undefined {
  for (let k = label; k < label + 4 && k < tokens.length; k++) {
    const word = tokens.text(k);
    if (/:$/.test(word)) return k + 1;
    // A number ends the label, a colon or none after it ("Comment 1 General …").
    if (k > label && /^#?\d{1,3}[.)]?$/.test(word)) return tokens.text(k + 1) === ':' ? k + 2 : k + 1;
  }
  return undefined;
}

/**
 * Before token `before`, back to `after` (exclusive), the last place where a sentence in the staff's voice follows a
 * "…, page N" heading: a comment's words start there, and the run of headings above them is split off as printed.
 * @param floor where that heading run may start at the earliest
 */
function splitStaffWordsAfterHeading(text: string, tokens: Tokens, before: number, after: number, floor: number, splits: Marks, isFurniture: (i: number) => boolean): boolean {
  for (let i = before - 1; i > after; i--) {
    if (isFurniture(i) || !/^pages?$/i.test(tokens.text(i - 2)) || !/,$/.test(tokens.text(i - 3)) || !/^[A-Z]?-?\d{1,4}$/.test(tokens.text(i - 1))) continue;
    const sentence = text.slice(tokens.start(i), tokens.start(Math.min(before, i + 40)));
    if (!/^\p{Lu}/u.test(sentence) || !STAFF_VOICE.test(sentence)) continue;
    splits.add(i);
    splitHeadingRun(tokens, i, floor, splits, isFurniture);
    return true;
  }
  return false;
}

/**
 * Token i is the number of a note of the financial statements opening its heading, inside the run above comment
 * `token`: "5." before a capitalised title ("… Financial Statements 5. Change in Presentation of Fiduciary Assets and
 * Liabilities, page 89 1. We note …", c0148), not the end of a sentence, nor the number of a comment (its words a request).
 */
function opensNote(tokens: Tokens, i: number, token: number): boolean {
  const next = tokens.text(i + 1);
  // A note's number, or the letter of a lettered sub-note ("b. Revenue Recognition, page F-7", c0784; "c) Loss Development Tables").
  if (i + 1 >= token || !/^(?:(?:\d{1,2}|[a-z])\.|\(?[a-z]\))$/.test(tokens.text(i)) || !/^\p{Lu}/u.test(next) || COMMENT_OPENER.test(next)) return false;
  // Not a number that a word names or a list goes on to ("Amendment No. 1.", "pages 1, 66 and 67.": c0484, c0337).
  return !namedOrListedNumber(tokens, i);
}

/**
 * Whether the run of headings right above comment number `token` (words since the last sentence end, not before `floor`) holds a
 * filing's or letter's title ("… foreseeable future. Form 10-Q for the Fiscal Quarter Ended March 31, 2016 Note 12. Goodwill …,
 * page 15 1. You disclose …"): where a letter may number its comments afresh (assemble/comment-chain.ts restartedChain).
 */
export function filingHeadingAbove(tokens: Tokens, token: number, floor: number, isFurniture: (i: number) => boolean): boolean {
  let from = token;
  for (let i = token - 1, seen = 0; i >= floor && seen < RUN_WORDS; i--) {
    if (isFurniture(i)) continue;
    seen++;
    if (endsSentenceBeforeRun(tokens, i, token, floor)) break;
    from = i;
  }
  const title = from < token ? filingTitleWithin(tokens, from - 1, token) : undefined;
  if (title === undefined) return false;
  // Only headings before the title ("Letter dated August 20, 2009 Form 10-Q …"), no prose ("As previously requested, please amend your Form 10-K …", c0558).
  for (let i = from; i < title; i++) if (!/^[\p{Lu}\p{N}(“"&]/u.test(tokens.text(i)) && !TITLE_SMALL_WORD.test(tokens.text(i).replace(/,$/, '')) && tokens.text(i) !== 'dated') return false;
  return true;
}

/** The first token in [from, to) where a filing's title starts ("Form 10-K for …", "Registration Statement on Form S-4"). */
function filingTitleWithin(tokens: Tokens, from: number, to: number): number | undefined {
  for (let i = from + 1; i < to; i++) {
    if (FILING_START.test(`${tokens.text(i)} ${tokens.text(i + 1)} ${tokens.text(i + 2)}`) && !HEADING_GOES_ON.test(tokens.text(i - 1))) return i;
  }
  return undefined;
}

/** The one to six words from token i repeat the as many words right before it, word for word (punctuation aside: "Entities, page 165"). */
function repeatsBefore(tokens: Tokens, i: number, from: number): boolean {
  for (let k = 1; k <= 6 && i - k >= from; k++) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = bare(tokens.text(i + j)) === bare(tokens.text(i - k + j));
    if (same) return true;
  }
  return false;
}

/**
 * Whether the words from token i say again the first three of the title of a note earlier in the run, or four of it, a heading under the note
 * named as it is ("Note 10. Related Party Transactions and 21CF Investment Related Party Transactions, page F-25", c0284; "Note 3.
 * Business Divestitures and Asset and Liabilities Held for Sale Assets and Liabilities Held for Sale—Pharma Solutions", c0733),
 * a plural's s aside.
 */
function repeatsNoteTitle(tokens: Tokens, i: number, from: number): boolean {
  const word = (k: number) => bare(tokens.text(k)).toLowerCase().replace(/s$/, '');
  for (let p = from; p < i - 4; p++) {
    if (!/^Note$/i.test(tokens.text(p)) || !/^\d{1,2}[.:]?$/.test(tokens.text(p + 1))) continue;
    const title = /^[-–—:]$/.test(tokens.text(p + 2)) ? p + 3 : p + 2;
    // Its first three words, or four anywhere in it.
    for (let t = title; t + 3 <= i; t++) {
      const length = t === title ? 3 : 4;
      if (t + length > i) break;
      let same = true;
      for (let j = 0; j < length && same; j++) same = word(i + j) !== '' && word(i + j) === word(t + j);
      if (same) return true;
    }
  }
  return false;
}

/**
 * Token i ends an Item's standard title typed with a full stop ("Item 7. Management's Discussion and Analysis of Financial
 * Condition and Results of Operations. General, page 39", c0889 flattened): a heading, not a sentence.
 */
function endsItemTitle(tokens: Tokens, i: number, floor: number): boolean {
  if (!tokens.text(i).endsWith('.')) return false;
  for (let k = i - 1; k >= Math.max(floor, i - 20); k--) {
    if (!/^Item$/i.test(tokens.text(k))) continue;
    return ITEM_TITLE_WITH_PERIOD.test(tokens.texts.slice(k, i + 1).join(' '));
  }
  return false;
}

/** An Item's standard title and a full stop after it. */
const ITEM_TITLE_WITH_PERIOD = new RegExp(String.raw`^Item\s+\d{1,2}[A-C]?\.?\s+(?:${MDNA_FULL_TITLE})\.$`, 'i');

/** Token i is a numbered thing's number before its title, a colon after it: "Note 4:", "Table 6:", "Exhibit 99.1:" (c0152, c0093, c0186). */
function labelsNumbered(tokens: Tokens, i: number): boolean {
  return /^[\dA-Z][\w.()-]*:$/.test(tokens.text(i)) && NUMBERED_THING.test(tokens.text(i - 1));
}

/**
 * A transaction's section of a merger proxy or information statement, its words ending the title ("The Merger Background of the
 * Merger, page 53", "The Separation and Distribution Conditions to the Distribution, page 64", c0331, c0372), not "The Merger Agreement";
 * the financial advisor's opinion ("Opinion of BB&T’s Financial Advisor Selected Transactions Analysis, page 81", c0331).
 */
const TRANSACTION_SECTION = String.raw`The (?:Mergers?|Transactions?|Separation(?: and (?:the )?Distribution)?|Spin-Off|Distribution|Exchange Offer|Business Combination)(?! (?:Agreements?|Consideration|Sub|Proposals?|and|of|by|with|to|for|in|is|was|will|would)\b)|Opinions? of (?:the )?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4}?(?:['’]s?)? Financial Advisors?(?! (?:to|and|of|for|in|is|was|were)\b)`;

/** "(Unaudited)" after the financial statements' title, part of it ("Notes to Condensed Consolidated Financial Statements (Unaudited)", c0158). */
const UNAUDITED = String.raw`(?: \(unaudited\))?`;

/**
 * The document an 8-K's exhibit is, named on the exhibit's line: "Exhibit 99.1 Earnings Release Dated February 25, 2017", "Exhibit
 * 99.2 Investor Letter, page 21" (c0289, c0506; as filed one line each), a press release, a letter or presentation to investors.
 * Its sections are headings of their own ("Exhibit 99.1" / "Non-GAAP Measures, page 6", 34 such pairs in the corpus as filed).
 */
const EXHIBIT_DOCUMENT = String.raw` (?:Earnings|Press) Release(?: Dated ${MONTH_DAY_YEAR})?(?:, pages? [A-Z]?-?\d{1,3})?| (?:Investor|Shareholder|Stockholder)s?['’]? (?:Letter|Presentation)(?:, pages? [A-Z]?-?\d{1,3})?`;

/**
 * Section titles that make a whole heading: MD&A, the financial statements and their notes, an exhibit with the
 * document it is ("Consolidated Financial Statements Description of Business …", c0464; "Exhibit 99.1 Information
 * Statement Questions and Answers …", c0975). Pro forma statements' title goes on with what they give effect to ("Notes to the
 * Unaudited Pro Forma Condensed Combined Financial Statements Giving Effect to the Transactions, page 151", c0900). A title may end
 * the run, right above the comment's number: matched whole there too, so that its longest form wins ("Exhibit 99.2 Investor Letter,
 * page 21 7. …", not "Exhibit 99.2" and the rest).
 */
const TITLE_END = new RegExp(
  String.raw`(?<=^|\s|[—–])(?:(?:${MDNA_FULL_TITLE}|${MANAGEMENTS} Discussion and Analysis)(?: \(["“]?MD&A["”]?\))?|Notes to (?:the )?(?:(?:Consolidated|Combined|Condensed|Unaudited|Interim|Pro Forma) )*Financial Statements(?! Giving Effect\b)${UNAUDITED}|(?:(?:Consolidated|Combined|Condensed|Unaudited|Interim) )+Financial Statements(?! (?:and|of|for|as|in|to|Giving Effect)\b)${UNAUDITED}|Exhibit \d{1,3}(?:\.\d{1,2}|\.?(?:\([A-Za-z0-9]{1,4}\))+)?(?:[:\-–—]? Information Statement(?: of (?:the )?Registrant)?(?! Summary\b(?! (?:Selected|Historical|Unaudited|Consolidated|Pro Forma|Financial)\b))|${EXHIBIT_DOCUMENT})?|EX-\d{1,3}(?:\.\d{1,2})?|${TRANSACTION_SECTION}|Item \d{1,2}\.? Financial Statements \(unaudited\)|${COMPLETE_SECTION_TITLE})(?=\s|$)`,
  'gi',
);

/** A note's heading: its number or letter ("Note 2 –", "Note 2 --" typed in ASCII, "Note 7:", "8.", "B."), if printed, and a title notes share (NOTE_TITLE). */
const NOTE_HEADING = new RegExp(String.raw`(?<=^|\s)((?:Notes?\s+)?(?:\d{1,2}|[A-Z])(?:[.:]|\s+(?:--|[-–—]))?\s+)?(?:${NOTE_TITLE})(?=\s)`, 'gi');

/**
 * A word after which a heading goes on: "Item 7", "Notes to …", "Amended Registration Statement", "Post-Effective Amendment",
 * "Summary Consolidated Financial …", "Selected Consolidated …", "Pro Forma Financial Statements", "Citi’s Executive Compensation …",
 * "Business Segment Results of Operations", "Other Critical Accounting Policies", "Revision of Previously Issued Financial Statements",
 * "Supplemental Consolidated Statement of Income Information" (c0877), "Supplemental Reporting of Non-GAAP Results of Operations" (c0434:
 * "non-GAAP" qualifies the words after it, no title ends with it).
 */
const HEADING_GOES_ON = new RegExp(
  String.raw`^(?:on|to|the|of|for|and|in|under|with|by|No\.|Nos\.|Item|Items|Part|Note|Notes|Consolidated|Combined|Condensed|Interim|Unaudited|Audited|Summary|Selected|Historical|Supplemental|Supplementary|Forma|Non-GAAP|Business|Segment|Other|Issued|${TITLE_QUALIFIERS}|.+['’]s)$`,
  'i',
);

/** A prospectus' description of its securities: "Description of Carrier Capital Stock" (DESCRIPTION_OF_SECURITIES, up to seven words). */
const DESCRIPTION_START = new RegExp(String.raw`^${DESCRIPTION_OF_SECURITIES}\b`);

/** Whether a prospectus' description of its securities starts at token `i` (after a filing's title with no form: "Amendment No. 2 to Draft Registration Statement Description of Carrier Capital Stock, page 135", c0893). */
function describesSecurities(tokens: Tokens, i: number): boolean {
  return tokens.text(i) === 'Description' && DESCRIPTION_START.test(tokens.texts.slice(i, i + 7).join(' '));
}

/** Words that open a filing's title: "Form 10-K", "Amendment No. 2 to Registration Statement …". */
const FILING_START = new RegExp(String.raw`^(?:${FILING_TITLE_START})`);

/** Words that open a heading of their own inside a run of headings: a filing's title, an Item, a standard section. */
const HEADING_START = new RegExp(
  String.raw`^(?:${FILING_TITLE_START}|${SECTION_TITLE_START}|Note\s+\d|General\b|Consolidated\s+(?:Financial|Statements?|Balance)|Critical\s+Accounting|Results\s+of\s+Operations|Liquidity\s+and|Non-GAAP|Segment\s+(?:Information|Results|Reporting)|Selected\s+[A-Z]|Key\s+(?:(?:Operating|Performance|Financial|Business)\s+)?(?:Metrics|Indicators|Measures)\b)`,
);
