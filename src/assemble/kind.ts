// Owns what kind of letter this is (staff, response, unknown) and its category.
import type { Classified } from '../classify/index.js';
import type { EdgarHeader } from '../source.js';
import { DATE } from '../classify/letter-parts.js';
import { COMMISSION_NAME } from '../vocabulary.js';

export type LetterKind = 'staff' | 'response' | 'unknown';
export type LetterCategory = 'comments' | 'review-complete' | 'no-review' | 'extension-request' | 'acceleration-request' | 'other';

const RESPONSE_WORDS = /\b(?:respon(?:d|ds|se|ses|ding) to (?:the |your |each of the )?(?:comments?|letter|staff|Division of Corporation Finance['’]s (?:comments?|letter))|on behalf of (?:our client|the company|[A-Z])|(?:set forth|repeated|reproduced|restated) (?:below|in (?:bold|italics?))|(?:in|is|are) (?:bold|italics?)(?: type| font)?(?:,| and| below)|the Staff['’]s comments?|comments? (?:contained|received|set forth) in|followed by (?:the|our|its) response)/i;
/** A line of the staff's signature block: the Division or an office opening it, or a staff title in it. */
const STAFF_SIGNATURE_WORDS = /^(?:Division of Corporation Finance|Office of [A-Z])|(?:Accounting )?Branch Chief|Special Counsel|Staff Attorney/;
const STAFF_WORDS = /\b(?:We have reviewed your (?!comments?\b|(?:comment )?letter\b)|We have limited our review|Please respond to (?:this letter|these comments)|In our comments, we (?:may )?ask you|we have the following comments?|our comments? (?:apply|applies)|We may have additional comments|we have completed our review|(?:have not|will not) review|We refer you to our comment letter|In some of our comments, we may ask|After reviewing (?:your|any) (?:response|amendment)|Please contact the staff member|please supplementally provide us|We will notify you of any comments|assess your compliance with|We have concluded our assessment of your)/i;

/**
 * Weigh the evidence for who wrote the letter.
 * @param classified the classified letter
 * @param edgar the EDGAR header, when the letter came in its container (its form type is strong evidence)
 * @param labels how many response labels the body has
 */
export function decideKind(classified: Classified, edgar: EdgarHeader | undefined, labels: number): { staff: number; response: number } {
  let staff = 0;
  let response = 0;
  const type = edgar?.formType?.toUpperCase();
  if (type === 'CORRESP') response += 3;
  if (type === 'UPLOAD' || type === 'LETTER' || type?.startsWith('SEC STAFF')) staff += 3;
  const lines = classified.lines;
  const headText = lines.slice(0, classified.bodyStart).map((l) => l.line.text).join('\n');
  const firstLines = lines.slice(0, 3).map((l) => l.line.text);
  // The Commission's letterhead opens a staff letter; a response opens with its date, then addresses the Commission.
  // A letterhead opens with the name ("UNITED STATES SECURITIES AND EXCHANGE COMMISSION …"); a response's
  // confidentiality legend that names the Commission at its end is not one (c0208 laid out).
  // Only the country may print before the name: "… PROVIDED SEPARATELY TO THE U.S. SECURITIES AND EXCHANGE COMMISSION." is a legend wrapped short (c0208 printed).
  const commissionAt = firstLines.findIndex((t) => {
    const at = t.search(/securities and exchange commission/i);
    return at >= 0 && at <= 30 && !/\b(?:to|by|with|the|of)\s+(?:the\s+)?(?:U\.\s?S\.|United\s+States)?\s*$/i.test(t.slice(0, at));
  });
  const datedFirst = commissionAt > 0 && firstLines.slice(0, commissionAt).some((t) => DATE.test(t) && t.length < 40);
  // The Commission's street under its name is a company's addressee block ("Division of Corporation Finance / U.S. Securities and
  // Exchange Commission / 100 F Street, N.E.", c0153 with no date above it): the staff's letterhead prints no street.
  const streetBelow = commissionAt >= 0 && lines.slice(commissionAt, commissionAt + 3).some((l) => COMMISSION_STREET.test(l.line.text));
  if (commissionAt >= 0 && !datedFirst && !streetBelow) staff += 2;
  else if (/securities and exchange commission|division of corporation finance/i.test(headText)) response += 1;
  const body = lines.slice(classified.bodyStart, classified.bodyStart + 60).map((l) => l.line.text).join('\n');
  if (RESPONSE_WORDS.test(body)) response += 2;
  if (STAFF_WORDS.test(body)) staff += 2;
  // The closing's last lines, never the head's: a short letter's last 15 lines may reach its addressee block (c1157 flattened).
  const tailLines = lines.slice(Math.max(classified.bodyStart, lines.length - 15)).map((l) => l.line.text);
  const tail = tailLines.join('\n');
  // The Division's name opens a line of the staff's signature; in a sentence it is the letter a company answers ("The purpose of this
  // letter is to respond to the Division of Corporation Finance's letter dated …", c0039, a short letter whose last lines reach it);
  // over the Commission's street it is a copy sent to the staff ("Copies to: … Division of Corporation Finance / 100 F Street", c0510).
  const signedByStaff = tailLines.some((text, k) => STAFF_SIGNATURE_WORDS.test(text) && !tailLines.slice(k, k + 3).some((t) => COMMISSION_STREET.test(t)));
  if (signedByStaff && !addressedToCommission(tail)) staff += 2;
  // The staff's own telephone exchange for whom to call ("You may contact Suzanne Hayes at (202) 551-3675 …", c0599, blind round 83): a
  // company's letter gives its own numbers.
  if (/\bcontact\b[^.]{0,120}\(?202\)?[\s.-]*551[\s.-]*\d{4}/i.test(tail) && !addressedToCommission(tail)) staff += 2;
  if (labels > 0) response += 2;
  return { staff, response };
}

/** A Commission order ("… it is ORDERED that …"): it decides a request and is neither a staff letter nor one (2020-carrier-staffaction). */
export function isOrder(bodyText: string): boolean {
  return /\bit is (?:hereby )?ORDERED\b/.test(bodyText);
}

const COMMISSION = new RegExp(COMMISSION_NAME, 'i');
/** The Commission's street, in an addressee block or a copy sent to the staff; no staff letterhead or signature prints it. */
const COMMISSION_STREET = /\b100 F Street\b/i;

/**
 * The Commission's name with a "Re:" somewhere after it (a response's addressee block).
 * The first occurrence decides, so the text is scanned once, not from every occurrence to the end.
 */
function addressedToCommission(text: string): boolean {
  const at = text.search(COMMISSION);
  return at >= 0 && /Re:/i.test(text.slice(at));
}

/**
 * Acceleration asked for: "… be declared effective at 5:30 p.m. … on January 4, 2018" (c0913), "In accordance with Rules 460 and 461 … be
 * made effective at 4:00 p.m." (c0315), "… requests that the effective date for the Registration Statement be accelerated to 4:00 p.m."
 * (a Form 10 under Rule 12d1-2, c0521, blind round 85).
 */
const ACCELERATION = /\baccelerat(?:e|ed|ion)\b[\s\S]{0,200}\beffective|\beffective\s+date\b[^.]{0,80}?\bbe\s+accelerated\b|\bRules?\s+(?:460\s+and\s+)?461\b|\b(?:declared|made)\s+effective\s+(?:at|on|as\s+of)\s+\d/gi;
/** Words before an acceleration that only announce it: "The Company intends to request acceleration …" (a supplemental letter). */
const ANNOUNCED = /\b(?:intends?|plans?|expects?|anticipates?|will|would|may)\s+(?:to\s+)?(?:request|seek|ask\s+for)\s+(?:the\s+)?$/i;

/** Whether the letter asks for acceleration, not only says it will. */
function asksForAcceleration(bodyText: string): boolean {
  ACCELERATION.lastIndex = 0;
  for (let m = ACCELERATION.exec(bodyText); m !== null; m = ACCELERATION.exec(bodyText)) {
    if (!ANNOUNCED.test(bodyText.slice(Math.max(0, m.index - 40), m.index))) return true;
    // Look again from the next word: the announced mention's match may run over the request after it.
    ACCELERATION.lastIndex = m.index + 1;
  }
  return false;
}

/** The category from the body's wording when there are no comments. */
export function decideCategory(hasComments: boolean, bodyText: string): LetterCategory {
  if (hasComments) return 'comments';
  // "We have concluded our assessment of your redacted exhibits …" (a redacted-exhibit review, c0334, c0953).
  // Not "We will notify you … that we have concluded our assessment" (a request for unredacted exhibits, 2021-ea-ctr-staffletter).
  if (/completed (?:our|its) review/i.test(bodyText) || /(?:^|[.:]\s+)We have concluded (?:our|its) (?:assessment|review)/m.test(bodyText)) return 'review-complete';
  if (/(?:have not|will not|did not|do not intend to) review|not (?:be )?(?:selected for|subject to) (?:a )?review|no review/i.test(bodyText)) return 'no-review';
  if (isOrder(bodyText)) return 'other';
  if (asksForAcceleration(bodyText)) return 'acceleration-request';
  // "… agrees to submit its response to the Comment Letter no later than October 19, 2016 … this extra time" (c0809).
  // "… intends to file its response to the Staff's Comment Letter by March 24, 2016" (c0982).
  // "… plans to respond to the Staff by April 6, 2023" (c0381), "… we will respond to the comment letter by Friday, April 15, 2016"
  // (c0986), "… that our response date be extended to February 12, 2024" (c0691); "… will provide its responses to each of the comments
  // set forth in the Letter via EDGAR as soon as possible, and in any event no later than October 10, 2025" (c0101, read after blind round 113).
  if (/\b(?:extension|additional time|more time|extra time)\b[\s\S]{0,160}\b(?:respond|response)|\b(?:respond|responses?)\b[\s\S]{0,120}?\b(?:by\b[\s\S]{0,40}\bextension|no later than|on or before)\b|\bintends? to (?:file|submit|provide) (?:its|our|a) response\b[^.]{0,80}\bby\s+[A-Z][a-z]+\s+\d/i.test(bodyText)) return 'extension-request';
  if (RESPONSE_BY_A_DATE.test(bodyText)) return 'extension-request';
  return 'other';
}

/**
 * A company saying when it will respond: "plans to respond to the Staff by April 6, 2023", "we propose to provide you with our
 * response by April 1, 2020" (c0950), "our response date be extended to …".
 */
const RESPONSE_BY_A_DATE =
  /\b(?:will|plans?\s+to|intends?\s+to|expects?\s+to|proposes?\s+to)\s+(?:respond\b|(?:provide|submit|file)\b[^.]{0,60}?\bresponses?\b)[^.]{0,80}?\bby\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2}\b|\bresponse\s+(?:date|deadline)\b[^.]{0,40}\bextended\b/;

