// Owns the people a letter's closing names: who signs it, with what title (a staff member, a company officer's "By: / Name: /
// Title:" block, a signature "for" another), and who is copied (one cc entry per person, with title, company or firm).
import type { ClassifiedLine } from '../classify/index.js';
import { DATE, SIGN_OFF, SIGNATURE_START } from '../classify/letter-parts.js';
import { COMMISSION_NAME, DIVISION_NAME, FIRM_FORM, LEGAL_FORM, NAME_SMALL_WORD, PERSONAL_TITLE, RULE_ALONE, STAFF_OFFICE, TITLE_AFTER_SENIOR } from '../vocabulary.js';
import { CORPORATE, NOT_A_PERSON, PERSON_NAME } from './metadata.js';

/**
 * Signatories from "/s/ Name" lines, or the name after the sign-off, each with the line below as title.
 * @param staff whether the letter is the staff's (a staff member signs for another: "/s/ Kate Tillan" / "Martin James")
 */
export function readSignatories(closing: readonly ClassifiedLine[], staff = false): { name: string; title: string | null }[] {
  const unfurnished = closing.filter((l) => !l.furniture);
  const { kept, texts } = joinWrappedNames(
    unfurnished,
    unfurnished.map((l) => l.line.text.replace(/\t+/g, ' ').trim()),
  );
  // Counted among the lines kept: page furniture above the cc line must not move the list's start past it.
  const ccAt = kept.findIndex((l) => l.cc);
  const end = ccAt >= 0 ? ccAt : texts.length;
  const out: { name: string; title: string | null }[] = [];
  // The rule a signature is written on, printed as a line of its own between the signed name and the name typed under it ("/s/
  // Cedric W. Burgher" / "______" / "Cedric W. Burgher" / "Senior Vice President …", c0045; w3m's "━━━…", c0592): passed over.
  // So is a "Name:" label alone on its line, the name typed on the next (a "By: / Name: / Title:" block set as a table, its cells
  // a line each: c0279 dumped by lynx).
  const afterRule = (j: number) => {
    while (j < end && (SIGNATURE_RULE_LINE.test(texts[j] as string) || RULE_ALONE.test(texts[j] as string) || NAME_LABEL_ALONE.test(texts[j] as string))) j++;
    return j;
  };
  const usable = (text: string | undefined, j: number) => text !== undefined && j < end && !SIGNATURE_START.test(text) && !/^(?:cc|enclosure)/i.test(text) && !NOT_A_TITLE.test(text);
  const titleAfter = (i: number, name: string): string | null => {
    let j = afterRule(i + 1);
    // The name typed again under the signature: alone, after "By" or "Name:", an "Esq." after it (a company's "By: / Name: / Title:"
    // block, c0477, c0813, c0616, c0982); "Cecilia Blye, Chief": the name again before the title (c0367, c0585, c1042).
    let title = texts[j] === undefined ? undefined : (afterTypedName(texts[j] as string, name) ?? texts[j]);
    // The name typed with other spacing or marks ("/s/ Terence O'Brien" over "Terence O’ Brien", c0500) is the name too.
    if (title === '' || (title !== undefined && lettersOf(title) === lettersOf(name))) title = texts[++j];
    title = title?.replace(/^Title:\s*/i, '');
    // "Title:" alone, the title on the line below (c0292); a dotted signature line above the title (c0188).
    if (title === '' || /^[.…_\s-]+$/.test(title ?? '')) title = texts[++j];
    // The company's name between the name and the title ("Kurt Camilleri" / "Baker Hughes, a GE company" / "Vice President,
    // Controller and Chief Accounting Officer", c0699): the title is the line below it.
    // Not a copied person's entry under it ("Tyler Glover, President, …", a cc list whose label w3m set apart, c0860).
    const below = texts[j + 1];
    if (title !== undefined && companyLine(title) && usable(below, j + 1) && TITLE_LAST_WORD.test(below as string) && !personAlone((below as string).split(',')[0] as string)) title = texts[++j];
    // The company after the title, on its line ("… Chief Financial Officer and Treasurer of Boston Properties, Inc.", c0149;
    // "Controller and Chief Accounting Officer Citigroup Inc.", c1121): the title ends before it.
    if (title !== undefined) title = titleBeforeCompany(title);
    // Nor does a title open on an initial: a name's rest run into the line ("/s/ David." / "A. Campbell David A. Campbell Executive
    // Vice President …", c0362 flattened).
    // A firm's or a company's name alone is where the person works, no title ("/s/ Andrew L. Fabens" / "Gibson, Dunn & Crutcher LLP",
    // c0130; "of LATHAM & WATKINS LLP", c0306).
    // Nor is another person's name (an addressee set under a company's signature, c0510).
    if (!title || !usable(title, j) || title.length > 140 || CORPORATE.test(title) || companyLine(title.replace(/^of\s+/i, '')) || /^\p{Lu}\.\s/u.test(title) || personAlone(title)) return null;
    // A second line in parentheses: "Controller" / "(Chief Accounting Officer)" (c0696).
    if (/^\(.*\)$/.test(texts[j + 1] ?? '') && usable(texts[j + 1], j + 1) && !CORPORATE.test((texts[j + 1] as string).slice(1, -1))) return `${title} ${texts[j + 1]}`;
    // A title wrapped onto the next line: "Executive Vice President and" / "Chief Financial Officer" (c0317), "…, General" / "Counsel" (c0163).
    // "Chief" alone heads the office below it: "Chief, Office of Global Security Risk" (2016-mrsh-completed-upload). Other titles do
    // not go on onto an office (that is letter.office).
    if (title === 'Chief' && /^Office of\b/.test(texts[j + 1] ?? '') && usable(texts[j + 1], j + 1)) return `Chief, ${texts[j + 1]}`;
    // Lines that go on in lower case ("and Chief Accounting Officer", c0912) or stack more titles ("Vice President" / "Corporate
    // Controller", c0044, c0104) are the title's too, when nothing but the cc list or the end comes after them.
    for (let k = j + 1; k <= j + 3; k++) {
      const next = texts[k];
      // An office of the Commission's under the title is not the person's; an office held that names a field is ("General Counsel –
      // Securities & Governance", c0706).
      if (!usable(next, k) || (next as string).length > 90 || CORPORATE.test(next as string) || (NOT_A_PERSON.test(next as string) && !STACKED_TITLE.test(next as string))) break;
      if (TITLE_GOES_ON.test(title) || /^(?:and|&)\s/.test(next as string) || OFFICER_ALONE.test(next as string) || wrappedTitle(title, next as string)) title = `${title} ${next}`;
      else if (STACKED_TITLE.test(next as string) && (k + 1 >= end || titleEndsBefore(texts[k + 1] as string))) title = `${title}, ${next}`;
      else break;
    }
    return title;
  };
  for (let i = 0; i < end; i++) {
    const m = SIGNED.exec(texts[i] ?? '');
    // The signature's rule after the name is no part of it ("/s/ Carey S. Roberts______", c0172).
    const signed = m?.[1]?.replace(/[_.…]{3,}\s*$/, '').trim();
    if (signed === undefined || NOT_A_PERSON.test(signed)) continue;
    // "/s/ Mary Beth Breslin for" (or "(for)", c0196) over "Suzanne Hayes": signed on behalf of the person below, whose letter it is (c0368).
    const onBehalf = /\s+\(?for\)?$/i.exec(signed) && PERSON_NAME.test(texts[i + 1] ?? '') && i + 1 < end ? (texts[i + 1] as string) : undefined;
    // The name typed in full under a signature written short or in capitals: "/s/ A.N. Parker" / "Anne Nguyen Parker" (c0016),
    // "/S/ MEREDITH B. CROSS" / "Meredith B. Cross" (c0740).
    // The fuller of the two spellings names the person ("/s/ Mara L. Ransom" over "Mara Ransom" keeps the initial); the title follows the typed line.
    const below = afterRule(i + 1);
    const typed = onBehalf === undefined && below < end ? typedName(texts[below] as string, signed) : undefined;
    // Another name typed under the signature, a title below it: in a staff letter, the letter is that person's, signed for them
    // ("/s/ Kate Tillan" / "Martin James" / "Senior Assistant Chief Accountant", c0064); in any letter, the name signed with a slip
    // ("/s/PATRICK GORIS S" / "Patrick Goris", c0056; "/s/ Peter L. Summers" / "Peter L. Sumners" / "Counsel", c1043): the name
    // typed is the one printed to be read. Under a company's signature, someone else at the Commission is the letter's addressee
    // set at its foot ("/s/ O. Keith Hallam, III" / "Sonia Gupta Barros" / "Assistant Director, …", c0510).
    const other = onBehalf === undefined && typed === undefined && below + 1 < end ? nameOverTitle(texts[below] as string, texts[below + 1] as string) : undefined;
    const signedFor = other !== undefined && lettersOf(other) !== lettersOf(signed) && (staff || firstWord(other) === firstWord(signed)) ? other : undefined;
    // The same words, marks aside, as typed ("/s/ David. A. Campbell" over "David A. Campbell", c0362, blind round 116): the typed name.
    const sameWords = typed !== undefined && words(typed) === words(signed) && typed.replace(/[.,\s]/g, '') === signed.replace(/[.,\s]/g, '');
    const fuller = typed !== undefined && (sameWords || words(typed) > words(signed) || typed.length > signed.length + 3 || !/\p{Ll}/u.test(signed)) ? typed : signed;
    const signatory =
      onBehalf !== undefined
        ? { name: onBehalf, title: titleAfter(i + 1, onBehalf) }
        : typed !== undefined
          ? { name: fuller, title: titleAfter(below, typed) }
          : signedFor !== undefined
            ? { name: signedFor, title: titleAfter(below, signedFor) }
            : { name: signed, title: titleAfter(i, signed) };
    // A firm signing (a law firm's letter: "/s/ Davis Polk & Wardwell LLP", c0297) is no person.
    if (CORPORATE.test(signatory.name) || FIRM.test(signatory.name)) continue;
    // One person signing twice, for two companies, is one signatory (c1072).
    if (!out.some((o) => o.name === signatory.name && o.title === signatory.title)) out.push(signatory);
  }
  if (out.length > 0) return out;
  const signOff = texts.findIndex((t) => SIGN_OFF.test(t));
  if (signOff < 0) return out;
  // Staff letters since about 2019 are signed by the Division, with the office below it: no person
  // signs them, so no signatory (the office is letter.office; 2024-adm-10k-upload, 2022-bxp-def14a-upload).
  if (texts.slice(signOff + 1, signOff + 3).some((t) => /^Division of Corporation Finance$/i.test(t))) return [];
  for (let i = signOff + 1; i < end && i <= signOff + 3; i++) {
    const text = texts[i] ?? '';
    if (/^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}$/.test(text) && !NOT_A_PERSON.test(text) && !/LLP|LLC|Inc\b/.test(text)) {
      out.push({ name: text, title: titleAfter(i, text) });
      break;
    }
  }
  return out;
}

