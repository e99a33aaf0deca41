// Owns the running page headers of a flattened letter ("Name Company Date Page 2"): set apart as furniture, not read as text.
import { ABBREVIATED_LEGAL_FORM, COURTESY_TITLE, COURTESY_WORD, DASHED_PAGE_NUMBER, MAIL_MERGE_FIELDS, MONTH_DAY_YEAR, MONTH_WORD, NAME_SUFFIX, PAGE_NUMBER_MARKER, PAGE_WORD, PERIODIC_FORMS } from '../../vocabulary.js';
import { PAGE_CHARS } from './page-numbers.js';
import { WEB_ADDRESS } from './repeated-footers.js';
import { endsSentence } from './sentences.js';
import { bare, type Tokens } from './tokens.js';

/**
 * A name's abbreviations in a running header, whose period ends no sentence: "Marc D. Hamburg Berkshire Hathaway Inc.", "U.S.
 * Securities and Exchange Commission" (c1026), a confidentiality legend's "17 C.F.R. § 200.83" (c1017); a legal form in capitals
 * too ("Jason T. Liberty Royal Caribbean Cruises LTD. April 19, 2017 Page 2", c0450), and one closing a bracket ("Meta Platforms, Inc.
 * (f/k/a Facebook, Inc.) November 12, 2021 Page 2", c0744), and a lawyer's "Esq." ("FirstName LastNameAnne Chwat, Esq. Comapany Name…", c0403).
 */
const HEADER_ABBREVIATION = new RegExp(String.raw`^(?:${COURTESY_TITLE}|${NAME_SUFFIX}|Esq|${ABBREVIATED_LEGAL_FORM}|${ABBREVIATED_LEGAL_FORM.toUpperCase()}|${ABBREVIATED_LEGAL_FORM.toLowerCase()}|[A-Z]|(?:[A-Z]\.)+[A-Z])\.\)?,?$`);
/** "October 26, 2022 3": a date and a bare page number (runningHeaders checks what follows), the last page's ending the text too (c0570). */
const DATE_THEN_NUMBER = new RegExp(`(?<=^|\\s)(${MONTH_DAY_YEAR})\\s+(\\d{1,3})(?=\\s|$)`, 'g');
/** A draft's date left to fill in, as its template's running header still prints it: "[●], 2022", "[•] [•], 2022" (c1110). */
const DATE_PLACEHOLDER = String.raw`(?:\[[●•_ ]*\]\s*){1,2},?\s+\d{4}`;
/** "September 2, 2022 Page 2": a staff letter's running header, date first (or its placeholder). */
const DATE_THEN_PAGE = new RegExp(`(${MONTH_DAY_YEAR}|${DATE_PLACEHOLDER})\\s+(${PAGE_NUMBER_MARKER})(?=\\s|$)`, 'g');
/** "Page 2 of 3 January 10, 2019", "Page 3 <May 9, 2017>" (a template's date field, c0821): a response's running header, page first. */
const PAGE_THEN_DATE = new RegExp(`(?<=^|\\s)(${PAGE_NUMBER_MARKER})\\s+<?${MONTH_DAY_YEAR}>?(?=\\s|$)`, 'g');

/** The staff template's field name glued to the word after it: "LastNameE.", "Comapany NameC. H. Robinson" (mail-merge residue, c0669). */
const TEMPLATE_FIELD_BEFORE = new RegExp(`^(?:${MAIL_MERGE_FIELDS}|Name(?=[A-Z]))(?=\\S)`);

/** The staff template's first field, which opens its running header: "FirstName" (glued to "LastName…" or not). */
const FIRST_FIELD = /^FirstName/;

/**
 * Words of the head that name no one: a date's day and year, a form and its number ("… for the year ended December 31, United States
 * Securities and Exchange Commission March 16, 2021 Page 2 2020 (“2020 Form 10-K”) …", c0070: the page broke inside the answer's
 * sentence, whose last words before the header the head prints too).
 */
const NO_NAME_WORD = new RegExp(String.raw`^(?:(?:19|20)\d\d|Forms?|(?:${PERIODIC_FORMS}|8-K|[SF]-\d{1,2})[,.]?)$`);
/**
 * The Commission's and its division's names and an address label, in a response's running header though its head spells them
 * otherwise ("Securities and Exchange Commission Division of Corporate Finance Attn: Cecilia Blye, Chief, … April 30, 2018 Page 2"
 * under a head addressed to the "Division of Corporation Finance, Attention: …", c0693).
 */
