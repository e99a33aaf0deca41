// Owns letter metadata read from the head and closing: date, Re: block, filings, file numbers, the reviewing office and the staff contacts (the people who sign and are copied: signature-block.ts).
import type { ClassifiedLine } from '../classify/index.js';
import { DATE, EDGAR_FORM, EDGAR_FORM_LIST, isDateAlone, isoDate, RE_LINE, SIGN_OFF } from '../classify/letter-parts.js';
import { ABBREVIATED_LEGAL_FORM, BULLET_CHARACTERS, COMMISSION_NAME, CORRESPONDENCE_TITLE, COURTESY_TITLE, DIVISION_NAME, FILING_TITLE_START, LEGAL_FORM, MONTH_DAY_YEAR, PAGE_NUMBER_MARKER, PERSONAL_TITLE, PROXY_FORMS, RE_WORD } from '../vocabulary.js';

/** A filing named in the Re: block. */
export interface Filing {
  form: string | null;
  fiscalYearEnd: string | null;
  filedOn: string | null;
  text: string;
}

/** The "Re:" label that opens the Re: line, with the space after it (vocabulary.ts). */
const RE_LABEL = new RegExp(String.raw`^(?:${RE_WORD})\s*[:.]?[\s\t]*`);

/** The Re: block's lines, without the "Re:" label. */
export function subjectLines(lines: readonly ClassifiedLine[], bodyStart: number): string[] {
  const reAt = lines.findIndex((l, i) => i < Math.max(bodyStart, 1) + 5 && l.reLine);
  if (reAt < 0) return unlabelledSubject(lines, bodyStart);
  const out: string[] = [];
  for (let i = reAt; i < lines.length && i < reAt + 30; i++) {
    const entry = lines[i] as ClassifiedLine;
    const text = i === reAt ? entry.line.text.replace(RE_LABEL, '') : entry.line.text;
    // A long sentence ends the block only where no salutation follows: above one, a long line is the block's (an exhibit's title,
    // "Exhibit No. 2.1 - Agreement and Plan of Merger, dated as of …", c0505).
    const salutationBelow = (lines[bodyStart - 1] as ClassifiedLine | undefined)?.salutation === true && i < bodyStart - 1;
    if (i > reAt && (entry.salutation || entry.reLine || NOT_SUBJECT.test(text) || (!salutationBelow && (text.length > 220 || (SENTENCE_ENDS.test(text) && text.split(/\s+/).length > 14))))) break;
    if (i > reAt && i >= bodyStart) break;
    // A person's name alone after the block's file number, a staff title under it, is the inside address printed below the block
    // ("File No. 1-36243" / "Jennifer Monick" / "Assistant Chief Accountant" / …, c0582, blind round 104).
    // Flattened, the address is one line, the name its first words and a title after them (c0582 flattened).
    // So is a date alone there, the letter's own printed below the block ("File No. 001-13300" / "September 29, 2022" / "To Division of
    // Corporation Finance:", c0153).
    const titleBelow = STAFF_TITLE_WORD.test((lines[i + 1] as ClassifiedLine | undefined)?.line.text.trim() ?? '');
    if (i > reAt && (opensWithStaffMember(text) || (PERSON_NAME.test(text.trim()) && titleBelow) || isDateAlone(text.trim())) && /\bFile\s+Nos?\b|\bCIK\b/i.test(out.at(-1) ?? '')) break;
    for (const part of text.split(/\t+/)) if (part.trim()) out.push(part.trim());
  }
  return out;
}

/** A line that opens with a person's name and a staff title after it: "Jennifer Monick Assistant Chief Accountant Office of …". */
function opensWithStaffMember(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return [2, 3].some((n) => PERSON_NAME.test(words.slice(0, n).join(' ')) && STAFF_TITLE_WORD.test(words[n] ?? ''));
}

/**
 * A subject block printed without "Re:", its lines right above the salutation, after the date or the address ("Occidental Petroleum
 * Corporation" / "Registration Statement on Form S-4" / "File No. 333-232001" / "Dear Sir or Madam:", centred and underlined, c0246,
 * blind round 83): only when one of its lines names a filing or a file number, so an addressee's block is none.
 */
function unlabelledSubject(lines: readonly ClassifiedLine[], bodyStart: number): string[] {
  const salutation = lines[bodyStart - 1];
  if (salutation === undefined || !salutation.salutation) return [];
  const block: string[] = [];
  for (let i = bodyStart - 2; i >= 0 && block.length < UNLABELLED_SUBJECT_LINES; i--) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture) continue;
    const text = entry.line.text.trim();
    // Nor a person's line of an attention list, "Name, Title" ("Jaime John, Accounting Branch Chief", c0630 dumped by html2text).
    const personLine = text.includes(',') && !CORPORATE.test(text) && PERSON_NAME.test((text.split(',')[0] as string).trim());
    if (text === '' || text.length > 120 || NOT_SUBJECT.test(text) || isDateAlone(text) || /^\d+\s|\b\d{5}(?:-\d{4})?$/.test(text) || personLine) break;
    block.unshift(text);
  }
  return block.some((text) => FORM.test(text) || /^(?:Commission\s+)?File\s+No/i.test(text)) ? block : [];
}
/** The most lines a subject printed without "Re:" is read over. */
const UNLABELLED_SUBJECT_LINES = 6;

/** A line ending as a sentence does, not in a name's abbreviation ("… Filed on June 26, 2019 by Barberry Corp. et al.", c0705). */
const SENTENCE_ENDS = new RegExp(String.raw`(?<!\b(?:al|${ABBREVIATED_LEGAL_FORM}))[.;]$`);

/** Lines that end a Re: block: the addressee, delivery notes, attention lines. */
const NOT_SUBJECT = new RegExp(String.raw`^(?:(?:${COURTESY_TITLE})\.?\s|Attention|Attn|Via |By (?:EDGAR|e-?mail|hand|courier|overnight)|U\.?S\.? Securities|Securities and Exchange Commission|United States Securities|Division of Corporation|Office of |100 F Street|Washington,? D\.?C)`, 'i');

const FORM = /\b(?:Forms?|Schedule)\s+([0-9A-Z]{1,5}(?:-[0-9A-Z]{1,5})*(?:\/A)?)\b|\bRegistration\s+Statement\s+on\s+((?:S|F)-\d{1,2}(?:\/A)?)\b/;
/** A proxy or information statement named by its title, as EDGAR's form. */
const PROXY_TITLES: [RegExp, string][] = [
  [/preliminary proxy statement/i, 'PRE 14A'],
  // An information statement is filed on Schedule 14C (c0836).
  [/preliminary information statement/i, 'PRE 14C'],
  [/definitive information statement/i, 'DEF 14C'],
  [/definitive additional (?:proxy )?(?:soliciting )?materials/i, 'DEFA14A'],
  [/definitive proxy statement/i, 'DEF 14A'],
  [/soliciting materials?\s+(?:on|under|pursuant to)\s+Schedule\s+14A/i, 'DEFA14A'],
  [/draft registration statement/i, 'DRS'],
];

/** An EDGAR proxy form code printed in a line: "PREM14A", "DEFA14A", "PRE 14A". */
const PROXY_FORM_CODE = new RegExp(String.raw`\b${PROXY_FORMS}(?![\w-])`);

/**
 * Soliciting material "filed … by" someone other than the registrant is EDGAR's DFAN14A ("Filed
 * April 23, 2018 by Elaine P. Wynn"); the registrant's own ("by the Company", "by the Registrant")
 * is DEFA14A. The party is a name: it starts with a capital, whatever the case of the rest of the line.
 */
function byAnotherParty(text: string): boolean {
  const party = /.*\bby\s+(.*)$/i.exec(text)?.[1];
  return party !== undefined && /^[A-Z]/.test(party) && !/^(?:the\s+)?(?:company|registrant|issuer)\b/i.test(party);
}