/** A line that only draws the rule a signature is written on: dots, ellipses, underscores. */
const SIGNATURE_RULE_LINE = /^[.…_]{3,}$/;

/**
 * Signatories with no title under their signature take the one their letterhead prints under their name ("Bob Shanks" / "Executive
 * Vice President" / "Chief Financial Officer" / "World Headquarters", c0062; "William O’Donnell" / "Executive Vice President and" /
 * "Chief Accounting Officer", c0666): a letter written on its signer's own letterhead.
 */
export function withLetterheadTitles(signatories: { name: string; title: string | null }[], head: readonly ClassifiedLine[]): { name: string; title: string | null }[] {
  if (signatories.every((s) => s.title !== null)) return signatories;
  const texts = head.filter((l) => !l.furniture).map((l) => l.line.text.replace(/\t+/g, ' ').trim());
  return signatories.map((s) => {
    if (s.title !== null) return s;
    const at = texts.findIndex((text) => lettersOf(text) === lettersOf(s.name));
    if (at >= 0) return { name: s.name, title: titleLines(texts, at + 1) };
    // A letterhead run together on one line (flattened text: "Document June Howard Senior Vice President Chief Accounting Officer
    // Financial Services"): the title's words after the name, up to the last office named.
    for (const text of texts) {
      const from = wholeWordsAt(text, s.name);
      const title = from < 0 ? undefined : TITLE_RUN.exec(text.slice(from))?.[1];
      // Offices that stood on lines of their own are set apart as printed ("Senior Vice President, Chief Accounting Officer").
      if (title !== undefined) return { name: s.name, title: title.replace(/\b(Officer|President|Counsel|Secretary|Treasurer|Controller|Director|Chairman) (?!and\b|of\b|&)(?=\p{Lu})/gu, '$1, ') };
    }
    return s;
  });
}

