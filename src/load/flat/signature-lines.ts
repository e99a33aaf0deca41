// Owns the lines of a flattened letter's signature block and cc list: where a printed letter puts the signed name, the name
// typed again, the title, the company and each copied person on lines of their own, flattened text runs them together
// ("/s/ Olivier Leonetti Olivier Leonetti Principal Financial Officer Eaton Corporation plc 2"). Cut back into those lines,
// the block reads as a printed one does (assemble/signature-block.ts).
import { APPENDED_DOCUMENT_WORD, COPY_TO_WORDS, COURTESY_WORD, FIRM_FORM, LEGAL_FORM, NAME_SMALL_WORD, NAME_SUFFIX, SIGNATURE_MARK, TITLE_AFTER_SENIOR } from '../../vocabulary.js';
import type { Marks, Tokens } from './tokens.js';

/** Words that open or make up a title, never a name: "Senior Vice President", "Branch Chief", "Global Head of Accounting Policy". */
const TITLE_WORD =
  /^(?:Chief|Vice|President|Senior|Executive|Officer|General|Counsel|Director|Assistant|Associate|Deputy|Branch|Staff|Special|Corporate|Managing|Principal|Secretary|Treasurer|Controller|Partner|Head|Global|Interim|Acting|Chairman|Chair|Chairwoman|Accounting|Financial|Legal|Operating|Compliance|Attorney|Accountant|Manager|Analyst|Advisor|Adviser|Member|Lead|Group|Regional|First|Second|Co-Chief|Chief\w*)\b/;
/** The words a title ends on ("… Chief Financial Officer"): a company or a person after one starts afresh. */
const TITLE_END = /^(?:Officer|President|Counsel|Secretary|Treasurer|Controller|Director|Chairman|Chair|Accountant|Partner|Manager|Attorney|Chief|Head|Analyst|Advisor|Adviser|Member|Policy|Relations|Development|Reporting|Operations|Finance|Signatory)[,;]?$/;
/** A company's legal form ending its name: "Inc.", "Corporation", "plc", "LLP". */
const LEGAL_FORM_WORD = new RegExp(String.raw`^(?:${LEGAL_FORM}|LLP|LLC|L\.L\.P\.|P\.C|P\.A|L\.P|N\.A|N\.V|S\.A|B\.V|GmbH|Oy|Incorporated|Limited|Company|Commission)\.?[,;)]?$`);
/** A professional firm's legal form (vocabulary FIRM_FORM), whose initials no person's are: "P.C.", "P.A.", "L.L.P.", "LLP". */
const FIRM_FORM_WORD = new RegExp(String.raw`^(?:${FIRM_FORM})[,;)]?$`);
/** A legal form in capitals, ending a company's name printed in capitals over its signature ("BOFA SECURITIES, INC.", c0621). */
const LEGAL_FORM_IN_CAPITALS = /^(?:INC|CORP|CORPORATION|COMPANY|LLC|LLP|LP|L\.P|PLC|LIMITED|N\.A)\.?[,;)]?$/;
/**
 * Words that are no part of a person's name ("United" of "United States Securities and Exchange Commission", c0154 flattened), an
 * address's among them ("… 100 F Street, N.E. Washington …" under a cc entry, c0510 flattened: "F Street," had read as a name).
 */
const NOT_NAME_WORD = /^(?:Division|Office|Finance|Securities|Exchange|Commission|United|Name|Title|By|The|And|Of|For|Via|Page|Re|Dear|Sincerely|Enclosures?|Attachments?|Street|Avenue|Boulevard|Road|Drive|Plaza|Parkway|Suite|Floor)\b/;
/** A word of a person's name: a capital and lower-case letters ("O’Brien", "McShane", "Anne-Marie"), a comma after it or not (two typed by mistake: "Douglas K. Schnell,, Esq.", c0646). */
const NAME_WORD = /^\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*,{0,2}$/u;
/** An initial: "D.", "A.N.". */
const INITIAL = /^(?:(?:\p{Lu}\.){1,2}|\p{Lu}),?$/u;
const SUFFIX = new RegExp(String.raw`^,?(?:${NAME_SUFFIX}|II|III|IV|Esq)\.?,?$`);
/** A title's first words after "Sr.": "Sr. Asst. Chief Accountant", "Sr. Vice President" (the name's suffix comes after a comma: "Charles W. Scharf, Jr."). */
const SENIOR_TITLE = /^Sr\.?$/;
const TITLE_AFTER = new RegExp(`^${TITLE_AFTER_SENIOR}`);
/** A typist's initials under a signature: "MDH/es", "CAR:nw". */
const TYPIST = /^[A-Z]{2,4}[/:][a-z]{1,4}$/;
/** What may stand between the signed name and the name typed again: "By", "Name:", a signature's rule "_____", a stray letter (SIGNED_LINE_END). */
const BETWEEN_NAMES = /^(?:By:?|Name:|[_.…-]+|[A-Z])$/;
/**
 * What stays on the signed name's line when the name is typed again under it: a signature's rule, or a letter alone, the page's
 * filler set white after the underlined signature ("/s/PATRICK GORIS S Patrick Goris", c0056 flattened, blind round 153).
 */