/**
 * A proxy statement filed by someone other than the registrant is a contest's: EDGAR's PREC14A or DEFC14A ("Preliminary Proxy
 * Statement on Schedule 14A filed by Jonathan Litt, Land & Buildings …", c1100, blind round 87).
 */
function contestedForm(form: string, text: string): string {
  const contested = CONTESTED_FORM[form];
  return contested !== undefined && /\b(?:filed|furnished)\s+(?:on\s+\S+\s+\d{1,2},?\s+\d{4}\s+)?by\s/i.test(text) && byAnotherParty(text) ? contested : form;
}
const CONTESTED_FORM: Partial<Record<string, string>> = { 'PRE 14A': 'PREC14A', 'DEF 14A': 'DEFC14A' };

/** "Soliciting Material … filed by <party>", the party not the registrant. */
function solicitingByAnotherParty(text: string): boolean {
  const at = text.search(/soliciting materials?\b/i);
  return at >= 0 && byAnotherParty(text.slice(at));
}

/** "for the fiscal year ended December 31, 2023": the period a filing covers; "Fiscal Year December 31, 2015" without the word too (c0401). */
const PERIOD_ENDED = new RegExp(`(?:ended|ending|fiscal\\s+year)\\s+(${DATE.source})`, 'i');
/**
 * "Filed February 8, 2018", "Submitted on …", "Furnished …", "Filed, May 5, 2016" (c1086), "Filed on Schedule 14A November 8, 2019" (c1022),
 * "filed by Harris Corporation on December 14, 2018" (c0429, blind round 123): when it was filed.
 */
const DATE_FILED = new RegExp(`(?:filed|submitted|furnished),?(?:\\s+(?:on|under)\\s+Schedule\\s+[\\w-]+)?(?:\\s+by\\s+[^,;()]{1,80}?\\s+on)?(?:\\s+on)?\\s+(${DATE.source})`, 'i');
/** A line that ends on "filed by", the filer named on the next line ("… Form S-4 filed by" / "Harris Corporation on December 14, 2018"). */
const FILED_BY_AT_END = /\b(?:filed|submitted|furnished)\s+by$/i;
/** The date after a filer named on the line the filing's "filed by" wraps onto: "… Form S-4 filed by" / "Harris Corporation on December 14, 2018" (c0429). */
const FILER_THEN_DATE = new RegExp(`^[^,;()]{1,80}?\\s+on\\s+(${DATE.source})`, 'i');

/** The EDGAR code of an amended proxy statement. */
const PROXY_REVISED: Record<string, string> = { 'PRE 14A': 'PRER14A', 'DEF 14A': 'DEFR14A', 'PRE 14C': 'PRER14C', 'DEF 14C': 'DEFR14C' };

/** A line naming an amendment of a filing: "Amendment No. 2 to …", "Amended Registration Statement …". */
const AMENDMENT_LEAD = String.raw`Amendment\s+No\.?\s*\d+\s+to`;
const AMENDMENT_OF = new RegExp(String.raw`^(?:${AMENDMENT_LEAD}\b|Amended\s)`, 'i');
/** A line that only leads into the amended filing's name on the next: "Amendment No. 1 to" (c0748). */
const AMENDMENT_LEAD_ALONE = new RegExp(String.raw`^${AMENDMENT_LEAD}$`, 'i');
/**
 * The same lead with the amendment's own date, the filing it amends named on the next line with its
 * own: "Amendment No. 1 Submitted December 15, 2021 to" / "… Registration Statement on Form 10-12B" /
 * "Submitted December 8, 2021" names two filings (2021-constellation-form10-corresp).
 */
const DATED_AMENDMENT_LEAD_ALONE = new RegExp(String.raw`^Amendment\s+No\.?\s*\d+,?\s+(?:filed|submitted),?(?:\s+on)?\s+(${DATE.source}),?\s+to$`, 'i');
/** A draft registration statement submitted in confidence, named by its submission alone: "Originally Submitted Confidentially on July 26, 2021" is EDGAR's DRS. */
const CONFIDENTIAL_SUBMISSION = new RegExp(String.raw`\b(?:submitted\s+confidentially|confidentially\s+submitted)(?:\s+on)?\s+(${DATE.source})`, 'i');

/** An amendment named by its number and date alone, no form after it: "… as previously amended by Amendment No. 1 Submitted December 15, 2021". */
const AMENDED_BY_DATED = new RegExp(String.raw`\bamended\s+by\s+Amendment\s+No\.?\s*\d+,?\s+(?:filed|submitted)(?:\s+on)?\s+(${DATE.source})`, 'i');
/** A line giving the filing dates of the filings above it in turn: "Filed February 28, 2018 and August 7, 2018, respectively". */
const FILED_RESPECTIVELY = /^\s*(?:Filed|Furnished|Submitted)\b.*\brespectively\b/i;
const ANY_DATE = new RegExp(MONTH_DAY_YEAR, 'g');
/** A plural form filed on several dates: "Forms 8-K filed February 29, 2016 and May 5, 2016". */
const FORMS_FILED_ON_DATES = new RegExp(String.raw`\bForms\b.*\b(?:filed|furnished)\s+(?:on\s+)?${MONTH_DAY_YEAR}\s*(?:,\s*(?:and\s+)?|\s+and\s+)${MONTH_DAY_YEAR}`, 'i');