const ADDRESSEE_WORD = /^(?:Securities|Exchange|Commission|Division|Corporat(?:e|ion)|Finance|Attn:|Attention:)$/;

/** A date's day ("December 31,"), after its month: a name's number has none before it ("Boots Parallel 1, LP", c0938). */
const DAY = /^\d{1,2},$/;

/** A legal form printed in lower case: "plc", "inc.". */
const LOWER_CASE_LEGAL_FORM = /^(?:plc|inc\.?|corp\.?|ltd\.?|llc|l\.p\.)[,.]?$/;

/** "Page 2" standing after other words (runningHeaders checks them). */
const PAGE_ALONE = new RegExp(`(?<=\\s)(${PAGE_NUMBER_MARKER})(?=\\s|$)`, 'g');

/** The page of a "Page 2" or "Page 2 of 3" marker (parseInt reads the figure after the word, past white space). */
function pageNumberOf(marker: string): number {
  return Number(/\d+/.exec(marker.slice(PAGE_WORD.length))?.[0]);
}

/** The most words of a company's name printed in lower case before its legal form ("lululemon athletica inc."). */
const LOWER_CASE_NAME_WORDS = 4;

/** Word i is one of a company's name printed in lower case: head words in lower case, its legal form in lower case after them. */
function lowerCaseCompany(tokens: Tokens, i: number, isHeadWord: (word: string) => boolean): boolean {
  for (let k = i; k < i + LOWER_CASE_NAME_WORDS; k++) {
    const word = tokens.text(k);
    if (LOWER_CASE_LEGAL_FORM.test(word)) return k > i;
    if (!/^\p{Ll}+$/u.test(word) || !isHeadWord(word)) return false;
  }
  return false;
}

/** A page's number between dashes, as three words: "- 3 -". */
const DASHED_NUMBER = new RegExp(`^${DASHED_PAGE_NUMBER}$`);

/** Words that join a header's names: "Securities and Exchange Commission", "Name | Company". */
const CONNECTOR = /^(?:and|of|the|&|\||§)$/;

/**
 * Where a running header's words start before token `at`: back over connectors and the words `belongs` accepts, at most
 * `reach` words and not before `floor`, stopping at a word that ends a sentence (a name's abbreviation does not).
 */