const SIGNED_LINE_END = /^(?:[_.…-]+|[A-Z])$/;

/** Word i without a signature mark glued to it ("/s/H. Roger Schwall", c0530). */
const wordOf = (tokens: Tokens, i: number) => tokens.text(i).replace(/^\/s\/(?=\S)/i, '');

/**
 * The letters of a run of names' words, lower-cased, initials left out unless `initials`: "D. Z ACHARY H UDSON" and "D. Zachary
 * Hudson" compare equal, and so do "Lori J. Bondar" and "Lori Bondar" (c0912).
 */
function lettersOf(tokens: Tokens, from: number, to: number, initials = true): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const word = wordOf(tokens, i);
    if (initials || !INITIAL.test(word)) out += word.toLowerCase().replace(/[^\p{L}]/gu, '');
  }
  return out;
}

/** Whether word i can stand in a person's name: a capitalised word that is no title, company or letter word. */
function nameWord(tokens: Tokens, i: number, end: number): boolean {
  const word = wordOf(tokens, i);
  return i < end && NAME_WORD.test(word) && !TITLE_WORD.test(word) && !NOT_NAME_WORD.test(word) && !LEGAL_FORM_WORD.test(word);
}
const initial = (tokens: Tokens, i: number, end: number) => i < end && INITIAL.test(wordOf(tokens, i));
const endsOnComma = (tokens: Tokens, i: number) => tokens.text(i).endsWith(',');

/** Whether word i ends a name as its third word: a comma after it ("Carrie Levine Schwartz,"), or no name starting after it. */
const thirdWord = (tokens: Tokens, i: number, end: number) =>
  nameWord(tokens, i, end) &&
  (endsOnComma(tokens, i) ||
    PARTICLE.test(tokens.text(i - 1)) ||
    (!initial(tokens, i + 1, end) && (!nameWord(tokens, i + 1, end) || initial(tokens, i + 2, end))));
/** A name's particle, the word after it the name's too: "Frank J. Del Rio", "Ludwig van Beethoven". */
const PARTICLE = /^(?:Del|De|Della|Van|Von|Der|Den|La|Le|Di|Da|Du|St\.)$/;

/**
 * Whether "Sr." at word i, no comma after it, opens the title after the name: "Craig D. Wilson Sr. Asst. Chief Accountant" (c0161
 * flattened), and after a comma too, "David M. Rothenstein, Sr. Vice President, General Counsel" (c0944, as printed on one line);
 * a suffix "Sr." ends the name with a comma after it, or a title's word does not follow.
 */
function opensTitle(tokens: Tokens, i: number, end: number): boolean {
  return i + 1 < end && SENIOR_TITLE.test(tokens.text(i)) && TITLE_AFTER.test(tokens.text(i + 1));
}

/**
 * How many words from `at` make a person's name ("Mr. R. Scott Blackley, Jr.", "Daniel J. Jaksich", "Molly Strader Fruit"),
 * 0 when none starts there. A third word is taken only when no name starts with it: "Suzanne Hayes Pradip Bhaumik" and
 * "Angela Connell Daniel J. Jaksich" are two people.
 */
export function nameLength(tokens: Tokens, at: number, end: number): number {
  let i = at;
  if (COURTESY_WORD.test(wordOf(tokens, i))) i++;
  const first = i;
  if (initial(tokens, i, end)) {
    // "R. Scott Blackley", "D. Zachary Hudson".
    i++;
    if (!nameWord(tokens, i, end)) return 0;
    i++;
    if (!endsOnComma(tokens, i - 1) && thirdWord(tokens, i, end)) i++;
    if (PARTICLE.test(tokens.text(i - 1)) && nameWord(tokens, i, end)) i++;
  } else {
    if (!nameWord(tokens, i, end) || endsOnComma(tokens, i)) return 0;
    i++;
    while (initial(tokens, i, end) && i - first < 3) i++;
    if (!nameWord(tokens, i, end)) return 0;
    i++;
    if (i - first === 2 && !endsOnComma(tokens, i - 1) && thirdWord(tokens, i, end)) i++;
    if (PARTICLE.test(tokens.text(i - 1)) && nameWord(tokens, i, end)) i++;
  }
  if (i < end && SUFFIX.test(tokens.text(i)) && !opensTitle(tokens, i, end)) i++;
  return i - at;
}