/** Filings named in the Re: block, with fiscal year end and filing date where stated. */
export function readFilings(printed: readonly string[]): Filing[] {
  const filings: Filing[] = [];
  const subject = printed.flatMap((line) => line.split(FILINGS_RUN_TOGETHER));
  subject.forEach((text, k) => {
    // A form's words may wrap onto the next line ("Definitive Proxy" / "Statement on Schedule 14A").
    const form = formOf(text, subject[k - 1]);
    const ended = PERIOD_ENDED.exec(text)?.[1];
    const current = filings.at(-1);
    const filed = DATE_FILED.exec(text)?.[1] ?? (current !== undefined && k > 0 && FILED_BY_AT_END.test((subject[k - 1] as string).trim()) ? FILER_THEN_DATE.exec(text)?.[1] : undefined);
    // "on Schedule 14A" under "PREC14A Preliminary … Statement" names the same filing's schedule, not another filing.
    // So does "Filed on Schedule 14A November 8, 2019 by Barberry Corp." under "DFAN14A soliciting material …" (c1022, blind round 101).
    const continues = current !== undefined && /^(?:on|under|pursuant to)\s|^(?:filed|furnished|submitted)\s+(?:on|under|pursuant to)\s+Schedule\s/i.test(text);
    // "Amendment No. 2 to Registration Statement on Form S-4", "Amended Form 10-K": EDGAR files it as S-4/A, 10-K/A (not a post-effective amendment, POS AM).
    // The amendment may be named on the line above ("Amendment No. 1 to" / "Registration Statement on Form S-4", c0748).
    const above = k > 0 ? (subject[k - 1] as string).trim() : '';
    const datedLead = DATED_AMENDMENT_LEAD_ALONE.exec(above)?.[1];
    const ofAmendment = AMENDMENT_OF.test(text) || AMENDMENT_LEAD_ALONE.test(above);
    // Proxy and tender forms name their amendments by code ("Amended Preliminary Proxy Statement" is PRER14A, c0742), no "/A".
    // and an amended preliminary or definitive proxy statement is PRER14A or DEFR14A (c0916).
    const amended = form === null || !ofAmendment || /Post-Effective/i.test(text) ? form : amendedForm(form);
    const forms = continues ? [] : amended ? [amended] : bareForms(text);
    // The dated lead above names the amendment of this line's filing: it comes first, this line's filing after it.
    if (datedLead !== undefined && forms.length === 1 && !ofAmendment) {
      filings.push({ form: amendedForm(forms[0] as string), fiscalYearEnd: null, filedOn: isoDate(datedLead) ?? null, text: `${above}\n${text}` });
    }
    const confidential = forms.length === 0 && !current?.form?.startsWith('DRS') ? CONFIDENTIAL_SUBMISSION.exec(text)?.[1] : undefined;
    // "Filed February 28, 2018 and August 7, 2018, respectively" under two filings: each its own date, in order (c0155, c0418,
    // blind round 85), not the first date for the last filing.
    const respectively = forms.length === 0 && FILED_RESPECTIVELY.test(text) ? [...text.matchAll(ANY_DATE)].map((m) => isoDate(m[0]) ?? null) : [];
    const owners = filings.slice(-respectively.length);
    if (respectively.length >= 2 && owners.length === respectively.length && owners.every((f) => f.filedOn === null)) {
      owners.forEach((f, i) => {
        f.filedOn = respectively[i] ?? null;
        f.text += `\n${text}`;
      });
    } else if (confidential !== undefined) filings.push({ form: 'DRS', fiscalYearEnd: null, filedOn: isoDate(confidential) ?? null, text });
    else if (forms.length === 1 && FORMS_FILED_ON_DATES.test(text)) {
      // "Forms 8-K filed February 29, 2016 and May 5, 2016": one filing of the form on each date (c0556, c0593, blind round 86).
      const after = text.slice(text.search(/\b(?:filed|furnished)\b/i));
      for (const m of after.matchAll(ANY_DATE)) filings.push({ form: forms[0] as string, fiscalYearEnd: ended ? (isoDate(ended) ?? null) : null, filedOn: isoDate(m[0]) ?? null, text });
    } else if (forms.length > 0) {
      for (const f of forms) {
        filings.push({
          form: contestedForm(f, text),
          fiscalYearEnd: ended ? (isoDate(ended) ?? null) : null,
          filedOn: filed ? (isoDate(filed) ?? null) : null,
          text,
        });
      }
    } else if (current && (filed || ended || continues) && !CORRESPONDENCE_TITLE.test(text)) {
      if (filed && current.filedOn === null) current.filedOn = isoDate(filed) ?? null;
      // "Submitted December 8, 2021, as previously amended by Amendment No. 1 Submitted December 15, 2021 and" under "… on Form
      // 10-12B": the amendment is a filing of its own, the form's /A (c0873, blind round 124).
      const amendedOn = AMENDED_BY_DATED.exec(text)?.[1];
      if (amendedOn !== undefined && current.form !== null && filed !== amendedOn) filings.push({ form: amendedForm(current.form), fiscalYearEnd: null, filedOn: isoDate(amendedOn) ?? null, text });
      // "Soliciting Material on Schedule 14A" / "Filed April 23, 2018 by Elaine P. Wynn".
      if (current.form === 'DEFA14A' && byAnotherParty(text)) current.form = 'DFAN14A';
      else if (current.form !== null) current.form = contestedForm(current.form, text);
      if (ended && current.fiscalYearEnd === null) current.fiscalYearEnd = isoDate(ended) ?? null;
      current.text += `\n${text}`;
    }
  });
  return filings;
}

/**
 * Where a filing's title follows the date of the filing before on one line, the Re: block's lines run together (laid-out text
 * of a block printed in table cells: "… Form 10-Q for the Quarterly Period Ended September 30, 2020 Filed November 2, 2020
 * Form 8-K Furnished October 22, 2020", c0069): each filing a line of its own, as printed. A date's year, not a year that
 * opens a defined name ("(“2021 Form 10-K”)", c0096).
 */
const FILINGS_RUN_TOGETHER = new RegExp(String.raw`(?<=\b\d{1,2},?\s+(?:19|20)\d\d,?)\s+(?=(?:${FILING_TITLE_START}))`);

/** The EDGAR form of an amendment of `form`: "S-4/A"; an amended proxy statement by its own code (PRER14A), other proxy and tender forms as they are. */
function amendedForm(form: string): string {
  return PROXY_REVISED[form] ?? (form.endsWith('/A') || /14[AC]|^SC\b|^(?:PRE|DEF|DFAN)/.test(form) ? form : `${form}/A`);
}

function formOf(text: string, previous?: string): string | null {
  if (/^(?:File|CIK)\b/i.test(text)) return null;
  if (solicitingByAnotherParty(text)) return 'DFAN14A';
  // A proxy form named by its EDGAR code wins over its title ("Preliminary Proxy Statement on Schedule PREM14A", c0185).
  // (A line that opens with several forms, "PREC14A and DFAN14A Filed …", names them all: bareForms below.)
  const code = bareForms(text).length > 1 ? undefined : PROXY_FORM_CODE.exec(text)?.[0];
  if (code !== undefined) return code.replace(/\s+/, ' ');
  for (const [pattern, form] of PROXY_TITLES) if (pattern.test(text)) return form;
  // A line that opens with EDGAR's own form type names it better than the schedule it is filed on ("DFAN14A … Filed on Schedule 14A").
  const bare = bareForms(text);
  if (bare.length === 1) return bare[0] as string;
  if (previous !== undefined && /^(?:Statement|Materials?)\b/i.test(text)) {
    if (solicitingByAnotherParty(`${previous} ${text}`)) return 'DFAN14A';
    for (const [pattern, form] of PROXY_TITLES) if (pattern.test(`${previous} ${text}`)) return form;
  }
  const m = FORM.exec(text);
  // "Registration Statement on S-4" without the word "Form" (c0824).
  const form = m?.[1] ?? m?.[2];
  if (m === null || form === undefined) return null;
  if (/^Schedule/i.test(m[0]) && /^TO/i.test(form)) return `SC ${form}`;
  if (/^Schedule/i.test(m[0]) && /^13/.test(form)) return `SC ${form}`;
  // A periodic or current report's number typed without its hyphen ("Form 10Q for the Quarterly Period …", c0497, blind rounds 129-130):
  // EDGAR's name.
  return UNHYPHENATED_REPORT.test(form) ? form.replace(/^(\d+)/, '$1-') : form;
}
/** A report's form typed without its hyphen: "10Q", "10K", "8K", "20F", "6K" (and their amendments, "10K/A"). */
const UNHYPHENATED_REPORT = /^(?:10[KQ]|8K|20F|40F|6K)(?:\/A)?$/;

/** A line that opens with EDGAR form types alone: "PREC14A and DFAN14A Filed March 28, 2024", "DEFA14A". */
const BARE_FORMS = new RegExp(`^(?:${EDGAR_FORM_LIST.source})(?=\\s|,|$)`);
/** Each form of that list. */
const EACH_FORM = new RegExp(EDGAR_FORM.source, 'g');

/** The forms a line opens with, in EDGAR's spelling ("PRE 14A", "SC TO-I", "PREC14A"). */
function bareForms(text: string): string[] {
  const list = BARE_FORMS.exec(text.trim())?.[0];
  if (list === undefined) return [];
  return [...list.matchAll(EACH_FORM)].map((m) =>
    m[0].replace(/^(PRE|DEF)\s?(14[ACF])/, '$1 $2').replace(/^SC\s?/, 'SC '),
  );
}

/**
 * "File No. 001-35126", "File Nos. 333-1 and 333-2", "CIK No. 0001751008", "Registration No. 333-217817" (a registration statement's
 * file number, c0996), "(Registration Statement No. 333-216489)" (c0357), "Registration Statement on Form S-3 (No. 333-216372)" (c0511), "001-04797" alone (c1085).
 */
