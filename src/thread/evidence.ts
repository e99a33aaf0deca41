// Owns what one parse record says about itself and what it cites, reduced to the small stub that grouping keeps.
import type { ResponseAction } from '../analyze/action-ids.js';
import { DATE, isoDate } from '../classify/letter-parts.js';
import { priorCommentNumbers } from '../prior-comments.js';
import type { LetterJson } from '../schema.js';
import { EDGAR_FORMS, MONTH_DAY_YEAR, RE_WORD, SALUTATION_PHRASES } from '../vocabulary.js';

/** "Filed March 11, 2022", "Filed on June 26, 2019": the filed date a Re: block gives a filing. */
const FILED_ON = new RegExp(String.raw`\bFiled(?: on)?\s+(${MONTH_DAY_YEAR})`, 'i');

/** A head's "Re:" block, up to the salutation (vocabulary.ts): what a letter's Re: lines name when the parser found no subject. */
const HEAD_RE_BLOCK = new RegExp(String.raw`\b(?:${RE_WORD}):\s*([\s\S]{0,600}?)(?:\n\s*(?:Dear\b|${SALUTATION_PHRASES})|$)`, 'i');

/** Who wrote a letter that another letter cites by date. `filing`: a filed date of a filing, not a letter. */
export type CitedRole = 'staff' | 'company' | 'any' | 'filing';

/** A date printed in a letter that names another letter (or a filing), with whose letter it is. */
export interface Citation {
  date: string;
  /** `date` as days since 1970-01-01. */
  day: number;
  role: CitedRole;
}

/** One filing named in the Re: block, forms normalised ("S-4/A" -> "S-4"). */
export interface FilingStub {
  form: string | null;
  fiscalYearEnd: string | null;
  filedOn: string | null;
  /** An amendment ("Amendment No. 2 to …", "S-4/A"): its filed date is the amendment's. */
  amendment: boolean;
}

/** A staff comment (or a response's repeated comment) as grouping and linking need it. */
export interface CommentStub {
  number: number;
  headings: string[];
  text: string;
  /** The company's answer (responses only). */
  response: string | null;
  /** "prior comment 2": numbers of earlier staff comments this one cites. */
  priorComments: number[];
  /** Dates of staff letters this comment names ("comment 3 of our letter dated …"). */
  citedStaffDates: string[];
  /** The parse record's comment topics (empty for records written before topics existed). */
  topics: string[];
  /** The comment's citations (references.citations; empty for records written before citations existed). */
  citations: string[];
  /** What the company's answer commits to (response.actions; responses only, empty before actions existed). */
  actions: ResponseAction[];
}

/** What the thread stage keeps of one parsed letter until its conversation is written. */
export interface LetterStub {
  /** Position in the input (ties in date order). */
  index: number;
  /** The parse record's source.file. */
  file: string;
  kind: 'staff' | 'response' | 'unknown';
  category: LetterJson['letter']['category'];
  /** What the letter does in a review, read from its category and words (acceleration requests the parser filed as `other`). */
  role: LetterRole;
  date: string | null;
  /** Days since 1970-01-01 of `date`, or null. */
  day: number | null;
  company: string | null;
  /** Registrant name reduced for comparison (case, punctuation, "The", "Inc."). Empty when unknown. */
  companyKey: string;
  cik: string | null;
  /** Registration statement numbers (333-): each names one registration statement. */
  registrations: string[];
  /** Company-wide numbers (Exchange Act 001-/000-, 0-, 814- …), normalised to three digits before the dash. */
  companyNumbers: string[];
  filings: FilingStub[];
  /** Dates this letter cites, with whose letter each is. */
  citations: Citation[];
  /** Does it cite "prior comment(s)" or "our previous comment"? */
  citesPriorComments: boolean;
  comments: CommentStub[];
}

export const LetterRole = {
  comments: 'comments',
  response: 'response',
  reviewComplete: 'review-complete',
  noReview: 'no-review',
  acceleration: 'acceleration-request',
  extension: 'extension-request',
  order: 'order',
  other: 'other',
} as const;
export type LetterRole = (typeof LetterRole)[keyof typeof LetterRole];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function epochDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Legal-form words dropped from a registrant name when comparing ("Inc", "Corp.", "N.V."). */
const LEGAL_SUFFIX = /\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|l p|nv|n v|sa|s a|ag|se)\b/g;