/**
 * Splits the signature block of a flattened letter into its printed lines: the signed name, the name typed again ("By",
 * "Name:" before it), the title ("Title:" before it), a company, a page number or typist's initials after the title; and
 * the cc list into one line per person.
 * @param from the first word after the sign-off
 * @param splits the paragraph splits so far (the "/s/", "cc:", "Division of Corporation Finance" … lines are split already)
 * @param end where the block ends (the text's end; a later party's sign-off where several sign one after the other)
 */
export function splitSignatureLines(tokens: Tokens, from: number, splits: Marks, end = tokens.length): void {
  let start = from;
  // After "cc:" every line is the list's, however an earlier rule cut it ("cc: United States | Securities and Exchange Commission
  // Amanda Ravitz, …", c0154).
  let copies = false;
  while (start < end) {
    let stop = start + 1;
    while (stop < end && !splits.has(stop)) stop++;
    const label = copyLabelWords(tokens, start);
    if (label > 0) {
      copies = true;
      splitCopies(tokens, start + label, stop, splits);
    } else if (copies && (stop - start <= COPY_LINE_WORDS || listWordsOnly(tokens, start, stop)) && !tokens.texts.slice(start, stop).includes('|') && !APPENDED_TITLE_WORD.test(tokens.text(start))) splitCopies(tokens, start, stop, splits);
    else {
      // A long run, or a letterhead's "A | B | C" footer: the list has ended (an attachment, the page's foot). A signature's
      // mark opens a signed name however long the run after it ("/ S / MEREDITH B. CROSS Meredith B. Cross Appendix : …", c0740).
      copies = false;
      if (stop - start <= SIGNED_LINE_WORDS) splitSigned(tokens, start, stop, splits);
      else if (signedNameAt(tokens, start, stop) >= 0) splitSigned(tokens, start, start + SIGNED_LINE_WORDS, splits);
    }
    start = stop;
  }
}

/**
 * The first word of an appended document's title, a line of its own after the list (closing.ts APPENDED_DOCUMENT): the list has
 * ended there ("cc: Christine A. Torney Christine B. Adams APPENDIX 1 Form 8-K …", c0036 flattened, blind round 143: its "1" had been
 * cut off as the list's page number).
 */
const APPENDED_TITLE_WORD = new RegExp(`^(?:${APPENDED_DOCUMENT_WORD})$`);

/**
 * How many words the copy-to label at `start` holds: "cc:" one, "Copies to:" two (c0510 flattened, blind round 146: read as no label,
 * its eight people and their addresses had run together as one), "With copies to:" three; 0: no label.
 */
function copyLabelWords(tokens: Tokens, start: number): number {
  const label = COPY_LABEL.exec(`${tokens.text(start)} ${tokens.text(start + 1)} ${tokens.text(start + 2)}`);
  return label === null ? 0 : label[0].trim().split(/\s+/).length;
}
/** The copy-to label's words (vocabulary COPY_TO_WORDS: "cc", "c.c.", "Copies to", "With copy to" …), then a colon or a stop or not. */
const COPY_LABEL = new RegExp(String.raw`^(?:${COPY_TO_WORDS})(?![\p{L}\d])[:.]?`, 'iu');

/**
 * Whether a run longer than a list's line holds only a list's words, up to COPY_RUN_MOST: names, titles, firms and addresses, no
 * word in lower case but the small ones that join names ("Division of Corporation Finance 100 F Street, N.E. Washington, D.C. 20549
 * Kenneth S. Siegel, Esq. Chief Administrative Officer and General Counsel Starwood Hotels & Resorts Worldwide, Inc. One StarPoint …",
 * the last three of c0510's eight copies, blind rounds 146 and 157: past the list's length, they had been read as no list's).
 */
function listWordsOnly(tokens: Tokens, start: number, stop: number): boolean {
  return stop - start <= COPY_RUN_MOST && tokens.texts.slice(start, stop).every((word) => !/^\p{Ll}/u.test(word) || NAME_SMALL_WORD.test(word));
}
/** The most words of a run of a list's words alone still read as the list (listWordsOnly). */
const COPY_RUN_MOST = 200;

/** The most words of a run read as a signature's lines (longer: an attachment, unless a signature's mark opens it). */
const SIGNED_LINE_WORDS = 60;
/** The most words of a run after "cc:" still read as the list (longer: an attachment). */
const COPY_LINE_WORDS = 60;