export function readFileNumbers(subject: readonly string[]): string[] {
  // A set beside the list: out.includes() per number was quadratic in a Re: line of thousands.
  const out = new Set<string>();
  for (const text of subject) {
    // Or a file number alone on its line, no label ("001-04797" under "Filed February 12, 2021", c1085, blind round 106).
    const at = text.search(/\b(?:(?:File|CIK|Commission File)\s*(?:Nos?|Numbers?|#)?\.?|Registration\s+(?:Statement\s+)?(?:Nos?\.|Numbers?\b))|\(Nos?\.\s*(?=\d)|^\s*(?=\d{1,3}-\d{4,6}\s*$)/i);
    if (at < 0) continue;
    // "333- 227503", "001 -35551": a stray space beside the hyphen (c0201, c0049 flattened) is no part of the number.
    for (const m of text.slice(at).matchAll(/\b(?:\d{1,4} ?- ?\d{3,6}(?:-\d{1,3})?|\d{7,10})\b/g)) out.add(m[0].replace(/ /g, ''));
  }
  return [...out];
}

/** A line that ends in a company's legal form: "Berkshire Hathaway Inc.", "Chubb Limited,". */
export const CORPORATE = new RegExp(String.raw`\b(?:${LEGAL_FORM})\b\.?,?\s*$`);
/** A caption line that opens with a company's name, up to its legal form: "Carrier Global Corporation". */
const CORPORATE_NAME = new RegExp(String.raw`^.{2,80}?\b(?:${LEGAL_FORM})\b\.?`);

/** A company's name up to its legal form, then the words that open a filing's description, or a proxy filing's form ("Crown Castle Inc. PREC14A preliminary proxy statement …", c0005 laid out). */
const FILING_OPENS = String.raw`(?:Amendment|Form|Registration|Schedule|Preliminary|Definitive|Annual|Quarterly|Current|Post-Effective|Draft|Offering|Proxy|Information|${PROXY_FORMS})\b`;
/** A company's name up to its legal form, a defined name in parentheses perhaps ("Citigroup Inc. (Citigroup or Citi)", c0466 laid out), then the words that open a filing's description. */
const COMPANY_THEN_FILING = new RegExp(String.raw`^(.{2,80}?\b(?:${LEGAL_FORM})\b\.?)(?:\s*\([^()]{1,60}\))?,?\s+(?:[-–—]\s+)?(?=${FILING_OPENS})`);
/** Two companies' names at a line's start, a comma after the first: the first of co-registrants. */
const CO_REGISTRANTS = new RegExp(String.raw`^(\p{Lu}[^,]{1,80}?\b(?:${LEGAL_FORM})\b\.?),\s+\p{Lu}[^,]{1,80}?\b(?:${LEGAL_FORM})\b`, 'u');
/** A filing's description opening somewhere in a line. */
const FILING_AFTER = new RegExp(String.raw`\s(?:${FILING_OPENS})`);
/** A company named as the owner of what a request is about: "… of Waste Management, Inc.’s Registration Statement". */
const OWNER_OF_FILING = new RegExp(String.raw`\bof\s+(\p{Lu}(?:(?!\sof\s).){1,80}?\b(?:${LEGAL_FORM})\b\.?)['’]s\b`, 'u');
/**
 * A Re: block printed on one line names the company inside it: "… Submitted December 15, 2021 to Constellation Energy Corporation
 * Registration Statement …" (c0303 laid out), "… on Form S-4 filed by Harris Corporation on December 14, 2018" (c0429 laid out).
 */
const COMPANY_INSIDE_LINE = new RegExp(
  String.raw`\bto\s+((?!${FILING_OPENS})\p{Lu}.{1,80}?\b(?:${LEGAL_FORM})\b\.?),?(?:\s+(?=${FILING_OPENS})|\s*$)|\b(?:filed|submitted|furnished)\s+by\s+((?!${FILING_OPENS})\p{Lu}.{1,80}?\b(?:${LEGAL_FORM})\b\.?)`,
  'u',
);

const BULLET = new RegExp(`[${BULLET_CHARACTERS}]`);

/** `text` without bullets at its end and the blanks before them (a loop: /\s*•+$/ backtracks over a long run of blanks). */
function withoutTrailingBullet(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && BULLET.test(trimmed.charAt(end - 1))) end--;
  return end === trimmed.length ? text : trimmed.slice(0, end).trimEnd();
}

/** A Re: line that is a filing's title alone, no company: "Amendment No. 1" (over "Submitted … to Constellation Energy Corporation", c0303 flattened). */
const FILING_TITLE_ALONE = /^(?:Post-Effective\s+)?Amendment\s+No\.?\s*\d{1,2}$/i;

const ABOUT_A_COMPANY = /\b(?:request|letter|concerning|regarding|response|for)\b/i;
/**
 * The company a letter or a request is about, named after its subject: "Acceleration Request for Harris Corporation Registration
 * Statement …" (c0164), "December 21, 2017 Letter Concerning Archer-Daniels-Midland Company Form 10-K …" (c0952), and where a flattened
 * Re: block runs on: "Comment Letter Dated March 16, 2016 Regarding Weyerhaeuser Company", "Request for Acceleration of Effectiveness
 * M&T Bank Corporation", "… under 17 C.F.R. § 200.83 Citigroup Inc." (c0572, c0813, c1020). The last word that introduces a name
 * counts; the name is capitalised words ("of", "and", "&" between) up to its legal form, then the filing, a parenthesis or the end.
 */
const NAME_AFTER_SUBJECT = new RegExp(
  String.raw`^.*\b(?:Regarding|Concerning|Effectiveness|for|200\.83)\s+(\p{Lu}[\w&.,'’-]*(?:\s+(?:of|and|the|&|\p{Lu}[\w&.,'’-]*)){0,6}?\s+(?:${LEGAL_FORM})\b\.?)(?=,?\s+${FILING_OPENS}|\s*(?:\(|$))`,
  'u',
);
/** The company NAME_AFTER_SUBJECT finds in a line of a Re: block (a short one: the pattern backtracks over the line). */
function nameAfterSubject(line: string): string | undefined {
  return line.length <= 300 ? NAME_AFTER_SUBJECT.exec(line)?.[1] : undefined;
}
/** A Re: line naming what the letter asks, not the company: "Request for Acceleration of Effectiveness", "Acceleration Request". */
const REQUEST_TITLE = /^(?:(?:Acceleration|Withdrawal)\s+)?Request(?:\s+for\b|$)|^Application\s+for\b/i;

/** The registrant: the Re: block's first line when it is a name, else a corporate line in the head. */
export function readCompany(subject: readonly string[], head: readonly ClassifiedLine[], preamble = ''): string | null {
  const name = namedCompany(subject, head);
  return name === null ? null : respelled(addressedOfTwo(name, head), head, preamble);
}

/**
 * Two companies' names run together where a Re: block named one on each line (flattened text: "Re: Trans American Aquaculture, Inc.
 * L3Harris Technologies, Inc. Form 10-K …", a staff template's left-over first line, c0031, blind round 90): the one the head names
 * more often, its addressee's (addressedCompany reads the lines as filed).
 */
function addressedOfTwo(name: string, head: readonly ClassifiedLine[]): string {
  const two = TWO_COMPANIES.exec(name);
  if (two === null) return name;
  const [first, second] = [two[1] as string, two[2] as string];
  const text = head.map((entry) => entry.line.text).join('\n');
  const count = (what: string) => text.split(what).length - 1;
  return count(second) > count(first) ? second : name;
}
const TWO_COMPANIES = new RegExp(String.raw`^(\p{Lu}.{1,80}?\b(?:${LEGAL_FORM})\b\.?)\s+(\p{Lu}.{1,80}?\b(?:${LEGAL_FORM})\b\.?)$`, 'u');

/**
 * The company as the letter spells it elsewhere when the Re: block misspells it: a name of as many words, all the same but one
 * within two letters' edit ("Texas Pacific Land Corporatino" / "Corporation", c0488; "Cognizant Technologies Solutions" /
 * "Technology", c0935), in the head above the Re: block or the opening paragraph, where the name as read appears nowhere.
 */
function respelled(name: string, head: readonly ClassifiedLine[], preamble: string): string {
  // The address block's lines (short ones, the last 40 before the Re: block) and the opening paragraph: a bounded read, whatever the input.
  const address = aboveTheReLine(head).slice(-40).map((entry) => entry.line.text).filter((text) => text.length < 200);
  const elsewhere = [...address, preamble.slice(0, 2000)].join('\n');
  if (elsewhere.includes(name)) return name;
  const words = name.split(/\s+/);
  const printed = elsewhere.split(/\s+/);
  for (let i = 0; i + words.length <= printed.length; i++) {
    let differing = 0;
    let close = true;
    for (let k = 0; k < words.length && close; k++) {
      const [a, b] = [folded(words[k] as string), folded(printed[i + k] as string)];
      // Case, accents and a comma are spellings of one word ("ONEOK" / "OneOK", "Mondelez" / "Mondelēz", "Works," / "Works").
      if (a === b) continue;
      differing++;
      close = differing === 1 && /^\p{Lu}/u.test(printed[i + k] as string) && a.length >= 5 && editDistance(a, b) <= Math.max(2, Math.floor(a.length / 4));
    }
    if (close && differing === 1) return printed.slice(i, i + words.length).join(' ').replace(/[,;:]$/, '') + (/[.]$/.test(name) && !/[.]$/.test(printed[i + words.length - 1] as string) ? '.' : '');
  }
  return name;
}

/** A word of a name without case, accents or the punctuation after it. */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[,.;:]$/, '').toLowerCase();

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length] as number;
}