/**
 * A registrant name reduced for comparison: lower case, "&" as "and", punctuation and a leading
 * "The" dropped, legal-form words dropped ("Capital One Financial Corp." = "Capital One Financial
 * Corporation", "LENNAR CORP" = "Lennar Corporation").
 */
export function companyKey(name: string | null): string {
  if (name === null) return '';
  const key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[.,'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .replace(LEGAL_SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key;
}

/** "1-09924" -> "001-09924"; "333-216372" unchanged; dashes of any kind read as "-". */
export function normaliseFileNumber(raw: string): string {
  const plain = raw.replace(/[\u2010-\u2015\u2212\u00ad]/g, '-');
  const m = /^(\d{1,4})-(\d{3,6})(?:-\d{1,3})?$/.exec(plain);
  if (!m) return plain;
  const prefix = (m[1] as string).padStart(3, '0');
  return `${prefix}-${m[2]}`;
}

/** "S-4/A" -> "S-4", "Form 10-K/A" -> "10-K", "14A" -> "DEF 14A" is not guessed: only case, dashes and amendments. */
export function normaliseForm(form: string | null): string | null {
  if (form === null) return null;
  const plain = form
    .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-')
    .toUpperCase()
    .replace(/\/A$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // A proxy statement's EDGAR variants are one filing to a review: a merger's (PREM14A), a revised one (PRER14A, PRRN14A) or a
    // contested one (PREC14A) is what the other letter calls the "Preliminary Proxy Statement on Schedule 14A" (PRE 14A).
    .replace(/^(?:PRE[MRC]?|PRRN) ?14([AC])$/, 'PRE 14$1')
    .replace(/^DEF[MRC]? ?14([AC])$/, 'DEF 14$1');
  return plain === '' ? null : plain;
}

/** Registration statement numbers printed anywhere in a text: "File No. 333-216372", "(No. 333-216372)" (c0511). */
const REGISTRATION_NUMBER = /\b333[-\u2010-\u2015\u2212]\d{4,6}\b/g;
/** Forms named in a Re: block, read again with any dash (c0332 prints "S‑4" with a non-breaking hyphen). */
const FORM_IN_TEXT = new RegExp(String.raw`\b${EDGAR_FORMS}(?![\w-])`, 'g');

/** Acceleration requests that do not say so in their category: "requests that … be declared effective" (c0438, c0913, c0315). */
const ACCELERATION_WORDS = /\b(?:accelerat\w*|Rule 461|(?:declared|made|become|becomes) effective (?:at|on|as of)|effective(?:ness)? (?:date|time) (?:of|for) the registration statement)/i;
const EXTENSION_WORDS = /\b(?:extension|additional time|more time)\b[^.]{0,120}\b(?:respond|response|comments)\b|\bRequest for Extension\b/i;
/** The Commission's order declaring a registration effective (Section 12(d), c1165). */
const ORDER_WORDS = /\b(?:pursuant to delegated authority|it is ordered|ORDER DECLARING)\b/i;
/** The staff's closing sentence, opening the body: "We have completed our review of your filing", "We have concluded our assessment of your redacted exhibits" (Vistra c0953). */
const REVIEW_COMPLETE_WORDS = /(?:^|[.:]\s+|\n)\s*(?:We|The staff) (?:have|has) (?:completed|concluded) (?:our|its) (?:review|assessment)\b/i;
/** A company letter acknowledging a staff letter it has not yet answered ("We received your comment letter dated …", c0153; "has received the Staff's comment letter dated …", c0668). */
const ACKNOWLEDGES = /\b(?:received|receipt of)\b[^.]{0,60}\bletter dated\b/i;
/**
 * A company letter that answers a staff letter in prose, with no numbered comments ("This letter is in response to the comments
 * provided by the staff … by letter dated August 9, 2024", Xylem c0157; "this supplemental response to the comments set forth in
 * the comment letter of the staff … dated March 28, 2016", Molson Coors c0696).
 */
const ANSWERS_IN_PROSE = /\b(?:in response to|responds? to|responding to|in reply to|response to (?:the )?comments?)\b[^.]{0,150}\b(?:letter|correspondence)s?\b[^.]{0,160}?\bdated\b/i;
/** A promise of a later answer: "will respond by November 18, 2016", "intends to submit its response no later than …" (Facebook c0276). */
const LATER_ANSWER = /\b(?:will|intends? to|expects? to|plans? to)\s+(?:(?:submit|file|provide|send)\s+(?:a|its|our|the|their)\s+)?respon\w*\b[^.]{0,60}\b(?:by|no later than|on or before|within)\b/i;

/** "prior comment 2", "previous comments", "comment 3 of our letter dated …". */
const PRIOR_COMMENT = /\b(?:prior|previous|earlier) comments?\b|\bcomments? \d+ (?:of|in|from) our (?:\w+ )?letter/i;

/**
 * Whose letter a printed date names, from the words around it.
 * `writer` is who wrote the citing letter: "your letter" means the other side's letter.
 */
export function citedRole(before: string, after: string, writer: 'staff' | 'company'): CitedRole | null {
  const b = before.slice(-90).replace(/\s+/g, ' ');
  const a = after.slice(0, 40).replace(/\s+/g, ' ');
  // Periods and filed dates: "for the fiscal year ended December 31, 2015", "filed February 26, 2016".
  if (/\b(?:ended|ending|end|as of|through|period|quarter|year|since|until|beginning|from|effective(?: as of)?)\s*$/i.test(b)) return null;
  if (/\b(?:CORRESP|correspondence|response|letter)s?\s+(?:filed|submitted)(?: on)?\s*$/i.test(b)) return 'company';
  if (/\b(?:filed|submitted|furnished|amended|publicly filed|confidentially submitted)(?: with the (?:Commission|SEC))?(?: on)?\s*$/i.test(b)) return 'filing';
  // "Form 8-K dated January 25, 2017" (Crown Castle c0307): a report's date, not a letter's.
  if (/\b(?:Form|Schedule|Report on Form)\s+[\w/ -]{1,12}?\s+dated(?: and filed)?\s*$/i.test(b)) return 'filing';
  const other: CitedRole = writer === 'staff' ? 'company' : 'staff';
  const own: CitedRole = writer;
  // "your July 13, 2016 response", "our June 28, 2016 letter"
  if (/^\s*,?\s*(?:response|submission|correspondence|reply|letters? of response)/i.test(a)) {
    if (/\bour\s*$/i.test(b)) return writer === 'company' ? 'company' : 'company';
    return 'company';
  }
  if (/^\s*,?\s*(?:comment )?letter/i.test(a)) {
    if (/\bour\s*$/i.test(b)) return own;
    if (/\b(?:your|the)\s*$/i.test(b)) return other;
    if (/\b(?:staff['’]?s?|commission['’]?s?|sec['’]?s?)\s*$/i.test(b)) return 'staff';
    return 'any';
  }
  // "the correspondence you sent dated July 3, 2019" (c0705)
  if (/\b(?:you|the company|the registrant) (?:sent|submitted|provided|filed)(?: us)?\s*(?:dated|on)?\s*$/i.test(b)) return other;
  // "Response Dated July 13, 2016" (Re: block), "your response dated", "the Company's response dated"
  if (/\b(?:response|responses|reply|submission|correspondence|amendment)(?: letters?)?\s*(?:dated|of|on|submitted on|sent)?\s*$/i.test(b) && !/\b(?:staff|comment) letter/i.test(b.slice(-40))) {
    if (/\b(?:your|company['’]?s?|registrant['’]?s?|its|our)\s+(?:\w+\s+){0,3}(?:response|responses|reply|submission|correspondence)/i.test(b) || /\bresponse\s*(?:dated|of)?\s*$/i.test(b)) {
      return 'company';
    }
  }
  if (/\b(?:letters?|comments?|comment letter)\s*(?:dated|of|issued on|sent on|on|received on|we received on)?\s*$/i.test(b) || /\bdated\s*$/i.test(b)) {
    if (/\bour\s+(?:\w+\s+){0,3}(?:letters?|comments?)\b[^.]{0,30}$/i.test(b)) return own;
    if (/\bletters? to (?:the )?(?:staff|commission|sec|division)\b[^.]{0,10}$/i.test(b)) return 'company';
    if (/\b(?:your|the company['’]s)\s+(?:\w+\s+){0,3}letters?\b[^.]{0,30}$/i.test(b)) return other;
    if (/\b(?:staff['’]?s?|commission['’]?s?|sec['’]?s?|division['’]?s?)\s+(?:\w+\s+){0,3}(?:letters?|comments?)\b[^.]{0,30}$/i.test(b)) return 'staff';
    if (/\bcomment letter\b[^.]{0,30}$/i.test(b)) return 'staff';
    return writer === 'company' ? 'staff' : 'any';
  }
  // "comments … that we received via EDGAR correspondence on March 23, 2017" (c0727)
  if (/\breceived\b[^.]{0,60}\bon\s*$/i.test(b) && writer === 'company') return 'staff';
  return null;
}

/** Every date in `text` that names a letter or a filing, with its role. */
export function readCitations(text: string, writer: 'staff' | 'company', own: string | null): Citation[] {
  const out: Citation[] = [];
  const pattern = new RegExp(DATE.source, 'gi');
  for (const m of text.matchAll(pattern)) {
    const date = isoDate(m[0]);
    if (date === undefined || date === own) continue;
    const at = m.index ?? 0;
    const role = citedRole(text.slice(Math.max(0, at - 120), at), text.slice(at + m[0].length, at + m[0].length + 60), writer);
    if (role === null) continue;
    if (!out.some((c) => c.date === date && c.role === role)) out.push({ date, day: epochDay(date), role });
  }
  return out;
}

/** The role a letter plays in a review, from the parser's kind/category and the letter's own words. */
export function letterRole(record: LetterJson): LetterRole {
  const { kind, category } = record.letter;
  const words = `${record.letter.head}\n${record.preamble}\n${record.closing.slice(0, 2000)}`;
  if (category === 'review-complete') return LetterRole.reviewComplete;
  if (category === 'no-review') return LetterRole.noReview;
  if (category === 'acceleration-request') return LetterRole.acceleration;
  if (category === 'extension-request') return LetterRole.extension;
  const opening = `${record.preamble.slice(0, 600)}`;
  if (record.comments.length === 0 && REVIEW_COMPLETE_WORDS.test(opening)) return LetterRole.reviewComplete;
  if (kind === 'staff' && ORDER_WORDS.test(words) && record.comments.length === 0) return LetterRole.order;
  if (kind === 'staff') return LetterRole.comments;
  if (kind === 'response' || record.comments.some((c) => c.response !== null)) return LetterRole.response;
  const accelerates = ACCELERATION_WORDS.test(words);
  if (EXTENSION_WORDS.test(words) || (!accelerates && (ACKNOWLEDGES.test(opening) || LATER_ANSWER.test(record.preamble.slice(0, 1200))))) return LetterRole.extension;
  if (!accelerates && ANSWERS_IN_PROSE.test(opening)) return LetterRole.response;
  if (ACCELERATION_WORDS.test(words)) return LetterRole.acceleration;
  return LetterRole.other;
}

/** "Amendment No. 2 to" printed on the Re: line above the filing's own text (Carrier c0893). */
function amendmentLineBefore(subject: string, filingText: string): boolean {
  const at = subject.indexOf(filingText.split('\n')[0] ?? filingText);
  return at > 0 && /\bAmendment\s+No\.?\s*\d+\s*(?:to)?\s*$/i.test(subject.slice(Math.max(0, at - 40), at));
}

/** Numbers of earlier comments a comment cites ("prior comment 2", "previous comments 3 and 4"). */
function priorNumbers(text: string, own: readonly number[]): number[] {
  return [...new Set([...own, ...priorCommentNumbers(text)])].sort((x, y) => x - y);
}

/**
 * Reduce a parse record to what grouping and linking need.
 * @param record a parsed letter (schemaVersion 1)
 * @param index its position in the input
 * @param cik the CIK of an EDGAR header when the record carries one
 */
export function letterStub(record: LetterJson, index: number, cik: string | null = null): LetterStub {
  const { letter } = record;
  const role = letterRole(record);
  const writer: 'staff' | 'company' = letter.kind === 'staff' ? 'staff' : 'company';
  const head = letter.head ?? '';
  const subject = letter.subject ?? '';
  const registrations = new Set<string>();
  const companyNumbers = new Set<string>();
  for (const raw of letter.fileNumbers) {
    const n = normaliseFileNumber(raw);
    if (/^333-/.test(n)) registrations.add(n);
    else if (/^\d{3}-\d{3,6}$/.test(n)) companyNumbers.add(n);
    else if (/^\d{7,10}$/.test(n) && cik === null) cik = n;
  }
  // "(No. 333-216372)" in the Re: block or the first lines of the body (acceleration requests, c0511).
  for (const text of [head, record.preamble.slice(0, 1500)]) {
    for (const m of text.matchAll(REGISTRATION_NUMBER)) registrations.add(normaliseFileNumber(m[0]));
  }
  const filings: FilingStub[] = letter.filings.map((f) => ({
    form: normaliseForm(f.form),
    fiscalYearEnd: f.fiscalYearEnd,
    filedOn: f.filedOn,
    amendment: /\bAmendment\b|\/A\b|\bamended\b/i.test(`${f.form ?? ''} ${f.text}`) || amendmentLineBefore(subject, f.text),
  }));
  // A form the parser cut short (c0332 "S" for "S‑4"): read the Re: block again with any dash.
  // No Re: block found by the parser (c0694: "Re: Occidental … PREC14A … Filed on June 26, 2019"): read the head's own "Re:" lines.
  const headRe = HEAD_RE_BLOCK.exec(head)?.[1] ?? '';
  const reBlock = headRe.length > subject.length ? headRe : subject;
  if (letter.filings.length === 0 && reBlock !== '') {
    const filed = FILED_ON.exec(reBlock);
    const firstForm = [...reBlock.replace(/[\u2010-\u2015\u2212\u00ad]/g, '-').matchAll(FORM_IN_TEXT)][0];
    if (firstForm !== undefined) filings.push({
        form: normaliseForm(firstForm[0]),
        fiscalYearEnd: null,
        filedOn: filed === null ? null : (isoDate(filed[1] as string) ?? null),
        amendment: /\bAmendment\b/i.test(reBlock),
      });
    if (letter.fileNumbers.length === 0) {
      for (const m of reBlock.matchAll(/\bFile No\.?\s*(\d{1,4}-\d{3,6})/gi)) {
        const n = normaliseFileNumber(m[1] as string);
        if (!n.startsWith('333-')) companyNumbers.add(n);
      }
    }
  }
  const subjectForms = [...reBlock.replace(/[\u2010-\u2015\u2212\u00ad]/g, '-').matchAll(FORM_IN_TEXT)].map((m) => normaliseForm(m[0]) as string);
  for (const f of filings) {
    if (f.form !== null && !subjectForms.includes(f.form)) {
      const fuller = subjectForms.find((s) => s.startsWith(f.form as string) && s.length > (f.form as string).length);
      if (fuller !== undefined) f.form = fuller;
    }
  }
  for (const form of subjectForms) {
    if (!filings.some((f) => f.form === form)) filings.push({ form, fiscalYearEnd: null, filedOn: null, amendment: false });
  }

  const citations: Citation[] = [];
  const add = (list: Citation[]) => {
    for (const c of list) if (!citations.some((d) => d.date === c.date && d.role === c.role)) citations.push(c);
  };
  add(readCitations(head, writer, letter.date));
  add(readCitations(record.preamble.slice(0, 4000), writer, letter.date));
  add(readCitations(record.closing.slice(0, 1500), writer, letter.date));
  const comments: CommentStub[] = record.comments.map((c) => {
    const citedStaffDates: string[] = [];
    if (writer === 'staff') {
      for (const cited of readCitations(c.text, 'staff', letter.date)) {
        if (cited.role !== 'filing') add([cited]);
        if (cited.role === 'staff') citedStaffDates.push(cited.date);
      }
    }
    return {
      number: c.number,
      headings: c.headings,
      text: c.text,
      response: c.response?.text ?? null,
      priorComments: writer === 'staff' ? priorNumbers(c.text, c.references.priorComments) : [],
      citedStaffDates,
      topics: Array.isArray(c.topics) ? [...c.topics] : [],
      citations: Array.isArray(c.references?.citations) ? [...c.references.citations] : [],
      actions: Array.isArray(c.response?.actions) ? [...c.response.actions] : [],
    };
  });
  const citesPriorComments = writer === 'staff' && (PRIOR_COMMENT.test(record.preamble) || comments.some((c) => c.priorComments.length > 0));
  // The parser's inReplyTo is one more citation when nothing else names that date.
  if (letter.inReplyTo !== null && !citations.some((c) => c.date === letter.inReplyTo)) {
    citations.push({ date: letter.inReplyTo, day: epochDay(letter.inReplyTo), role: writer === 'company' ? 'staff' : 'any' });
  }
  const date = letter.date;
  return {
    index,
    file: record.source.file,
    kind: letter.kind,
    category: letter.category,
    role,
    date,
    day: date === null ? null : epochDay(date),
    company: letter.company,
    companyKey: companyKey(letter.company),
    cik: cik === null ? null : cik.replace(/^0+/, ''),
    registrations: [...registrations],
    companyNumbers: [...companyNumbers],
    filings,
    citations,
    citesPriorComments,
    comments,
  };
}