/** One line of the block: "/s/ Name Name Title …", "Name Title …", "/s/ Name for Name Title …". */
function splitSigned(tokens: Tokens, from: number, to: number, splits: Marks): void {
  const signed = signedNameAt(tokens, from, to);
  const at = signed < 0 ? from : signed;
  let rest = typedAgain(tokens, at, to, splits);
  if (rest < 0) {
    // Signed for another ("/s/ Jacqueline Kaufman for" over "Mara L. Ransom", c0655): the line ends after "for".
    const onBehalf = forAnother(tokens, at, to);
    const name = onBehalf > 0 ? nameLength(tokens, onBehalf, to) : nameLength(tokens, at, to);
    if (name === 0) return;
    if (onBehalf > 0) splits.add(onBehalf);
    rest = (onBehalf > 0 ? onBehalf : at) + name;
    // Another name typed under the one signed, a title after it: the letter signed for its author ("/s/ Kate Tillan Martin James
    // Senior Assistant Chief Accountant", c0064 flattened), a name signed with a slip ("/s/ Peter L. Summers Peter L. Sumners Counsel",
    // c1043), or an addressee set at the letter's foot (c0510): a line of its own.
    const other = onBehalf > 0 || rest >= to ? 0 : nameLength(tokens, rest, to);
    if (other > 0 && rest + other < to && TITLE_WORD.test(tokens.text(rest + other))) {
      splits.add(rest);
      rest += other;
    }
  }
  if (rest >= to) return;
  // The staff's "Office Chief" opens a title too (a delegated-authority order's signer, c0283), though "Office of …" is an office's line.
  if (/^Title:$/i.test(tokens.text(rest)) || TITLE_WORD.test(tokens.text(rest)) || (tokens.text(rest) === 'Office' && tokens.text(rest + 1) === 'Chief')) {
    splits.add(rest);
    splitAfterTitle(tokens, rest, to, splits);
  } else if (firmAt(tokens, rest, to, false)) {
    // A firm under the signed name, the letter's counsel's ("/s/ Greg R. Samuel Haynes and Boone, LLP", c0860, blind round 151: no
    // signatory had been read): a line of its own.
    splits.add(rest);
  } else splitTrailer(tokens, rest, to, splits);
}

/**
 * Where the signed name starts after a typed signature's mark at word i, "By:" before it or not: after "/s/" (one word) or
 * "/ s /" (three: SIGNATURE_MARK), at a mark glued to the name ("/s/Richard A. Cheap", c0162: wordOf reads the name without it);
 * -1 when no mark starts there.
 */
function signedNameAt(tokens: Tokens, i: number, to: number): number {
  const from = /^By:?$/.test(tokens.text(i)) ? i + 1 : i;
  if (from < to && GLUED_MARK.test(tokens.text(from))) return from;
  let text = '';
  for (let k = from; k < Math.min(to, from + 3); k++) {
    text += tokens.text(k);
    if (WHOLE_MARK.test(text)) return k + 1;
  }
  return -1;
}
const WHOLE_MARK = new RegExp(`^${SIGNATURE_MARK}$`);
const GLUED_MARK = /^\/s\/\S/i;

/** Where the person signed for starts, after "for" or "(for)" among the first words of a signature line; 0 when none is. */
function forAnother(tokens: Tokens, at: number, to: number): number {
  for (let i = at + 1; i < Math.min(to, at + 6); i++) if (/^\(?for\)?$/.test(tokens.text(i)) && nameLength(tokens, i + 1, to) > 0) return i + 1;
  return 0;
}

/**
 * The name signed and typed again under it ("/s/ Bob Shanks Bob Shanks", "/s/ Marc D. Hamburg By Marc D. Hamburg", "/s/ D. Z ACHARY
 * H UDSON D. Zachary Hudson"): the typed name's line split off; returns the word after it, -1 when the name is not typed again.
 */
function typedAgain(tokens: Tokens, at: number, to: number, splits: Marks): number {
  for (let k = 1; k <= 6 && at + k < to; k++) {
    const word = tokens.text(at + k - 1);
    if (TITLE_WORD.test(word) || NOT_NAME_WORD.test(word) || LEGAL_FORM_WORD.test(word)) return -1;
    const signed = lettersOf(tokens, at, at + k);
    if (signed.length < 4) continue;
    const short = lettersOf(tokens, at, at + k, false);
    let typed = at + k;
    while (typed < to && (BETWEEN_NAMES.test(tokens.text(typed)) || COURTESY_WORD.test(tokens.text(typed)))) typed++;
    for (let m = 1; m <= 7 && typed + m <= to; m++) {
      const again = lettersOf(tokens, typed, typed + m);
      // Typed in full under initials ("A.N. Parker" over "Anne Nguyen Parker"), the typed name is the longer.
      const abbreviated = abbreviates(tokens, at, at + k, typed, typed + m);
      if (again.length > signed.length && !abbreviated && m > INITIALS_MAX) break;
      if (again !== signed && !abbreviated && (m < 2 || lettersOf(tokens, typed, typed + m, false) !== short)) continue;
      // "By" and "Name:" open the typed name's line; a signature's rule stays with the signed name.
      let line = at + k;
      while (line < typed && SIGNED_LINE_END.test(tokens.text(line))) line++;
      splits.add(line);
      let rest = typed + m;
      if (rest < to && SUFFIX.test(tokens.text(rest)) && !opensTitle(tokens, rest, to)) rest++;
      return rest;
    }
  }
  return -1;
}