function namedCompany(subject: readonly string[], head: readonly ClassifiedLine[]): string | null {
  // A Re: block may open with the confidential-treatment request ("Request for Confidential Treatment under 17 C.F.R. § 200.83", c1020)
  // or with what the letter asks ("Request for Acceleration of Effectiveness" over the company and its filing, c0813).
  const first = subject.find((line) => !CONFIDENTIAL_TREATMENT.test(line) && !REQUEST_TITLE.test(line));
  if (first && !formOf(first) && bareForms(first).length === 0 && !/^(?:File|CIK|Comment|Response|Letter)\b/i.test(first) && !DATE.test(first) && !FILING_TITLE_ALONE.test(first)) {
    // Co-registrants listed on the block's first line, their filing on the next (flattened c0615): the first.
    const coRegistrant = CO_REGISTRANTS.exec(first)?.[1];
    if (coRegistrant !== undefined) return coRegistrant;
    // A bullet flattening left at the line's end, before the next line's filing ("… (File No. 001-34073) •", c0940 flattened).
    // The filing's description may open after the name on its line, wrapped from the next ("Capital One Financial Corporation Definitive
    // Proxy" / "Statement on Schedule 14A …", c0153).
    const named = COMPANY_THEN_FILING.exec(first)?.[1];
    const beforeFiling = named !== undefined && !ABOUT_A_COMPANY.test(named) && !DATE.test(named) ? named : undefined;
    const name = registrantBesideFiler(subject, first) ?? addressedCompany(subject, head, first) ?? beforeFiling ?? withoutTrailingComma(withoutTrailingParenthesis(withoutTrailingBullet(first)));
    // "(Registration Statement No. 333-216489)" under the request's title names no company (c0357).
    if (name !== '') return name;
  }
  // The name and the first filing on one line: "Square, Inc. Form 10-Q for the Quarter Ended March 31, 2018" (c0350).
  // Not a request or letter about the company ("Acceleration Request for Harris Corporation Registration Statement …").
  // Any line of the Re: block may open with the name and its filing ("… Submitted December 15, 2021 to" / "Constellation
  // Energy Corporation Registration Statement on Form 10-12B", c0303), or name the filer after "filed by" ("… Form S-4
  // filed by" / "Harris Corporation on December 14, 2018", c0429).
  for (const [k, line] of subject.entries()) {
    // Co-registrants listed before their filing: the first ("Hilton Domestic Operating Company Inc., Hilton Worldwide Finance LLC,
    // Hilton Worldwide Finance Corp. and Guarantors Registration Statement on Form S-4", c0615, blind round 120).
    const coRegistrants = CO_REGISTRANTS.exec(line);
    if (coRegistrants && FILING_AFTER.test(line)) return coRegistrants[1] as string;
    const named = COMPANY_THEN_FILING.exec(line);
    if (named && !ABOUT_A_COMPANY.test(named[1] as string) && !DATE.test(named[1] as string)) return named[1] as string;
    const filer = k > 0 && FILED_BY_AT_END.test((subject[k - 1] as string).trim()) ? CORPORATE_NAME.exec(line) : null;
    if (filer && !DATE.test(filer[0])) return filer[0];
    // "Request for Acceleration of Effectiveness of Waste Management, Inc.’s and … Registration Statement" (c1072): the first name owning the filing.
    const owner = REQUEST_TITLE.test(line) ? OWNER_OF_FILING.exec(line) : null;
    if (owner) return owner[1] as string;
    const inside = COMPANY_INSIDE_LINE.exec(line);
    const insideName = inside?.[1] ?? inside?.[2];
    if (insideName !== undefined && !DATE.test(insideName)) return insideName;
    const about = ABOUT_A_COMPANY.test(line) ? nameAfterSubject(line) : undefined;
    if (about !== undefined) return about;
  }
  // A Commission order's caption: "In the Matter of" over the registrant, beside the order's title (2020-carrier-staffaction).
  const matter = head.findIndex((entry) => /^In the Matter of\b/i.test(entry.line.text));
  // The caption's lines may interleave with the title's ("ORDER DECLARING …"): take the first that opens with a corporate name.
  for (let i = matter; matter >= 0 && i <= matter + 3 && i < head.length; i++) {
    // The order's title in capitals may run into the caption's first line, before the name ("In the Matter of ORDER DECLARING REGISTRATION Fox Corporation …", c0119 flattened).
    const text = (head[i] as ClassifiedLine).line.text.replace(/^In the Matter of\s*/i, '').replace(/^(?:[A-Z][A-Z0-9()]+\s+)+(?=[A-Z][a-z])/, '');
    const name = CORPORATE_NAME.exec(text);
    if (name && /\p{Ll}/u.test(name[0])) return name[0];
  }
  for (const entry of head) {
    // "Re: Comment Letter Dated March 16, 2016" / "Regarding Weyerhaeuser Company" (c1099): the word that introduces the name is not the name.
    const text = entry.line.text.replace(/\t.*/, '').trim().replace(/^(?:Regarding|Concerning)\s+/i, '');
    if (RE_LINE.test(text)) {
      // A Re: line the parse could not cut into its parts (flattened text) names the company after the subject, if anywhere.
      const about = nameAfterSubject(text);
      if (about !== undefined) return about;
      continue;
    }
    if (CORPORATE.test(text) && text.length < 80 && !/Securities and Exchange/i.test(text)) return text.replace(/,\s*$/, '');
  }
  // A head run together on one line, with no Re: (flattened text: "… July 10, 2019 Occidental Petroleum Corporation Registration
  // Statement on Form S-4 File No. …", c0246; "… 10166-0188 Metlife, Inc. Form 10-Q for the Quarterly Period …", c1175): the
  // name in capitalised words up to its legal form, right before the filing's description.
  for (const entry of head) {
    const name = NAME_BEFORE_FILING.exec(entry.line.text.slice(0, HEAD_READ))?.[1];
    if (name !== undefined && !DATE.test(name) && !/Securities and Exchange/i.test(name)) return name;
  }
  return null;
}