/**
 * A company's letter that answers the staff's comment letter without repeating numbered comments ("… this responds to your letter of
 * September 2, 2022 …. The Company confirms that it will enhance its future proxy disclosures", c0280; "We received your comment letter
 * dated September 20, 2022. … we will carefully consider these comments", c0153): a response. So is a further or supplemental response
 * to the staff's comments or letter (c0036, c0696), what answers the staff's questions about them (c0740, c0463) or gives what the
 * staff asked for (c0952, c1091), as the shared letters' manifest and the blind rounds (111-113) read them. Not an extension or an
 * acceleration request (their categories say so).
 */
export function answersCommentLetter(preamble: string): boolean {
  return ANSWERS_COMMENT_LETTER.test(preamble.slice(0, ANSWER_OPENING));
}
/** How much of the preamble says what the letter answers. */
const ANSWER_OPENING = 600;
/**
 * Words that answer the staff's letter: responding to it or to its comments (further, supplementally), having received it; responding
 * to the Division's letter ("The purpose of this letter is to respond to the Division of Corporation Finance's letter dated July 28,
 * 2023", c0616); thanks for, or reference to, the letter that set forth the staff's comments ("Thank you for your letter dated September
 * 20, 2022 addressed to eBay Inc. … setting forth comments of the staff", c0370; "Reference is made to your letter (the “Comment
 * Letter”), dated September 2, 2022, setting forth comments of the staff", c0868); the information the staff requested in its letter
 * (c0952) or, by telephone, for its comments (c1091); the questions the staff asked about its letters (c0740), a question or comment
 * of its letter ("related to Question 3 contained in your letter dated March 16, 2023", c0463); a follow-up to a conversation with the
 * staff that supplements the company's correspondence (c0421).
 */