function headerWordsBefore(tokens: Tokens, at: number, floor: number, reach: number, belongs: (word: string, i: number) => boolean): number {
  let from = at;
  for (let i = at - 1; i >= Math.max(floor, at - reach); i--) {
    const word = tokens.text(i);
    const connector = CONNECTOR.test(word);
    // An initial glued to the template's field name is a name's too ("FirstName LastNameE. Mark Rajkowski", c0697).
    if (/[.;:?!]["”’)]*$/.test(word) && !HEADER_ABBREVIATION.test(word.replace(TEMPLATE_FIELD_BEFORE, '')) && !ADDRESSEE_WORD.test(word)) break;
    if (!connector && !belongs(word, i)) break;
    from = i;
  }
  return from;
}

/**
 * Running page headers of a printed letter, as token ranges [from, to): the addressee or
 * company, the date and "Page N" (the header of pages 2+ in staff letters, e.g. "FirstName
 * LastNameMark Hamburg Comapany NameBerkshire Hathaway Inc. September 2, 2022 Page 2", the
 * SEC template's own field names included). The words before the date must all appear in
 * the letter's head (tokens before `headEnd`), or be the template's field names.
 */
export function runningHeaders(text: string, tokens: Tokens, at: (offset: number) => number, headEnd: number): [number, number][] {
  const out: [number, number][] = [];
  const headWords = new Set(tokens.texts.slice(0, headEnd).map(bare));
  const template = new RegExp(`^(?:${MAIL_MERGE_FIELDS}|Company|Name)`);
  // A dated header may misspell a name of the head by a letter ("M. Bret Biggs" for "M. Brett Biggs", c0141): the head's longer
  // words with one letter left out count too.
  // Made when a header's word is no head word as printed (most headers never ask).
  let misspelt: Set<string> | undefined;
  const isHeadWord = (word: string): boolean => {
    if (headWords.has(word)) return true;
    if (misspelt === undefined) {
      misspelt = new Set();
      for (const w of headWords) if (w.length >= 5 && w.length <= MISSPELT_LONGEST && /^\p{L}+$/u.test(w)) for (let k = 0; k < w.length; k++) misspelt.add(w.slice(0, k) + w.slice(k + 1));
    }
    return misspelt.has(word);
  };
  for (const m of text.matchAll(DATE_THEN_PAGE)) {
    if (pageNumberOf(m[2] as string) < 2) continue;
    const dateToken = at(m.index);
    const end = at(m.index + m[0].length);
    if (dateToken < headEnd) continue;
    // A company's lower-case legal form is a name's word too ("Eaton Corporation plc", c1037).
    // A company named in lower case then a capital is a name's word too ("Devin N. Wenig eBay Inc.", c0960).
    // A courtesy title before a name of the head is the header's though the head names the person without it ("Attention: Stephen
    // Krikorian, …" over "Mr. Stephen Krikorian Securities and Exchange Commission November 18, 2016 Page 2", c0769).
    // So is a company's name printed in lower case, its legal form too, as the head prints it ("Stuart C. Haselden lululemon athletica
    // inc. June 29, 2017 Page 2", c1002).
    // A month whose day follows the header is a date the page broke in two ("… balance of $1.0 billion at December Bradley M. Halverson
    // Caterpillar, Inc. June 27, 2017 Page 3 31, 2016.", c0723), the head printing the month too.
    const dayAfter = DAY.test(tokens.text(end));
    let from = headerWordsBefore(tokens, dateToken, 0, 25, (word, i) => (/^(?:[\p{Lu}\p{N}(]|\p{Ll}+\p{Lu})/u.test(word) || LOWER_CASE_LEGAL_FORM.test(word) || lowerCaseCompany(tokens, i, isHeadWord)) && !NO_NAME_WORD.test(word) && !(DAY.test(word) && MONTH_WORD.test(tokens.text(i - 1))) && !(dayAfter && MONTH_WORD.test(word)) && (isHeadWord(bare(word)) || template.test(word) || ADDRESSEE_WORD.test(word) || (COURTESY_WORD.test(word) && isHeadWord(bare(tokens.text(i + 1))))));
    while (from < dateToken && CONNECTOR.test(tokens.text(from))) from++;
    // The staff template's header opens with its first field: a head word before it is the page's last ("… our Codification of
    // Financial FirstName LastNameStephen Bramlage, Jr. Comapany Name… February 10, 2023 Page 2 …", c1156).
    const field = tokens.texts.slice(from, dateToken).findIndex((word) => FIRST_FIELD.test(word));
    if (field > 0) from += field;
    out.push([from, end]);
  }
  // No date: "Securities and Exchange Commission Mr. Gus Rodriguez Page 2" (c0940), after a finished sentence: three words of the head at least.
  // The dated headers' words are marked, not searched per "Page" (a search per match was quadratic in 20,000 headers).
  const dated = new Uint8Array(tokens.length);
  for (const [a, b] of out) dated.fill(1, a, b);
  // Every "Page N" after other words, found once: both loops below read them (a lookbehind tried at every character).
  const pagesAlone = [...text.matchAll(PAGE_ALONE)];
  for (const m of pagesAlone) {
    if (pageNumberOf(m[1] as string) < 2) continue;
    const pageToken = at(m.index);
    const end = at(m.index + m[0].length);
    if (pageToken < headEnd || dated[pageToken] === 1) continue;
    // Up to 20 words: the addressee, the office and the Commission's name ("Ms. Tabatha McCullom Office of Healthcare and Insurance
    // United States Securities and Exchange Commission Page 4", c0602).
    const from = headerWordsBefore(tokens, pageToken, headEnd, 20, (word) => headWords.has(bare(word)));
    // After a finished sentence; or, an addressee named with a courtesy title and six words of the head or more, after a table's
    // foot line too ("… See accompanying Notes to Consolidated Financial Statements Ms. Sharon M. Blume, … Commission Page 3", c0043).
    const addressee = pageToken - from >= 6 && COURTESY_WORD.test(tokens.text(from)) && !/^(?:to|of|and|for|the|with|by|from|at|on)$/i.test(tokens.text(from - 1));
    if (pageToken - from >= 3 && from > 0 && (endsSentence(tokens.text(from - 1)) || addressee)) out.push([from, end]);
  }
  // A response's header the other way round: "Page 2 of 3 January 10, 2019" (c1007).
  for (const m of text.matchAll(PAGE_THEN_DATE)) {
    const from = at(m.index);
    if (pageNumberOf(m[1] as string) >= 2 && from >= headEnd) out.push([from, at(m.index + m[0].length)]);
  }
  // The letter's date, the page number and the addressee block again, no "Page": "October 26, 2022 3
  // Ms. Lauren Pierce, Staff Attorney … Washington, D.C. 20549 Response The …" (c0570, c0241). The date
  // must be the letter's own (printed in its head) and at least three words of the head must follow.
  const headDates = new Set(Array.from((headEnd < tokens.length ? text.slice(0, tokens.start(headEnd)) : text).matchAll(new RegExp(MONTH_DAY_YEAR, 'g')), (d) => d[0]));
  // The letter's date and the page number alone, page after page ("December 21, 2022 2 … December 21, 2022 3 Investment Philosophy,
  // page 34 …", c0020): numbered 2, 3 … in turn, twice at least.
  const dateAndNumber: { from: number; to: number; page: number }[] = [];
  for (const m of text.matchAll(DATE_THEN_NUMBER)) {
    const dateToken = at(m.index);
    if (dateToken < headEnd || Number(m[2]) < 2 || !headDates.has(m[1] as string)) continue;
    dateAndNumber.push({ from: dateToken, to: at(m.index + m[0].length), page: Number(m[2]) });
  }
  if (dateAndNumber.length >= 2 && dateAndNumber.every((h, k) => h.page === (dateAndNumber[0] as { page: number }).page + k)) for (const h of dateAndNumber) out.push([h.from, h.to]);
  for (const { from: dateToken, to } of dateAndNumber) {
    const number = to - 1;
    // An addressee block is a few lines: at most 40 words are taken.
    let end = number + 1;
    while (end < Math.min(tokens.length, number + 41) && headWords.has(bare(tokens.text(end))) && !/^(?:Response|RESPONSE|Answer|ANSWER|Comment|COMMENT)\b|^\d{1,3}[.)]$/.test(tokens.text(end))) end++;
    if (end - number - 1 >= 3) out.push([dateToken, end]);
  }
  // The addressee, the company and the letter's date with no page number, after a finished sentence ("… offered by your segments.
  // Mr. Brian Worrell Baker Hughes, a GE company September 27, 2018 We remind you …", c1068): three words of the head at least.
  // The date is the letter's own (the head's first), and the words before it name no filing ("Form 10-K for the Fiscal Year Ended …").
  // The head's first date (headDates keeps the head's dates in the order printed).
  const letterDate: string | undefined = headDates.values().next().value;
  // Found as a string: the letter's date is one string, and a pattern of every date was tried at each place of the text.
  for (let index = letterDate === undefined ? -1 : text.indexOf(letterDate); letterDate !== undefined && index >= 0; index = text.indexOf(letterDate, index + 1)) {
    const dateEnd = index + letterDate.length;
    if (!/\s/.test(text[index - 1] ?? '') || !/\s/.test(text[dateEnd] ?? '')) continue;
    const dateToken = at(index);
    if (dateToken < headEnd || dated[dateToken] === 1) continue;
    // Or the page's number alone before it, after a finished sentence or a row of asterisks, a capital after it ("… to include the
    // requested information. * * * 2 January 19, 2021 Please do not hesitate …", c0671).
    const number = tokens.text(dateToken - 1);
    if (dateToken - 1 > headEnd && /^\d{1,2}$/.test(number) && Number(number) >= 2 && (endsSentence(tokens.text(dateToken - 2)) || /^\*+$/.test(tokens.text(dateToken - 2))) && /^\p{Lu}/u.test(tokens.text(at(dateEnd)))) {
      out.push([dateToken - 1, at(dateEnd)]);
      continue;
    }
    // The page's number between dashes may stand before the date ("Securities and Exchange Commission - 3 - September 26, 2022", c0659).
    const wordsEnd = DASHED_NUMBER.test(tokens.texts.slice(Math.max(0, dateToken - 3), dateToken).join(' ')) ? dateToken - 3 : dateToken;
    let from = headerWordsBefore(tokens, wordsEnd, headEnd, 12, (word) => (bare(word) !== '' && headWords.has(bare(word)) && !NAMES_A_FILING.test(word)) || /^(?:a|an)$/.test(word));
    while (from < wordsEnd && CONNECTOR.test(tokens.text(from))) from++;
    const named = tokens.texts.slice(from, wordsEnd).filter((w) => headWords.has(bare(w))).length;
    // Or inside a sentence it splits, a word in lower case on each side ("… please do not hesitate to U.S. Securities and Exchange
    // Commission February 20, 2024 contact the undersigned …", c0922).
    // Or after the page's number, which ends the page before whatever its last words ("… with fee contracts 3 Ms. Jennifer Thompson
    // February 16, 2016 * * * …", c0349), and before a row of asterisks.
    // Or after a row of asterisks ("… ended December 21, 2023. * * * * * U.S. Securities and Exchange Commission March 5, 2024 If
    // you have any questions …", c0336).
    // Or after a page's footer that ends on its web address ("… 2016. ONEOK, Inc. 100 West Fifth Street Tulsa, OK 74103 www.oneok.com
    // Ms. Jennifer Thompson June 14, 2017 Response : …", c0715).
    const betweenSentences = (endsSentence(tokens.text(from - 1)) || /^(?:\d{1,2}|\*+)$/.test(tokens.text(from - 1)) || WEB_ADDRESS.test(tokens.text(from - 1))) && /^(?:\p{Lu}|\*+$)/u.test(tokens.text(at(dateEnd)));
    // (There the header opens with a capital: a small word of the head before it is the sentence's, "… hesitate to U.S. …".)
    let opening = from;
    while (opening < dateToken && /^\p{Ll}/u.test(tokens.text(opening))) opening++;
    const insideSentence = /^\p{Ll}+,?$/u.test(tokens.text(opening - 1)) && /^\p{Ll}+/u.test(tokens.text(at(dateEnd)));
    if (named >= 3 && from > headEnd && betweenSentences) out.push([from, at(dateEnd)]);
    else if (named >= 3 && opening > headEnd && insideSentence) out.push([opening, at(dateEnd)]);
  }
  // A bare "Page 2 of 6" after a finished sentence, none of the above around it: the page's number alone (c0389: "… greater
  // prominence. Page 2 of 6 Revenues, page 33 2. We note …", where the heading after it was read as part of the number).
  const covered = new Uint8Array(tokens.length);
  for (const [a, b] of out) covered.fill(1, a, b);
  for (const m of pagesAlone) {
    const of = PAGE_OF.exec(m[1] as string);
    if (of === null || Number(of[1]) < 2 || Number(of[1]) > Number(of[2])) continue;
    const pageToken = at(m.index);
    if (pageToken < headEnd || covered[pageToken] === 1 || !endsSentence(tokens.text(pageToken - 1))) continue;
    out.push([pageToken, at(m.index + m[0].length)]);
  }
  // The same words before "Page N", page after page, the number one more each time: a running header or footer whatever its
  // words ("Letter to Mr. Terence O’Brien United States Securities and Exchange Commission Page 3", c0179), or none but the
  // number after a finished sentence ("… is generally not appropriate. Page 1 Company Response : …", c0317).
  for (const range of numberedRepeats(tokens, pagesAlone.map((m) => ({ page: at(m.index), end: at(m.index + m[0].length), number: pageNumberOf(m[1] as string) })), headEnd, covered)) out.push(range);
  // A page's confidentiality legend under its header: furniture of its own (the header's block keeps its "Page N" last).
  for (const [, to] of [...out]) {
    const end = legendEnd(tokens, to);
    if (end > to) out.push([to, end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The most words of a running header before its "Page N" that numberedRepeats takes. */
const REPEAT_WORDS = 20;

/**
 * "Page N" markers (their "Page" token, the token after them, their number) that come back with the same words before them,
 * numbered one more each time, a page apart: as token ranges [from, to), those words (to a finished sentence, at most
 * REPEAT_WORDS) and the marker. Two markers at least; with no words before them, each after a finished sentence.
 */
function numberedRepeats(tokens: Tokens, markers: readonly { page: number; end: number; number: number }[], headEnd: number, covered: Uint8Array): [number, number][] {
  const byKey = new Map<string, { page: number; end: number; number: number }[]>();
  for (const m of markers) {
    // A marker already read (after a finished sentence, c0426's "… C&DI 102.10. Occidental Petroleum Corporation Page 3 of 4") still
    // counts in its run: the pages before and after it, inside sentences, are numbered one more each time around it.
    if (m.page < headEnd) continue;
    const before = tokens.text(m.page - 1);
    const key = endsSentence(before) && !HEADER_ABBREVIATION.test(before) ? '' : tokens.texts.slice(Math.max(0, m.page - 3), m.page).join(' ');
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [m]);
    else list.push(m);
  }
  const out: [number, number][] = [];
  // The last page's marker ending the text after words that end no sentence ("… cc: Kara L. MacCullough Greenberg Traurig, P.A.
  // Page 6", c0317): it goes on from the run of markers after finished sentences (keyed ''), as the letter's last line.
  const last = markers.at(-1);
  const endsText = last !== undefined && last.end === tokens.length && last.page >= headEnd ? last : undefined;
  const alone = byKey.get('');
  if (endsText !== undefined && alone !== undefined && !alone.includes(endsText)) {
    const before = alone.at(-1) as (typeof alone)[number];
    if (endsText.number === before.number + 1 && tokens.start(endsText.page) - tokens.start(before.page) >= PAGE_CHARS.least) alone.push(endsText);
  }
  for (const list of byKey.values()) {
    // Runs of markers numbered one more each time, a page apart.
    let run: typeof list = [];
    const close = () => {
      if (run.length >= 2) {
        let words = 0;
        const same = (k: number) => run.every((m) => m.page - k - 1 >= headEnd && tokens.text(m.page - k - 1) === tokens.text((run[0] as (typeof run)[number]).page - k - 1));
        const sentenceEnd = (k: number) => run.some((m) => { const w = tokens.text(m.page - k - 1); return /[.?!:;]["”’)]*$/.test(w) && !HEADER_ABBREVIATION.test(w); });
        while (words < REPEAT_WORDS && same(words) && !sentenceEnd(words)) words++;
        for (const m of run) if (covered[m.page] !== 1) out.push([m.page - words, m.end]);
      }
      run = [];
    };
    for (const m of list) {
      const last = run.at(-1);
      if (last !== undefined && (m.number !== last.number + 1 || tokens.start(m.page) - tokens.start(last.page) < PAGE_CHARS.least)) close();
      run.push(m);
    }
    close();
  }
  return out;
}

/** The code a confidential treatment request marks each page with: "APP-003", "DASH-001", "C00002". */
export const PAGE_CODE = /^[A-Z]{1,10}-?\d{3,}$/;

/**
 * Where a page's confidentiality legend printed under its running header ends ("… Page 2 CONFIDENTIAL TREATMENT REQUESTED BY
 * APPLOVIN CORPORATION: APP-003 General 1. …", c0554; "… DOORDASH, INC.: DASH-001", c0858): after its page code; `at` itself
 * where no legend with a code follows.
 */
function legendEnd(tokens: Tokens, at: number): number {
  if (!/^CONFIDENTIAL$/i.test(tokens.text(at)) || !/^TREATMENT$/i.test(tokens.text(at + 1))) return at;
  for (let k = at + 2; k < Math.min(tokens.length, at + 16); k++) if (PAGE_CODE.test(tokens.text(k))) return k + 1;
  return at;
}

/** The longest head word whose misspellings are tried: names, not a megabyte "word" of a hostile file (its variants grew as its square). */
const MISSPELT_LONGEST = 30;

/** Words of a filing's title, not of a name: "Form 10-K for the Fiscal Year Ended …", "Filed", "dated". */
const NAMES_A_FILING = /^(?:Forms?|Filed|filed|Ended|ended|Dated|dated|Fiscal|Year|Quarter|Period|for|the)$/;

/** "Page 2 of 6": the page and the page count. */
const PAGE_OF = new RegExp(String.raw`^${PAGE_WORD}\s*(\d{1,3})\s*of\s*(\d{1,3})$`);