/** Where the words after `name` start in `text`, the name standing as whole words; -1 when it does not. */
function wholeWordsAt(text: string, name: string): number {
  const at = text.indexOf(`${name} `);
  return at < 0 || (at > 0 && /\S/.test(text.charAt(at - 1))) ? -1 : at + name.length + 1;
}
/** A title's words, run on after a name, up to the last office they name: "Senior Vice President Chief Accounting Officer". */
const TITLE_RUN = /^((?:(?:Senior|Executive|Vice|Chief|Principal|Deputy|Assistant|Associate|Interim|Acting|Group|Corporate|General|Financial|Accounting|Operating|Legal|Administrative|Compliance|Global|Head|President|Officer|Counsel|Secretary|Treasurer|Controller|Director|Chairman|and|of|&|,)\s*)*\b(?:Officer|President|Counsel|Secretary|Treasurer|Controller|Director|Chairman))(?!\s*(?:and|&|of)\b)(?:\s|,|$)/;

/** The title that starts on line `at`, stacked over a few lines or wrapped; null when no title starts there. */
function titleLines(texts: readonly string[], at: number): string | null {
  let title = texts[at];
  if (title === undefined || title.length > 90 || !(TITLE_WORDS.test(title) || TITLE_LAST_WORD.test(title)) || CORPORATE.test(title) || /\d|@/.test(title)) return null;
  for (let k = at + 1; k <= at + 3 && k < texts.length; k++) {
    const next = texts[k] as string;
    if (next.length > 90 || /\d|@/.test(next) || CORPORATE.test(next)) break;
    if (TITLE_GOES_ON.test(title) || /^(?:and|&)\s/.test(next)) title = `${title} ${next}`;
    else if (STACKED_TITLE.test(next)) title = `${title}, ${next}`;
    else break;
  }
  return title;
}

/** A signature and the name signed: "/s/ Jane Doe", "By: /s/ Jane Doe". */
const SIGNED = new RegExp(String.raw`${SIGNATURE_START.source}\s*(.+)$`, 'i');
/**
 * A name wrapped in a narrow signature cell, its last words on the next line ("/s/ Michael P." / "Zechmeister", c0871; "Jason T."
 * / "Liberty", "/s/ Robert" / "F. Probst", c0082, c1074 dumped by w3m): one line, in the lines kept and their texts alike. A name
 * never ends on an initial, nor is a signature a first name alone.
 */
function joinWrappedNames(kept: readonly ClassifiedLine[], texts: readonly string[]): { kept: ClassifiedLine[]; texts: string[] } {
  const out = { kept: [] as ClassifiedLine[], texts: [] as string[] };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    const signed = SIGNED.exec(text)?.[1]?.trim();
    const cut = ENDS_ON_INITIAL.test(signed ?? text) || (signed !== undefined && FIRST_NAME_ALONE.test(signed));
    const tail = texts[i + 1];
    const joined = cut && tail !== undefined && NAME_TAIL.test(tail) && !TITLE_WORDS.test(tail) && !TITLE_LAST_WORD.test(tail);
    out.kept.push(kept[i] as ClassifiedLine);
    out.texts.push(joined ? `${text} ${tail}` : text);
    if (joined) i++;
  }
  return out;
}
/** A name cut after an initial: "Michael P.", "JASON T.". */
const ENDS_ON_INITIAL = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)+$/u;
const FIRST_NAME_ALONE = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** The rest of a name: a surname, its initials before it or not ("Zechmeister", "F. Probst", "LIBERTY"). */
const NAME_TAIL = /^(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’-]+$/u;
/** A name's first word, lower-cased. */
const firstWord = (name: string) => name.split(/\s+/)[0]?.toLowerCase();
/** How many words a name has. */
const words = (name: string) => name.split(/\s+/).length;
/** A name's letters alone, lower-cased: two spellings of one name compare equal. */
const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}]/gu, '');

/** A partnership's name: "Davis Polk & Wardwell LLP", "Baker Botts L.L.P.". */
const FIRM = new RegExp(String.raw`\b(?:${FIRM_FORM})$`);

/** The full name typed under a signature, when it ends with the signed name's last word: "Anne Nguyen Parker" under "A.N. Parker". */
function typedName(line: string, signed: string): string | undefined {
  const typed = line.replace(TYPED_NAME_PREFIX, '').replace(COURTESY_PREFIX, '').replace(/,?\s+Esq\.?$/i, '').trim();
  const last = (name: string) => name.split(/\s+/).at(-1)?.replace(/[.,]$/, '').toLowerCase();
  // Or spells the signed name's letters out ("/s/ D. Z ACHARY H UDSON", small capitals as text extraction spaces them, c0183).
  if (!PERSON_NAME.test(typed) || (last(typed) !== last(signed) && (/\p{Ll}/u.test(signed) || lettersOf(typed) !== lettersOf(signed)))) return undefined;
  // The same surname with other first names or initials is someone else ("/s/ B.C. Parker" over "Anne Nguyen Parker"): the initials
  // of one name's first words are among the other's ("A.N. Parker", "Anne Nguyen Parker"; "Mara Ransom", "Mara L. Ransom").
  if (last(typed) === last(signed)) {
    const [a, b] = [initialsBeforeLast(typed), initialsBeforeLast(signed)];
    if (!within(a, b) && !within(b, a)) return undefined;
  }
  return typed;
}

/** A person's name alone on its line, a title on the next: "Martin James" / "Senior Assistant Chief Accountant". */
function nameOverTitle(line: string, next: string): string | undefined {
  const name = line.replace(COURTESY_PREFIX, '').trim();
  if (!PERSON_NAME.test(name) || !noOffice(name) || FIRM.test(name)) return undefined;
  return TITLE_WORDS.test(next) || TITLE_LAST_WORD.test(next) ? name : undefined;
}

/** A person's name alone, no office in it: "Sonia Gupta Barros". */
const personAlone = (text: string) => PERSON_NAME.test(text) && text.split(/\s+/).every((word) => NAME_WORD.test(word)) && noOffice(text);
/** Words that name no office, title, Commission office or company: what a person's name is made of. */
const noOffice = (text: string) => !TITLE_WORDS.test(text) && !TITLE_LAST_WORD.test(text) && !NOT_A_PERSON.test(text) && !CORPORATE.test(text);

