// Owns where a sentence of flattened text ends: the words whose period ends none, the page footers between sentences, how an answer's sentence opens.
import { ABBREVIATED_LEGAL_FORM, ANSWER_OPENING, ANSWERS_THE_COMMENT, COURTESY_TITLE, MONTH_ABBREVIATIONS, NAME_SUFFIX, PAGE_WORD } from '../../vocabulary.js';
import type { Tokens } from './tokens.js';

/** Abbreviations and labels whose trailing period does not end a sentence. */
export const ABBREVIATION = new RegExp(String.raw`^(?:${COURTESY_TITLE}|No|Nos|${ABBREVIATED_LEGAL_FORM}|${NAME_SUFFIX}|St|U\.S|v|vs|Fig|Vol|[A-Z])\.,?$`);
/**
 * Words that name a numbered thing, so "Item 7." or "page 12." is not a comment number. Lower
 * case (a reference inside a sentence) or a capitalised label; capitalised plurals and
 * "Page", "Comments", "Exhibits" also end headings ("General Comments 1.", "Cover Page 1.").
 */
export const NUMBERED_THING = new RegExp(
  String.raw`^(?:(?:items?|notes?|pages?|nos?|numbers?|sections?|rules?|parts?|steps?|phases?|levels?|tiers?|class|series|articles?|exhibits?|schedules?|appendix|annex|forms?|chapters?|tables?|figures?|paragraphs?|clauses?|options?|comments?|questions?|stages?|rounds?|tranches?|units?|amendments?|versions?|fy)|(?:Item|Items|Note|Notes|No|Nos|Number|Section|Sections|Rule|Rules|Part|Article|Exhibit|Schedule|Appendix|Annex|Form|Chapter|Table|Figure|Paragraph|Question|Step|Amendment|Q|FY|#|(?:${MONTH_ABBREVIATIONS}|May)[a-z]*))$`,
);
/** "No. 1", "Nos. 2": abbreviations whose period does not end a sentence. */
export const NUMBER_ABBREVIATION = /^(?:No|Nos|no|nos|Fig|fig|Vol|vol|Sec|sec)\.$/;

/**
 * Token i (a number) is one that the word before it names ("Item 7.", "Note 3.", "page 12.", "No. 1", "May 3.") or a list goes on
 * to ("pages 12 and 13.", "pages 1, 66 and 67."): no comment's number, no note's.
 */
export function namedOrListedNumber(tokens: Tokens, i: number): boolean {
  const previous = tokens.text(i - 1);
  // A proxy's proposal is numbered too, at the end of a sentence ("… the subject of Proposal 7. Annex B | …", c0705).
  if (NUMBERED_THING.test(previous.replace(/[,:]$/, '')) || NUMBER_ABBREVIATION.test(previous) || /^[Pp]roposals?$/.test(previous)) return true;
  // A list of numbers or of a prospectus' front pages in roman numerals ("pages xii and 70.", c0057).
  if (/^(?:and|or|to|through|&)$/i.test(previous) && (/\d/.test(tokens.text(i - 2)) || /^[ivxlc]{1,6},?$/.test(tokens.text(i - 2)))) return true;
  return /^\d[\d.,]*,$/.test(previous) || /^\$/.test(previous);
}

/** Whether a word ends a sentence: its full stop, question or exclamation mark, then any closing quotes or parenthesis ("advise.”"). */
export function endsSentence(word: string): boolean {
  return SENTENCE_END.test(word);
}
const SENTENCE_END = /[.?!]["”’)]*$/;

/** A page footer's words: its page number, the company's web address, "Page". */
export const FOOTER_WORD = new RegExp(String.raw`^(?:\d{1,3}|[\w-]+\.(?:com|net|org|io)|${PAGE_WORD}|\|)$`, 'i');

/** Token i follows a page footer (one to three footer words) that follows a finished sentence. */
export function afterFooter(tokens: Tokens, i: number): boolean {
  let k = i - 1;
  while (k >= i - 3 && k >= 0 && FOOTER_WORD.test(tokens.text(k))) k--;
  return k < i - 1 && k >= 0 && endsSentence(tokens.text(k));
}

/** A company name's last word, which can end a sentence too. */
export const COMPANY_SUFFIX = new RegExp(String.raw`^(?:${ABBREVIATED_LEGAL_FORM})\.$`);

/** Sentences that open a company's answer when it has no label ("The Company respectfully advises …"). */
export const RESPONSE_SENTENCE = new RegExp(
  String.raw`^(?:${ANSWER_OPENING}|(?:The )?(?:Company|Registrant|Partnership|Bank|Trust|Fund|Issuer)(?:['’]s)? (?:respectfully|acknowledges|advises|confirms|notes|has|will|supplementally|proposes|believes)|(?:[A-Z][\w&.-]*\s+){1,3}respectfully (?:advises|submits|acknowledges|notes|informs|refers|directs)|${ANSWERS_THE_COMMENT})`,
);