const ANSWERS_COMMENT_LETTER = new RegExp(
  [
    String.raw`\b(?:respond(?:s|ing)?|(?:in|is)\s+(?:further\s+|supplemental\s+|additional\s+)?response)\s+to\s+(?:your|the\s+Staff['’]s|the(?:\s+Division\s+of\s+Corporation\s+Finance['’]s)?)\s+(?:comment\s+)?letter\b`,
    String.raw`\b(?:received|receipt\s+of)\s+(?:your|the\s+Staff['’]s)\s+comment\s+letter\b`,
    String.raw`\b(?:respond(?:s|ing)?|response)\s+to\s+(?:the\s+)?(?:Staff(?:['’]s)?\s+)?comments?\b`,
    String.raw`\b(?:thank\s+you\s+for|reference\s+is\s+made\s+to)\s+your\s+(?:comment\s+)?letter\b[\s\S]{0,300}?\b(?:comments\s+of\s+the\s+staff|setting\s+forth\s+(?:the\s+)?comments)\b`,
    String.raw`\b(?:information|analysis)\s+(?:that\s+)?(?:you|the\s+Staff)\s+requested\s+in\s+(?:your|the\s+Staff['’]s|its)\b`,
    String.raw`\bAs\s+requested\s+by\s+the\s+Staff\b[\s\S]{0,300}?\bcomments?\b`,
    String.raw`\brespond\s+to\s+(?:the\s+)?questions\s+(?:that\s+)?(?:you|the\s+Staff)\s+(?:asked|raised|posed)\b`,
    String.raw`\b(?:Question|Comment)\s+(?:No\.\s*)?\d{1,3}\s+(?:contained\s+|set\s+forth\s+)?in\s+(?:your|the\s+Staff['’]s)\s+(?:comment\s+)?letter\b`,
    String.raw`\bfollow-?up\s+to\s+(?:the|our)\s+(?:conversations?|calls?|discussions?|telephone\s+calls?)\s+with\s+the\s+Staff\b[^.]{0,200}\bsupplement\b`,
  ].join('|'),
  'i',
);

/**
 * A company's supplemental letter to the staff in its review, answering no comment: "we submit this supplemental letter to assist the
 * staff … in its review of the Company's Registration Statement" (2020-doordash-s1-corresp, c0178): a response, as the shared letters'
 * manifest has it, of no category.
 */
export function supplementsReview(preamble: string): boolean {
  return /\bsupplemental\s+letter\b[^.]{0,120}\b(?:Staff|review)\b/i.test(preamble.slice(0, ANSWER_OPENING));
}