/** A word of a person's name: an initial, or a capital and lower-case letters ("Barros", "O’Brien"), or a particle ("van"). */
const NAME_WORD = /^(?:\p{Lu}\.?|\p{Lu}\p{Ll}[\p{L}’'-]*|de|van|von|der|la|du),?$/u;

/** A line naming a company, no office: "Baker Hughes, a GE company", "Citigroup Inc.". */
const companyLine = (text: string) => (CORPORATE.test(text) || FIRM.test(text) || /\bcompany$/i.test(text)) && !TITLE_WORDS.test(text) && !TITLE_LAST_WORD.test(text);

/** A title, then the company it is held at: "… Treasurer of Boston Properties, Inc.", "… Officer Citigroup Inc.". */
const TITLE_THEN_COMPANY = /^(.*\b(?:Officer|President|Counsel|Secretary|Treasurer|Controller|Director|Chairman|Chair|Partner|CEO|CFO|CAO|COO))(?:,?\s+(?:of|at)\s+|,\s*|\s+)([A-Z][^,]*(?:,\s*[A-Z][^,]*)?)$/;
/** The title without the company named after it; the title as it is when it names none. */
function titleBeforeCompany(title: string): string {
  const m = TITLE_THEN_COMPANY.exec(title);
  const company = m?.[2];
  return m?.[1] !== undefined && company !== undefined && companyLine(company) ? m[1] : title;
}

/** The first letters of a name's words and initials before its surname, lower-cased: "A.N. Parker" and "Anne Nguyen Parker" give "an". */
const initialsBeforeLast = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, -1)
    .flatMap((word) => word.split('.'))
    .map((part) => part.match(/\p{L}/u)?.[0]?.toLowerCase() ?? '')
    .join('');
/** Whether the letters of `short` appear in `long` in order. */
function within(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/** Lines under a signature that are no title: "Appendix:" (what follows the letter, c0740), typist's initials "CAR:nw" (c1066). */
const NOT_A_TITLE = /^(?:Appendix|Annex|Attachments?|Enclosures?|Exhibits?)\b.*:$|^[A-Z]{2,4}\s*[:/]\s*[a-z]{1,4}$/;

/** A line that is a title of its own: an office held ("Corporate Controller", "Principal Accounting Office"), no name, address or firm. */
const STACKED_TITLE = /^(?:[A-Z][\w&'’-]*\s+){0,4}(?:Controller|Officer|Office|Treasurer|Secretary|Counsel|President|Director|Chairman|Chair)(?:\s+[–—-]\s+[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]*){0,3})?$/;
/** What may follow a title's last line: the cc list, an enclosure, another stacked title. */
const titleEndsBefore = (text: string) => /^(?:cc|enclosure|attachment)/i.test(text) || STACKED_TITLE.test(text);

/** The words a title ends on: the office held ("Officer", "Counsel", "Secretary"), or what an office heads ("… Investor Relations and Corporate Development"). */
const TITLE_LAST_WORD = /\b(?:Officer|President|Counsel|Secretary|Treasurer|Controller|Director|Chairman|Chairwoman|Chair|Accountant|Partner|Manager|Attorney|Chief|Head|Analyst|Member|Principal|Advisor|Adviser|Development|Relations|Operations|Finance|Policy|Affairs|Governance|Strategy|Reporting|Accounting|Planning|Administration|Compliance|Services|Markets|Capital|Legal|Tax|Audit|Trustee|Founder|Signatory|Engineer|Specialist|Examiner|Consultant|CEO|CFO|COO|CAO|\))$/;
/**
 * A title wrapped in a narrow column mid-office ("… and Chief Corporate" / "Governance Officer", "Executive Vice President and
 * Chief Financial" / "Officer", printed HTML letters): the line does not end on a title's last word and the next is a few words
 * in capitals that do.
 */
const wrappedTitle = (title: string, next: string) => TITLE_WORDS.test(title) && !TITLE_LAST_WORD.test(title) && /^(?:\p{Lu}[\p{L}'’-]*,?\s*(?:and\s+|&\s+|of\s+)?){1,4}$/u.test(next) && TITLE_LAST_WORD.test(next);

/**
 * A title line that cannot end there: it stops on a joining word, a comma or a dash, or on a word a title goes on after ("Chief",
 * "General"), in whatever case the title is printed ("executive vice president, chief" / "financial officer", c0206 dumped by w3m;
 * "Vice President of Legal -" / "Governance and Corporate Secretary", c0288 likewise).
 */
const TITLE_GOES_ON = /(?:[,&\-–—]|\b(?:and|of|the|for|Chief|General|Senior|Executive|Vice|Principal|Deputy|Assistant|Associate))$/i;
/** A company's or a firm's legal form alone on its line: "Inc.", "LLP", "Corporation". */
const FORM_ALONE = new RegExp(String.raw`^(?:${LEGAL_FORM}|${FIRM_FORM})\.?$`);
/** "Officer" alone on its line ends the title above it ("Title: Chief Accounting" / "Officer", c0664 dumped by w3m): no office of its own. */
const OFFICER_ALONE = /^Officer$/i;

/**
 * What a line under a signature holds after the signer's name typed again ("By Jane Doe", "Name: Jane Doe, Esq.", "Jane Doe, Chief"):
 * the rest of the line ('' when the name fills it); undefined when the line does not open with the name. String work, not a
 * pattern built per name: a pattern compiled for each signature was a tenth of an HTML letter's parse.
 */
function afterTypedName(line: string, name: string): string | undefined {
  const rest = line.replace(TYPED_NAME_PREFIX, '');
  if (rest.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return undefined;
  return rest.slice(name.length).replace(AFTER_TYPED_NAME, '');
}
const TYPED_NAME_PREFIX = /^(?:By:?\s+|Name:\s*)/i;
/** The label of the name typed under a signature, alone on its line: "Name:". */
const NAME_LABEL_ALONE = /^Name\s*:$/i;
/** "Mr. ", "Mrs. ", "Ms. ", "Dr. " before a name. */
const COURTESY_PREFIX = /^(?:Mr|Mrs|Ms|Dr)\.\s+/;
/** A suffix after the typed name ("…, Jr.", "… Esq."), not "Sr." that opens the title ("Craig D. Wilson Sr. Asst. Chief Accountant", c0161 flattened). */
const AFTER_TYPED_NAME = new RegExp(String.raw`^(?:,?\s+(?:Esq|Jr)\.?|,\s*Sr\.?|\s+Sr\.?(?![.]|\s+${TITLE_AFTER_SENIOR}))?\s*[,–—-]?\s*`, 'i');

/** A person's name opening a cc entry: "Steve Zhang", "Z. Julie Gao, Esq.", "Mr. David M. Wehner", "Bonnie Baynes (SEC)" (c0067). */
const PERSON = new RegExp(String.raw`^(?:(?:${PERSONAL_TITLE})\.?\s+)?[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*\.?){1,4}(?:,|\s+[–—-]\s|\s+\(|\s*$)`, 'u');
const TITLE_WORDS = /\b(?:President|Officer|Counsel|Director|Chief|Partner|Secretary|Treasurer|Controller|Manager|Vice|Chair(?:man)?|Head|Associate|Avenue|Street|Road|Suite|Floor)\b/;

/** The line that lists what a letter encloses: "Attachments:", "Enclosures (2)", "Enclosure", "Attachments: Exhibit A …" (flattened, c0432). */
const ENCLOSURES = /^(?:Attachments?|Enclosures?|Encl\.|Exhibits?)\s*(?::|\(\d+\))?$|^(?:Attachments?|Enclosures?)\s*:/i;
/** A line holding a company's or a firm's name alone: "Meta Platforms, Inc.", "PricewaterhouseCoopers LLP", "Greenberg Traurig, P.A." (c0317; no "Name – Company"). */
const COMPANY_ALONE = new RegExp(String.raw`^[^,–—]+(?:,?\s+(?:${LEGAL_FORM})\.?|,?\s+(?:${FIRM_FORM}))$`);
/** How a letter or its copies go, and no more: "Via Facsimile (415) 555-0110", "By Federal Express", "Via EDGAR". */
const DELIVERY_NOTE = /^(?:via|by)\s+[a-z.&\s-]{2,40}(?:\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})?\s*$/i;
/** A letterhead's footer line: a street address and a phone or web address. */
const LETTERHEAD_FOOTER = /^\d+\s+\S.*\b(?:Tel|Telephone|Phone|Fax)\b\.?|^\d+\s+\S.*(?:www\.|\.com\b)/i;
/**
 * A letterhead's list of places, brands or ways to reach it set apart by bars or bullets ("Sands Macao | The Venetian Macao | … |
 * Marina Bay Sands", c0491; "Mondelēz International • 905 W. Fulton Market • Chicago, IL 60607 mondelezinternational.com", c0280):
 * no one's entry.
 */
const BAR_LIST = /\S\s+[|•]\s+\S.*\s[|•]\s+\S/;

/** The Division's signature, a line each: "Division of Corporation Finance", "Office of Technology", "Disclosure Review Program". */
const STAFF_SIGNATURE_LINE = new RegExp(String.raw`^(?:Division of Corporation Finance|${STAFF_OFFICE})$`, 'u');
/**
 * The copies set in columns side by side, a person heading each ("cc:\tAdam Phippen\tMr. M. Brett Biggs" / "\tStaff Accountant\tExecutive
 * Vice President …" / "\tU.S. Securities and Exchange Commission\tWalmart Inc.", c0829): the lines read down each column in turn. Not
 * a table of a person a row ("John Doe\tChief Executive Officer"), where a person opens a later row too.
 */
function byColumn(rows: readonly ClassifiedLine[]): ClassifiedLine[] {
  const cellsOf = (row: ClassifiedLine, k: number) => (k === 0 ? row.line.text.replace(/^[^:\t]*[:.\t]?\s*/, '') : row.line.text.replace(/^\t+/, '')).trim().split(/\t+/);
  const first = rows[0];
  if (first === undefined) return [];
  const width = cellsOf(first, 0).length;
  if (width < 2) return [...rows];
  const table: string[][] = [];
  for (const [k, row] of rows.entries()) {
    const cells = row.furniture ? [] : cellsOf(row, k);
    if (cells.length !== width) break;
    table.push(cells);
  }
  const personCell = (text: string) => opensPersonEntry(text) && !TITLE_LAST_WORD.test(text) && !NOT_A_PERSON.test(text) && !CORPORATE.test(text);
  // Row after row of people, each over the lines of their titles and places (three pairs of staff members, c0566).
  const heads = table.flatMap((cells, k) => (cells.every(personCell) ? [k] : []));
  const personless = table.every((cells, k) => heads.includes(k) || !cells.some(personCell));
  if (table.length < 2 || heads[0] !== 0 || !personless || heads.length === table.length) return [...rows];
  const read: ClassifiedLine[] = [];
  for (const [h, start] of heads.entries()) {
    const end = heads[h + 1] ?? table.length;
    for (let c = 0; c < width; c++) {
      for (let k = start; k < end; k++) {
        const row = rows[k] as ClassifiedLine;
        const cell = (table[k] as string[])[c] as string;
        read.push({ ...row, cc: read.length === 0, line: { ...row.line, text: read.length === 0 ? `cc: ${cell}` : cell } });
      }
    }
  }
  // The line under the columns belongs to neither: a recipient of its own ("Audit Committee of the Board of Directors" / "Walmart Inc.").
  const after = rows.slice(table.length);
  const next = after.findIndex((row) => !row.furniture);
  const under = after[next];
  if (under !== undefined && !/^(?:cc|copy|copies)\b/i.test(under.line.text)) after[next] = { ...under, cc: true, line: { ...under.line, text: `cc: ${under.line.text}` } };
  return [...read, ...after];
}

/**
 * Whether a cc line opens a person's entry: a name first, not a company's, an address's figures or a title in capitalised words
 * ("Staff Accountant" under "Adam Phippen", c0829), an affiliation in parentheses after it aside ("Lisa Munro (KPMG LLP)", c0464).
 * A figure starting a word is an address's ("1025 West NASA Boulevard", "FL 32919"); one inside a name is not ("L3Harris", c0890).
 * So is a number spelled out first ("One StarPoint" under "Starwood Hotels & Resorts Worldwide, Inc.", c0510, blind round 146).
 */
function opensPersonEntry(text: string): boolean {
  const lead = text.split(/,|\s[–—-]\s/)[0] ?? '';
  return PERSON.test(text) && !CORPORATE.test(lead) && !COMPANY_ALONE.test(text) && !/\b\d/.test(text) && !SPELLED_STREET_NUMBER.test(lead) && !TITLE_WORDS.test(lead) && !TITLE_LAST_WORD.test(lead.replace(/\s+\(.*$/, ''));
}

/** A street address's number spelled out: "One StarPoint", "Two Embarcadero Center". */
const SPELLED_STREET_NUMBER = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+\p{Lu}/u;

/** The title of what a letter attaches, alone on its line: "Annex A", "Annexes A-D", "Appendix I", "Exhibit 1", "Schedule B". */
const ATTACHMENT_TITLE = /^(?:Annex(?:es)?|Appendix|Appendices|Exhibits?|Schedules?|Attachments?)\s+(?:[A-Z]|[IVX]+|\d{1,2})(?:\s*[-–—]\s*(?:[A-Z]|[IVX]+|\d{1,2}))?\b/;
/** A page's label: "Page 2", "Page | 1", "- 2 -", "2". */
const PAGE_LABEL = /^(?:Page\s*\|?\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3})$/i;
/** A page's label after an entry's words: "… LLP - 2 -", "… Officer Page 3", "… Officer Page |" (its number flattened away, c1142). */
const PAGE_LABEL_AT_END = /\s+(?:[-–—]\s*\d{1,3}\s*[-–—]|Page\s*\|?\s*\d{1,3}|Page\s*\|)$/;
/**
 * A line in a sentence's words: more of them in lower case than capitalised, four at least (a title has one or two: "Senior Vice
 * President and Chief Financial Officer").
 */
function sentenceWords(text: string): boolean {
  const lower = text.match(/(?<![\p{L}\d])\p{Ll}+(?![\p{L}\d.])/gu)?.length ?? 0;
  const upper = text.match(/(?<![\p{L}\d])\p{Lu}[\p{L}'’.-]*/gu)?.length ?? 0;
  return lower >= 4 && lower > upper;
}
/** Lower-case words of a line that no title, company or address holds: all but the small words that join names ("of", "and" …). */
function proseWords(text: string): number {
  return (text.match(/(?<![\p{L}\d])\p{Ll}+(?![\p{L}\d.])/gu) ?? []).filter((word) => !NAME_SMALL_WORD.test(word)).length;
}
/** Prose words that end a cc list under an entry ending on its firm or company (proseWords). */
const PROSE_WORDS_PAST_LIST = 2;
/** Whether a cc entry ends naming its firm or company: "Michael Turner, Ernst & Young LLP", "… General Mills, Inc.". */
const endsOnOrganization = (entry: string) => FIRM.test(entry) || LEGAL_FORM_AT_END.test(entry);

/** A footnote's line: its number, then a sentence ("2 For the purposes …"), not an address ("2 Park Avenue"). */
const FOOTNOTE_LINE = /^\d{1,2}\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u;
/** A cc line naming a company or a firm and no one: what heads the people listed below it. */
const organizationAlone = (text: string) => COMPANY_ALONE.test(text) || CORPORATE.test(text) || FIRM.test(text);
/** The Commission's name alone: "Securities and Exchange Commission", "U.S. Securities and Exchange Commission". */
const COMMISSION_ALONE = new RegExp(`^${COMMISSION_NAME}$`, 'i');
/** A company officer's title in a cc entry, after the name: "…, Chief Financial Officer", "…, Secretary and General Counsel" (not a firm's "Partner" or "Counsel"). */
const COMPANY_OFFICER = /,[^,]*\b(?:Chief\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Officer|President|Secretary|General\s+Counsel|Treasurer|Controller)\b[^,]*(?:,[^,]*)*$/;
/** A part of the Commission a person's entry names: "Division of Corporation Finance", "Office of …". */
const COMMISSION_PART = /,\s*(?:Division\s+of\s+Corporat(?:ion|e)\s+Finance|Office\s+of\s+[A-Z][^,]*)$/;

/** A company's legal form after a comma, ending its name: "Micron Technology, Inc." */
const LEGAL_FORM_AT_END = new RegExp(String.raw`,\s*(?:${LEGAL_FORM})\.?$`);

/** The text of the first line after line `i` that is no page furniture ('' past the end). */
function nextText(lines: readonly ClassifiedLine[], i: number): string {
  for (let k = i + 1; k < lines.length; k++) if (!(lines[k] as ClassifiedLine).furniture) return (lines[k] as ClassifiedLine).line.text.trim();
  return '';
}

/** A cc entry that ends naming an organization: a company, a firm, the Commission or one of its divisions or offices. */
const ORGANIZATION_AT_END = new RegExp(String.raw`(?:^|,\s*)(?:[^,]+,?\s+(?:${LEGAL_FORM})\.?|[^,]+\s+(?:${FIRM_FORM})|[^,]*\b(?:Commission|Division of|Office of)\b[^,]*)$`);
const namesAnOrganization = (entry: string) => ORGANIZATION_AT_END.test(entry);

/**
 * The copies a letter lists in its head, under the addressee and above the Re: block ("… Washington, DC 20549-3561" / "cc: Abe
 * Friedman" / "Doug Jones" / "RE: Royal Caribbean Cruises Ltd.", c0458; c0082, blind round 102): read as the closing's list is.
 */
export function readHeadCc(head: readonly ClassifiedLine[]): string[] {
  const at = head.findIndex((l) => l.cc);
  if (at < 0) return [];
  const end = head.findIndex((l, i) => i > at && (l.reLine || l.salutation));
  return end < 0 ? [] : readCc(head.slice(at, end), false);
}

/**
 * The cc list: one entry per person, with the title, firm and address lines below a name
 * joined to it ("Steve Zhang, Chief Executive Officer, 21Vianet Group, Inc.").
 * @param staff whether the letter is the staff's (its Division signature may stand under the copies)
 */
export function readCc(lines: readonly ClassifiedLine[], staff: boolean): string[] {
  const at = lines.findIndex((l) => l.cc);
  if (at < 0) return [];
  const closing = [...lines.slice(0, at), ...byColumn(lines.slice(at))];
  const out: string[] = [];
  // A "cc:" line naming a company alone heads the people below it ("cc: Hilton Worldwide Holdings Inc." / "Kevin J. Jacobs" /
  // … / "cc: Simpson Thacher & Bartlett LLP" / "Edgar J. Lewandowski", c1167): each of them is at that company.
  let company: string | undefined;
  let headsNoOne = false;
  // A company named as a heading inside the list, a colon after it ("Waste Management, Inc.:" over its six people, c0179, blind
  // round 91): each entry under it is at that company, whatever title it prints.
  let heading: string | undefined;
  const signatureUnderCopies = staff && closing.slice(0, at).findLast((l) => !l.furniture)?.signOff === true;
  // The first entry under a label alone on its line ("cc:" / "United States Securities and Exchange Commission" / "Amanda Ravitz, …",
  // c0154, blind round 120) stands where the label's words would: a company or the Commission there heads the people below it too.
  let labelLine = true;
  // The company or heading the last entry is at, added once its lines are all read: an entry may wrap onto the next line ("Amanda
  // Ravitz," / "Division of Corporation Finance", c0154 flattened), and its own words come first.
  let affix: string | undefined;
  /** The entries of a run of names alone, one under another (their indices in `out`), and whether the last entry is one, no line under it yet. */
  let namesAlone: number[] = [];
  let lastAlone = false;
  /** The lines under the run so far were its shared affiliation. */
  let sharing = false;
  const settle = () => {
    if (affix !== undefined && out.length > 0) out[out.length - 1] = `${(out[out.length - 1] as string).replace(/,\s*$/, '')}, ${affix}`;
    affix = undefined;
  };
  for (let i = at; i < closing.length; i++) {
    const entry = closing[i] as ClassifiedLine;
    if (entry.furniture) continue;
    const onLabelLine = entry.cc || labelLine;
    // Cells of a table row are parts of one entry ("John Roe<TAB>Chief Executive Officer").
    let text = (i === at || entry.cc ? entry.line.text.replace(/^[^:\t]*[:.\t]?\s*/, '') : entry.line.text).trim().replace(/\s*\t+\s*/g, ', ');
    if (text === '') continue;
    labelLine = false;
    // "cc: Via Facsimile (415) 555-0110" over the names: how the copies go, no one copied (letters of 2005-2008).
    if (i === at && DELIVERY_NOTE.test(text)) continue;
    if (i > at && !entry.cc && /:$/.test(text)) {
      const name = text.slice(0, -1).trim();
      if (organizationAlone(name)) {
        heading = name;
        continue;
      }
    }
    // A colon after it too ("cc: Waste Management, Inc.:" over five people, c0430, blind round 99).
    const named = entry.cc ? text.replace(/\s*:$/, '') : text;
    // The Commission too ("cc: Securities and Exchange Commission" / "Howard Efron", c0582, blind round 104).
    if (onLabelLine && (organizationAlone(named) || COMMISSION_ALONE.test(named)) && !named.replace(LEGAL_FORM_AT_END, '').includes(',', named.search(/\S\s/) + 1)) {
      settle();
      if (headsNoOne && company !== undefined) out.push(company);
      company = named;
      headsNoOne = true;
      continue;
    }
    // Under such a heading, the next company or firm alone over a person heads the people below it in turn ("cc: Micron Technology,
    // Inc." / "Joel L. Poppen, Senior Vice President …" / "Wilson Sonsini Goodrich & Rosati, Professional Corporation" / "John Fore,
    // Esq." / "Josephine Aiello LeBeau, Esq.", c0760, blind round 95).
    if (company !== undefined && !headsNoOne && !opensPersonEntry(text) && organizationAlone(text) && opensPersonEntry(nextText(closing, i))) {
      company = text;
      headsNoOne = true;
      continue;
    }
    // The list ends at a delivery line, a date, or the list of what the letter encloses ("Attachments:", "Enclosure", c1129).
    // A page's bracketed legend ends it too ("[Signature Page for S-4 Acceleration Request]", c0813).
    // And at the letterhead's footer on the last page: an address with a phone or web address ("7665 Corporate Center Drive … Tel. 305.436.4000", c0982),
    // or a list set apart by bars (BAR_LIST).
    // And at a rule drawn under it (a page's or the letter's end: "Katten Muchin Rosenman LLP" / "______", c0673 dumped by lynx),
    // or a footnote printed at the last page's foot ("2 For the purposes of this assessment, …", c0781).
    // And at what follows the letter: an annex's or appendix's title ("Annexes A-D" / "to" / "Texas Pacific Land Corporation's" /
    // "Response Letter", c0860), or a page's confidential-treatment legend ("CONFIDENTIAL TREATMENT REQUESTED BY …", c1017).
    if (i > at && (text.length > 160 || FOOTNOTE_LINE.test(text) || /^(?:VIA|BY)\s/i.test(text) || (DATE.test(text) && text.length < 30) || ENCLOSURES.test(text) || /^\[.*\]$/.test(text) || LETTERHEAD_FOOTER.test(text) || BAR_LIST.test(text) || RULE_ALONE.test(text))) break;
    if (i > at && (ATTACHMENT_TITLE.test(text) || /^Confidential\b/i.test(text))) break;
    // A page's label left among the copies ("Page | 1", "- 2 -", c1142) is no one's; so is one run on at an entry's end (flattened:
    // "David K. Boston, Willkie Farr & Gallagher LLP - 2 -", c0856).
    if (i > at && PAGE_LABEL.test(text)) continue;
    if (PAGE_LABEL_AT_END.test(text)) text = text.replace(PAGE_LABEL_AT_END, '');
    // A staff letter whose sign-off stands right above the copies: the Division's signature under them is where pdftotext's reading
    // order put it ("Sincerely," / "cc:" / "Jenifer Broder" / "Division of Corporation Finance" / "Disclosure Review Program", c0001),
    // no one copied; under a signature the Division is a copied person's ("Barbara Jacobs" / "Assistant Director" / "Division of …", c0110).
    if (signatureUnderCopies && i > at && STAFF_SIGNATURE_LINE.test(text)) break;
    // A company alone on its line ("Meta Platforms, Inc." under "David M. Wehner, Chief Financial Officer", c0884) is the person's above.
    const companyAlone = COMPANY_ALONE.test(text);
    const startsPerson = opensPersonEntry(text);
    // A line going on from an entry in a sentence's words, not a title's or an address's, is past the list ("As of and for the year
    // ended December 31, 2015", a table's heading after the copies, c0595); a person's title may be in lower case ("Ms. Rachel
    // Gonzalez, executive vice president, general counsel and secretary", c0206).
    if (i > at && !startsPerson && !entry.cc && sentenceWords(text)) break;
    // Nor, under an entry whose firm or company ends it, a line with words of a phrase in lower case, no title's nor address's:
    // what follows the letter ("Michael Turner, Ernst & Young LLP" / "Marketing of the AutoCAD web and mobile apps Lynn Wuthnow …",
    // the slides c0766 encloses, blind round 157).
    if (i > at && !startsPerson && !entry.cc && endsOnOrganization(out.at(-1) ?? '') && proseWords(text) >= PROSE_WORDS_PAST_LIST) break;
    // Only a name alone takes the company above; a person with an affiliation of their own ends its group ("cc: KPMG LLP" over
    // "Ms. Maria G. Henry, Chair of the Audit Committee …, General Mills, Inc.", c0887: two recipients).
    // A title of their own keeps the company ("Joel L. Poppen, Senior Vice President, Legal Affairs, General Counsel and Corporate Secretary"
    // under "cc: Micron Technology, Inc.", c0760); the organisation may be on the line the entry wraps onto ("… of the Board of Directors,"
    // / "General Mills, Inc.", c0887 dumped by html2text).
    // Under the Commission, its Division and offices are its own ("Amanda Ravitz, Division of Corporation Finance", c0154).
    const wrapsOnto = text.endsWith(',') ? nextText(closing, i) : '';
    const ownOrganization = (namesAnOrganization(text) || (wrapsOnto !== '' && namesAnOrganization(wrapsOnto))) && !(company !== undefined && COMMISSION_ALONE.test(company) && COMMISSION_PART.test(`${text} ${wrapsOnto}`.trim()));
    if (company !== undefined && startsPerson && !isNameAlone(text) && ownOrganization) {
      settle();
      if (headsNoOne) out.push(company);
      company = undefined;
      headsNoOne = false;
    }
    // A company or firm alone under an entry that already names where its person is ("Mary Major, Securities and Exchange
    // Commission" / "Ernst & Young LLP"; "Barbara Jacobs, Division of Corporation Finance" / "MetLife, Inc.", c0154) is a recipient of its own.
    // So is a professional firm alone under a company officer ("Micheal W. Dobbs, Senior Vice President, Secretary and General Counsel"
    // / "Deloitte & Touche LLP", the auditor, c0101, c0860, blind round 128): an officer's firm is the company, not a firm.
    const last = out[out.length - 1];
    const ownRecipient = last !== undefined && ((companyAlone || FIRM.test(text)) && (affix !== undefined || namesAnOrganization(last)) || (FIRM.test(text) && COMPANY_OFFICER.test(last)));
    if (out.length === 0 || startsPerson || entry.cc || ownRecipient) {
      settle();
      // Names alone one under another share the affiliation printed once under them ("Keith A. Pagnani" / "Scott B. Crofton" /
      // "(Sullivan & Cromwell LLP)", c0164; "Suzanne Hayes" / "Pradip Bhaumik" / "Division of Corporation Finance" / "Securities and
      // Exchange Commission", c0172: blind round 138).
      const alone = startsPerson && isNameAlone(text);
      // The run's last name with the shared affiliation on its own line, read as one line ("H. Rodgin Cohen" / "Mark J. Menting
      // (Sullivan & Cromwell LLP)", flattened c0813): the run shares it.
      const inRun = lastAlone && namesAlone.at(-1) === out.length - 1;
      const closing = startsPerson && inRun ? NAME_THEN_AFFILIATION.exec(text) : null;
      if (closing !== null && PERSON_NAME.test((closing[1] as string).replace(COURTESY_PREFIX, '')) && SHARED_AFFILIATION.test(closing[2] as string)) {
        for (const k of namesAlone) out[k] = joinedLine(out[k] as string, closing[2] as string);
      }
      // (A name with its affiliation is no name alone: the run ends with it.)
      namesAlone = alone ? (inRun ? [...namesAlone, out.length] : [out.length]) : [];
      lastAlone = alone;
      sharing = false;
      out.push(text);
      affix = startsPerson ? (company ?? heading) : undefined;
      headsNoOne = false;
      continue;
    }
    // The shared affiliation, added to each name of the run above it; a title is the last name's own and ends the run.
    // (Its lines may be several: "Division of Corporation Finance" / "Securities and Exchange Commission".)
    sharing = namesAlone.length > 1 && (lastAlone || sharing) && SHARED_AFFILIATION.test(text);
    if (sharing) for (const k of namesAlone.slice(0, -1)) out[k] = joinedLine(out[k] as string, text);
    else namesAlone = [];
    lastAlone = false;
    out[out.length - 1] = joinedLine(out[out.length - 1] as string, text);
  }
  settle();
  if (headsNoOne && company !== undefined) out.push(company);
  return out.flatMap(eachOfTwo);
}

/**
 * An entry with a line that goes on from it: a title wrapped in the middle ("… Chief Administrative Officer, General" / "Counsel and
 * Ethics …", c0854) goes on with a space; so do "Officer" and a company's legal form alone, wrapped off their line ("… Sustainability" /
 * "Officer", "… Xylem" / "Inc.", "PricewaterhouseCoopers" / "LLP": c0157, c0224, c0848 dumped by w3m); so does a company in parentheses
 * under its person ("Laura Nicholson" / "(Securities and Exchange Commission)", c0164). Other lines after a comma.
 */
function joinedLine(entry: string, text: string): string {
  return entry + (TITLE_GOES_ON.test(entry) || /^[\p{Ll}(]/u.test(text) || OFFICER_ALONE.test(text) || FORM_ALONE.test(text) ? ` ${text}` : `, ${text}`);
}

/** A person's name and nothing else, a courtesy title before it and a suffix after it aside ("Mr. James C. Fish, Jr."). */
function isNameAlone(text: string): boolean {
  return PERSON_NAME.test(text.replace(/,?\s+(?:Jr|Sr|II|III|IV)\.?$/, '').replace(COURTESY_PREFIX, ''));
}

/** A name, then an affiliation in parentheses on the same line. */
const NAME_THEN_AFFILIATION = /^([^()]{3,60}?)\s+(\([^()]{2,80}\))$/;
/** An affiliation a run of names shares: a firm or company, in parentheses or not, the Commission or a part of it. */
const SHARED_AFFILIATION = new RegExp(String.raw`^\(?(?:.{2,80}\b(?:${LEGAL_FORM}|${FIRM_FORM})\.?|${COMMISSION_NAME}|${DIVISION_NAME}|Office\s+of\s+[A-Z].{2,60})\)?$`);

/**
 * Two people on one entry, their firm after them: each an entry with it ("Jason Day and Ned Prusse (Perkins Coie LLP)", c0495, blind
 * rounds 116 and 121).
 */
function eachOfTwo(entry: string): string[] {
  const two = TWO_PEOPLE.exec(entry);
  // Not a firm's name ("Paul Hastings and Janofsky LLP"): the second ends on no legal form.
  // Nor the Commission's ("Kevin Dougherty Securities and Exchange Commission", a table's cells run together by w3m, c0477).
  if (two === null || !PERSON_NAME.test(two[1] as string) || !PERSON_NAME.test(two[2] as string) || CORPORATE.test(two[2] as string) || FIRM.test(two[2] as string) || NOT_A_PERSON.test(entry)) return [entry];
  const rest = two[3] ?? '';
  return [`${two[1]}${rest}`, `${two[2]}${rest}`];
}
const TWO_PEOPLE = /^([^,()]{3,60}?)\s+and\s+([^,()]{3,60}?)(\s*\([^()]{2,80}\)|,\s.{2,120})?$/u;
