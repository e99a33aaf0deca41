// Owns the conventional parts of a letter: salutation, Re: line, date, closing, sign-off, signature and cc lines.
import { EDGAR_FORMS, MONTH_ABBREVIATIONS, MONTH_NAMES, SIGN_OFF_ON_ITS_OWN_LINE, SIGN_OFF_WORDS } from '../vocabulary.js';
/** "Ladies and Gentlemen:", "Dear Mr. Rosenberg:", "Dear Ms. Sobotka," */
export const SALUTATION = /^(?:Dear\s+.{2,120}|Ladies\s+and\s+Gentlem[ae]n|Gentlemen|Sirs?|Dear\s+Sir(?:s| or Madam)|To\s+whom\s+it\s+may\s+concern|Mesdames\s+and\s+Messieurs)\s*[:,;]?$/i;
/** "Re:", "RE:", "Re", "Subject:" opening the subject block. */
export const RE_LINE = /^(?:Re|RE|Subject)\s*[:.]?(?:\t|\s+|$)/;
const MONTHS = `${MONTH_NAMES}|${MONTH_ABBREVIATIONS}`;
/** A date as letters print it: "August 30, 2017", "30 August 2017". */
export const DATE = new RegExp(`\\b(?:(${MONTHS})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTHS})\\.?,?\\s+(\\d{4}))\\b`, 'i');
/**
 * EDGAR form types as staff letters print them without "Form" in front ("PREC14A and DFAN14A Filed
 * March 28, 2024", "SC TO-I filed …", "DRS/A submitted …"): a whole word, not "10-KSB" or "S-4-1".
 */
export const EDGAR_FORM = new RegExp(String.raw`\b${EDGAR_FORMS}(?![\w-])`);
/** One or more form types in a row: "PREC14A and DFAN14A", "10-K, 10-Q & 8-K". */
export const EDGAR_FORM_LIST = new RegExp(`(?:${EDGAR_FORM.source})(?:\\s*(?:,|and|&)\\s*(?:${EDGAR_FORM.source}))*`);
/** A sign-off line, which ends the letter body. */
export const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS}|${SIGN_OFF_ON_ITS_OWN_LINE})[,.]?$`, 'i');
/** The start of a cc list. */
export const CC_LINE = /^(?:cc|c\.c\.|copy to|copies to|with copies? to)\s*[:.]?(?:\t|\s|$)/i;

/**
 * Sentences that open a letter's closing rather than answering a comment.
 * Staff boilerplate (2016-ajg-10k-upload, 2024-adm-10k-upload) and company sign-offs
 * (2017-21vianet-corresp, 2021-meta-10k-corresp).
 */
export const CLOSING_OPENERS = new RegExp(
  [
    String.raw`^\*\s*\*\s*\*`,
    String.raw`^We remind you that`,
    String.raw`^We urge all persons who are responsible`,
    String.raw`^In (?:closing|responding to our comments), (?:we|please)`,
    String.raw`^(?:Please|You may) contact\b`,
    String.raw`^(?:If|Should) (?:you|the Staff) (?:have|has|need|needs|require|requires|wish(?:es)?|would like)\b.{0,80}(?:questions|comments|information|discuss|contact|call)`,
    String.raw`^In connection with (?:our|the Company['’]s|its|this) (?:response|responding|letter)`,
    String.raw`^(?:We|I) (?:hope|trust) (?:that )?(?:the|this|these|our)\b.{0,60}(?:respon|answer|address)`,
    String.raw`^(?:Please )?(?:do not|don['’]t) hesitate to`,
    String.raw`^Please (?:direct|address|call|feel free|let (?:us|me) know)`,
    String.raw`^(?:We|I|The Company) (?:would )?(?:appreciate|welcome|thank|hope|trust)\b.{0,80}(?:questions|comments|call|contact|review|assistance|consideration|time)`,
    String.raw`^Thank you for (?:your|the Staff['’]s)`,
    String.raw`^(?:We|The Company) (?:hereby )?acknowledges? that`,
    String.raw`^If (?:the Staff|you) (?:has|have|wish(?:es)?|would like)\b.{0,60}(?:questions|comments|discuss|contact|additional)`,
    String.raw`^(?:We|I) would be (?:pleased|happy|glad) to`,
    String.raw`^Please respond to this letter`,
    // Staff letters of 2016 and before: the closing section's heading, and its request for the company's acknowledgement.
    String.raw`^Closing Comments?\s*$`,
    String.raw`^In connection with responding to (?:our|your|the Staff['’]s) comments`,
  ].join('|'),
  'i',
);


/**
 * Parse the first date in a text to ISO form.
 * @returns "YYYY-MM-DD", or undefined when the text holds no valid date
 */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const monthName = (m[1] ?? m[5] ?? '').toLowerCase().slice(0, 3);
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(monthName) + 1;
  const day = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[6]);
  if (month < 1 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