/** How much of one head line the last reading looks at. */
const HEAD_READ = 3000;
/** A name in capitalised words up to its legal form, then a filing's description. */
const NAME_BEFORE_FILING = new RegExp(String.raw`(?<![\p{L}\d])((?:\p{Lu}[\p{L}&'’.-]*,?\s+){1,6}(?:${LEGAL_FORM})\b\.?),?\s+(?=(?:Amendment|Form|Registration|Schedule|Preliminary|Definitive|Annual|Quarterly|Draft|Offering)\b)`, 'u');

/**
 * Of two companies the Re: block names line by line, the one the letter is addressed to: a staff template's left-over first line
 * ("Re: Trans American Aquaculture, Inc." over "L3Harris Technologies, Inc.", a letter to L3Harris's CFO, c0031). Only when the
 * first line is not in the address block above and a later line of the block is, as a whole name.
 */
function addressedCompany(subject: readonly string[], head: readonly ClassifiedLine[], first: string): string | undefined {
  const addressed = new Set(aboveTheReLine(head).map((entry) => entry.line.text.trim().replace(/,$/, '')).filter((text) => CORPORATE.test(text) && text.length < 80));
  const name = (line: string) => line.trim().replace(/,$/, '');
  if (addressed.has(name(first)) || !CORPORATE.test(first)) return undefined;
  return subject.slice(subject.indexOf(first) + 1, subject.indexOf(first) + 3).map(name).find((line) => addressed.has(line));
}

/** "PREC14A filed January 12, 2024 by Service Employees International Union et. al": the party a filing is by, without "et al.". */
const FILED_BY_PARTY = /\b(?:[Ff]iled|[Ss]ubmitted|[Ff]urnished)\b.*\bby\s+([A-Z].{1,80}?)(?:,?\s+et\.?\s*al\.?)?\s*$/;

/**
 * The registrant a Re: block names after the filer of a filing by another party: "Service Employees International Union" over
 * "Starbucks Corporation" over "PREC14A filed January 12, 2024 by Service Employees International Union et. al" (c0465; the two
 * names on one line when flattened). A first line that is the filer's name is no registrant: the corporate name after it is.
 */
function registrantBesideFiler(subject: readonly string[], first: string): string | undefined {
  const filer = subject.map((line) => (line.length <= 300 ? FILED_BY_PARTY.exec(line)?.[1] : undefined)).find((party) => party !== undefined);
  if (filer === undefined || !first.startsWith(filer)) return undefined;
  const rest = first.slice(filer.length).trim();
  const next = rest === '' ? (subject[subject.indexOf(first) + 1] ?? '').trim() : rest;
  return CORPORATE.test(next) && CORPORATE_NAME.exec(next)?.[0].length === next.replace(/,$/, '').length ? withoutTrailingComma(next) : undefined;
}

/** The head's lines above the Re: line (letterhead, date, address block); none without a Re: line. */
function aboveTheReLine(head: readonly ClassifiedLine[]): readonly ClassifiedLine[] {
  const reLine = head.findIndex((entry) => RE_LINE.test(entry.line.text));
  return reLine >= 0 ? head.slice(0, reLine) : [];
}

/** A confidential-treatment request or legend (Rule 83, FOIA): "Request for Confidential Treatment …", "CONFIDENTIAL TREATMENT REQUESTED BY …". */
const CONFIDENTIAL_TREATMENT = /^(?:Request\s+for\s+)?Confidential\s+Treatment\b|^FOIA\b/i;

/**
 * The text without a parenthesis that ends it ("Acme Corp (the Company)" -> "Acme Corp"), as
 * `text.replace(/\s*\([^)]*\)\s*$/, '')` would give, found from the end: that regex scanned from
 * every "(" to the next ")" and so was quadratic in a line of "(".
 */
function withoutTrailingParenthesis(text: string): string {
  const close = text.lastIndexOf(')');
  if (close < 0 || text.slice(close + 1).trim() !== '') return text;
  const open = text.indexOf('(', text.lastIndexOf(')', close - 1) + 1);
  if (open < 0 || open >= close) return text;
  // Two in a row, the one before the last too: "Lennar Corporation (CIK No. 0000920760) (the “Registrant”)" (c0856).
  const before = text.slice(0, open).trimEnd();
  return before.endsWith(')') ? withoutTrailingParenthesis(before) : before;
}

/**
 * The text without a comma or semicolon that ends it, and the white space around that, as
 * `text.replace(/\s*[,;]\s*$/, '')` would give, found from the end: that regex scanned a run of
 * blanks from each of its characters (U+2028 survives normalising: 40,000 of them took 0.5 s).
 */
function withoutTrailingComma(text: string): string {
  const blank = (at: number) => at > 0 && /\s/.test(text.charAt(at - 1));
  let end = text.length;
  while (blank(end)) end--;
  if (end === 0 || (text[end - 1] !== ',' && text[end - 1] !== ';')) return text;
  end--;
  while (blank(end)) end--;
  return text.slice(0, end);
}

/** A running header's date before its page number, at the header's end. */
const HEADER_DATE_THEN_PAGE = new RegExp(String.raw`(?:^|\s)(${MONTH_DAY_YEAR})\s+${PAGE_NUMBER_MARKER}$`, 'i');

/**
 * The letter's date where its head prints none: the date of its running header ("Securities and Exchange Commission / July 14,
 * 2017 / Page 2" over every page after the first, c0347), the one the headers print most.
 */
