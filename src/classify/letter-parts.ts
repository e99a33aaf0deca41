// Owns the conventional parts of a letter: salutation, Re: line, date, closing, sign-off, signature and cc lines.
import {
  CLOSING_HEADING, CLOSING_SENTENCES, COPY_TO_LABEL, DAY_MONTH_YEAR, EDGAR_FORMS, MONTH_DAY_YEAR, RE_WORD, SALUTATION_ON_ITS_OWN_LINE, SALUTATION_PHRASES, SIGN_OFF_ON_ITS_OWN_LINE, SIGN_OFF_WORDS, SIGNATURE_MARK,
} from '../vocabulary.js';
/** A salutation line, "Dear <name>" to the line end or a phrase (vocabulary.ts): "Ladies and Gentlemen:", "Dear Mr. Rosenberg:", "Dear Ms. Sobotka," */
export const SALUTATION = new RegExp(String.raw`^(?:Dear\s+.{2,120}|${SALUTATION_PHRASES}|${SALUTATION_ON_ITS_OWN_LINE})\s*[:,;]?$`, 'i');
/** "Re:", "RE:", "Re", "Subject:" opening the subject block; "RE:Eaton Corporation plc", its colon glued to the name (c0254 laid out). */
export const RE_LINE = new RegExp(String.raw`^(?:${RE_WORD})\s*(?::(?=\p{Lu})|[:.]?(?:\t|\s+|$))`, 'u');
/** A date as letters print it, in any case (vocabulary.ts): "August 30, 2017", "Aug. 30, 2017", "30 August 2017". */
export const DATE = new RegExp(String.raw`\b(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})\b`, 'i');
/**
 * EDGAR form types as staff letters print them without "Form" in front ("PREC14A and DFAN14A Filed
 * March 28, 2024", "SC TO-I filed …", "DRS/A submitted …"): a whole word, not "10-KSB" or "S-4-1".
 */
export const EDGAR_FORM = new RegExp(String.raw`\b${EDGAR_FORMS}(?![\w-])`);
/** One or more form types in a row: "PREC14A and DFAN14A", "10-K, 10-Q & 8-K". */
export const EDGAR_FORM_LIST = new RegExp(`(?:${EDGAR_FORM.source})(?:\\s*(?:,|and|&)\\s*(?:${EDGAR_FORM.source}))*`);
/** A signature's opening: "/s/", "By: /s/", "/ s /" (what furniture passes over and signature-block.ts reads the signer from). */
export const SIGNATURE_START = new RegExp(String.raw`^(?:By:?\s*)?${SIGNATURE_MARK}`, 'i');
/** A sign-off line, which ends the letter body. */
export const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS}|${SIGN_OFF_ON_ITS_OWN_LINE})[,.]?$`, 'i');
/** The start of a cc list. */
export const CC_LINE = new RegExp(`^${COPY_TO_LABEL}`, 'iu');

/** A line that opens a letter's closing rather than answering a comment: a closing sentence or the closing section's heading alone (vocabulary.ts). */
export const CLOSING_OPENERS = new RegExp(`^(?:${Object.values(CLOSING_SENTENCES).join('|')}|${CLOSING_HEADING}\\s*$)`, 'i');


/** Whether a (trimmed) text is a date and nothing else, a period or comma after it aside: "May 13, 2025", "February 14, 2019.". */
export function isDateAlone(text: string): boolean {
  const date = DATE.exec(text);
  return date !== null && date[0].length === text.replace(/[.,]$/, '').length;
}

/**
 * Parse the first date in a text to ISO form.
 * @returns "YYYY-MM-DD", or undefined when the text holds no valid date
 */
export function isoDate(text: string): string | undefined {
  const date = DATE.exec(text)?.[0];
  if (date === undefined) return undefined;
  // Month first or day first, the day is the first number and the year the second.
  // The month is the first word of three letters or more (not a day's "th", nor "of").
  const monthName = (/[a-z]{3,}/i.exec(date)?.[0] ?? '').toLowerCase().slice(0, 3);
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(monthName) + 1;
  const [day, year] = Array.from(date.matchAll(/\d+/g), (n) => Number(n[0]));
  if (day === undefined || year === undefined) return undefined;
  if (month < 1 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