/** The most initials a signed name abbreviates (abbreviates). */
const INITIALS_MAX = 3;

/**
 * Whether a name signed with initials abbreviates the name typed under it: "A.N. Parker" over "Anne Nguyen Parker" (c0016, c0494):
 * one initial per typed word before the same last name.
 */
function abbreviates(tokens: Tokens, signedFrom: number, signedTo: number, typedFrom: number, typedTo: number): boolean {
  if (signedTo - signedFrom < 2 || typedTo - typedFrom > INITIALS_MAX + 1) return false;
  let initials = '';
  for (let i = signedFrom; i < signedTo - 1; i++) {
    const word = wordOf(tokens, i);
    if (!INITIAL.test(word)) return false;
    initials += word.replace(/[^\p{Lu}]/gu, '');
  }
  if (typedTo - typedFrom !== initials.length + 1) return false;
  for (let j = 0; j < initials.length; j++) if (!nameWord(tokens, typedFrom + j, typedTo) || wordOf(tokens, typedFrom + j)[0] !== initials[j]) return false;
  return nameWord(tokens, typedTo - 1, typedTo) && lettersOf(tokens, signedTo - 1, signedTo) === lettersOf(tokens, typedTo - 1, typedTo);
}

/** After a title: a company with its legal form, "Page 6 of 6", a page number or typist's initials start lines of their own. */
function splitAfterTitle(tokens: Tokens, title: number, to: number, splits: Marks): void {
  let company = false;
  for (let i = title + 1; i < to; i++) {
    if (splitTrailer(tokens, i, to, splits)) return;
    // After the company only a trailer is looked for ("… (AbbVie Inc.) VIA EMAIL").
    if (!company && (LEGAL_FORM_WORD.test(tokens.text(i)) || LEGAL_FORM_IN_CAPITALS.test(tokens.text(i)))) {
      company = true;
      // The company's name runs back from its legal form to the word the title ends on, or to the "of" joining it to the
      // title ("… and Treasurer of BXP, Inc.", c0514: the company is no part of the title).
      // A title's bracketed role ends it too: "Chief Financial Officer (Principal Financial and Accounting Officer) Insulet Corporation" (c0040).
      const endsTitle = (word: string) => TITLE_END.test(word) || word.endsWith(')');
      let start = i;
      // A company in brackets after the title is its own line too ("Chief Financial Officer (AbbVie Inc.)", c0117).
      while (start - 1 > title && !endsTitle(tokens.text(start - 1)) && /^\(?(?:\p{Lu}|&)/u.test(tokens.text(start - 1)) && !tokens.text(start).startsWith('(')) start--;
      if (start - 1 > title && /^(?:of|at)$/.test(tokens.text(start - 1)) && TITLE_END.test(tokens.text(start - 2))) splits.add(start - 1);
      else if (start > title + 1 && endsTitle(tokens.text(start - 1))) splits.add(start);
    }
  }
}

/**
 * Whether word `i` starts what follows a signature on a line of its own: the page's number or code as the block's last words
 * (`end`: the line's end), "Page 6 of 6", a typist's initials. Split there when it does.
 */
function splitTrailer(tokens: Tokens, i: number, end: number, splits: Marks): boolean {
  const word = tokens.text(i);
  // A page number "- 3 -" printed in three words at the block's end (c0731).
  const dashedNumber = i === end - 3 && word === '-' && /^\d{1,3}$/.test(tokens.text(i + 1)) && tokens.text(i + 2) === '-';
  // A delivery legend after the title: "VIA EMAIL", "Via EDGAR" (c0117).
  const delivery = /^VIA$/i.test(word) && DELIVERY.test(tokens.text(i + 1));
  // A page code printed in two words as the block's last: "BSC- 6", the letters of its confidential-treatment footer (c0415, blind round 113).
  const pageCode = i === end - 2 && /^[A-Z]{2,10}-$/.test(word) && /^\d{1,3}$/.test(tokens.text(i + 1));
  if (TYPIST.test(word) || (/^\d{1,3}$/.test(word) && i === end - 1) || dashedNumber || delivery || pageCode || (/^Page$/.test(word) && /^\d{1,3}$/.test(tokens.text(i + 1)))) {
    splits.add(i);
    return true;
  }
  return false;
}

/** How a letter was delivered, after "Via". */
const DELIVERY = /^(?:E-?MAIL|EDGAR|FEDEX|FACSIMILE|FAX|OVERNIGHT|HAND|COURIER|ELECTRONIC)\b/i;

/** Words that end a company's name though no legal form: "Weingarten Realty Investors", "Essex Property Trust" (LEGAL_FORM has the forms). */
const COMPANY_LAST_WORD = /^(?:Investors|Realty|Properties|Partners|Holdings|Group|Trust|Capital|Bancorp|Bancshares|Industries|Enterprises|Technologies|Resources|Associates|Advisors|Brands|Foods)$/;

/**
 * Whether the words from `i` open a phrase, not a name, title or address: a capital, then two words in lower case or more among the
 * next few, small joining words aside, and no courtesy title (a person's entry, its title in lower case: "Ms. Rachel Gonzalez,
 * executive vice president", c0206).
 */
function phraseInLowerCase(tokens: Tokens, i: number, to: number): boolean {
  if (!/^\p{Lu}/u.test(tokens.text(i))) return false;
  const words = tokens.texts.slice(i + 1, Math.min(to, i + PHRASE_WORDS));
  if (words.some((word) => COURTESY_WORD.test(word))) return false;
  return words.filter((word) => /^\p{Ll}+$/u.test(word) && !NAME_SMALL_WORD.test(word)).length >= 2;
}
/** What names an appended document after its first word: "I", "A", "1", "99.1", "A-1". */
const DOCUMENT_DESIGNATOR = /^(?:[IVX]{1,4}|[A-Z](?:-\d{1,2})?|\d{1,3}(?:\.\d{1,2})?)[.:]?$/;
/** How many words tell a phrase (phraseInLowerCase). */
const PHRASE_WORDS = 8;

/** A word that goes on with a firm's name: "&", a legal form ("LLP"). */
const FIRM_GOES_ON = new RegExp(`^(?:&|${LEGAL_FORM_WORD.source.slice(1)})`);

/**
 * The cc list: a line per person. A person starts where a name follows the end of the entry before (its title's last word,
 * a firm or company, a closing parenthesis, a name alone), or where a name with a comma after it follows any word but a
 * joining one; what follows a name with no comma between (a title, a firm) goes on a line of its own, as printed under the
 * name; a page number ending the list is set apart.
 */
export function splitCopies(tokens: Tokens, from: number, to: number, splits: Marks): void {
  let i = from;
  // How the copies went, before the first name: "cc: Via E-mail Richard A. Cheap, …" (c0038), a line of its own.
  if (/^(?:Via|By)$/i.test(tokens.text(from)) && DELIVERY.test(tokens.text(from + 1)) && from + 2 < to) {
    i = from + 2;
    splits.add(i);
  }
  let entryStart = i;
  /** The entry so far, up to word k, is a name alone (two words or more, no comma after). */
  const aloneBefore = (k: number) => k - entryStart >= 2 && !tokens.text(k - 1).endsWith(',') && nameLength(tokens, entryStart, k) === k - entryStart;
  while (i < to) {
    const previous = tokens.text(i - 1);
    // A firm's names after "&" are no person ("Wachtell, Lipton, Rosen & Katz"), nor is its legal form after a comma, though it
    // reads as initials ("… Goodrich & Rosati, P.C. Lisa L. Stimmell, …": the next person is Lisa L. Stimmell, not L. Stimmell).
    // With no comma, only a professional firm's form is the firm's ("… Goodrich & Rosati P.C. Rezwan D. Pavri, …", c1145).
    const firmGoesOn = /^(?:&|and|of|the|de)$/.test(previous) || (previous.endsWith(',') ? LEGAL_FORM_WORD : FIRM_FORM_WORD).test(tokens.text(i));
    let name = i > from && firmGoesOn ? 0 : nameLength(tokens, i, to);
    // A title's last word with a comma after it goes on to the company: "… Corporate Secretary, Capital One Financial Corporation" (c0405).
    const titleEnds = TITLE_END.test(previous) && !previous.endsWith(',');
    // A firm's name that opens like a person's, under a name alone: the name's firm, a line of its own ("Michael J. Silver Hogan
    // Lovells US LLP", c0719, blind round 113: "Hogan Lovells" had been read as a person, "US LLP" as a line under them).
    // So is a company under a title ("Matthew W. Cooper, General Counsel Capital One Financial Corporation", c0167, blind round 150:
    // "Capital One" had been a person, "Financial Corporation" a line under them).
    const underTitle = i > entryStart && titleEnds;
    if (name > 0 && (aloneBefore(i) || underTitle) && firmAt(tokens, i, to, false)) {
      splits.add(i);
      while (i < to && !LEGAL_FORM_WORD.test(tokens.text(i))) i++;
      i++;
      continue;
    }
    if (name === 0) {
      if (i === to - 1 && /^(?:\d{1,3}|-\d{1,3}-)$/.test(tokens.text(i))) splits.add(i);
      // A footnote printed at the last page's foot, under the list: its number after a word, then a sentence ("… Assistant
      // Director, SEC 2 For the purposes of this assessment, …", c0781; not a table's row, "… 23 90 Development costs 8 …").
      else if (i > entryStart && /\p{L}[.)]?$/u.test(previous) && /^\d{1,2}$/.test(tokens.text(i)) && /^\p{Lu}\p{Ll}+$/u.test(tokens.text(i + 1)) && /^\p{Ll}/u.test(tokens.text(i + 2))) splits.add(i);
      // An appended document's title ending the text after an entry's end, the document's pages images ("… Matthew M. Ricciardi
      // (Berkley) Appendix I", c0791, blind round 158: the title had been read as the entry's words), a line of its own. Only where
      // the title ends the run ("… (RULE 83) APPENDIX A [***] …" follows a page legend run into the last entry, c1017).
      else if (i > entryStart && i + 2 === to && /[)]$/.test(previous) && APPENDED_TITLE_WORD.test(tokens.text(i)) && DOCUMENT_DESIGNATOR.test(tokens.text(i + 1))) {
        splits.add(i);
        break;
      }
      // A page's confidentiality legend run on after the last entry, in capitals ("… Matthew M. Guest, Wachtell, Lipton, Rosen & Katz
      // CONFIDENTIAL TREATMENT REQUESTED BY DISCOVER FINANCIAL SERVICES …", c1017 flattened): a line of its own, the list's end.
      else if (i > entryStart && /^CONFIDENTIAL$/.test(tokens.text(i)) && /^TREATMENT$/.test(tokens.text(i + 1))) {
        splits.add(i);
        break;
      }
      // A capitalised phrase with words in lower case right after an entry's legal form: what follows the list ("… Michael Turner,
      // Ernst & Young LLP Marketing of the AutoCAD web and mobile apps …", the slides c0766 encloses, blind round 157: the entry,
      // run into them past the list's length, had been lost), a run of its own.
      // (Not after a comma, which goes on with the entry's place: "… Deloitte & Touche LLP, Seattle Ms. Rachel Gonzalez, executive
      // vice president …", c0206.)
      else if (i > entryStart && !previous.endsWith(',') && (FIRM_FORM_WORD.test(previous) || (tokens.text(i - 2).endsWith(',') && LEGAL_FORM_WORD.test(previous))) && phraseInLowerCase(tokens, i, to)) {
        splits.add(i);
        break;
      }
      // A street number right after a title's last word: the letterhead's footer under the list ("… Chief Accounting Officer 7665
      // Corporate Center Drive Miami, Florida 33126 Tel. …", c0982 flattened), a line of its own.
      else if (i > entryStart && TITLE_END.test(previous) && /^\d{1,6}$/.test(tokens.text(i)) && /^\p{Lu}/u.test(tokens.text(i + 1))) {
        splits.add(i);
        // A footer that gives a telephone is the block's last line: its place names are no one's.
        if (tokens.texts.slice(i, to).some((word) => /^(?:Tel|Telephone|Phone|Fax)\.?:?$/i.test(word))) break;
      }
      i++;
      continue;
    }
    // A company's last word before the next person's name is the company's, not a first name: "… Weingarten Realty Investors Toni
    // Weinstein, Dentons US LLP" (c0824, blind round 101).
    if (name === 3 && i > entryStart && COMPANY_LAST_WORD.test(tokens.text(i)) && /^\p{Lu}/u.test(previous) && !previous.endsWith(',') && nameLength(tokens, i + 1, to) === 2 && tokens.text(i + 2).endsWith(',')) {
      i++;
      continue;
    }
    // A name with a comma after it opens an entry after any word but a joining one ("… L3Harris Scott T. Mikuen, Senior …", c0026).
    // So does a name with a middle initial, a person's shape no firm's or title's words take ("… Rosen & Katz Edward J. Lee
    // Wachtell, …", c0439).
    const personShaped = tokens.text(i + name - 1).endsWith(',') || (name === 3 && !COURTESY_WORD.test(tokens.text(i)) && !initial(tokens, i, to) && initial(tokens, i + 1, to));
    const opensEntry = personShaped && !/^(?:and|&|of|the|at|for|[-–—])$/.test(previous);
    // An address ends an entry at its ZIP code: "… Washington, D.C. 20549 Jaime John Accounting Branch Chief …" (c0510 flattened).
    const addressEnds = /^\d{5}(?:-\d{4})?$/.test(previous) && /^(?:[A-Z]{2}|D\.C\.|\p{Lu}\p{Ll}+)$/u.test(tokens.text(i - 2));
    const endsEntry = i > entryStart && (opensEntry || aloneBefore(i) || titleEnds || addressEnds || LEGAL_FORM_WORD.test(previous) || /[)]$|^Esq\.?$|^SEC$/.test(previous));
    // A new entry's third word before "&" or a legal form is its firm's: "Troy Harder Bracewell LLP", "Paul Zier Kirkland & Ellis LLP"
    // (c0070, c0281); inside an entry ("Farzad F. Damania, Katten Muchin Rosenman LLP") the words after the name are the firm's anyway.
    if ((i === entryStart || LEGAL_FORM_WORD.test(previous)) && name === 3 && !tokens.text(i + 2).endsWith(',') && FIRM_GOES_ON.test(tokens.text(i + 3))) name = 2;
    if (endsEntry) {
      splits.add(i);
      entryStart = i;
    }
    // What follows an entry's name with no comma between is printed under it: a title, or a company ("Donald J. Reid" / "Crown
    // Castle Inc."); a legal form goes on with the words before it ("Sidley Austin LLP"), a parenthesis stays ("(SEC)").
    const after = i + name;
    const next = tokens.text(after);
    if (after < to && i === entryStart && !tokens.text(after - 1).endsWith(',') && /^\p{Lu}/u.test(next) && !LEGAL_FORM_WORD.test(next) && nameLength(tokens, after, to) === 0) splits.add(after);
    i = after;
  }
  // A title's last word with no comma after it, then a firm's name ending in its legal form: the firm is a line of its own
  // ("D. Timothy Carey, Partner PricewaterhouseCoopers LLP", c0009).
  // So is a firm after a company's or firm's legal form: "… General Mills, Inc. KPMG LLP" (c0501), "… Deloitte & Touche LLP Haynes and
  // Boone, LLP" (c0101); not inside a name ("Division of Corporation Finance"), nor after the Commission's name.
  for (let k = from; k + 1 < to; k++) {
    const word = tokens.text(k);
    const endsTitle = TITLE_END.test(word);
    const endsCompany = LEGAL_FORM_WORD.test(word) && !/^Commission\b/.test(word) && tokens.text(k - 1) !== 'of';
    if ((endsTitle || endsCompany) && !word.endsWith(',') && firmAt(tokens, k + 1, to, endsTitle)) splits.add(k + 1);
  }
}