export function readRunningHeaderDate(lines: readonly ClassifiedLine[]): string | null {
  const seen = new Map<string, number>();
  for (const entry of lines) {
    if (!entry.furniture) continue;
    const text = entry.line.text.replace(/\t/g, ' ').trim();
    // Or the date before the page's number at the end of a header read as one line ("Securities and Exchange Commission July 14,
    // 2017 Page 2", c0347 flattened).
    const dated = isDateAlone(text) ? text : HEADER_DATE_THEN_PAGE.exec(text)?.[1];
    const iso = dated === undefined ? undefined : isoDate(dated);
    if (iso) seen.set(iso, (seen.get(iso) ?? 0) + 1);
  }
  return [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The letter's own date: the first date standing alone in the head, else the first date in it. */
export function readDate(head: readonly ClassifiedLine[]): string | null {
  for (const entry of head) {
    const text = entry.line.text.replace(/\t/g, ' ').trim();
    if (text.length <= 40 && DATE.test(text) && !/filed|ended|dated/i.test(text)) return isoDate(text) ?? null;
  }
  for (const entry of head) {
    if (entry.reLine) break;
    const iso = isoDate(entry.line.text);
    if (iso) return iso;
  }
  return null;
}

/** A letter or its comments, then up to a sentence's words before a date, abbreviations' periods among them. */
const LETTER_THEN_WORDS = `(?:letter|comments?)(?:[^.]|\\b(?:U\\.S|No|[A-Z]|${ABBREVIATED_LEGAL_FORM})\\.){0,220}?`;

const REPLY = new RegExp(
  [
    `(?:letter|comments?|correspondence|e-?mail)[^.]{0,40}?\\b(?:dated|of|on|issued(?:\\s+on)?)\\s+(${DATE.source})`,
    // Abbreviations' periods may come between: "U.S.", "No.", "Inc.", a name's initial ("the Staff's letter to Jeffrey M. Leiden, dated …", c0809).
    // Or received on a date: "comments from the staff … received by electronic mail on June 30, 2016" (c0536, blind round 102).
    // Or delivered: "as set forth in your letter to the Company delivered June 29, 2017" (c0341, blind round 104).
    `${LETTER_THEN_WORDS}\\b(?:dated|issued(?:\\s+on)?|delivered(?:\\s+on)?|received(?:\\s+by\\s+(?:electronic\\s+mail|e-?mail|facsimile))?\\s+on)\\s+(${DATE.source})`,
    // "… the Securities and Exchange Commission staff’s (the “Staff”) November 1, 2024 comment letter" (c0423, blind round 100); a
    // comma after the year ("We have reviewed your April 25, 2023, response", c0107, blind round 150).
    `(?:your|our|the|Staff['’]s(?:\\s+\\([^)]{0,40}\\))?)\\s+(${DATE.source}),?\\s+(?:comment\\s+)?(?:letter|response|correspondence)`,
    // A Re: block's "Response Letter Filed January 15, 2021" (c0840, blind round 99), "Response dated June 12, 2024".
    `(?:response|responses)(?:\\s+letters?)?\\s+(?:dated|filed|submitted)\\s+(${DATE.source})`,
    // "… the comment letter of the staff of the Division … of the U.S. Securities and Exchange Commission (the “Commission”), issued to
    // the Company on May 1, 2025" (c0449, blind round 86).
    `${LETTER_THEN_WORDS}\\b(?:issued|sent|delivered)\\s+to\\s+(?:the\\s+Company|us|[A-Z][\\w.&’'-]*(?:\\s+[A-Z][\\w.&’'-]*){0,3})\\s+on\\s+(${DATE.source})`,
  ].join('|'),
  'gi',
);

/** The company's own earlier letters, which a letter supplements: "the response letters previously submitted by the Company on …". */
const OWN_LETTERS = /\b(?:submitted|filed|sent|furnished)\s+by\s+(?:the\s+Company|us)\b|\bpreviously\s+(?:submitted|filed|sent|furnished)\b/i;

/**
 * The first REPLY in a text that names a letter of the staff's, past the company's own earlier letters it supplements ("… as a supplement
 * to the response letters previously submitted by the Company on June 18, 2024 and September 10, 2024 … the comment set forth in the
 * Staff's August 20, 2024 letter", c0091, blind round 131); the first of all when every one is the company's.
 */
function replyIn(text: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  REPLY.lastIndex = 0;
  for (let m = REPLY.exec(text); m !== null; m = REPLY.exec(text)) {
    first ??= m;
    if (!OWN_LETTERS.test(m[0])) return m;
  }
  return first;
}

/** A second date right after the first: "… dated February 10, 2023 and March 16, 2023". */
const AND_A_LATER_DATE = new RegExp(`^\\s*,?\\s*(?:and|&)\\s+(${DATE.source})`);

/** Date of the letter answered or followed up ("your letter dated …", "our comment letter dated …"). */
export function readInReplyTo(texts: readonly string[]): string | null {
  for (const text of texts) {
    const m = replyIn(text);
    if (m) {
      // The date the pattern names, not the first in the words it spans ("this letter confirms the Company's telephone conversation
      // with you on October 17, 2022 regarding … the comment letter dated September 22, 2022", c0306, blind round 81).
      const iso = isoDate(m.slice(1).find((group) => group !== undefined) ?? m[0]);
      // "… your comment letter dated February 10, 2023 and March 16, 2023": the later letter, the one answered now (c0597, blind round 85).
      const and = AND_A_LATER_DATE.exec(text.slice(m.index + m[0].length))?.[1];
      const later = and === undefined ? undefined : isoDate(and);
      if (iso && later && later > iso) return later;
      if (iso) return iso;
    }
  }
  return null;
}

/**
 * A comment that names the letter whose comment it follows up: "We note your response to comment 3 in our letter dated December
 * 7, 2016", "We reissue in part prior comment 1 in our letter dated …", "comments 2 and 4 of our March 15, 2023 letter", "We note
 * the response in your letter dated …". Not "In your letter to us dated October 31, 2013, you disclosed …" (an older letter).
 */
const FOLLOWS_UP = new RegExp(
  [
    String.raw`\bcomments?\s+\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*\s+(?:in|of|from|issued\s+in)\s+our\s+(?:comment\s+)?letter\s+dated\s+(?:${DATE.source})`,
    String.raw`\bcomments?\s+\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*\s+(?:in|of|from|issued\s+in)\s+our\s+(?:${DATE.source})\s+(?:comment\s+)?letter`,
    String.raw`\b(?:the\s+)?response\s+in\s+your\s+letter\s+dated\s+(?:${DATE.source})`,
  ].join('|'),
  'gi',
);
/** How long before a letter the one it follows up may be: a review's rounds run weeks or months apart. */
const FOLLOW_UP_DAYS = 400;

/**
 * The letter a staff letter follows up, named only in its first comments (c1163, c0569): where the preamble names none.
 * @param letterDate the letter's own date (ISO), or null
 */
export function readFollowedUp(texts: readonly string[], letterDate: string | null): string | null {
  const named = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(FOLLOWS_UP)) {
      const iso = isoDate(m[0]);
      if (!iso) continue;
      const days = letterDate === null ? 0 : (Date.parse(letterDate) - Date.parse(iso)) / 86_400_000;
      if (days >= 0 && days <= FOLLOW_UP_DAYS) named.add(iso);
    }
  }
  // Comments that cite several of the staff's letters ("Refer to comment 2 of our March 15, 2023 letter and comment 1 of our June 5,
  // 2023 letter", c0975, blind round 131) retrace the review's history; they name no one letter followed up.
  return named.size === 1 ? ([...named][0] as string) : null;
}

/** Words that make a signature line a body of the Commission, not a person ("/s/ Division of Corporation Finance"). */
export const NOT_A_PERSON = /\b(?:Division|Office|Commission|Securities|Program)\b/;

/** Offices of a company that a letterhead or signature may print ("Office of the General Counsel"): never the reviewing office. */
const COMPANY_OFFICE = /General Counsel|Secretary|President|Chief Executive|Treasurer|Investor Relations|Corporate/i;

/** Words that end an office name printed in a line ("Office of Manufacturing Division of Corporation Finance U.S. …"). */
const OFFICE_STOP = /^(?:Division|U\.?S\.?|United|Securities|Washington|Mail|Attention|Attn|Re|Dear|Ladies)\b/;
/** The words a staff member's title is made of: "Senior Staff Accountant", "Accounting Branch Chief", "Special Counsel". */
const STAFF_TITLE_WORDS = String.raw`Senior|Staff|Accountants?|Attorneys?|Special|Counsel|Branch|Chief|Assistant|Deputy|Legal|Accounting|Examiners?`;
/** A staff member's title's first word. */
const STAFF_TITLE_WORD = new RegExp(String.raw`^(?:${STAFF_TITLE_WORDS})\b`);

/**
 * The first office name in a line: "Office of " and the capitalised words after it ("and", "&", "of",
 * "the" between them), up to a word that is not part of a name ("Office of Information Technologies
 * and Services Division of Corporation Finance" -> "Office of Information Technologies and Services").
 * "Disclosure Review Program" (2022-bxp-def14a-upload) counts as an office.
 */
