// Owns the numbered-comment candidates of a flattened letter ("7.", "Comment 7:"), each with how comment-like it looks; numbering-chain.ts picks the chain.
import { ACKNOWLEDGED_POINTS, BULLET_CHARACTERS, MONTH_DAY_YEAR, STAFF_VOICE } from '../../vocabulary.js';
import { MAX_COMMENT_NUMBER, type NumberedCandidate } from '../../numbering-chain.js';
import type { Tokens } from './tokens.js';
import { endsSentence, namedOrListedNumber } from './sentences.js';

/** Words that often open a staff comment, or a company's copy of one. */
export const COMMENT_OPENER =
  /^[“"‘'(]?(?:Please|We|You|Your|Tell|Refer|Revise|Provide|Clarify|Explain|Describe|Disclose|Expand|Confirm|Discuss|Consider|Show|Update|Include|Identify|Quantify|Reconcile|Given|Since|To|The|It|In|If|Where|With|Regarding|Address|State|Advise|File|Remove|Balance|Comment|Staff|Throughout|Although|While|On|As|For|Note|Related|Supplementally|Noting)\b/;

/** How a staff request opens: what follows a comment's number, not a note's or a table's ("Note 6. Please see …" aside). */
const STAFF_REQUEST_OPENER = /^(?:Please (?!see\b|refer\b|note\b)|Tell us\b|We note\b|Revise\b|Explain\b|Disclose\b)/;

/** "7.", "7)", a dash or bullet glued on: "•7." (vocabulary.ts). */
const DOTTED_NUMBER = new RegExp(`^[\\-–—${BULLET_CHARACTERS}]?(\\d{1,3})[.)]$`);
/** The first characters of a token DOTTED_NUMBER or a "Comment" label can match: a cheap test that skips most words. */
const NUMBER_CANDIDATE_START = new RegExp(`^[\\d\\-–—${BULLET_CHARACTERS}C]`);

/**
 * Every token that could start a numbered comment: "7." or "7)" before a capitalised word,
 * "Comment 7:", "Comment No. 7". Not after a word that names a numbered thing ("Item 7.",
 * "Note 3.", "page 12.", "No. 1", "May 3."), nor a number in a list ("pages 12 and 13.").
 */
export function numberCandidates(tokens: Tokens, from: number): NumberedCandidate[] {
  const out: NumberedCandidate[] = [];
  for (let i = Math.max(0, from); i < tokens.length; i++) {
    const token = tokens.text(i);
    if (!NUMBER_CANDIDATE_START.test(token)) continue;
    // A number whose period a scraper printed after a space ("General 1 . In your letter to us …", c0693 flattened) is read as "1.".
    const spaced = /^\d{1,3}$/.test(token) && tokens.text(i + 1) === '.';
    const next = tokens.text(spaced ? i + 2 : i + 1);
    const previous = tokens.text(i - 1);
    let number: number | undefined;
    let score = 1;
    const labelled = /^(?:Comment|COMMENT)$/.test(token) ? /^(?:(?:No\.|#)\s*)?#?(\d{1,3})[:.)]?$/.exec(next === 'No.' ? `No.${tokens.text(i + 2)}` : next) : null;
    // Not a reference to comments: "the Staff’s Comment No. 1 through 6" (c0464), "our comment 3 and 4".
    const afterNumber = tokens.text(i + (next === 'No.' ? 3 : 2));
    if (labelled && !/^(?:to|of|in|and|our|prior|see)$/i.test(previous) && !/['’]s$/.test(previous) && !/^(?:through|to|and|or|[-–—])$/i.test(afterNumber)) {
      number = Number(labelled[1]);
      score += 2;
    } else {
      const dotted = DOTTED_NUMBER.exec(spaced ? `${token}.` : token);
      if (!dotted || !/^[“"‘'(\[]?\p{Lu}/u.test(next)) continue;
      // A named number ("Table 6.") is no comment's, unless the staff's request follows it ("Annex B | Two Year Summary Table
      // 6. Please reconcile …", c0705): then only a weak candidate, that the sequence of numbers must want.
      const named = namedOrListedNumber(tokens, i);
      if (named && !STAFF_REQUEST_OPENER.test(`${next} ${tokens.text(spaced ? i + 3 : i + 2)}`)) continue;
      number = Number(dotted[1]);
      if (named) score -= 2;
      else if (COMMENT_OPENER.test(next)) score += 1;
    }
    if (number < 1 || number > MAX_COMMENT_NUMBER) continue;
    // One of the three points a company acknowledged in its closing (letters of 2016 and before: "The Company acknowledges
    // that: 1) the Company is responsible for the adequacy and accuracy … 2) Staff comments … do not foreclose the Commission …", c0909).
    const sentence = ownSentence(tokens, spaced ? i + 2 : i + 1);
    if (ACKNOWLEDGED_POINTS.test(sentence)) continue;
    // A comment, or a company's copy of one, speaks to the company; a point of a company's own list speaks of itself
    // ("… the following elements were still missing: 1. The transaction was subject to regulatory approval …", c1116).
    // ("Comment No. 2" names a comment whatever its words.)
    const ownVoice = !labelled && !STAFF_VOICE.test(sentence);
    if (ownVoice) score -= 1;
    if (previous === '' || /[.?!:]["”’')\]]*$/.test(previous)) score += 1;
    // The number printed in the margin of a page's last comment, read out at the page's end before the next page's header
    // ("… to the combined 2. July 15, 2024 Page 2 company revenue …", c0833): the page break, not a sentence, goes before it.
    else if (beforePageHeader(tokens, i)) score += 0.5;
    else if (/;$/.test(previous)) score -= 0.5;
    else if (/\d$/.test(previous)) score += 0.5;
    else if (/^\p{Ll}/u.test(previous)) score -= 1.5;
    else score += 0.5;
    out.push({ at: i, number, score, ownVoice, afterColon: /:["”’')\]]*$/.test(previous) });
  }
  listAfterLeadIn(tokens, out);
  return out;
}

/** The most words a list's first point runs before its second. */
const LIST_POINT_WORDS = 40;

/**
 * A list of the writer's after a lead-in's colon, its points run on with no sentence's end between them: "… will not disclose the
 * following non-GAAP measures: 1. Core operating income excluding catastrophe losses 2. Core operating income excluding …" (c0036
 * flattened, blind round 117): its first point, in the writer's own voice as the second, is no comment (a comment's copy speaks to
 * the company, and the next comment follows a finished sentence).
 */
function listAfterLeadIn(tokens: Tokens, candidates: NumberedCandidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const first = candidates[k] as NumberedCandidate;
    const second = candidates[k + 1] as NumberedCandidate;
    if (first.number !== 1 || !first.afterColon || !first.ownVoice || second.number !== 2 || !second.ownVoice) continue;
    if (second.at - first.at > LIST_POINT_WORDS || !/^\p{Ll}/u.test(tokens.text(second.at - 1))) continue;
    first.score -= LIST_POINT_COST;
  }
}

/** What a list's first point costs as a comment: more than the comments after it could make up for (no chain starts on it). */
const LIST_POINT_COST = 4;

/** A running header of a staff letter's next page: its date and page number ("July 15, 2024 Page 2"), or the page number alone. */
const PAGE_HEADER = new RegExp(String.raw`^(?:${MONTH_DAY_YEAR}\s+)?Page\s+\d{1,3}$`);

/** The tokens after token i are a page's running header. */
export function beforePageHeader(tokens: Tokens, i: number): boolean {
  for (const words of [5, 2]) {
    const header = Array.from({ length: words }, (_, k) => tokens.text(i + 1 + k)).join(' ');
    if (PAGE_HEADER.test(header)) return true;
  }
  return false;
}

/** The words from token i to the end of their sentence or list item (".", "?", "!", ";"), at most 30. */
function ownSentence(tokens: Tokens, i: number): string {
  const words: string[] = [];
  for (let k = i; k < i + 30 && k < tokens.length; k++) {
    const word = tokens.text(k);
    words.push(word);
    if (/[.?!;]["”’)]*$/.test(word)) break;
  }
  return words.join(' ');
}

/** A sentence that ends citing what the staff refers to: "… of Regulation S-K.", "… for guidance.", "… ASC 606-10-50-5." */
const CITATION_END = /(?:Regulation\s+(?:S-[KX]|G|AB|M|FD)|guidance|(?:ASC|Topic|Rule|Item|Question|SAB|Section)\s+[\w.()-]+)[.]["”’)]*$/;
/** A request's first words, not a lead-in that goes on with the request before ("Additionally, please explain:"). */
const REQUEST_OPENING = /^(?:Please|Tell us|We note|Describe|Explain|Disclose|Revise|Provide|Clarify|Quantify|Expand|Discuss|Identify|Confirm)\b/;

/**
 * Where the words of a comment start whose number the flattening read out at its page's end, mid-sentence, with no heading
 * above them ("… of Regulation S-K. The net earnings (loss) amounts … attributable 2. August 9, 2024 Page 2 to Berkshire
 * Hathaway shareholders …", c1065; "… literature considered. Please tell us what control deficiencies … please explain: 3.
 * August 6, 2024 Page 2 • how you assessed …", c0739): the number stood beside the comment's first line, the page's last
 * paragraph, and the words after the page's header go on with its sentence. Among the sentences since the comment before
 * (its first one aside), the first after the last that ends citing a rule or guidance (what a comment ends with), else the
 * last that opens a request; undefined when neither, or the words after the header open a sentence of their own.
 * @param number the token of the comment's number; `previous` the token of the comment before
 * @param headerEnd the first token after the page's header
 */
export function displacedCommentStart(tokens: Tokens, number: number, previous: number, headerEnd: number): number | undefined {
  const after = tokens.text(headerEnd);
  if (!/^(?:\p{Ll}|[•●▪·])/u.test(after)) return undefined;
  let cited: number | undefined;
  let request: number | undefined;
  // The sentence starts since the comment before, its first one (right after its number) left out.
  for (let i = previous + 2; i < number; i++) {
    if (!endsSentence(tokens.text(i - 1)) || !/^[\p{Lu}“"]/u.test(tokens.text(i))) continue;
    if (endsCiting(tokens, i, previous)) cited = i;
    else if (REQUEST_OPENING.test(`${tokens.text(i)} ${tokens.text(i + 1)}`)) request = i;
  }
  return cited ?? request;
}

/** Whether the sentence before token `i` (a sentence start) ends citing a rule or guidance (CITATION_END), read back no further than `floor`. */
function endsCiting(tokens: Tokens, i: number, floor: number): boolean {
  const end = tokens.texts.slice(Math.max(floor, i - 6), i).join(' ');
  return CITATION_END.test(end) && !/\b(?:No|Nos|Inc|Corp|Mr|Ms)\.$/.test(end);
}