/**
 * Whether a firm's name starts at word i: capitalised words ("&", "and", "of" between) ending on a legal form within a few words
 * ("Bracewell LLP", "Securities and Exchange Commission").
 * @param proseMayFollow false: not where a word in lower case follows the legal form
 */
function firmAt(tokens: Tokens, i: number, to: number, proseMayFollow = true): boolean {
  if (!/^\p{Lu}/u.test(tokens.text(i)) || TITLE_WORD.test(tokens.text(i)) || LEGAL_FORM_WORD.test(tokens.text(i))) return false;
  for (let j = i + 1; j < Math.min(to, i + FIRM_WORDS); j++) {
    const word = tokens.text(j);
    // A company that a sentence goes on from is the sentence's subject, no recipient ("DoorDash, Inc. requests that …", c0858).
    if (LEGAL_FORM_WORD.test(word)) return proseMayFollow || j + 1 >= to || !/^\p{Ll}/u.test(tokens.text(j + 1));
    // A comma before the form is the firm's ("Haynes and Boone, LLP", c0101 flattened).
    // A title's words inside are a company's ("Capital One Financial Corporation", c0167), not a title's last word ("John Doe Vice
    // President Acme Corp." is a person, a title and a company).
    if (!/^(?:\p{Lu}|(?:&|and|of)$)/u.test(word) || (word.endsWith(',') && !LEGAL_FORM_WORD.test(tokens.text(j + 1))) || TITLE_END.test(word)) return false;
  }
  return false;
}
/** The most words of a firm's name before its legal form, and the form. */
const FIRM_WORDS = 6;