export function officeIn(text: string): string | null {
  if (/^Disclosure Review Program\b/.test(text.trim())) return 'Disclosure Review Program';
  // Or as offices were named until about 2012, by their Assistant Director's number: "AD Office 11 – Telecommunications" (c0533,
  // c0315 blind round 111).
  const named = /\b(?:Office of|AD Office \d{1,2}(?:\s*[–—-])?)\s/.exec(text);
  if (named === null) return null;
  const words: string[] = [];
  const tokens = text.slice(named.index + named[0].length).trim().split(/\s+/);
  for (const [k, token] of tokens.entries()) {
    const word = token.replace(/[,;:.]+$/, '');
    if (OFFICE_STOP.test(token) || word === '') break;
    // The next staff member named after it, with a title, on a line flattened into this one ("… Office of Real Estate and
    // Commodities Jaime John, Accounting Branch Chief …", c0630 flattened, blind round 103).
    if (words.length > 0 && /^\p{Lu}[\p{L}’'.-]*,$/u.test(tokens[k + 1] ?? '') && STAFF_TITLE_WORD.test(tokens[k + 2] ?? '')) break;
    // A dash left from a line broken after "&" ("Office of Real Estate & - Commodities", flattened c0361) is no word of the name.
    if (/^[-–]$/.test(word) && /^(?:and|&)$/.test(words.at(-1) ?? '')) continue;
    if (/^(?:and|&|of|the|for)$/.test(word) || /^[A-Z][\p{L}’'-]*$/u.test(word)) words.push(token.endsWith(',') ? `${word},` : word);
    else break;
    // A comma may run on inside a name ("Office of Beverages, Apparel and Mining"); other punctuation ends it.
    if (word !== token && !token.endsWith(',')) break;
  }
  while (words.length > 0 && /^(?:and|&|of|the|for),?$/.test(words.at(-1) as string)) words.pop();
  if (words.length > 0) words[words.length - 1] = (words.at(-1) as string).replace(/,$/, '');
  if (!words.some((w) => /^[A-Z]/.test(w))) return null;
  const office = `${named[0].trim().replace(/\s*([–—-])$/, ' $1')} ${words.join(' ')}`;
  return COMPANY_OFFICE.test(office) ? null : office;
}

/** A line that names the Commission or its Division: an office printed on it or beside it is the reviewing office. */
const SEC_LINE = new RegExp(`${DIVISION_NAME}|${COMMISSION_NAME}`, 'i');

/**
 * The reviewing office of the Division of Corporation Finance: from a staff letter's signature block
 * ("Sincerely, / Division of Corporation Finance / Office of Manufacturing", or below a person's title),
 * else from an address block that names the Division (a response's "Office of Manufacturing / Division
 * of Corporation Finance / U.S. Securities and Exchange Commission", one line or several).
 */
export function readOffice(head: readonly ClassifiedLine[], closing: readonly ClassifiedLine[], staff: boolean): string | null {
  const texts = (lines: readonly ClassifiedLine[]) => lines.filter((l) => !l.furniture).map((l) => l.line.text.replace(/\t+/g, ' ').trim());
  const closingTexts = texts(closing);
  if (staff) {
    const signOff = closingTexts.findIndex((t) => SIGN_OFF.test(t));
    const ccAt = closingTexts.findIndex((t, i) => i > signOff && /^cc\b/i.test(t));
    const block = signOff < 0 ? [] : closingTexts.slice(signOff + 1, ccAt > signOff ? ccAt : signOff + 8);
    for (let i = 0; i < block.length; i++) {
      if ((block[i] as string).length > 120) continue;
      const office = officeIn(withContinuation(block, i));
      if (office !== null) return office;
    }
  }
  // An address block: the office within six lines of a line naming the Division or the Commission
  // ("Division of Corporation Finance / 100 F Street NE / Washington … / Attention: Brad Skinner / Senior
  // Assistant Chief Accountant / Office of Natural Resources", 2019-occidental-s4-corresp).
  for (const lines of [texts(head), closingTexts]) {
    for (let i = 0; i < lines.length; i++) {
      if (!SEC_LINE.test(lines[i] as string)) continue;
      for (let j = Math.max(0, i - 6); j <= Math.min(lines.length - 1, i + 6); j++) {
        if ((lines[j] as string).length > 400) continue;
        const office = officeIn(withContinuation(lines, j));
        if (office !== null) return office;
      }
    }
  }
  return null;
}

/**
 * A line with the next one when the name runs on to it ("Office of Real Estate and / Commodities",
 * "Office of Information Technologies / and Services", c0004 and c0049 of the corpus).
 */
function withContinuation(lines: readonly string[], i: number): string {
  const line = lines[i] as string;
  const next = lines[i + 1];
  if (next === undefined || next.length > 60) return line;
  // "Office of Real Estate & -" / "Commodities": a dash left after the joining word (c1038) goes.
  const open = line.replace(/(?<=(?:\band|&|,))\s*[-–]$/, '');
  // A name cut after its "of" too ("AD 11 -Office of" / "Telecommunications", c1010: the template's Assistant Director's number before it).
  return /(?:\band|\bof|&|,)$/.test(open) || /^(?:and|&)\s/.test(next) ? `${open} ${next}` : line;
}

/**
 * A telephone number: "(202) 551-3652", "202-551-3732", "202.551.3732", "(202) 551- 3412" (hyphenated at a line's end), "(202) 551 - 3718"
 * (spaced, c1130), "202-5513735"
 * (that hyphen dropped as pdftotext joins a hyphenated line, c0060 as it reads it).
 */
const PHONE = /\(?\b(\d{3})\)?[ \t\n.-]*(\d{3})(?:[ \t]?-\s?|[ \t\n.]|(?=\d{4}\b))(\d{4})\b/g;
/** The words before a contact's name ("You may contact", "or", "direct any questions to", "or in his absence,"), a comma after them too ("or, Terence O'Brien, Accounting Branch Chief, at …", c0105). */
const CONTACT_LEAD = /\b(?:contact|contacting|to|or|reach|call|absence),?\s+/gi;
/** Titles printed before a name ("Senior Staff Accountants Christine Allen Torney", "Senior Staff Accountant, Sasha Parikh", c0401). */
const TITLE_BEFORE_NAME = new RegExp(String.raw`^(?:(?:${STAFF_TITLE_WORDS}|(?:${PERSONAL_TITLE})\.?),?\s+)+`);
/** A person's name: two to five capitalised words (initials, O'Neal, Allen-Torney, McCullom). */
export const PERSON_NAME = /^[A-Z][\p{L}’'.-]*(?:\s+(?:(?:de|van|von|der|la|du)\s+)?[A-Z][\p{L}’'.-]*){1,4}$/u;

/**
 * The staff members a letter names to call: "You may contact Name at (202) 551-3652 or Name2, Staff
 * Accountant, at 202-551-3732", "contact me at …" (the person who signs). Phones as 202-551-3652.
 * @param texts the closing and preamble, as printed
 * @param signatory the person who signs, for "me" and "the undersigned"; null when the Division signs
 */
export function readStaffContacts(texts: readonly string[], signatory: string | null): { name: string; phone: string }[] {
  const out: { name: string; phone: string }[] = [];
  for (const text of texts) {
    const flat = text.replace(/\s+/g, ' ');
    let previousEnd = 0;
    for (const m of flat.matchAll(PHONE)) {
      const before = flat.slice(Math.max(previousEnd, (m.index as number) - 200), m.index);
      previousEnd = (m.index as number) + m[0].length;
      const at = /\bat(?:\s+telephone(?:\s+number)?)?[\s:]*$/i.exec(before);
      if (at === null) continue;
      const phone = `${m[1]}-${m[2]}-${m[3]}`;
      let lead = 0;
      for (const l of before.slice(0, at.index).matchAll(CONTACT_LEAD)) lead = (l.index as number) + l[0].length;
      let segment = before.slice(lead, at.index).replace(/^[\s,;]+/, '');
      if (/^(?:me|the undersigned)[\s,]*$/i.test(segment)) {
        // "/s/ Robert S. Littlepage, for / Larry Spirgel": "me" is the author, not the person signing for him (c0533).
        if (signatory !== null && !/\bfor\)?$/.test(signatory)) add(out, signatory, phone);
        continue;
      }
      // The title before the name goes first: it may end with a comma ("Senior Staff Accountant, Sasha Parikh, at …", c0401).
      const name = segment.replace(/\([^)]*\)/g, ' ').trim().replace(TITLE_BEFORE_NAME, '').split(',')[0]?.trim() ?? '';
      if (PERSON_NAME.test(name) && !NOT_A_PERSON.test(name) && !/\bStaff\b/.test(name)) add(out, name, phone);
    }
  }
  return out;
}

function add(list: { name: string; phone: string }[], name: string, phone: string): void {
  if (!list.some((c) => c.name === name && c.phone === phone)) list.push({ name, phone });
}
